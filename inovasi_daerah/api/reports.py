"""The reports' endpoints: rows of a report for integrators, the filters' starting values in Desk, and the
workspace's number cards (a Number Card of type "Custom" calls its method with `filters`)."""

import frappe
from frappe import _

from inovasi_daerah.access.model import MODULES
from inovasi_daerah.access.rules import check_region_access
from inovasi_daerah.reports import cards
from inovasi_daerah.reports import filters as shared
from inovasi_daerah.utils import json_argument


@frappe.whitelist()
@frappe.read_only()
def report_rows(report_name: str, filters: dict | str | None = None) -> dict:
	"""Columns and rows of one of the app's Script Reports, for integrators: the same report, filters, roles
	and access model as in Desk (frappe.desk.query_report.run), without Desk's formatting."""
	if frappe.db.get_value("Report", report_name, "module") not in MODULES:
		frappe.throw(
			_("{0} is not a report of Inovasi Daerah.").format(report_name), frappe.DoesNotExistError
		)
	from frappe.desk.query_report import run

	result = run(report_name, filters=json_argument(filters, "filters", dict) if filters else {})
	return {
		"columns": [
			{key: column.get(key) for key in ("fieldname", "label", "fieldtype")}
			for column in result["columns"]
		],
		"rows": result["result"],
		"summary": result.get("report_summary"),
	}


@frappe.whitelist()
@frappe.read_only()
def filter_defaults() -> dict:
	"""What the report filters start from in Desk."""
	return {
		"year": shared.current_year(),
		"period": shared.current_period(),
		"region": shared.default_region(),
	}


@frappe.whitelist()
@frappe.read_only()
def innovations_this_year(filters: str | dict | None = None) -> dict:
	clean = cards.parse(filters)
	year = clean.year or shared.current_year()
	return cards.count_card(
		cards.count_innovations(year=year, region=clean.region, agency=clean.agency),
		clean,
		# The list's "between" takes whole days, so the last day of the year is the upper bound.
		creation=["Between", [f"{year}-01-01", f"{year}-12-31"]],
	)


@frappe.whitelist()
@frappe.read_only()
def innovations_in_trial(filters: str | dict | None = None) -> dict:
	return cards.group_card(filters, "trial")


@frappe.whitelist()
@frappe.read_only()
def innovations_implemented(filters: str | dict | None = None) -> dict:
	return cards.group_card(filters, "implemented")


@frappe.whitelist()
@frappe.read_only()
def region_verified_index(filters: str | dict | None = None) -> dict:
	"""The verified index of the user's region (or the region asked for, when the user reaches it)."""
	clean = cards.parse(filters)
	if clean.region:
		check_region_access(clean.region)
	region = clean.region or shared.default_region()
	period = clean.period or shared.current_period()
	card = {"value": cards.verified_index(region, period), "fieldtype": "Float"}
	if region:
		card["route"] = ["Form", "Region", region]
	return card
