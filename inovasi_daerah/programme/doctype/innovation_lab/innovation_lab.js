frappe.ui.form.on("Innovation Lab", {
	refresh(frm) {
		const funnel = frm.doc.__onload && frm.doc.__onload.funnel;
		if (funnel) show_funnel(frm, funnel);
		if (!frm.is_new() && frm.doc.current_stage === "Deliver" && frm.perm[0] && frm.perm[0].write) {
			frm.add_custom_button(__("Launch Verified Innovations"), () => {
				frappe.prompt(
					[{ fieldname: "launch_date", fieldtype: "Date", label: __("Launch Date"), default: frappe.datetime.get_today(), reqd: 1 }],
					({ launch_date }) =>
						frappe.xcall("inovasi_daerah.api.programme.launch_lab", { lab: frm.doc.name, launch_date }).then((count) => {
							frappe.show_alert({ message: __("{0} innovations launched", [count]), indicator: "green" });
							frm.reload_doc();
						}),
					__("Launch Verified Innovations")
				);
			});
		}
	},
});

function show_funnel(frm, funnel) {
	// The funnel is computed on the server from the cohort's innovations; nothing here is typed in.
	const labels = funnel.stages.map((s) => s.label);
	const wrapper = frm.get_field("funnel_html").$wrapper.empty();
	const chart_area = $("<div>").appendTo(wrapper);
	new frappe.Chart(chart_area[0], {
		type: "bar",
		height: 220,
		data: { labels, datasets: [{ name: __("Total"), values: funnel.stages.map((s) => funnel.total[s.key]) }] },
	});
	const rows = Object.entries(funnel.by_agency)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([agency, counts]) => `<tr><td>${frappe.utils.escape_html(agency)}</td>${funnel.stages.map((s) => `<td class="text-right">${counts[s.key]}</td>`).join("")}</tr>`)
		.join("");
	$(`<table class="table table-bordered table-sm">
		<thead><tr><th>${__("Agency")}</th>${labels.map((l) => `<th class="text-right">${frappe.utils.escape_html(l)}</th>`).join("")}</tr></thead>
		<tbody>${rows}</tbody></table>`).appendTo(wrapper);
}
