// Loaded with the Innovation form (hooks.py doctype_js): a verifier merges a draft that duplicates another
// innovation into it (api/portal.py merge_innovation); the draft keeps the link. A draft is a record still in
// the workflow's first state (the form's onload says so; the rule lives in lifecycle/meanings.py).
frappe.ui.form.on("Innovation", {
	refresh(frm) {
		const verifier = frappe.user.has_role(["Innovation Verifier", "Innovation Manager", "System Manager"]);
		if (frm.is_new() || !verifier || !frm.doc.__onload?.in_initial_state || frm.doc.duplicate_of) return;
		frm.add_custom_button(__("Merge into Another Innovation"), () =>
			frappe.prompt(
				[{ fieldname: "original", fieldtype: "Link", options: "Innovation", label: __("Original Innovation"), reqd: 1 }],
				({ original }) =>
					frappe.call({
						method: "inovasi_daerah.api.portal.merge_innovation",
						args: { duplicate: frm.doc.name, original },
						freeze: true,
						callback: () => frm.reload_doc(),
					}),
				__("Merge into Another Innovation"),
				__("Merge")
			)
		);
	},
});
