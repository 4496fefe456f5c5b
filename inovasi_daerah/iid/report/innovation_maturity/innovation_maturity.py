"""Desk view of reports/maturity.py: each innovation's SID score, evidence and eligibility for a period."""

import frappe
from frappe import _

from inovasi_daerah.reports import filters as report_filters
from inovasi_daerah.reports import maturity
from inovasi_daerah.reports.present import chart, column, figure

BANDS = ((0, "0"), (1, "1-49"), (50, "50-99"), (100, "100-149"), (150, "150+"))


def band(score) -> str:
	return next(label for lower, label in reversed(BANDS) if float(score or 0) >= lower)


@frappe.read_only()
def execute(filters=None):
	filters = report_filters.with_defaults(filters, "period", "region")
	columns = [
		column("innovation", _("Innovation"), "Link", 150, "Innovation"),
		column("title", _("Innovation Title"), "Data", 240),
		column("agency", _("Agency"), "Link", 180, "Agency"),
		column("claimed_score", _("Claimed SID Score"), "Float", 120),
		column("verified_score", _("Verified SID Score"), "Float", 120),
		column("chosen", _("Indicators Chosen"), "Int", 100),
		column("with_evidence", _("With Evidence"), "Int", 100),
		column("evidence_completeness", _("Evidence Completeness (%)"), "Percent", 140),
		column("accepted", _("Accepted"), "Int", 90),
		column("missing_mandatory", _("Missing Mandatory Indicators"), "Data", 200),
		column("is_eligible", _("Eligible"), "Check", 80),
		column("eligibility_notes", _("Not Eligible Because"), "Data", 220),
	]
	if not filters.get("period"):
		return columns, []
	rows = maturity.innovation_maturity(filters)
	counts = {label: 0 for _lower, label in BANDS}
	for row in rows:
		counts[band(row.verified_score)] += 1
	graph = chart(list(counts), [(_("Innovations"), list(counts.values()))])
	eligible = sum(row.is_eligible for row in rows)
	summary = [
		figure(_("Innovations"), len(rows)),
		figure(_("Eligible"), eligible, indicator="Green"),
		figure(_("Not Eligible"), len(rows) - eligible, indicator="Red"),
		figure(
			_("Average Verified SID Score"),
			round(sum(float(row.verified_score or 0) for row in rows) / len(rows), 2) if rows else 0,
			"Float",
		),
	]
	return columns, rows, _("Verified SID score bands on the chart."), graph, summary
