"""The daily check of implemented innovations without monitoring (hooks.py scheduler_events).

An innovation implemented (Diterapkan, Dikembangkan) whose newest monitoring report, or its
implementation date when it has none, is older than the settings' warning age is warned once: the
Notification on its `on_monitoring_overdue` method reaches its operator, team and the verifiers of its
region. Past the Vakum age it becomes Vakum, with a timeline comment saying why."""

import frappe
from frappe import _
from frappe.utils import formatdate, getdate

from inovasi_daerah import lifecycle
from inovasi_daerah.programme import rules
from inovasi_daerah.programme.monitoring import settings

WATCHED_STATES = ("Diterapkan", "Dikembangkan")
OVERDUE_METHOD = "on_monitoring_overdue"


def run_daily(on_day=None, commit=True):
	"""The scheduler's job (commits each innovation on its own); the demo loader runs it without commits."""
	day = getdate(on_day)
	config = settings()
	for innovation in frappe.get_all(
		"Innovation",
		filters={"workflow_state": ("in", WATCHED_STATES)},
		fields=["name", "last_monitored_on", "implementation_date", "monitoring_warned_on"],
	):
		last = innovation.last_monitored_on or innovation.implementation_date
		if not last:
			continue
		verdict = rules.staleness(getdate(last), day, config.stale_warning_months, config.stale_vakum_months)
		if verdict == rules.VAKUM:
			make_vakum(innovation.name, getdate(last))
		elif verdict == rules.WARN and not innovation.monitoring_warned_on:
			warn(innovation.name, day)
		if commit:
			frappe.db.commit()


def warn(name: str, day):
	doc = frappe.get_doc("Innovation", name)
	doc.run_method(OVERDUE_METHOD)
	frappe.db.set_value("Innovation", name, "monitoring_warned_on", day, update_modified=False)


def make_vakum(name: str, last):
	doc = frappe.get_doc("Innovation", name)
	doc.workflow_state = "Vakum"
	lifecycle.apply_state_effects(doc, "Vakum")
	doc.flags.system_write = True  # the system's own transition: no user's edit rights apply
	doc.save(ignore_permissions=True)
	doc.add_comment(
		"Info",
		_("Set to Vakum by the system: no monitoring report since {0}.").format(formatdate(last)),
	)
