"""Desk view of reports/monitoring.py: the latest monitoring of each implemented innovation."""

import frappe
from frappe import _

from inovasi_daerah.reports import filters as report_filters
from inovasi_daerah.reports import monitoring
from inovasi_daerah.reports.present import chart, column, figure


@frappe.read_only()
def execute(filters=None):
	filters = report_filters.with_defaults(filters, "year", "region")
	columns = [
		column("innovation", _("Innovation"), "Link", 150, "Innovation"),
		column("title", _("Innovation Title"), "Data", 220),
		column("agency", _("Agency"), "Link", 170, "Agency"),
		column("workflow_state", _("Stage"), "Data", 110),
		column("report_date", _("Latest Report"), "Date", 110),
		column("period", _("Period"), "Data", 90),
		column("progress", _("Progress"), "Percent", 90),
		column("status", _("Status"), "Data", 120),
		column("beneficiary_basis", _("Beneficiary Basis"), "Data", 170),
		column("beneficiary_value", _("Beneficiaries"), "Float", 110),
		column("beneficiary_trend", _("Beneficiaries Trend (%)"), "Percent", 130),
		column("months_since", _("Months Since Monitoring"), "Int", 120),
		column("stale", _("Going Stale"), "Check", 90),
	]
	rows = monitoring.monitoring_overview(filters)
	monitored = [row for row in rows if row.report_date]
	obstructed = sum(1 for row in monitored if row.status == "Terkendala")
	for row in rows:
		row.workflow_state = _(row.workflow_state)
		row.status = _(row.status) if row.status else None
		row.beneficiary_basis = _(row.beneficiary_basis) if row.beneficiary_basis else None
	obstacles = monitoring.obstacle_frequency(filters)
	graph = chart(
		[_(category) for category, _count in obstacles],
		[(_("Reports Naming The Obstacle"), [n for _c, n in obstacles])],
	)
	summary = [
		figure(_("Implemented Innovations"), len(rows)),
		figure(_("Monitored In The Year"), len(monitored), indicator="Green"),
		figure(_("Going Stale"), sum(row.stale for row in rows), indicator="Red"),
		figure(_("Obstructed"), obstructed, indicator="Orange"),
		figure(
			_("Average Progress"),
			round(sum(float(row.progress or 0) for row in monitored) / len(monitored), 2) if monitored else 0,
			"Percent",
		),
	]
	return columns, rows, None, graph, summary
