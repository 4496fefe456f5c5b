"""Stage-review gates: which criteria set rules a gate, and whether an innovation passes it."""

import frappe
from frappe import _

from inovasi_daerah.lifecycle.review_rules import GateResult, gate_result
from inovasi_daerah.utils import forget_request_memo, request_memo

# The Innovation field that shows each lifecycle gate's result (and that transition conditions read).
GATE_FIELDS = {"Kelayakan": "feasibility_gate", "Uji Coba": "trial_gate"}


def active_criteria_set(gate: str) -> str:
	name = frappe.db.get_value("Review Criteria Set", {"gate": gate, "is_active": 1}, "name")
	if not name:
		frappe.throw(
			_("No active review criteria set for the gate {0}.").format(frappe.bold(_(gate))),
			title=_("Missing Criteria Set"),
		)
	return name


def gated_transitions() -> dict[tuple[str, str], str]:
	"""(from state, to state) -> gate, for every active criteria set that opens a lifecycle step (data)."""
	memo = request_memo("inovasi_gated_transitions")
	if "steps" not in memo:
		rows = frappe.get_all(
			"Review Criteria Set",
			filters={"is_active": 1, "opens_from_state": ("is", "set"), "opens_to_state": ("is", "set")},
			fields=["gate", "opens_from_state", "opens_to_state"],
		)
		memo["steps"] = {(row.opens_from_state, row.opens_to_state): row.gate for row in rows}
	return memo["steps"]


def forget_gated_transitions(*args, **kwargs):
	forget_request_memo("inovasi_gated_transitions")


def current_round(innovation: str) -> int:
	return frappe.db.get_value("Innovation", innovation, "review_round") or 1


def evaluate_gate(innovation: str, gate: str) -> tuple[GateResult, str]:
	"""The gate's pass rule applied to the submitted reviews of the innovation's current review round that
	were scored on the gate's active criteria set (reviews of another set follow another rule)."""
	criteria_set = active_criteria_set(gate)
	rule = frappe.db.get_value(
		"Review Criteria Set", criteria_set, ["min_reviews", "min_average"], as_dict=True
	)
	totals = frappe.get_all(
		"Stage Review",
		filters={
			"innovation": innovation,
			"gate": gate,
			"docstatus": 1,
			"review_round": current_round(innovation),
			"criteria_set": criteria_set,
		},
		pluck="weighted_total",
	)
	return gate_result(totals, rule.min_reviews, rule.min_average), criteria_set


def refresh_gate_results(gate: str):
	"""Every innovation reviewed at the gate gets its stored result again (its active set or rule changed)."""
	if not frappe.db.exists("Review Criteria Set", {"gate": gate, "is_active": 1}):
		return
	for innovation in frappe.get_all(
		"Stage Review", filters={"gate": gate, "docstatus": 1}, pluck="innovation", distinct=True
	):
		refresh_innovation_gate(innovation, gate)


def refresh_innovation_gate(innovation: str, gate: str):
	"""Store the gate's result on the innovation; the change notifies the operator (Notification)."""
	fieldname = GATE_FIELDS.get(gate)
	if not fieldname:
		return
	result, _criteria_set = evaluate_gate(innovation, gate)
	value = "Lulus" if result.passed else "Tidak Lulus" if result.failed else ""
	doc = frappe.get_doc("Innovation", innovation)
	if doc.get(fieldname) != value:
		doc.db_set(fieldname, value, notify=True)
