"""Innovation maturity for an assessment period: per innovation, its SID score (claimed and verified),
how many chosen indicators carry evidence, the mandatory indicators it misses, and whether it counts."""

import frappe
from frappe.query_builder import Case
from frappe.query_builder.functions import Coalesce, Sum

from inovasi_daerah.reports.access import within_access


def indicator_totals(filters):
	"""Subquery: per innovation, its chosen indicator rows, those with evidence, those accepted."""
	row = frappe.qb.DocType("Innovation Indicator")
	evidence = frappe.qb.DocType("Indicator Evidence")
	with_evidence = (
		frappe.qb.from_(evidence).select(evidence.parent).where(evidence.parenttype == "Innovation Indicator")
	)
	chosen = row.level.isnotnull() & (row.level != "")
	query = (
		frappe.qb.from_(row)
		.select(
			row.innovation,
			Sum(Case().when(chosen, 1).else_(0)).as_("chosen"),
			Sum(Case().when(chosen & row.name.isin(with_evidence), 1).else_(0)).as_("with_evidence"),
			Sum(Case().when(row.verification_status == "Diterima", 1).else_(0)).as_("accepted"),
		)
		.where(row.period == filters.period)
		.groupby(row.innovation)
	)
	if filters.get("region"):
		query = query.where(row.region == filters.region)
	if filters.get("agency"):
		query = query.where(row.agency == filters.agency)
	return query


def innovation_maturity(filters) -> list[dict]:
	sub = frappe.qb.DocType("IID Submission")
	totals = indicator_totals(filters)
	query = (
		frappe.qb.from_(sub)
		.left_join(totals)
		.on(totals.innovation == sub.innovation)
		.select(
			sub.innovation,
			sub.innovation_title.as_("title"),
			sub.agency,
			sub.workflow_state.as_("submission_state"),
			sub.claimed_score,
			sub.verified_score,
			Coalesce(totals.chosen, 0).as_("chosen"),
			Coalesce(totals.with_evidence, 0).as_("with_evidence"),
			Coalesce(totals.accepted, 0).as_("accepted"),
			sub.missing_mandatory,
			sub.is_eligible,
			sub.eligibility_notes,
		)
		.where(sub.period == filters.period)
		.orderby(sub.verified_score, order=frappe.qb.desc)
		.orderby(sub.innovation)
	)
	if filters.get("region"):
		query = query.where(sub.region == filters.region)
	if filters.get("agency"):
		query = query.where(sub.agency == filters.agency)
	rows = within_access(query, "IID Submission").run(as_dict=True)
	for row in rows:
		row.evidence_completeness = round(100.0 * row.with_evidence / row.chosen, 2) if row.chosen else 0.0
	return rows
