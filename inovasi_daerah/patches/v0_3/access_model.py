"""0.3, the access model: additive changes for sites installed before it.

- The agencies' User Permissions that 0.1 and 0.2 created for heads and staff are removed: the access
  model scopes those users now, and a left-over permission would hide cross-agency team members.
- The shipped review criteria sets name the workflow step they open (gates are data now), where empty.
- The IID Submission workflow gets its step back from Terkirim, if it has none.
- Innovations and reviews start in review round 1.
"""

import frappe

from inovasi_daerah.lifecycle.workflows import load_definition
from inovasi_daerah.setup.install import load_setup_data


def execute():
	remove_agency_user_permissions()
	name_gate_steps()
	add_missing_submission_transitions()
	for doctype in ("Innovation", "Stage Review"):
		table = frappe.qb.DocType(doctype)
		frappe.qb.update(table).set(table.review_round, 1).where(
			table.review_round.isnull() | (table.review_round == 0)
		).run()


def remove_agency_user_permissions():
	for agency in frappe.get_all("Agency", fields=["name", "head"]):
		users = set(
			frappe.get_all(
				"Agency Member", filters={"parent": agency.name, "parenttype": "Agency"}, pluck="user"
			)
		)
		if agency.head:
			users.add(agency.head)
		for name in frappe.get_all(
			"User Permission",
			filters={"allow": "Agency", "for_value": agency.name, "user": ("in", list(users) or [""])},
			pluck="name",
		):
			frappe.delete_doc("User Permission", name, ignore_permissions=True)


def name_gate_steps():
	for shipped in load_setup_data("review_criteria_sets.json"):
		if not shipped.get("opens_from_state"):
			continue
		name = shipped["criteria_set_name"]
		if frappe.db.exists("Review Criteria Set", name) and not frappe.db.get_value(
			"Review Criteria Set", name, "opens_from_state"
		):
			frappe.db.set_value(
				"Review Criteria Set",
				name,
				{
					"opens_from_state": shipped["opens_from_state"],
					"opens_to_state": shipped["opens_to_state"],
				},
			)


def add_missing_submission_transitions():
	definition = load_definition("iid_submission")
	if not frappe.db.exists("Workflow", definition["workflow_name"]):
		return
	workflow = frappe.get_doc("Workflow", definition["workflow_name"])
	existing_from = {row.state for row in workflow.transitions}
	added = False
	for row in definition["transitions"]:
		if row["state"] not in existing_from:
			if not frappe.db.exists("Workflow Action Master", row["action"]):
				frappe.get_doc(
					{"doctype": "Workflow Action Master", "workflow_action_name": row["action"]}
				).insert(ignore_permissions=True)
			workflow.append("transitions", row)
			added = True
	if added:
		workflow.save(ignore_permissions=True)
