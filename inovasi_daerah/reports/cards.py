"""The workspace's number cards: one small question each, counted through the access model.

A Number Card of type "Custom" makes Desk call its method with one argument, `filters` (the card's
`filters_json`, as JSON), and show what comes back: a bare number, or a dict with `value`, the `fieldtype`
that formats it and the `route` (with `route_options`) a click opens. The counting functions below take
plain arguments so Script Reports and the API can ask the same questions.
"""

import frappe
from frappe.query_builder.functions import Count

from inovasi_daerah.access.rules import check_region_access
from inovasi_daerah.iid.projection import summary
from inovasi_daerah.reports import filters as shared
from inovasi_daerah.reports.innovations import narrowed, table
from inovasi_daerah.reports.stages import IMPLEMENTED

IN_TRIAL = ("Uji Coba",)


# ------------------------------------------------------------------ questions


def count_innovations(
	states=None, year: int | None = None, region: str | None = None, agency: str | None = None
) -> int:
	"""Innovations the session user may read, optionally in `states`, created in `year`, of a region or agency."""
	innovation = table()
	query = frappe.qb.from_(innovation).select(Count(innovation.name))
	query = narrowed(query, innovation, frappe._dict(year=year, region=region, agency=agency))
	if states:
		query = query.where(innovation.workflow_state.isin(list(states)))
	return int(query.run()[0][0] or 0)


def verified_index(region: str | None, period: str | None) -> float:
	"""The region's verified IID index for the period; 0 when there is no region or period to speak of."""
	if not region or not period:
		return 0.0
	return float(summary(region, period, "verified")["index"] or 0)


# ------------------------------------------------------------------ number card methods


@frappe.whitelist()
@frappe.read_only()
def innovations_this_year(filters: str | dict | None = None) -> dict:
	clean = parse(filters)
	year = clean.year or shared.current_year()
	return count_card(
		count_innovations(year=year, region=clean.region, agency=clean.agency),
		clean,
		# The list's "between" takes whole days, so the last day of the year is the upper bound.
		creation=["Between", [f"{year}-01-01", f"{year}-12-31"]],
	)


@frappe.whitelist()
@frappe.read_only()
def innovations_in_trial(filters: str | dict | None = None) -> dict:
	clean = parse(filters)
	return count_card(
		count_innovations(IN_TRIAL, region=clean.region, agency=clean.agency),
		clean,
		workflow_state=["in", list(IN_TRIAL)],
	)


@frappe.whitelist()
@frappe.read_only()
def innovations_implemented(filters: str | dict | None = None) -> dict:
	clean = parse(filters)
	return count_card(
		count_innovations(IMPLEMENTED, region=clean.region, agency=clean.agency),
		clean,
		workflow_state=["in", list(IMPLEMENTED)],
	)


@frappe.whitelist()
@frappe.read_only()
def region_verified_index(filters: str | dict | None = None) -> dict:
	"""The verified index of the user's region (or the region asked for, when the user reaches it)."""
	clean = parse(filters)
	if clean.region:
		check_region_access(clean.region)
	region = clean.region or shared.default_region()
	period = clean.period or shared.current_period()
	card = {"value": verified_index(region, period), "fieldtype": "Float"}
	if region:
		card["route"] = ["Form", "Region", region]
	return card


def parse(filters) -> frappe._dict:
	"""The card's filters, for a user who may read innovations (the cards' DocType) at all."""
	frappe.has_permission("Innovation", "read", throw=True)
	return shared.parse(filters)


def count_card(value: int, clean, **list_filters) -> dict:
	"""A count that opens the Innovation list with the same filters when clicked."""
	for key in ("region", "agency"):
		if clean.get(key):
			list_filters[key] = clean[key]
	return {
		"value": value,
		"fieldtype": "Int",
		"route": ["List", "Innovation"],
		"route_options": list_filters,
	}
