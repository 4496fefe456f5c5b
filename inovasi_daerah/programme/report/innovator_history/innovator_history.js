frappe.query_reports["Innovator History"] = {
	filters: [{ fieldname: "nip", label: __("NIP"), fieldtype: "Data", reqd: 1 }],
};
