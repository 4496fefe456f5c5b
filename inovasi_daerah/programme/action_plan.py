"""The action plan (rencana aksi) of an innovation, the Design stage's artefact: overdue steps show on the
form and are assigned to their responsible user (a ToDo, with Frappe's assignment email), daily."""

import frappe
from frappe import _
from frappe.utils import getdate

DONE = "Selesai"


def overdue_steps(innovation, on_day=None) -> list:
	day = getdate(on_day)
	return [
		row
		for row in innovation.get("action_plan") or []
		if row.due_date and getdate(row.due_date) < day and row.status != DONE
	]


def remind_overdue_steps(on_day=None):
	from frappe.desk.form.assign_to import add as assign

	day = getdate(on_day)
	rows = frappe.get_all(
		"Action Plan Step",
		filters={
			"parenttype": "Innovation",
			"due_date": ("<", day),
			"status": ("!=", DONE),
			"responsible": ("is", "set"),
		},
		fields=["parent", "step", "responsible", "due_date"],
		ignore_permissions=True,
	)
	for row in rows:
		description = _("Action plan step overdue since {0}: {1}").format(
			frappe.format(row.due_date, "Date"), row.step
		)
		if frappe.db.exists(
			"ToDo",
			{
				"reference_type": "Innovation",
				"reference_name": row.parent,
				"allocated_to": row.responsible,
				"description": description,
			},
		):
			continue
		try:
			assign(
				{
					"assign_to": [row.responsible],
					"doctype": "Innovation",
					"name": row.parent,
					"description": description,
					"date": str(day),
				},
				ignore_permissions=True,
			)
		except frappe.PermissionError:
			# The responsible user may not read the innovation (outside their agency): nobody to remind.
			frappe.clear_last_message()
		frappe.db.commit()
