"""Innovation target attainment ("1 OPD 6 Inovasi"): per agency, its target for the year, its innovations
of the year by stage group, and how far it got; agencies with no innovation at all are listed too."""

import frappe
from frappe.query_builder import Case
from frappe.query_builder.functions import Coalesce, Count, Sum

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.reports import innovations
from inovasi_daerah.reports.access import within_access


def counts_by_agency(filters):
	"""Subquery: per agency, innovations created in the year, in total, counted and per stage group."""
	innovation = innovations.table()
	query = frappe.qb.from_(innovation).select(innovation.agency, Count("*").as_("total"))
	# Every innovation counts toward its agency's target unless its state says not (a rejected proposal).
	not_counted = meanings.for_sql(meanings.states(counts_toward_target=False))
	query = query.select(
		Sum(Case().when(innovation.workflow_state.notin(not_counted), 1).else_(0)).as_("counted")
	)
	for key, states in meanings.stage_groups():
		query = query.select(
			Sum(Case().when(innovation.workflow_state.isin(meanings.for_sql(states)), 1).else_(0)).as_(key)
		)
	return innovations.narrowed(query, innovation, filters).groupby(innovation.agency)


def target_attainment(filters) -> list[dict]:
	"""One row per agency the user may see (filtered by region and agency), with its year's figures."""
	agency = frappe.qb.DocType("Agency")
	target = frappe.qb.DocType("Agency Innovation Target")
	counts = counts_by_agency(filters)
	query = (
		frappe.qb.from_(agency)
		.left_join(target)
		.on((target.agency == agency.name) & (target.year == filters.year))
		.left_join(counts)
		.on(counts.agency == agency.name)
		.select(
			agency.name.as_("agency"),
			agency.agency_name,
			agency.region,
			Coalesce(target.target_count, 0).as_("target"),
			Coalesce(counts.total, 0).as_("total"),
			Coalesce(counts.counted, 0).as_("counted"),
			*(Coalesce(getattr(counts, key), 0).as_(key) for key, _states in meanings.stage_groups()),
		)
		.orderby(agency.region)
		.orderby(agency.name)
	)
	query = within_access(query, "Agency")
	if filters.get("region"):
		query = query.where(agency.region == filters.region)
	if filters.get("agency"):
		query = query.where(agency.name == filters.agency)
	rows = query.run(as_dict=True)
	for row in rows:
		row.attainment = round(100.0 * row.counted / row.target, 2) if row.target else None
		row.meets_target = int(bool(row.target) and row.counted >= row.target)
	return rows


def attainment_band(row) -> str:
	"""Which band of the chart an agency falls in."""
	if not row.total:
		return "No Innovation"
	if not row.target:
		return "No Target"
	if row.attainment >= 100:
		return "Target Met"
	return "50-99%" if row.attainment >= 50 else "Below 50%"


BANDS = ("No Innovation", "Below 50%", "50-99%", "Target Met", "No Target")
