"""The lifecycle history of each innovation: one Innovation State Change per transition, with the days the
innovation spent in the state it left. The funnel report reads its medians from here (SQL, no Version
parsing), so every path that changes `workflow_state` through the controller leaves a row."""

import frappe
from frappe.utils import now_datetime, time_diff_in_seconds

DAY = 86400


def record_transition(innovation, old_state: str | None):
	"""Called from Innovation.on_update when the state changed."""
	if not old_state or old_state == innovation.workflow_state:
		return
	entered = entered_on(innovation.name) or innovation.creation
	insert_change(
		innovation.name, old_state, innovation.workflow_state, now_datetime(), frappe.session.user, entered
	)


def insert_change(innovation: str, old_state: str, new_state: str, changed_on, changed_by: str, entered):
	change = frappe.get_doc(
		{
			"doctype": "Innovation State Change",
			"innovation": innovation,
			"from_state": old_state,
			"to_state": new_state,
			"changed_on": changed_on,
			"changed_by": changed_by,
			"days_in_from_state": max(0.0, time_diff_in_seconds(changed_on, entered) / DAY),
		}
	)
	change.flags.system_write = True  # the system's own record: every field is computed here
	change.insert(ignore_permissions=True)


def entered_on(innovation: str):
	"""When the innovation entered its current state: its latest change, or None when it never moved."""
	change = frappe.qb.DocType("Innovation State Change")
	rows = (
		frappe.qb.from_(change)
		.select(change.changed_on)
		.where(change.innovation == innovation)
		.orderby(change.changed_on, order=frappe.qb.desc)
		.limit(1)
		.run()
	)
	return rows[0][0] if rows else None


def delete_history(innovation: str):
	"""A deleted innovation takes its history along (the rows are the system's, not a user's records)."""
	frappe.db.delete("Innovation State Change", {"innovation": innovation})


def history_from_versions(innovation: str, created) -> int:
	"""Rebuild the history of an innovation that moved before the history was kept, from its Versions."""
	entered, rows = created, 0
	for version in frappe.get_all(
		"Version",
		filters={"ref_doctype": "Innovation", "docname": innovation},
		fields=["data", "creation", "owner"],
		order_by="creation",
	):
		data = frappe.parse_json(version.data or "{}") or {}
		change = next((row for row in data.get("changed") or [] if row and row[0] == "workflow_state"), None)
		if not change or change[1] == change[2] or not change[1]:
			continue
		insert_change(innovation, change[1], change[2], version.creation, version.owner, entered)
		entered, rows = version.creation, rows + 1
	return rows
