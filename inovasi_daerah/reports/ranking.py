"""Agency ranking, the local incentive: per agency, its innovations, average verified maturity, the share
of its IID submissions verified, and its awards; ranked, with the top three marked."""

import frappe
from frappe.query_builder import Case
from frappe.query_builder.functions import Avg, Coalesce, Count, Sum

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.reports import innovations
from inovasi_daerah.reports.access import within_access

TOP = 3


def innovation_counts(filters):
	innovation = innovations.table()
	query = frappe.qb.from_(innovation).select(innovation.agency, Count("*").as_("innovations"))
	return innovations.narrowed(query, innovation, filters).groupby(innovation.agency)


def submission_figures(filters):
	sub = frappe.qb.DocType("IID Submission")
	# A submission the verifier has passed, or further along (the state's meaning).
	verified = meanings.states(meanings.SUBMISSION_DOCTYPE, verified=True) or ("",)
	query = (
		frappe.qb.from_(sub)
		.select(
			sub.agency,
			Count("*").as_("submissions"),
			Avg(sub.verified_score).as_("average_maturity"),
			Sum(Case().when(sub.workflow_state.isin(verified), 1).else_(0)).as_("verified"),
		)
		.where(sub.period == filters.period)
		.groupby(sub.agency)
	)
	if filters.get("region"):
		query = query.where(sub.region == filters.region)
	return within_access(query, "IID Submission")


def award_counts(filters):
	award = frappe.qb.DocType("Award")
	query = frappe.qb.from_(award).select(award.agency, Count("*").as_("awards")).groupby(award.agency)
	if filters.get("year"):
		query = query.where(award.year == filters.year)
	if filters.get("region"):
		query = query.where(award.region == filters.region)
	return within_access(query, "Award")


def agency_ranking(filters) -> list[dict]:
	agency = frappe.qb.DocType("Agency")
	counts, figures, awards = innovation_counts(filters), submission_figures(filters), award_counts(filters)
	query = (
		frappe.qb.from_(agency)
		.left_join(counts)
		.on(counts.agency == agency.name)
		.left_join(figures)
		.on(figures.agency == agency.name)
		.left_join(awards)
		.on(awards.agency == agency.name)
		.select(
			agency.name.as_("agency"),
			agency.agency_name,
			Coalesce(counts.innovations, 0).as_("innovations"),
			Coalesce(figures.submissions, 0).as_("submissions"),
			Coalesce(figures.average_maturity, 0).as_("average_maturity"),
			Coalesce(figures.verified, 0).as_("verified"),
			Coalesce(awards.awards, 0).as_("awards"),
		)
	)
	query = within_access(query, "Agency")
	if filters.get("region"):
		query = query.where(agency.region == filters.region)
	rows = query.run(as_dict=True)
	for row in rows:
		row.average_maturity = round(float(row.average_maturity or 0), 2)
		row.verified_share = round(100.0 * row.verified / row.submissions, 2) if row.submissions else 0.0
	# Maturity first, then the verified share, the awards and the count; ties keep the agency's name order.
	rows.sort(key=lambda r: (-r.average_maturity, -r.verified_share, -r.awards, -r.innovations, r.agency))
	for position, row in enumerate(rows, 1):
		row.rank = position
		row.top_three = int(position <= TOP and bool(row.innovations or row.submissions))
	return rows
