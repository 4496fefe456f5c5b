// Triage of a citizen's idea (portal/ideas.py): accept it as a draft innovation of an agency, decline it with
// a public reply, or merge it into an earlier idea or innovation. The citizen reads the reply on the
// status page and, with an email, is told by the notification "Usulan Masyarakat Ditanggapi".
frappe.ui.form.on("Public Idea", {
	refresh(frm) {
		frm.toggle_display("homepage", false);
		const can_triage = frm.doc.status === "Baru" && !frm.is_new() && frm.perm[0] && frm.perm[0].write;
		if (!can_triage) return;
		const call = (method, args) =>
			frappe.call({
				method: `inovasi_daerah.api.portal.${method}`,
				args: { idea: frm.doc.name, ...args },
				freeze: true,
				callback: () => frm.reload_doc(),
			});
		frm.add_custom_button(
			__("Accept as Innovation"),
			() =>
				frappe.prompt(
					[
						{
							fieldname: "agency",
							fieldtype: "Link",
							options: "Agency",
							label: __("Agency"),
							reqd: 1,
							get_query: () => ({ filters: { region: frm.doc.region } }),
						},
						{ fieldname: "reply", fieldtype: "Small Text", label: __("Public Reply") },
					],
					(values) => call("accept_idea", values),
					__("Accept as Innovation"),
					__("Accept")
				),
			__("Triage")
		);
		frm.add_custom_button(
			__("Decline"),
			() =>
				frappe.prompt(
					[{ fieldname: "reply", fieldtype: "Small Text", label: __("Public Reply"), reqd: 1 }],
					(values) => call("reject_idea", values),
					__("Decline"),
					__("Decline")
				),
			__("Triage")
		);
		frm.add_custom_button(
			__("Mark as Duplicate"),
			() =>
				frappe.prompt(
					[
						{
							fieldname: "duplicate_of_type",
							fieldtype: "Select",
							options: ["Innovation", "Public Idea"],
							default: "Innovation",
							label: __("Duplicate Of (Type)"),
							reqd: 1,
						},
						{
							fieldname: "duplicate_of",
							fieldtype: "Dynamic Link",
							options: "duplicate_of_type",
							label: __("Duplicate Of"),
							reqd: 1,
						},
						{ fieldname: "reply", fieldtype: "Small Text", label: __("Public Reply") },
					],
					(values) => call("mark_duplicate", values),
					__("Mark as Duplicate"),
					__("Merge")
				),
			__("Triage")
		);
	},
});
