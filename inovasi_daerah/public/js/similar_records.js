// Loaded with the Innovation and Public Idea forms (hooks.py doctype_js): up to five similar innovations and
// ideas of the region while the title and description are typed, with their similarity and a link
// (portal/duplicates.py), and the records merged into this one with their comments (portal/ideas.py).
(() => {
	const TEXT_FIELDS = {
		Innovation: ["title", "problem", "summary"],
		"Public Idea": ["title", "problem", "idea"],
	};

	const look_up = frappe.utils.debounce((frm) => {
		const [title, ...rest] = TEXT_FIELDS[frm.doctype].map((field) => frm.doc[field] || "");
		if ((title + rest.join(" ")).trim().length < 10) return show(frm, []);
		frappe.call({
			method: "inovasi_daerah.api.portal.similar_records",
			args: {
				title,
				text: rest.join(" "),
				doctype: frm.doctype,
				name: frm.is_new() ? null : frm.doc.name,
				agency: frm.doc.agency || null,
			},
			callback: (r) => show(frm, r.message || []),
		});
	}, 700);

	const show = (frm, hits) => {
		frm.dashboard.clear_headline();
		if (!hits.length) return;
		const escape = frappe.utils.escape_html;
		const items = hits
			.map(
				(hit) =>
					`<li><a href="${encodeURI(hit.url)}">${escape(hit.title || hit.name)}</a>
					<span class="text-muted">(${__(hit.doctype)} ${escape(hit.name)}, ${__("similarity")} ${Math.round(hit.score)}%)</span></li>`
			)
			.join("");
		frm.dashboard.set_headline_alert(
			`<div>${__("Similar records in this region; check that this is not a duplicate:")}<ul class="mb-0">${items}</ul></div>`,
			"yellow"
		);
	};

	const show_merged = (frm) => {
		if (frm.is_new()) return;
		frappe.call({
			method: "inovasi_daerah.api.portal.merged_records",
			args: { doctype: frm.doctype, name: frm.doc.name },
			callback: (r) => {
				const merged = r.message || [];
				if (!merged.length) return;
				const escape = frappe.utils.escape_html;
				const html = merged
					.map((record) => {
						const url = `/app/${frappe.router.slug(record.doctype)}/${encodeURIComponent(record.name)}`;
						const comments = record.comments
							.map(
								(c) =>
									`<div class="small"><b>${escape(c.comment_by || "")}</b>: ${frappe.utils.html2text(c.content || "")}</div>`
							)
							.join("");
						return `<li><a href="${url}">${escape(record.title || record.name)}</a> (${__(record.doctype)})${comments}</li>`;
					})
					.join("");
				frm.dashboard.add_section(
					`<ul class="mb-0">${html}</ul>`,
					__("Merged Duplicates")
				);
			},
		});
	};

	const handlers = {
		refresh(frm) {
			show_merged(frm);
			if (frm.is_new() || frm.doc.status === "Baru" || frm.doc.__onload?.in_initial_state) look_up(frm);
		},
	};
	for (const [doctype, fields] of Object.entries(TEXT_FIELDS)) {
		const events = { ...handlers };
		for (const field of fields) events[field] = look_up;
		frappe.ui.form.on(doctype, events);
	}
})();
