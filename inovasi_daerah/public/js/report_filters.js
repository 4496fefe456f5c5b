// Shared by the app's Script Reports, inlined into each report's script by Frappe's render_include:
// the common filters, filled with the user's defaults (their region, this year, the current period).
var inovasi_daerah_filters = {
	year: { fieldname: "year", label: __("Year"), fieldtype: "Int" },
	period: {
		fieldname: "period",
		label: __("Assessment Period"),
		fieldtype: "Link",
		options: "Assessment Period",
	},
	region: { fieldname: "region", label: __("Region"), fieldtype: "Link", options: "Region" },
	agency: {
		fieldname: "agency",
		label: __("Agency"),
		fieldtype: "Link",
		options: "Agency",
		get_query() {
			const region = frappe.query_report.get_filter_value("region");
			return region ? { filters: { region } } : {};
		},
	},
	innovation_lab: {
		fieldname: "innovation_lab",
		label: __("Innovation Lab"),
		fieldtype: "Link",
		options: "Innovation Lab",
	},
};

function inovasi_daerah_report(keys, extra) {
	return Object.assign(
		{
			filters: keys.map((key) => Object.assign({}, inovasi_daerah_filters[key])),
			onload(report) {
				frappe.call("inovasi_daerah.api.reports.filter_defaults").then((r) => {
					const values = {};
					keys.forEach((key) => {
						if (r.message && r.message[key] && !report.get_filter_value(key)) {
							values[key] = r.message[key];
						}
					});
					if (Object.keys(values).length) report.set_filter_value(values);
				});
			},
		},
		extra || {}
	);
}
