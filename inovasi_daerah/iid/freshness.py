"""No stale figure: every input a stored IID figure reads refreshes that figure when it changes.

| input that changes                          | what is refreshed                                   |
|---------------------------------------------|-----------------------------------------------------|
| an indicator's weight (catalogue)            | its rows' weight and scores, then their submissions |
| an indicator's mandatory flag                | every submission of the period                      |
| a period's window or minimum design words    | every submission of the period                      |
| an innovation's agency, title or region      | the copies on its rows, submissions and reviews     |
| an innovation's dates, design, main affair   | its submissions (Innovation.on_update)               |
| an agency's head                             | the agency head copied on its innovations           |
| an innovation's state; whether a state counts | the submissions of its innovations (lifecycle)      |

Refreshes touching more than INLINE_LIMIT submissions run as a background job (one per period at a time)
and the period's form says so while it runs.
"""

import frappe
from frappe import _
from frappe.utils.background_jobs import is_job_enqueued

from inovasi_daerah.iid.engine import indicator_score
from inovasi_daerah.iid.submissions import refresh_submission

INLINE_LIMIT = 300
PERIOD_INPUTS = (
	"implementation_window_start",
	"implementation_window_end",
	"min_design_words",
)
# Copies of an innovation's fields kept on the records that follow it.
INNOVATION_COPIES = {
	"Innovation Indicator": {"innovation_title": "title", "agency": "agency", "region": "region"},
	"IID Submission": {"innovation_title": "title", "agency": "agency", "region": "region"},
	"Stage Review": {"innovation_title": "title", "agency": "agency"},
}


def refresh_job_id(period: str) -> str:
	return f"inovasi-iid-refresh::{period}"


def is_refresh_running(period: str) -> bool:
	return bool(is_job_enqueued(refresh_job_id(period)))


def refresh_period(period: str, indicators: list[str] | None = None):
	"""Rescore the rows of the given indicators (weights changed), then refresh every submission of the period."""
	for indicator in indicators or []:
		rescore_rows(indicator)
	for innovation in frappe.get_all("IID Submission", filters={"period": period}, pluck="innovation"):
		refresh_submission(innovation, period)


def schedule_period_refresh(period: str, indicators: list[str] | None = None):
	"""Refresh now when few submissions are affected; otherwise in the background, and say so."""
	if frappe.db.count("IID Submission", {"period": period}) <= INLINE_LIMIT:
		refresh_period(period, indicators)
		return
	frappe.enqueue(
		"inovasi_daerah.iid.freshness.refresh_period",
		queue="long",
		job_id=refresh_job_id(period),
		deduplicate=True,
		enqueue_after_commit=True,
		period=period,
		indicators=indicators,
	)
	frappe.msgprint(
		_("The IID figures of {0} are being recalculated in the background.").format(frappe.bold(period)),
		indicator="blue",
		alert=True,
	)


def rescore_rows(indicator: str):
	"""Each row of an indicator takes the catalogue's current weight and its scores follow."""
	weight, aspect = frappe.db.get_value("IID Indicator", indicator, ["weight", "aspect"])
	doctype = "Innovation Indicator" if aspect == "SID" else "Region Indicator Value"
	rows = frappe.get_all(
		doctype, filters={"indicator": indicator}, fields=["name", "level", "verification_status"]
	)
	with_evidence = (
		set(
			frappe.get_all(
				"Indicator Evidence",
				filters={"parenttype": doctype, "parent": ("in", [row.name for row in rows])},
				or_filters={"attachment": ("is", "set"), "link": ("is", "set")},
				pluck="parent",
				distinct=True,
			)
		)
		if rows
		else set()
	)
	for row in rows:
		claimed = float(indicator_score(weight or 0, row.level or None)) if row.name in with_evidence else 0
		verified = claimed if row.verification_status == "Diterima" else 0
		frappe.db.set_value(
			doctype,
			row.name,
			{"weight": weight, "claimed_score": claimed, "verified_score": verified},
			update_modified=False,
		)


def on_indicator_update(indicator, method=None):
	"""IID Indicator on_update: a changed weight or mandatory flag reaches every figure that reads it."""
	weight_changed = indicator.has_value_changed("weight")
	if weight_changed or indicator.has_value_changed("is_mandatory"):
		if indicator.is_new() or not indicator.get_doc_before_save():
			return
		schedule_period_refresh(indicator.period, [indicator.name] if weight_changed else None)


def on_period_update(period, method=None):
	if period.get_doc_before_save() and any(period.has_value_changed(field) for field in PERIOD_INPUTS):
		schedule_period_refresh(period.name)


def on_workflow_update(workflow, method=None):
	"""The lifecycle workflow saved: innovations in a state that now counts, or no longer counts, as an
	innovation (its meaning) get their submissions' eligibility refreshed."""
	if workflow.document_type != "Innovation" or not workflow.is_active:
		return
	before = workflow.get_doc_before_save()
	changed = not_counted_states(workflow) ^ (not_counted_states(before) if before else set())
	if not changed:
		return
	sub = frappe.qb.DocType("IID Submission")
	innovation = frappe.qb.DocType("Innovation")
	rows = (
		frappe.qb.from_(sub)
		.join(innovation)
		.on(innovation.name == sub.innovation)
		.select(sub.innovation, sub.period)
		.where(innovation.workflow_state.isin(sorted(changed)))
		.run(as_dict=True)
	)
	if len(rows) <= INLINE_LIMIT:
		refresh_submissions(rows)
		return
	frappe.enqueue(
		"inovasi_daerah.iid.freshness.refresh_submissions",
		queue="long",
		enqueue_after_commit=True,
		rows=rows,
	)
	frappe.msgprint(
		_(
			"The IID eligibility of the innovations in the changed states is being recalculated in the background."
		),
		indicator="blue",
		alert=True,
	)


def not_counted_states(workflow) -> set[str]:
	return {row.state for row in workflow.states if not row.get("inovasi_counts_toward_target")}


def refresh_submissions(rows: list[dict]):
	for row in rows:
		refresh_submission(row["innovation"], row["period"])


def copy_innovation_fields(innovation):
	"""After an innovation moved or was renamed: the records that follow it take its new values."""
	for doctype, copies in INNOVATION_COPIES.items():
		changed = {
			target: innovation.get(source)
			for target, source in copies.items()
			if innovation.has_value_changed(source)
		}
		if changed:
			names = frappe.get_all(doctype, filters={"innovation": innovation.name}, pluck="name")
			for name in names:
				frappe.db.set_value(doctype, name, changed, update_modified=False)


def copy_agency_head(agency, method=None):
	if agency.has_value_changed("head") and agency.get_doc_before_save():
		innovation = frappe.qb.DocType("Innovation")
		frappe.qb.update(innovation).set(innovation.agency_head, agency.head).where(
			innovation.agency == agency.name
		).run()
