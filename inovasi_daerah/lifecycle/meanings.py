"""What each state of a workflow means to the app's rules: data an administrator sets in the Workflow form.

Every state row of the Innovation's workflow carries its phase (PP 38/2017 and the IID's stages) and the
meanings the rules read: counts toward the agency's target, a step of the funnel's main path, declared
feasible, monitored, goes inactive without monev, its stage on the public portal, the sustainability status
it sets, a new review round on entry, the fields needed to enter it. The IID Submission's states carry the
lock of a sent submission and their entry fields. The fields are custom fields of Workflow Document State
(`state_meaning_fields.json`), created on install and by a patch; the phases and what each allows are data
too (`phases.json`).

Rules never name a state: they ask this module which states of the active workflow mean what. The answer is
cached (Redis, and per request) and forgotten when a Workflow is saved or a Workflow State renamed. Saving a
workflow whose states the app cannot understand (no phase, meanings that contradict each other, an entry
field the document does not have) is refused with a message that names the state.
"""

import json
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import frappe
from frappe import _
from frappe.model.workflow import get_workflow_name

from inovasi_daerah.utils import forget_request_memo, request_memo

DEFINITIONS = Path(__file__).parent / "workflows"
LIFECYCLE_DOCTYPE = "Innovation"
SUBMISSION_DOCTYPE = "IID Submission"
MEANING_DOCTYPES = (LIFECYCLE_DOCTYPE, SUBMISSION_DOCTYPE)
PREFIX = "inovasi_"
CACHE_KEY = "inovasi_state_meanings"
MEMO_KEY = "inovasi_state_meanings"
# The meanings that are a yes or no, and the one that is a list of field names.
FLAGS = (
	"counts_toward_target",
	"main_path",
	"feasible",
	"monitored",
	"may_go_stale",
	"new_review_round",
	"verified",
	"locks_submission",
)
# Meanings of the IID Submission's states only; the others are the lifecycle's.
SUBMISSION_FLAGS = ("verified", "locks_submission")
CHOICES = ("phase", "public_stage", "sustainability_status")
# Fields the entry of a state may ask for: what a user types, not layout, tables or system-kept values.
ENTRY_FIELD_TYPES = {
	"Data",
	"Date",
	"Datetime",
	"Select",
	"Small Text",
	"Text",
	"Link",
	"Int",
	"Float",
	"Currency",
}


@dataclass(frozen=True)
class Meaning:
	state: str
	position: int
	phase: str = ""
	counts_toward_target: bool = False
	main_path: bool = False
	feasible: bool = False
	monitored: bool = False
	may_go_stale: bool = False
	new_review_round: bool = False
	verified: bool = False
	locks_submission: bool = False
	public_stage: str = ""
	sustainability_status: str = ""
	entry_fields: tuple[str, ...] = ()

	@property
	def understood(self) -> bool:
		"""A lifecycle state without a phase (one added before the app read meanings) is left out of every
		rule until an administrator gives it one."""
		return bool(self.phase)


# ------------------------------------------------------------------ the data


@cache
def phases() -> dict[str, dict]:
	"""The phases in the domain's order, each with its rank, report group, what it allows and its defaults."""
	return json.loads((DEFINITIONS / "phases.json").read_text(encoding="utf-8"))


@cache
def meaning_fields() -> list[dict]:
	return json.loads((DEFINITIONS / "state_meaning_fields.json").read_text(encoding="utf-8"))


def phase_defaults(phase: str) -> dict:
	"""The meanings a new state of `phase` usually has (what the Workflow form fills in on choosing it)."""
	defaults = phases().get(phase, {}).get("defaults", {})
	values = {
		f"{PREFIX}{flag}": int(bool(defaults.get(flag))) for flag in FLAGS if flag != "locks_submission"
	}
	values[f"{PREFIX}public_stage"] = defaults.get("public_stage", "")
	values[f"{PREFIX}sustainability_status"] = defaults.get("sustainability_status", "")
	return values


def public_stage_options() -> list[str]:
	"""The stages the portal shows, in order (the options of the state's portal stage)."""
	field = next(f for f in meaning_fields() if f["fieldname"] == f"{PREFIX}public_stage")
	return [option for option in field["options"].split("\n") if option]


# ------------------------------------------------------------------ reading the active workflow


