frappe.ui.form.on("Innovation", {
	refresh(frm) {
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
		// Ask for what the next state needs (a revision note, the legal basis); it travels with the action.
		return frappe
			.xcall("inovasi_daerah.api.action_requirements", {
				doctype: frm.doctype,
				name: frm.doc.name,
				action: frm.selected_workflow_action,
			})
			.then((fields) => {
				if (!fields.length) return;
				return new Promise((resolve, reject) => {
					const dialog = new frappe.ui.Dialog({
						title: __(frm.selected_workflow_action),
						fields: fields.map((df) => ({ ...df, label: __(df.label), reqd: 1 })),
						primary_action_label: __(frm.selected_workflow_action),
						primary_action(values) {
							Object.assign(frm.doc, values);
							dialog.hide();
							resolve();
						},
					});
					dialog.onhide = () => {
						frappe.dom.unfreeze();
						reject();
					};
					dialog.show();
				});
			});
	},
});
