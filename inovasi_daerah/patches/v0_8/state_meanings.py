"""0.8: the meaning of each workflow state is data (lifecycle/meanings.py).

On an existing site: the meaning fields on the Workflow form's states, and Workflow State renamable; each
state of a site's workflow that still has its shipped name and no meaning gets the shipped meaning. A state
an administrator added or renamed before this version keeps no phase: the rules leave it out until an
administrator gives it one in the Workflow form (`bench inovasi-workflow-diff` lists it), and the workflow
cannot be saved without one. The two notifications that named a state, when nobody changed them, are raised
by what a state means instead (a new review round, a penetapan).
"""

import frappe

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.lifecycle.workflows import SHIPPED, create_meaning_fields, load_definition

# The shipped notifications as they were before, and what they become.
NOTIFICATIONS = {
	"Inovasi Dikembalikan untuk Revisi": ('doc.workflow_state == "Revisi"', "on_new_review_round"),
	"Inovasi Ditetapkan": ('doc.workflow_state == "Ditetapkan"', "on_enactment"),
}


def execute():
	create_meaning_fields()
	for name in SHIPPED:
		fill_shipped_meanings(load_definition(name))
	for notification, (old_condition, method) in NOTIFICATIONS.items():
		raise_by_meaning(notification, old_condition, method)
	meanings.forget()


def fill_shipped_meanings(definition: dict):
	workflow = definition["workflow_name"]
	if not frappe.db.exists("Workflow", workflow):
		return
	shipped = {row["state"]: row for row in definition["states"]}
	fields = [key for key in next(iter(shipped.values())) if key.startswith(meanings.PREFIX)]
	rows = frappe.get_all(
		"Workflow Document State",
		filters={"parent": workflow, "parenttype": "Workflow"},
		fields=["name", "state", *fields],
	)
	for row in rows:
		meaning = shipped.get(row.state)
		if meaning and not any(row.get(field) for field in fields):
			frappe.db.set_value(
				"Workflow Document State",
				row.name,
				{field: meaning[field] for field in fields},
				update_modified=False,
			)
	frappe.clear_document_cache("Workflow", workflow)


def raise_by_meaning(name: str, old_condition: str, method: str):
	values = frappe.db.get_value("Notification", name, ["event", "condition"], as_dict=True)
	if values and values.event == "Value Change" and (values.condition or "").strip() == old_condition:
		frappe.db.set_value(
			"Notification",
			name,
			{"event": "Method", "method": method, "condition": None, "value_changed": None},
		)
