frappe.ui.form.on("Innovation", {
	refresh(frm) {
		const overdue = frm.doc.__onload && frm.doc.__onload.overdue_steps;
		if (overdue && overdue.length) {
			frm.dashboard.add_comment(
				__("Action plan steps past their due date: {0}", [overdue.map((s) => frappe.utils.escape_html(s)).join(", ")]),
				"orange",
				true
			);
		}
		if (frm.is_new() || !frm.doc.region) return;
		frm.add_custom_button(__("IID Projection"), () => inovasi_daerah_show_projection(frm.doc.region), __("IID"));
	},
	agency(frm) {
		// The region always follows the agency; the server refuses a mismatch.
		if (!frm.doc.agency) return;
		frappe.db.get_value("Agency", frm.doc.agency, "region").then(({ message }) => {
			frm.set_value("region", message && message.region);
		});
	},
	before_workflow_action(frm) {
		return inovasi_daerah_ask_entry_fields(frm);
	},
});
