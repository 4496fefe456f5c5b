frappe.ui.form.on("IID Submission", {
	before_workflow_action(frm) {
		return inovasi_daerah_ask_entry_fields(frm);
	},
});
