"""The IID projection of every region the user sees, for one assessment period: the claimed and verified
index, the predicate, basic-service coverage, empty seats and the index points each gap costs.

Sums and counts come from SQL (the stored per-innovation figures); the formula is the engine's, fed with
totals, so a region's figures equal `iid.projection.summary` for it."""

from decimal import Decimal

import frappe
from frappe.query_builder import Case
from frappe.query_builder.functions import Count, Sum

from inovasi_daerah.iid.engine import marginal_gain_from_totals, region_index_from_totals
from inovasi_daerah.reports.access import within_access


def submission_totals(period: str) -> dict[str, dict]:
	"""Per region: claimed and verified (eligible only) score sums, counts and basic services covered."""
	sub = frappe.qb.DocType("IID Submission")
	eligible = sub.is_eligible == 1
	affair = Case().when(sub.basic_service_affair != "", sub.basic_service_affair)
	query = (
		frappe.qb.from_(sub)
		.select(
			sub.region,
			Count("*").as_("claimed_count"),
			Sum(sub.claimed_score).as_("claimed_sum"),
			Sum(Case().when(eligible, 1).else_(0)).as_("verified_count"),
			Sum(Case().when(eligible, sub.verified_score).else_(0)).as_("verified_sum"),
			Count(affair).distinct().as_("claimed_covered"),
			Count(Case().when(eligible & (sub.basic_service_affair != ""), sub.basic_service_affair))
			.distinct()
			.as_("verified_covered"),
		)
		.where(sub.period == period)
		.groupby(sub.region)
	)
	return {row.region: row for row in within_access(query, "IID Submission").run(as_dict=True)}


def spd_totals(period: str) -> dict[str, dict]:
	value = frappe.qb.DocType("Region Indicator Value")
	query = (
		frappe.qb.from_(value)
		.select(
			value.region,
			Sum(value.claimed_score).as_("claimed"),
			Sum(value.verified_score).as_("verified"),
		)
		.where(value.period == period)
		.groupby(value.region)
	)
	return {row.region: row for row in within_access(query, "Region Indicator Value").run(as_dict=True)}


def regions(filters) -> list[dict]:
	"""The regions the user sees; a chosen region brings the regions under it along (a province's)."""
	region = frappe.qb.DocType("Region")
	query = (
		frappe.qb.from_(region).select(region.name, region.level, region.parent_province).orderby(region.name)
	)
	if filters.get("region"):
		query = query.where((region.name == filters.region) | (region.parent_province == filters.region))
	return within_access(query, "Region").run(as_dict=True)


def number(value) -> Decimal:
	return Decimal(str(value or 0))


def region_projections(filters) -> list[dict]:
	rules = frappe.get_doc("Assessment Period", filters.period).build_rules()
	totals, spd = submission_totals(filters.period), spd_totals(filters.period)
	rows = []
	for region in regions(filters):
		sums = totals.get(region.name) or frappe._dict()
		spd_row = spd.get(region.name) or frappe._dict()
		claimed = region_index_from_totals(
			rules,
			number(spd_row.claimed),
			number(sums.claimed_sum),
			int(sums.claimed_count or 0),
			int(sums.claimed_covered or 0),
		)
		score_sum, count = number(sums.verified_sum), int(sums.verified_count or 0)
		spd_score, covered = number(spd_row.verified), int(sums.verified_covered or 0)
		verified = region_index_from_totals(rules, spd_score, score_sum, count, covered)
		full_coverage = region_index_from_totals(
			rules, spd_score, score_sum, count, max(covered, rules.min_basic_services)
		)
		average = score_sum / count if count else Decimal(0)
		seats = verified.empty_seats
		all_seats = region_index_from_totals(
			rules, spd_score, score_sum + average * seats, count + seats, covered
		)
		rows.append(
			frappe._dict(
				region=region.name,
				level=region.level,
				claimed_index=float(claimed.index),
				verified_index=float(verified.index),
				predicate=verified.predicate,
				claimed_count=claimed.innovation_count,
				verified_count=count,
				basic_services_covered=covered,
				basic_services_required=rules.min_basic_services,
				empty_seats=seats,
				points_basic_services=float(full_coverage.index - verified.index),
				points_per_seat=float(
					marginal_gain_from_totals(rules, spd_score, score_sum, count, covered, average)
				)
				if seats and count
				else None,
				points_all_seats=float(all_seats.index - verified.index) if count else None,
				points_unverified=float(claimed.index - verified.index),
			)
		)
	return rows
