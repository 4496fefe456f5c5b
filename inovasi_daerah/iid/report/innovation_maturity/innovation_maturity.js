{% include "inovasi_daerah/public/js/report_filters.js" %}

frappe.query_reports["Innovation Maturity"] = inovasi_daerah_report(["period", "region", "agency"]);
