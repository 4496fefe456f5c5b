"""Desk view of reports/ranking.py: agencies ranked, the top three marked for the local incentive."""

import frappe
from frappe import _

from inovasi_daerah.reports import filters as report_filters
from inovasi_daerah.reports import ranking
from inovasi_daerah.reports.present import chart, column, figure


@frappe.read_only()
def execute(filters=None):
	filters = report_filters.with_defaults(filters, "year", "period", "region")
	columns = [
		column("rank", _("Rank"), "Int", 60),
		column("top_three", _("Top Three"), "Check", 80),
		column("agency", _("Agency"), "Link", 240, "Agency"),
		column("innovations", _("Innovations"), "Int", 100),
		column("average_maturity", _("Average Verified Maturity"), "Float", 140),
		column("verified_share", _("Verified Share (%)"), "Percent", 120),
		column("awards", _("Awards"), "Int", 80),
	]
	rows = ranking.agency_ranking(filters) if filters.get("period") else []
	shown = rows[:10]
	graph = chart(
		[row.agency for row in shown],
		[(_("Average Verified Maturity"), [row.average_maturity for row in shown])],
	)
	summary = [
		figure(_("Agencies"), len(rows)),
		figure(_("Agencies With Innovations"), sum(1 for row in rows if row.innovations)),
		figure(_("Awards"), sum(row.awards for row in rows), indicator="Green"),
	]
	return columns, rows, None, graph, summary
