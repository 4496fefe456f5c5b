"""The innovations a report looks at: the user's own (access model) narrowed by the shared filters."""

import frappe

from inovasi_daerah.reports.access import within_access
from inovasi_daerah.reports.filters import year_range


def table():
	return frappe.qb.DocType("Innovation")


def narrowed(query, innovation, filters):
	"""`query` over `innovation` (the unaliased Innovation table) limited to what the user sees and asked."""
	query = within_access(query, "Innovation")
	if filters.get("year"):
		start, end = year_range(filters.year)
		query = query.where((innovation.creation >= start) & (innovation.creation < end))
	if filters.get("region"):
		query = query.where(innovation.region == filters.region)
	if filters.get("agency"):
		query = query.where(innovation.agency == filters.agency)
	if filters.get("innovation_lab"):
		query = query.where(innovation.innovation_lab == filters.innovation_lab)
	return query
