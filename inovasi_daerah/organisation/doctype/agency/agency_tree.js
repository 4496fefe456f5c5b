frappe.treeview_settings["Agency"] = {
	breadcrumb: "Inovasi Daerah",
	get_tree_root: false,
	root_label: "Agency",
	filters: [
		{
			fieldname: "region",
			fieldtype: "Link",
			options: "Region",
			label: __("Region"),
		},
	],
	fields: [
		{ fieldtype: "Data", fieldname: "agency_name", label: __("Agency Name"), reqd: true },
		{ fieldtype: "Data", fieldname: "abbreviation", label: __("Abbreviation"), reqd: true },
		{ fieldtype: "Link", fieldname: "region", options: "Region", label: __("Region"), reqd: true },
		{
			fieldtype: "Select",
			fieldname: "agency_type",
			label: __("Agency Type"),
			options: "OPD\nUPTD\nPuskesmas\nSekolah\nKecamatan\nBLUD",
			reqd: true,
		},
		{ fieldtype: "Check", fieldname: "is_group", label: __("Has Child Agencies") },
	],
	ignore_fields: ["parent_agency"],
};
