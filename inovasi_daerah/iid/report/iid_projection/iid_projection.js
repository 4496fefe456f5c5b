{% include "inovasi_daerah/public/js/report_filters.js" %}

frappe.query_reports["IID Projection"] = inovasi_daerah_report(["period", "region"]);
