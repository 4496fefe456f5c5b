{% include "inovasi_daerah/public/js/report_filters.js" %}

frappe.query_reports["Innovation Funnel"] = inovasi_daerah_report(["year", "region", "agency", "innovation_lab"]);
