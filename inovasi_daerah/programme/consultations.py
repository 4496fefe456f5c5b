"""Klinik Inovasi consultations: a follow-up past its due date reminds the facilitator, once, through the
Notification on the `on_follow_up_overdue` method (hooks.py scheduler_events, daily).

A scheduled job rather than a "Days After" Notification: Frappe compares a date column with datetime
bounds there, which SQLite's text dates never match."""

import frappe
from frappe.utils import getdate

OVERDUE_METHOD = "on_follow_up_overdue"


def remind_overdue_follow_ups(on_day=None):
	day = getdate(on_day)
	for name in frappe.get_all(
		"Innovation Consultation",
		filters={
			"follow_up_due": ("<", day),
			"follow_up_done": 0,
			"follow_up_reminded_on": ("is", "not set"),
		},
		pluck="name",
	):
		frappe.get_doc("Innovation Consultation", name).run_method(OVERDUE_METHOD)
		frappe.db.set_value(
			"Innovation Consultation", name, "follow_up_reminded_on", day, update_modified=False
		)
		frappe.db.commit()
