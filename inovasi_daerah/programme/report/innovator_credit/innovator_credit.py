"""Desk view of reports/credit.py: per innovator (NIP), the credit their innovations earn, for the SKP."""

import frappe
from frappe import _

from inovasi_daerah.reports import credit
from inovasi_daerah.reports import filters as report_filters
from inovasi_daerah.reports.present import chart, column, figure


@frappe.read_only()
def execute(filters=None):
	filters = report_filters.with_defaults(filters, "region")
	columns = [
		column("nip", _("NIP"), "Data", 170),
		column("full_name", _("Full Name"), "Data", 200),
		column("agency", _("Agency"), "Link", 180, "Agency"),
		column("innovations", _("Innovations"), "Int", 100),
		*(column(role.lower(), role, "Int", 90) for role in credit.ROLES),
		column("furthest_stage", _("Furthest Stage"), "Data", 140),
		column("implemented", _("Implemented"), "Int", 100),
		column("awards", _("Awards"), "Int", 80),
	]
	rows = credit.innovator_credit(filters)
	stages = {}
	for row in rows:
		row.furthest_stage = _(row.furthest_stage) if row.furthest_stage else None
		stages[row.furthest_stage] = stages.get(row.furthest_stage, 0) + 1
	graph = chart(list(stages), [(_("Innovators"), list(stages.values()))])
	summary = [
		figure(_("Innovators"), len(rows)),
		figure(
			_("With An Implemented Innovation"), sum(1 for row in rows if row.implemented), indicator="Green"
		),
		figure(_("Awarded"), sum(1 for row in rows if row.awards), indicator="Blue"),
	]
	return columns, rows, None, graph, summary
