"""Innovator credit for the civil-service performance appraisal (SKP): per person (NIP), the innovations
they worked on, the roles they held, the furthest stage reached, the implemented ones and their awards."""

import frappe
from frappe.query_builder import Case
from frappe.query_builder.functions import Coalesce, Count, Max, Sum

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.reports import innovations
from inovasi_daerah.reports.access import within_access

ROLES = ("Ketua", "Anggota", "Pendamping")


def award_counts(filters):
	award = frappe.qb.DocType("Award")
	query = (
		frappe.qb.from_(award)
		.select(award.innovator_nip, Count("*").as_("awards"))
		.where(award.innovator_nip.isnotnull() & (award.innovator_nip != ""))
		.groupby(award.innovator_nip)
	)
	if filters.get("region"):
		query = query.where(award.region == filters.region)
	return within_access(query, "Award")


def rank_expression(innovation):
	"""The stage's rank as SQL, so the furthest stage of a person is a MAX."""
	case = Case()
	for state, rank in meanings.stage_rank().items():
		case = case.when(innovation.workflow_state == state, rank)
	return case.else_(0)


def innovator_credit(filters) -> list[dict]:
	innovation, member = innovations.table(), frappe.qb.DocType("Innovation Team Member")
	awards = award_counts(filters)
	query = (
		frappe.qb.from_(member)
		.join(innovation)
		.on((member.parent == innovation.name) & (member.parenttype == "Innovation"))
		.left_join(awards)
		.on(awards.innovator_nip == member.nip)
		.select(
			member.nip,
			Max(member.full_name).as_("full_name"),
			Max(innovation.agency).as_("agency"),
			Count(member.parent).distinct().as_("innovations"),
			*(Sum(Case().when(member.team_role == role, 1).else_(0)).as_(role.lower()) for role in ROLES),
			Max(rank_expression(innovation)).as_("furthest_rank"),
			Sum(
				Case()
				.when(innovation.workflow_state.isin(meanings.for_sql(meanings.in_group("implemented"))), 1)
				.else_(0)
			).as_("implemented"),
			Max(Coalesce(awards.awards, 0)).as_("awards"),
		)
		.where(member.nip.isnotnull() & (member.nip != ""))
		.groupby(member.nip)
		.orderby(member.nip)
	)
	rows = innovations.narrowed(query, innovation, filters).run(as_dict=True)
	state_of = {rank: state for state, rank in meanings.stage_rank().items()}
	for row in rows:
		row.furthest_stage = state_of.get(row.pop("furthest_rank"))
	return rows
