frappe.ui.form.on("Assessment Period", {
	refresh(frm) {
		if (frm.is_new()) return;
		if (frm.doc.__onload && frm.doc.__onload.refresh_running) {
			frm.dashboard.set_headline(__("The IID figures of this period are being recalculated in the background."), "blue");
		}
		frm.add_custom_button(__("Copy to a New Year"), () => {
			frappe.prompt(
				{ fieldname: "year", fieldtype: "Int", label: __("Year"), reqd: 1, default: frm.doc.year + 1 },
				({ year }) =>
					frappe
						.xcall("inovasi_daerah.iid.doctype.assessment_period.assessment_period.copy_to_year", {
							period: frm.doc.name,
							year,
						})
						.then((name) => frappe.set_route("Form", "Assessment Period", name)),
				__("Copy Period")
			);
		});
	},
});
