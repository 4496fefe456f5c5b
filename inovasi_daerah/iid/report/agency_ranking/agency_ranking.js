{% include "inovasi_daerah/public/js/report_filters.js" %}

frappe.query_reports["Agency Ranking"] = inovasi_daerah_report(["year", "period", "region"]);
