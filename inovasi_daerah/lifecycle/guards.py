"""Server-side rules of the app's workflows (Innovation Lifecycle, IID Submission), so REST obeys Desk.

Frappe checks that a changed `workflow_state` follows a transition, but not a state's edit rights
(frappe/frappe#16678), and its refusals are generic. `guard` runs in the controllers' validate, before
Frappe's own check, and refuses with a message that says what is wrong.
"""

import frappe
from frappe import _
from frappe.model.workflow import get_workflow_name, is_transition_condition_satisfied
from frappe.utils import cstr, flt

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.lifecycle.gates import GATE_FIELDS, evaluate_gate, gated_transitions

# Once set (penetapan), these stay filled in every later state.
LEGAL_BASIS = ("legal_basis_type", "legal_basis_number", "legal_basis_date")
# Notifications (Frappe's "Method" event) the lifecycle raises on entering a state, by what the state means.
NEW_ROUND_EVENT = "on_new_review_round"
ENACTMENT_EVENT = "on_enactment"
NUMERIC_TYPES = {"Int", "Float", "Currency", "Percent", "Check"}


def carry_entry_fields(doc, action: str, sent: dict):
	"""Keep, for the save that applies `action`, the values the next state asks for that came with it.

	Frappe's apply_workflow reloads the record, so the values wait here and `guard` sets them.
	"""
	values = {
		df.fieldname: sent[df.fieldname]
		for df in entry_fields(doc, action)
		if sent.get(df.fieldname) not in (None, "")
	}
	frappe.local.inovasi_carried_fields = {(doc.doctype, doc.name): values}


def entry_fields(doc, action: str) -> list:
	"""The fields (DocField) the states that `action` leads to from the record's state ask for."""
	workflow_name = get_workflow_name(doc.doctype)
	if not workflow_name:
		return []
	workflow = frappe.get_cached_doc("Workflow", workflow_name)
	names = {
		field
		for t in workflow.transitions
		if t.state == doc.workflow_state and t.action == action
		for field in meanings.entry_requirements(t.next_state, doc.doctype)
	}
	return [df for df in doc.meta.fields if df.fieldname in names]


def take_carried_fields(doc):
	carried = getattr(frappe.local, "inovasi_carried_fields", None) or {}
	frappe.local.inovasi_carried_fields = None
	doc.update(carried.get((doc.doctype, doc.name), {}))


def guard(doc):
	"""Refuse an edit or a state change the workflow does not allow this user."""
	workflow_name = get_workflow_name(doc.doctype)
	if not workflow_name or doc.is_new():
		return
	before = doc.get_doc_before_save()
	if not before:
		return
	old_state, new_state = before.workflow_state, doc.workflow_state
	moving = old_state != new_state
	if moving:
		take_carried_fields(doc)
	# The Administrator may take any step and change anything, but what a state requires and sets holds
	# for every transition: the legal basis kept, the entry fields filled, the state's effects applied.
	if frappe.session.user != "Administrator":
		workflow = frappe.get_cached_doc("Workflow", workflow_name)
		# Field changes need the edit right of the state they are made in, also when they ride on a
		# transition; only the fields the next state asks for (a revision note, the legal basis) travel.
		riding = meanings.entry_requirements(new_state, doc.doctype) if moving else ()
		check_edit_rights(doc, before, workflow, old_state, riding)
		if moving:
			check_transition(doc, before, workflow, old_state, new_state)
	check_kept_fields(doc, before)
	if moving:
		check_entry_requirements(doc, new_state)
		apply_state_effects(doc, new_state, old_state)


def apply_state_effects(doc, new_state: str, old_state: str | None = None):
	"""What entering a state sets on an innovation, by the state's meaning: its sustainability status, a new
	review round (the gates cleared). The notifications of a new round and of a penetapan are raised once the
	record is saved (`raise_state_events`)."""
	if doc.doctype != meanings.LIFECYCLE_DOCTYPE:
		return
	meaning = meanings.of(new_state)
	if not meaning or not meaning.understood:
		return
	if meaning.sustainability_status:
		doc.sustainability_status = meaning.sustainability_status
	events = []
	if meaning.new_review_round:
		doc.review_round = (doc.review_round or 1) + 1
		for fieldname in GATE_FIELDS.values():
			doc.set(fieldname, "")
		events.append(NEW_ROUND_EVENT)
	# Penetapan is recorded where the legal basis is first asked for.
	if set(LEGAL_BASIS) <= set(meaning.entry_fields) and not set(LEGAL_BASIS) <= set(
		meanings.entry_requirements(old_state)
	):
		events.append(ENACTMENT_EVENT)
	doc.flags.inovasi_state_events = events


def raise_state_events(doc):
	"""After the save that entered a state: the notifications its meaning raises (Notification "Method")."""
	for event in doc.flags.pop("inovasi_state_events", None) or ():
		doc.run_notifications(event)


def check_kept_fields(doc, before):
	"""The legal basis of a penetapan cannot be cleared afterwards."""
	if not doc.meta.has_field(LEGAL_BASIS[0]) or not all(before.get(f) for f in LEGAL_BASIS):
		return
	cleared = [_(doc.meta.get_label(f)) for f in LEGAL_BASIS if not doc.get(f)]
	if cleared:
		frappe.throw(
			_("The legal basis of a penetapan cannot be cleared: {0}").format(", ".join(cleared)),
			frappe.ValidationError,
			title=_("Not Allowed"),
		)


def state_editor_role(workflow, state: str) -> str | None:
	return next((row.allow_edit for row in workflow.states if row.state == state), None)


