"""The composite indexes the report queries need at national scale (200,000 innovations, 4,000,000
indicator rows), kept in one table and added after install and after every migrate (idempotent)."""

import frappe

INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
	# Innovations of a region or agency created in a year (targets, funnel, ranking, cards).
	# Covering (the design text makes an Innovation row large: fetching rows is what costs at scale).
	"Innovation": (
		("creation", "workflow_state", "agency"),
		("region", "creation", "workflow_state", "agency"),
		("agency", "creation", "workflow_state"),
		("workflow_state", "region"),
		("innovation_lab", "creation"),
	),
	# A period's submissions per region and agency (IID projection, maturity, ranking).
	"IID Submission": (("period", "region"), ("period", "agency")),
	# A period's indicator rows of a region's innovations (maturity).
	"Innovation Indicator": (("period", "region", "innovation"),),
	"Region Indicator Value": (("period", "region"),),
	# Latest reports per innovation (monitoring overview) and a year's obstacles.
	"Monitoring Report": (("innovation", "report_date"), ("year", "region")),
	# Covering the funnel's reads per innovation (states reached, days in each), so no row is fetched.
	"Innovation State Change": (
		("innovation", "changed_on"),
		("innovation", "to_state", "from_state", "days_in_from_state"),
	),
	"Innovation Team Member": (("nip",),),
	"Award": (("innovator_nip",), ("agency", "year")),
	"Agency": (("region",),),
	# Each agency's target of the year, joined per agency (target attainment).
	"Agency Innovation Target": (("agency", "year"),),
}


def index_name(doctype: str, fields: tuple[str, ...]) -> str:
	"""Unique in the database (SQLite's index names are not per table), within MariaDB's 64 characters."""
	return "_".join(("rep", frappe.scrub(doctype), *fields))[:64]


def add_report_indexes():
	for doctype, indexes in INDEXES.items():
		for fields in indexes:
			frappe.db.add_index(doctype, list(fields), index_name(doctype, fields))
