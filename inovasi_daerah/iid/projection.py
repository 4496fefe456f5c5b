"""The IID projection of a region and period, claimed or verified, from the stored per-innovation figures."""

from decimal import Decimal

import frappe
from frappe import _
from frappe.query_builder.functions import Sum

from inovasi_daerah.access.rules import visible_names
from inovasi_daerah.iid.engine import marginal_gain, region_index

BASES = ("claimed", "verified")


def submissions(region: str, period: str) -> list[dict]:
	sub = frappe.qb.DocType("IID Submission")
	return (
		frappe.qb.from_(sub)
		.select(
			sub.innovation,
			sub.innovation_title,
			sub.agency,
			sub.claimed_score,
			sub.verified_score,
			sub.is_eligible,
			sub.missing_mandatory,
			sub.eligibility_notes,
		)
		.where((sub.region == region) & (sub.period == period))
		.orderby(sub.innovation)
		.run(as_dict=True)
	)


def counted_scores(region: str, period: str, basis: str) -> tuple[list[Decimal], set[str]]:
	"""The scores that count for the index and the basic-service affairs they cover, aggregated in SQL."""
	sub = frappe.qb.DocType("IID Submission")
	column = sub.claimed_score if basis == "claimed" else sub.verified_score
	where = (sub.region == region) & (sub.period == period)
	if basis == "verified":
		where &= sub.is_eligible == 1
	scores = [Decimal(str(score or 0)) for (score,) in frappe.qb.from_(sub).select(column).where(where).run()]
	covered = (
		frappe.qb.from_(sub)
		.select(sub.basic_service_affair)
		.distinct()
		.where(where & sub.basic_service_affair.isnotnull())
		.run()
	)
	return scores, {affair for (affair,) in covered if affair}


def spd_score(region: str, period: str, basis: str) -> Decimal:
	value = frappe.qb.DocType("Region Indicator Value")
	column = value.claimed_score if basis == "claimed" else value.verified_score
	total = (
		frappe.qb.from_(value)
		.select(Sum(column))
		.where((value.region == region) & (value.period == period))
		.run()[0][0]
	)
	return Decimal(str(total or 0))


def sid_maximum(period: str) -> Decimal:
	indicator = frappe.qb.DocType("IID Indicator")
	total = (
		frappe.qb.from_(indicator)
		.select(Sum(indicator.weight))
		.where((indicator.period == period) & (indicator.aspect == "SID"))
		.run()[0][0]
	)
	return Decimal(str(total or 0)) * 3


def summary(region: str, period: str, basis: str = "verified") -> dict:
	"""Index, predicate and the gaps that cost points; `claimed` counts every choice, `verified` only what counts."""
	if basis not in BASES:
		frappe.throw(_("Basis must be claimed or verified."), title=_("Invalid Basis"))
	rules = frappe.get_doc("Assessment Period", period).build_rules()
	scores, covered = counted_scores(region, period, basis)
	spd = spd_score(region, period, basis)
	result = region_index(rules, spd, scores, len(covered))
	average = sum(scores, Decimal(0)) / len(scores) if scores else Decimal(0)
	basic_affairs = frappe.get_all(
		"Government Affair", filters={"is_basic_service": 1}, pluck="name", order_by="sequence"
	)
	return {
		"region": region,
		"period": period,
		"basis": basis,
		**{key: as_number(value) for key, value in result.__dict__.items()},
		"uncovered_basic_services": [affair for affair in basic_affairs if affair not in covered],
		"marginal_gain_average": as_number(marginal_gain(rules, spd, scores, len(covered), average)),
		"marginal_gain_maximum": as_number(
			marginal_gain(rules, spd, scores, len(covered), sid_maximum(period))
		),
	}


def innovation_rows(region: str, period: str, basis: str = "verified") -> list[dict]:
	"""Each innovation's maturity for the basis, whether it counts, and what it misses: only the user's."""
	visible = visible_names("Innovation", {"region": region})
	score_field = "claimed_score" if basis == "claimed" else "verified_score"
	return [
		{
			"innovation": row.innovation,
			"title": row.innovation_title,
			"agency": row.agency,
			"maturity": float(row[score_field] or 0),
			"counted": basis == "claimed" or bool(row.is_eligible),
			"missing_mandatory": row.missing_mandatory or "",
			"not_eligible_because": row.eligibility_notes or "",
		}
		for row in submissions(region, period)
		if visible is None or row.innovation in visible
	]


def projection(region: str, period: str, basis: str = "verified") -> dict:
	return {**summary(region, period, basis), "innovations": innovation_rows(region, period, basis)}


def as_number(value):
	return float(value) if isinstance(value, Decimal) else value
