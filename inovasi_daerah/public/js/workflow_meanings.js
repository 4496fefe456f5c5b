// Loaded with the Workflow form (hooks.py doctype_js). Choosing a state's lifecycle phase fills in the meanings
// a state of that phase usually has (lifecycle/meanings.py phase_defaults); the administrator may change them,
// and the server refuses meanings that contradict the phase, naming the state.
frappe.ui.form.on("Workflow Document State", {
	inovasi_phase(frm, cdt, cdn) {
		const row = locals[cdt][cdn];
		if (frm.doc.document_type !== "Innovation" || !row.inovasi_phase) return;
		frappe
			.call({ method: "inovasi_daerah.api.lifecycle.phase_defaults", args: { phase: row.inovasi_phase } })
			.then(({ message }) => {
				for (const [fieldname, value] of Object.entries(message || {})) {
					frappe.model.set_value(cdt, cdn, fieldname, value);
				}
			});
	},
});
