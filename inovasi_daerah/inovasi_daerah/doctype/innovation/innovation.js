frappe.ui.form.on("Innovation", {
	agency(frm) {
		// The region always follows the agency; the server refuses a mismatch.
		if (!frm.doc.agency) return;
		frappe.db.get_value("Agency", frm.doc.agency, "region").then(({ message }) => {
			frm.set_value("region", message && message.region);
		});
	},
});
