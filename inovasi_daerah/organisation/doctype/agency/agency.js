frappe.ui.form.on("Agency", {
	setup(frm) {
		// Only agencies of the same region can be parents.
		frm.set_query("parent_agency", () => ({
			filters: { region: frm.doc.region, name: ["!=", frm.doc.name] },
		}));
	},
});
