{% include "inovasi_daerah/public/js/report_filters.js" %}

frappe.query_reports["Innovation Target Attainment"] = inovasi_daerah_report(["year", "region", "agency"]);
