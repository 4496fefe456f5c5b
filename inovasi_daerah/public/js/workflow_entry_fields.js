// Loaded with the forms of DocTypes that have a workflow (hooks.py doctype_js): before an action, ask for
// the fields its next state needs (a revision note, the legal basis); they travel with the action and the
// server checks them again.
window.inovasi_daerah_ask_entry_fields = function (frm) {
	return frappe
		.xcall("inovasi_daerah.api.lifecycle.action_requirements", {
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
						answered = true;
						dialog.hide();
						// Frozen again while the action runs; Frappe unfreezes when it returns.
						frappe.dom.freeze();
						resolve();
					},
				});
				let answered = false;
				dialog.onhide = () => {
					if (!answered) reject();
				};
				// Desk froze the screen when the action was pressed; the dialog must take clicks.
				frappe.dom.unfreeze();
				dialog.show();
			});
		});
};
