"""Laboratorium Inovasi cohorts (LAN's 5D + Documentation): one stage at a time, each closed by its
actual date; the funnel from ideas to innovations delivering with monitoring, computed from the cohort's
innovations; the launch that dates every verified innovation of the cohort at once."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from inovasi_daerah.access.rules import visible_names
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.reports.funnel import lab_counts

STAGES = ("Drum-up", "Diagnose", "Design", "Deliver", "Display", "Documentation")
FUNNEL = ("ideas", "designed", "verified", "launched", "monitored")


def actual_field(stage: str) -> str:
	return "actual_" + stage.lower().replace("-", "_")


def planned_field(stage: str) -> str:
	return "planned_" + stage.lower().replace("-", "_")


def validate_lab(doc):
	before = doc.get_doc_before_save()
	old = before.current_stage if before else STAGES[0]
	new = doc.current_stage
	if new != old:
		step = STAGES.index(new) - STAGES.index(old)
		if step != 1:
			frappe.throw(
				_("A cohort moves one stage at a time: from {0} the next stage is {1}.").format(
					_(old), _(STAGES[min(STAGES.index(old) + 1, len(STAGES) - 1)])
				),
				title=_("Invalid Stage"),
			)
		if not doc.get(actual_field(old)):
			frappe.throw(
				_("Fill in the actual date of {0} before moving to {1}.").format(_(old), _(new)),
				title=_("Stage Not Closed"),
			)
	for stage in STAGES:
		actual = doc.get(actual_field(stage))
		if actual and getdate(actual) > getdate(today()):
			frappe.throw(
				_("The actual date of {0} cannot be in the future.").format(_(stage)), title=_("Invalid Date")
			)
	seen = set()
	for row in doc.participants:
		if row.agency in seen:
			frappe.throw(_("{0} takes part only once.").format(frappe.bold(row.agency)), title=_("Duplicate"))
		seen.add(row.agency)
		if frappe.db.get_value("Agency", row.agency, "region") != doc.region:
			frappe.throw(
				_("{0} is not an agency of {1}.").format(frappe.bold(row.agency), frappe.bold(doc.region)),
				title=_("Invalid Participant"),
			)


def check_innovation_lab(innovation):
	"""An innovation joins a cohort of its own region."""
	if innovation.innovation_lab:
		region = frappe.db.get_value("Innovation Lab", innovation.innovation_lab, "region")
		if region != innovation.region:
			frappe.throw(
				_("Cohort {0} belongs to {1}, not to {2}.").format(
					frappe.bold(innovation.innovation_lab),
					frappe.bold(region),
					frappe.bold(innovation.region),
				),
				title=_("Invalid Cohort"),
			)


def funnel(lab: str) -> dict:
	"""Counts per stage of the funnel, in total over the whole cohort and per agency the user may see."""
	cohort = frappe._dict(innovation_lab=lab)
	total = (lab_counts(cohort, respect_access=False) or [dict.fromkeys(FUNNEL, 0)])[0]
	per_agency = lab_counts(cohort, group_by_agency=True, respect_access=False)
	agencies = [row.agency for row in per_agency]
	visible = visible_names("Agency", {"name": ("in", agencies or [""])})
	return {
		"stages": [{"key": key, "label": funnel_labels()[key]} for key in FUNNEL],
		"total": {key: total[key] for key in FUNNEL},
		"by_agency": {
			row.agency: {key: row[key] for key in FUNNEL}
			for row in per_agency
			if visible is None or row.agency in visible
		},
	}


def funnel_labels() -> dict:
	return {
		"ideas": _("Ideas collected"),
		"designed": _("Designed with an action plan"),
		"verified": _("Verified"),
		"launched": _("Launched"),
		"monitored": _("Delivering with monitoring"),
	}


def launch(lab: str, launch_date=None) -> int:
	"""Date every verified, not yet launched innovation of the cohort; the cohort must be in Deliver."""
	doc = frappe.get_doc("Innovation Lab", lab)
	doc.check_permission("write")
	if doc.current_stage != "Deliver":
		frappe.throw(
			_("Innovations are launched in the Deliver stage; {0} is in {1}.").format(
				frappe.bold(doc.lab_name), _(doc.current_stage)
			),
			title=_("Not in Deliver"),
		)
	day = getdate(launch_date or today())
	if day > getdate(today()):
		frappe.throw(_("The launch date cannot be in the future."), title=_("Invalid Date"))
	names = frappe.get_all(
		"Innovation",
		filters={
			"innovation_lab": lab,
			"workflow_state": ("in", meanings.for_sql(meanings.states(feasible=True))),
			"launch_date": ("is", "not set"),
		},
		pluck="name",
		ignore_permissions=True,
	)
	for name in names:
		frappe.db.set_value("Innovation", name, "launch_date", day)
		frappe.get_doc("Innovation", name).add_comment(
			"Info", _("Launched with cohort {0} on {1}.").format(doc.lab_name, frappe.format(day, "Date"))
		)
	return len(names)