def meanings(doctype: str = LIFECYCLE_DOCTYPE) -> dict[str, Meaning]:
	"""Every state of the doctype's active workflow with its meaning, in the workflow's order."""
	memo = request_memo(MEMO_KEY)
	if doctype not in memo:
		rows = frappe.cache.hget(CACHE_KEY, doctype, lambda: read_meanings(doctype))
		memo[doctype] = {
			row["state"]: Meaning(**{**row, "entry_fields": tuple(row["entry_fields"])}) for row in rows
		}
	return memo[doctype]


def read_meanings(doctype: str) -> list[dict]:
	name = get_workflow_name(doctype)
	if not name:
		return []
	rows = frappe.get_all(
		"Workflow Document State",
		filters={"parent": name, "parenttype": "Workflow"},
		fields=["state", "idx", *(f"{PREFIX}{key}" for key in (*FLAGS, *CHOICES, "entry_fields"))],
		order_by="idx asc",
	)
	return [asdict(row_meaning(row, position)) for position, row in enumerate(rows)]


def row_meaning(row, position: int) -> Meaning:
	"""The meaning of one state row (a Workflow Document State or its dict)."""
	return Meaning(
		state=row.get("state"),
		position=position,
		**{flag: bool(row.get(f"{PREFIX}{flag}")) for flag in FLAGS},
		**{choice: row.get(f"{PREFIX}{choice}") or "" for choice in CHOICES},
		entry_fields=entry_field_names(row.get(f"{PREFIX}entry_fields")),
	)


def entry_field_names(text: str | None) -> tuple[str, ...]:
	return tuple(name.strip() for name in (text or "").replace(",", "\n").splitlines() if name.strip())


def forget(doc=None, method=None):
	"""After a Workflow is saved or deleted, or a Workflow State renamed (hooks.py doc_events)."""
	frappe.cache.delete_value(CACHE_KEY)
	forget_request_memo(MEMO_KEY)
	frappe.cache.delete_value("bootinfo")  # Desk's copy (boot_session) is read afresh at the next load


def boot_session(bootinfo):
	"""What Desk's scripts read of the lifecycle (hooks.py boot_session): the state a new innovation is born
	in, for the workspace's "My Drafts" shortcut."""
	bootinfo.inovasi_lifecycle = {"initial_state": initial_state() or ""}


def of(state: str | None, doctype: str = LIFECYCLE_DOCTYPE) -> Meaning | None:
	"""The meaning of a state of the doctype's active workflow; None for a state it does not have."""
	return meanings(doctype).get(state) if state else None


def understood(doctype: str = LIFECYCLE_DOCTYPE) -> list[Meaning]:
	return [m for m in meanings(doctype).values() if doctype != LIFECYCLE_DOCTYPE or m.understood]


def states(doctype: str = LIFECYCLE_DOCTYPE, **wanted) -> tuple[str, ...]:
	"""The states whose meanings match every keyword: a value, or a tuple of accepted values.

	states(monitored=True), states(phase=("Implementation", "Developed")), states(phase="Trial")."""

	def matches(meaning: Meaning) -> bool:
		for key, value in wanted.items():
			accepted = value if isinstance(value, tuple | list | set | frozenset) else (value,)
			if getattr(meaning, key) not in accepted:
				return False
		return True

	return tuple(m.state for m in understood(doctype) if matches(m))


def for_sql(names) -> list[str]:
	"""A list for SQL's IN: an empty one matches nothing (pypika would write the invalid `IN ()`)."""
	return list(names) or [""]


def in_group(group: str) -> tuple[str, ...]:
	"""The lifecycle states of a report group (proposed, feasible, trial, implemented, inactive, rejected)."""
	return states(phase=tuple(name for name, phase in phases().items() if phase["group"] == group))


def initial_state(doctype: str = LIFECYCLE_DOCTYPE) -> str | None:
	"""The state a new record is born in: the first of the workflow's states, as Frappe sets it."""
	return next(iter(meanings(doctype)), None)


def main_path() -> tuple[str, ...]:
	"""The steps of the funnel's main path, in the workflow's order."""
	return states(main_path=True)


def stage_groups() -> list[tuple[str, tuple[str, ...]]]:
	"""The report groups in the phases' order, each with its states: (key, states)."""
	keys = list(dict.fromkeys(phase["group"] for phase in phases().values()))
	return [(key, in_group(key)) for key in keys]


