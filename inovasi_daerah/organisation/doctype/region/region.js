frappe.ui.form.on("Region", {
	refresh(frm) {
		if (frm.is_new()) return;
		frm.add_custom_button(__("IID Projection"), () => inovasi_daerah_show_projection(frm.doc.name), __("IID"));
		frm.add_custom_button(__("IID Export"), () => inovasi_daerah_export(frm.doc.name), __("IID"));
	},
});
