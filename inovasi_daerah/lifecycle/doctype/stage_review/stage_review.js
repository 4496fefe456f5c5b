frappe.ui.form.on("Stage Review", {
	setup(frm) {
		// Reviewers are found by their scoring role and scope; Frappe's User search would list only the
		// users a coordinator may read, that is, nobody.
		frm.set_query("reviewer", () => ({
			query: "inovasi_daerah.api.lifecycle.reviewer_query",
			filters: { innovation: frm.doc.innovation || "" },
		}));
		frm.set_query("criteria_set", () => ({ filters: { gate: frm.doc.gate || "", is_active: 1 } }));
	},
	onload(frm) {
		// A new review starts on the first gate (the default), which no change event announces.
		if (frm.is_new() && frm.doc.gate && !frm.doc.criteria_set) fill_criteria_set(frm);
	},
	gate(frm) {
		fill_criteria_set(frm);
	},
});

// The gate's active criteria set, as the server would choose it; Desk asks for it before saving.
function fill_criteria_set(frm) {
	if (!frm.doc.gate) return;
	frappe.db
		.get_value("Review Criteria Set", { gate: frm.doc.gate, is_active: 1 }, "name")
		.then(({ message }) => frm.set_value("criteria_set", (message && message.name) || ""));
}
