"""Desk view of reports/targets.py: each agency's target for the year and how far it got."""

import frappe
from frappe import _

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.reports import filters as report_filters
from inovasi_daerah.reports import targets
from inovasi_daerah.reports.present import chart, column, figure, percent


def group_labels() -> dict[str, str]:
	return {
		"proposed": _("Proposed"),
		"feasible": _("Declared Feasible"),
		"trial": _("In Trial"),
		"implemented": _("Implemented"),
		"inactive": _("Inactive"),
		"rejected": _("Not Feasible"),
	}


def band_labels() -> dict[str, str]:
	return {
		"No Innovation": _("No Innovation"),
		"Below 50%": _("Below 50%"),
		"50-99%": _("50-99%"),
		"Target Met": _("Target Met"),
		"No Target": _("No Target"),
	}


@frappe.read_only()
def execute(filters=None):
	filters = report_filters.with_defaults(filters, "year")
	rows = targets.target_attainment(filters)
	columns = [
		column("agency", _("Agency"), "Link", 220, "Agency"),
		column("region", _("Region"), "Link", 160, "Region"),
		column("target", _("Target"), "Int", 80),
		column("counted", _("Innovations Counted"), "Int", 110),
		*(column(key, group_labels()[key], "Int", 100) for key, _states in meanings.stage_groups()),
		column("attainment", _("Attainment (%)"), "Percent", 110),
		column("meets_target", _("Target Met"), "Check", 90),
	]
	bands = {band: 0 for band in targets.BANDS}
	for row in rows:
		bands[targets.attainment_band(row)] += 1
	total_target = sum(row.target for row in rows)
	total_counted = sum(row.counted for row in rows)
	summary = [
		figure(_("Agencies"), len(rows)),
		figure(_("Agencies Without Innovation"), bands["No Innovation"], indicator="Red"),
		figure(_("Agencies Meeting Target"), sum(row.meets_target for row in rows), indicator="Green"),
		figure(_("Innovations Counted"), total_counted),
		figure(_("Overall Attainment (%)"), percent(total_counted, total_target) or 0, "Percent"),
	]
	graph = chart(
		[band_labels()[band] for band in targets.BANDS],
		[(_("Agencies"), list(bands.values()))],
		colors=["#5e64ff"],
	)
	return columns, rows, None, graph, summary