def stage_rank() -> dict[str, int]:
	"""How far along each state is: by its phase's rank, then by its place in the workflow."""
	ordered = sorted(understood(), key=lambda m: (phases()[m.phase]["rank"], m.position))
	return {meaning.state: rank for rank, meaning in enumerate(ordered)}


def public_stages() -> dict[str, tuple[str, ...]]:
	"""Each stage of the public portal with the states shown at it, in the portal's order."""
	return {stage: states(public_stage=stage) for stage in public_stage_options()}


def public_stage(state: str | None) -> str:
	meaning = of(state)
	return meaning.public_stage if meaning and meaning.understood else ""


def entry_requirements(state: str | None, doctype: str = LIFECYCLE_DOCTYPE) -> tuple[str, ...]:
	meaning = of(state, doctype)
	return meaning.entry_fields if meaning else ()


def first_step_to(doctype: str, from_state: str, **wanted) -> str | None:
	"""The first state the workflow leads to from `from_state` whose meaning matches `wanted`."""
	name = get_workflow_name(doctype)
	if not name:
		return None
	matching = set(states(doctype, **wanted))
	for transition in frappe.get_cached_doc("Workflow", name).transitions:
		if transition.state == from_state and transition.next_state in matching:
			return transition.next_state
	return None


# ------------------------------------------------------------------ saving a workflow


def validate_workflow(doc, method=None):
	"""Refuse a workflow of the app's documents whose states the rules cannot understand (hooks.py)."""
	if doc.document_type not in MEANING_DOCTYPES:
		return
	meta = frappe.get_meta(doc.document_type)
	for row in doc.states:
		check_entry_fields(row, meta)
	if doc.document_type != LIFECYCLE_DOCTYPE:
		return
	for row in doc.states:
		check_lifecycle_state(row)
	if doc.states and (row_meaning(doc.states[0], 0).phase != "Proposal"):
		refuse(
			_("The first state, {0}, is where a new innovation starts: its phase must be {1}.").format(
				frappe.bold(_(doc.states[0].state)), frappe.bold(_("Proposal"))
			)
		)


def check_lifecycle_state(row):
	meaning = row_meaning(row, 0)
	state = frappe.bold(_(meaning.state))
	if not meaning.phase:
		refuse(_("State {0} has no lifecycle phase. Choose the phase it belongs to.").format(state))
	phase = phases().get(meaning.phase)
	if not phase:
		refuse(_("State {0}: {1} is not a lifecycle phase.").format(state, frappe.bold(meaning.phase)))
	allowed = set(phase["allows"])
	for flag in FLAGS:
		if flag not in SUBMISSION_FLAGS and getattr(meaning, flag) and flag not in allowed:
			refuse(
				_('State {0} cannot both be of the phase {1} and be marked "{2}".').format(
					state, frappe.bold(_(meaning.phase)), _(field_label(flag))
				)
			)
	if meaning.may_go_stale and not meaning.monitored:
		refuse(_("State {0} goes inactive without monev, so it must also be monitored.").format(state))
	for choice, options in (
		("public_stage", phase["public_stages"]),
		("sustainability_status", phase["sustainability_statuses"]),
	):
		value = getattr(meaning, choice)
		if value and value not in options:
			refuse(
				_('State {0} of the phase {1} cannot set "{2}" to {3}.').format(
					state, frappe.bold(_(meaning.phase)), _(field_label(choice)), frappe.bold(_(value))
				)
			)


def check_entry_fields(row, meta):
	for fieldname in entry_field_names(row.get(f"{PREFIX}entry_fields")):
		df = meta.get_field(fieldname)
		if not df or df.fieldtype not in ENTRY_FIELD_TYPES or df.read_only:
			refuse(
				_("State {0} asks for the field {1}, which {2} does not have for users to fill in.").format(
					frappe.bold(_(row.state)), frappe.bold(fieldname), _(meta.name)
				)
			)


def field_label(meaning: str) -> str:
	return next(f["label"] for f in meaning_fields() if f["fieldname"] == f"{PREFIX}{meaning}")


def refuse(message: str):
	frappe.throw(message, frappe.ValidationError, title=_("Workflow Not Understood"))
