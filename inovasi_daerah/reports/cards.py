"""The workspace's number cards: one small question each, counted through the access model.

A Number Card of type "Custom" makes Desk call its method with one argument, `filters` (the card's
`filters_json`, as JSON), and show what comes back: a bare number, or a dict with `value`, the `fieldtype`
that formats it and the `route` (with `route_options`) a click opens. The counting functions below take
plain arguments so Script Reports and the API can ask the same questions.
"""

import frappe
from frappe.query_builder.functions import Count

from inovasi_daerah.iid.projection import summary
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.reports import filters as shared
from inovasi_daerah.reports.innovations import narrowed, table

# ------------------------------------------------------------------ questions


def count_innovations(
	states=None, year: int | None = None, region: str | None = None, agency: str | None = None
) -> int:
	"""Innovations the session user may read, optionally in `states`, created in `year`, of a region or agency."""
	innovation = table()
	query = frappe.qb.from_(innovation).select(Count(innovation.name))
	query = narrowed(query, innovation, frappe._dict(year=year, region=region, agency=agency))
	if states:
		query = query.where(innovation.workflow_state.isin(meanings.for_sql(states)))
	return int(query.run()[0][0] or 0)


def verified_index(region: str | None, period: str | None) -> float:
	"""The region's verified IID index for the period; 0 when there is no region or period to speak of."""
	if not region or not period:
		return 0.0
	return float(summary(region, period, "verified")["index"] or 0)


# ------------------------------------------------------------------ number card methods


def parse(filters) -> frappe._dict:
	"""The card's filters, for a user who may read innovations (the cards' DocType) at all."""
	frappe.has_permission("Innovation", "read", throw=True)
	return shared.parse(filters)


def group_card(filters, group: str) -> dict:
	"""The innovations in the states of a report group (trial, implemented: the states' meanings)."""
	clean = parse(filters)
	states = meanings.in_group(group)
	return count_card(
		count_innovations(states, region=clean.region, agency=clean.agency),
		clean,
		workflow_state=["in", meanings.for_sql(states)],
	)


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
