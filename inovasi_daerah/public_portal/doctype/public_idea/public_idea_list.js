// The triage status at a glance: new ideas blue, accepted green, declined red, duplicates orange.
frappe.listview_settings["Public Idea"] = {
	get_indicator(doc) {
		const colors = { Baru: "blue", Diterima: "green", Ditolak: "red", Duplikat: "orange" };
		return [__(doc.status), colors[doc.status] || "gray", `status,=,${doc.status}`];
	},
};
