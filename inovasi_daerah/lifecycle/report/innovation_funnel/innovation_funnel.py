"""Desk view of reports/funnel.py: innovations per lifecycle state, conversion along the main path and
median days in each state, then the Laboratorium Inovasi funnel."""

import frappe
from frappe import _

from inovasi_daerah.reports import filters as report_filters
from inovasi_daerah.reports import funnel
from inovasi_daerah.reports.present import chart, column, figure, percent


def lab_labels() -> dict[str, str]:
	return {
		"ideas": _("Lab: Ideas"),
		"designed": _("Lab: Designed"),
		"verified": _("Lab: Verified"),
		"launched": _("Lab: Launched"),
		"monitored": _("Lab: Delivering With Monitoring"),
	}


@frappe.read_only()
def execute(filters=None):
	filters = report_filters.parse(filters)
	columns = [
		column("stage", _("Stage"), "Data", 230),
		column("current", _("Currently In Stage"), "Int", 120),
		column("reached", _("Reached"), "Int", 100),
		column("conversion", _("Conversion From Previous Step (%)"), "Percent", 150),
		column("median_days", _("Median Days In Stage"), "Float", 130),
	]
	lifecycle = funnel.lifecycle_funnel(filters)
	rows = [dict(row, stage=_(row.state)) for row in lifecycle]
	lab = (funnel.lab_counts(filters) or [dict.fromkeys(funnel.LAB_STEPS, 0)])[0]
	previous = None
	for step in funnel.LAB_STEPS:
		rows.append(
			{
				"stage": lab_labels()[step],
				"current": None,
				"reached": lab[step],
				"median_days": None,
				"conversion": percent(lab[step], lab[previous]) if previous else None,
			}
		)
		previous = step
	path = [row for row in lifecycle if row.on_main_path]
	graph = chart([_(row.state) for row in path], [(_("Reached"), [row.reached for row in path])])
	total = path[0].reached if path else 0
	# The first step of the main path that is implementation.
	implemented = next((row.reached for row in path if row.phase == "Implementation"), 0)
	summary = [
		figure(_("Innovations"), total),
		figure(_("Reached Implementation"), implemented, indicator="Green"),
		figure(_("Idea To Implementation (%)"), percent(implemented, total) or 0, "Percent"),
		figure(_("Lab Inovasi Ideas"), lab["ideas"]),
	]
	return columns, rows, None, graph, summary
