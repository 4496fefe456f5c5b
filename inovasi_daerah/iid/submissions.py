"""Per innovation and period: the stored claimed and verified maturity and the eligibility, kept current.

A projection then aggregates these stored figures instead of joining every indicator row of a year.
"""

import frappe
from frappe import _
from frappe.query_builder.functions import Sum
from frappe.utils import getdate

from inovasi_daerah.iid.rules import eligibility_problems
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.lifecycle.proposal import word_count


def problem_message(problem: str) -> str:
	"""Why an innovation does not count for the verified index, in the user's language."""
	return {
		"not_counted": _("Its lifecycle state does not count it as an innovation (rejected)"),
		"no_implementation_date": _("No implementation date"),
		"implementation_outside_window": _("Implemented outside the period's window"),
		"design_too_short": _("Design (rancang bangun) shorter than the minimum words"),
		"mandatory_missing": _("Mandatory indicators not verified"),
	}[problem]


def locked_states() -> tuple[str, ...]:
	"""A sent submission's indicator rows and evidence stay as sent until a verifier returns it."""
	return meanings.states(meanings.SUBMISSION_DOCTYPE, locks_submission=True)


def check_not_locked(innovation: str | None, period: str | None):
	if not innovation or not period:
		return
	state = frappe.db.get_value(
		"IID Submission", {"innovation": innovation, "period": period}, "workflow_state"
	)
	if state in locked_states():
		frappe.throw(
			_(
				"The IID submission of {0} for {1} has been sent ({2}); its indicators and evidence are locked until a verifier returns it."
			).format(frappe.bold(innovation), period, _(state)),
			frappe.ValidationError,
			title=_("Submission Locked"),
		)


def ensure_submission(innovation: str, period: str) -> str:
	name = frappe.db.get_value("IID Submission", {"innovation": innovation, "period": period})
	if name:
		return name
	doc = frappe.get_doc({"doctype": "IID Submission", "innovation": innovation, "period": period})
	doc.insert(ignore_permissions=True)
	return doc.name


def refresh_submission(innovation: str, period: str):
	"""Recompute one submission's stored scores and eligibility from its indicator rows."""
	name = ensure_submission(innovation, period)
	frappe.db.set_value("IID Submission", name, submission_figures(innovation, period))


def submission_figures(innovation: str, period: str) -> dict:
	"""The stored figures of one innovation in one period, computed from its rows and the period's rules."""
	row = frappe.qb.DocType("Innovation Indicator")
	claimed, verified = (
		frappe.qb.from_(row)
		.select(Sum(row.claimed_score), Sum(row.verified_score))
		.where((row.innovation == innovation) & (row.period == period))
		.run()[0]
	)
	missing = missing_mandatory(innovation, period)
	values = {
		"claimed_score": claimed or 0,
		"verified_score": verified or 0,
		"missing_mandatory": ", ".join(missing),
	}
	values.update(eligibility(innovation, period, missing))
	return values


def missing_mandatory(innovation: str, period: str) -> list[str]:
	"""Mandatory SID indicators of the period without a verified (Diterima) row for this innovation."""
	mandatory = frappe.get_all(
		"IID Indicator",
		filters={"period": period, "aspect": "SID", "is_mandatory": 1},
		fields=["name", "number", "indicator_name"],
		order_by="number asc",
	)
	accepted = set(
		frappe.get_all(
			"Innovation Indicator",
			filters={"innovation": innovation, "period": period, "verification_status": "Diterima"},
			pluck="indicator",
		)
	)
	return [f"{row.number}. {row.indicator_name}" for row in mandatory if row.name not in accepted]


def eligibility(innovation: str, period: str, missing: list[str]) -> dict:
	doc = frappe.db.get_value(
		"Innovation",
		innovation,
		["implementation_date", "design", "main_affair", "workflow_state"],
		as_dict=True,
	)
	rules = frappe.db.get_value(
		"Assessment Period",
		period,
		["implementation_window_start", "implementation_window_end", "min_design_words"],
		as_dict=True,
	)
	problems = eligibility_problems(
		getdate(doc.implementation_date) if doc.implementation_date else None,
		(getdate(rules.implementation_window_start), getdate(rules.implementation_window_end)),
		word_count(doc.design),
		rules.min_design_words or 0,
		missing,
		# An innovation already implemented may enter the app at any state; a rejected one never counts.
		counted=doc.workflow_state not in meanings.states(counts_toward_target=False),
	)
	basic = (
		doc.main_affair
		if doc.main_affair and frappe.db.get_value("Government Affair", doc.main_affair, "is_basic_service")
		else None
	)
	return {
		"is_eligible": int(not problems),
		"eligibility_notes": "; ".join(problem_message(p) for p in problems),
		"basic_service_affair": basic,
	}


def refresh_innovation(innovation: str):
	"""After the innovation itself changed (dates, design, affair): refresh each of its submissions."""
	for period in frappe.get_all("IID Submission", filters={"innovation": innovation}, pluck="period"):
		refresh_submission(innovation, period)