def check_edit_rights(doc, before, workflow, state: str, riding: tuple[str, ...] = ()):
	role = state_editor_role(workflow, state)
	if role in frappe.get_roles():
		return
	changed = changed_fields(doc, before, riding)
	if changed:
		frappe.throw(
			_("In state {0} only {1} can change an innovation (changed: {2}).").format(
				frappe.bold(_(state)), frappe.bold(_(role or "")), ", ".join(changed)
			),
			frappe.PermissionError,
			title=_("Not Allowed"),
		)


def changed_fields(doc, before, riding: tuple[str, ...] = ()) -> list[str]:
	"""Labels of the user-editable fields whose value differs from the saved document.

	System-kept (read-only) fields are left out: access.integrity already holds them to the system's value.
	"""
	changed = []
	for df in doc.meta.fields:
		if (
			df.read_only
			or df.fieldname in riding
			or df.fieldtype in ("Section Break", "Column Break", "Tab Break")
		):
			continue
		if df.fieldtype in ("Table", "Table MultiSelect"):
			same = table_rows(doc, df.fieldname) == table_rows(before, df.fieldname)
		elif df.fieldtype in NUMERIC_TYPES:
			same = flt(doc.get(df.fieldname)) == flt(before.get(df.fieldname))
		else:
			same = cstr(doc.get(df.fieldname)) == cstr(before.get(df.fieldname))
		if not same:
			changed.append(_(df.label))
	return changed


def table_rows(doc, fieldname: str) -> list[dict]:
	return [
		{key: cstr(value) for key, value in row.as_dict(no_default_fields=True).items() if key != "__islocal"}
		for row in doc.get(fieldname) or []
	]


def check_transition(doc, before, workflow, old_state: str, new_state: str):
	"""Explain, before Frappe's generic refusal, why this user cannot take the innovation to new_state."""
	candidates = [t for t in workflow.transitions if t.state == old_state and t.next_state == new_state]
	if not candidates:
		frappe.throw(
			_("The workflow has no step from {0} to {1}.").format(
				frappe.bold(_(old_state)), frappe.bold(_(new_state))
			),
			frappe.ValidationError,
			title=_("Not Allowed"),
		)
	explain_refusal(before, candidates)


def explain_action(doc, action: str):
	"""Before Frappe applies a workflow action, refuse with the reason if this user may not take it."""
	workflow_name = get_workflow_name(doc.doctype)
	if not workflow_name or frappe.session.user == "Administrator":
		return
	workflow = frappe.get_cached_doc("Workflow", workflow_name)
	candidates = [t for t in workflow.transitions if t.state == doc.workflow_state and t.action == action]
	if not candidates:
		frappe.throw(
			_("The action {0} is not available in state {1}.").format(
				frappe.bold(_(action)), frappe.bold(_(doc.workflow_state))
			),
			frappe.ValidationError,
			title=_("Not Allowed"),
		)
	explain_refusal(doc, candidates)


def explain_refusal(doc, candidates):
	"""Check, in the order a user can act on, each reason the candidate transitions may be closed."""
	old_state = candidates[0].state
	leaving = meanings.of(old_state, doc.doctype)
	if leaving and leaving.phase == "Proposal" and hasattr(doc, "validate_proposal_complete"):
		doc.validate_proposal_complete()
	roles = set(frappe.get_roles())
	mine = [t for t in candidates if t.allowed in roles]
	if not mine:
		frappe.throw(
			_("Only {0} can take this step from {1}.").format(
				", ".join(sorted({_(t.allowed) for t in candidates})), frappe.bold(_(old_state))
			),
			frappe.PermissionError,
			title=_("Not Allowed"),
		)
	applicable = [t for t in mine if is_transition_condition_satisfied(t, doc) or is_gate_condition(t)]
	if not applicable:
		frappe.throw(
			_("This step does not apply to this innovation: {0}").format(
				"; ".join(cstr(t.condition) for t in mine)
			),
			frappe.PermissionError,
			title=_("Not Allowed"),
		)
	if all(not t.allow_self_approval for t in applicable) and doc.owner == frappe.session.user:
		frappe.throw(
			_("You created this record, so you cannot also approve it."),
			frappe.PermissionError,
			title=_("Self-approval Not Allowed"),
		)
	if doc.doctype != "Innovation":
		return
	gates = gated_transitions()
	for transition in applicable:
		gate = gates.get((transition.state, transition.next_state))
		if gate:
			check_gate(doc, gate)


def is_gate_condition(transition) -> bool:
	"""A gated transition's condition also reads the gate field; its refusal is explained by check_gate."""
	return (transition.state, transition.next_state) in gated_transitions()


def check_gate(doc, gate: str):
	result, criteria_set = evaluate_gate(doc.name, gate)
	if not result.passed:
		frappe.throw(
			_(
				"The {0} review rule of {1} is not met: {2} of {3} required reviews submitted, average {4} (minimum {5})."
			).format(
				frappe.bold(_(gate)),
				frappe.bold(criteria_set),
				result.review_count,
				result.min_reviews,
				result.average,
				result.min_average,
			),
			frappe.ValidationError,
			title=_("Review Gate Not Passed"),
		)


def check_entry_requirements(doc, new_state: str):
	missing = [
		_(doc.meta.get_label(f))
		for f in meanings.entry_requirements(new_state, doc.doctype)
		if doc.meta.has_field(f) and not doc.get(f)
	]
	if missing:
		frappe.throw(
			_("To move to {0}, fill in: {1}").format(frappe.bold(_(new_state)), ", ".join(missing)),
			frappe.ValidationError,
			title=_("Missing Information"),
		)
