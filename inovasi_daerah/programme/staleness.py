"""The daily check of implemented innovations without monitoring (hooks.py scheduler_events).

An innovation in a state that goes inactive without monev (the state's meaning, lifecycle/meanings.py)
whose newest monitoring report, or its implementation date when it has none, is older than the settings'
warning age is warned once: the Notification on its `on_monitoring_overdue` method reaches its operator,
team and the verifiers of its region. Past the inactive age it takes the workflow's step from its state to
an inactive one, with a timeline comment saying why; a state with no such step is only warned."""

import frappe
from frappe import _
from frappe.utils import formatdate, getdate

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.programme import rules
from inovasi_daerah.programme.monitoring import settings

OVERDUE_METHOD = "on_monitoring_overdue"


def run_daily(on_day=None, commit=True):
	"""The scheduler's job (commits each innovation on its own); the demo loader runs it without commits."""
	day = getdate(on_day)
	config = settings()
	for innovation in frappe.get_all(
		"Innovation",
		filters={"workflow_state": ("in", watched_states() or [""])},
		fields=["name", "workflow_state", "last_monitored_on", "implementation_date", "monitoring_warned_on"],
	):
		last = innovation.last_monitored_on or innovation.implementation_date
		if not last:
			continue
		verdict = rules.staleness(getdate(last), day, config.stale_warning_months, config.stale_vakum_months)
		if verdict == rules.VAKUM and inactive_step(innovation.workflow_state):
			make_inactive(innovation.name, getdate(last))
		elif verdict != rules.FRESH and not innovation.monitoring_warned_on:
			warn(innovation.name, day)
		if commit:
			frappe.db.commit()


def warn(name: str, day):
	doc = frappe.get_doc("Innovation", name)
	doc.run_method(OVERDUE_METHOD)
	frappe.db.set_value("Innovation", name, "monitoring_warned_on", day, update_modified=False)


def watched_states() -> tuple[str, ...]:
	return meanings.states(may_go_stale=True)


def inactive_step(state: str) -> str | None:
	"""The state the workflow leads to from `state` that means inactive (Vakum, as shipped)."""
	return meanings.first_step_to("Innovation", state, phase="Inactive")


def make_inactive(name: str, last):
	doc = frappe.get_doc("Innovation", name)
	doc.workflow_state = inactive_step(doc.workflow_state)
	doc.flags.system_write = True  # the system's own transition: no user's edit rights apply
	doc.save(ignore_permissions=True)  # the guard applies what entering the state sets
	doc.add_comment(
		"Info",
		_("Set to {0} by the system: no monitoring report since {1}.").format(
			_(doc.workflow_state), formatdate(last)
		),
	)
