// Loaded with the Region and Innovation forms (hooks.py doctype_js): the IID projection and export dialogs.
window.inovasi_daerah_show_projection = function (region) {
	frappe.prompt(
		[
			{ fieldname: "period", fieldtype: "Link", options: "Assessment Period", label: __("Assessment Period"), reqd: 1 },
			{ fieldname: "basis", fieldtype: "Select", options: "verified\nclaimed", label: __("Basis"), default: "verified" },
		],
		({ period, basis }) =>
			frappe
				.xcall("inovasi_daerah.api.iid.iid_projection", { region, period, basis })
				.then((result) => frappe.msgprint({ title: __("IID Projection"), message: result.html, wide: true })),
		__("IID Projection")
	);
};

window.inovasi_daerah_export = function (region) {
	frappe.prompt(
		[
			{ fieldname: "period", fieldtype: "Link", options: "Assessment Period", label: __("Assessment Period"), reqd: 1 },
			{ fieldname: "file_format", fieldtype: "Select", options: "CSV\nXLSX", label: __("Format"), default: "XLSX" },
		],
		({ period, file_format }) =>
			window.open(
				`/api/method/inovasi_daerah.api.iid.export_iid?${new URLSearchParams({ region, period, file_format })}`
			),
		__("IID Export")
	);
};
