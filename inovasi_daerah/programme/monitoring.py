"""Monitoring reports (monev): one per innovation and period, acknowledged by a verifier; the innovation
keeps the date of its newest report, which the daily staleness check reads."""

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime, today

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.programme import rules
from inovasi_daerah.utils import other_record

# A change to any of these after a verifier acknowledged the report needs a new acknowledgement.
REPORTED_FIELDS = (
	"progress",
	"status",
	"obstacle_notes",
	"beneficiary_basis",
	"beneficiary_value",
	"evidence",
	"follow_up",
	"report_date",
	"year",
	"period_number",
)


def settings():
	return frappe.get_cached_doc("Inovasi Daerah Settings")


def validate_report(doc):
	cadence = settings().monitoring_cadence or "Triwulan"
	count = rules.periods_per_year(cadence)
	if not 1 <= (doc.period_number or 0) <= count:
		frappe.throw(
			_("With the {0} monitoring cadence the period number is 1 to {1}.").format(_(cadence), count),
			title=_("Invalid Period"),
		)
	doc.period = rules.period_label(cadence, doc.year, doc.period_number)
	state = frappe.db.get_value("Innovation", doc.innovation, "workflow_state")
	if state not in meanings.states(monitored=True):
		frappe.throw(
			_("Only innovations on trial or implemented are monitored; {0} is in {1}.").format(
				frappe.bold(doc.innovation), frappe.bold(_(state))
			),
			title=_("Not Monitored"),
		)
	duplicate = other_record(doc, {"innovation": doc.innovation, "period": doc.period})
	if duplicate:
		frappe.throw(
			_("{0} already has a monitoring report for {1}: {2}.").format(
				frappe.bold(doc.innovation), doc.period, frappe.bold(duplicate)
			),
			title=_("Duplicate Report"),
		)
	if doc.report_date and getdate(doc.report_date) > getdate(today()):
		frappe.throw(_("The report date cannot be in the future."), title=_("Invalid Date"))
	if doc.beneficiary_value and not doc.beneficiary_basis:
		frappe.throw(_("Say how the beneficiaries are measured."), title=_("Missing Information"))
	stamp_acknowledgement(doc)


def stamp_acknowledgement(doc):
	"""Who acknowledged and when are the system's; a later change to the report withdraws it."""
	before = doc.get_doc_before_save()
	if before and before.acknowledged and any(doc.has_value_changed(f) for f in REPORTED_FIELDS):
		doc.acknowledged = 0
	if doc.acknowledged and not (before and before.acknowledged):
		doc.acknowledged_by, doc.acknowledged_on = frappe.session.user, now_datetime()
	elif not doc.acknowledged:
		doc.acknowledged_by = doc.acknowledged_on = None


def refresh_innovation(innovation: str):
	"""Store the newest report date on the innovation; a new report ends a staleness warning."""
	if not innovation or not frappe.db.exists("Innovation", innovation):
		return
	newest = frappe.get_all(
		"Monitoring Report",
		filters={"innovation": innovation},
		fields=["report_date"],
		order_by="report_date desc",
		limit=1,
	)
	last = newest[0].report_date if newest else None
	stored = frappe.db.get_value(
		"Innovation", innovation, ["last_monitored_on", "monitoring_warned_on"], as_dict=True
	)
	values = {"last_monitored_on": last}
	if stored.monitoring_warned_on and last and getdate(last) >= getdate(stored.monitoring_warned_on):
		values["monitoring_warned_on"] = None
	frappe.db.set_value("Innovation", innovation, values, update_modified=False)
