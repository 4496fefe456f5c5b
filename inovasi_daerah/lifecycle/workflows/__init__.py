"""Workflow definitions shipped as data and created insert-if-missing (never as fixtures).

Administrators change a workflow in the Workflow form; installs, `bench migrate` and re-runs of the app's
patches never overwrite it. `restore_workflow` puts the shipped definition back on purpose and
`workflow_differences` lists how a site's workflow departs from it, the states' meanings included
(lifecycle/meanings.py).
"""

import json
from pathlib import Path

import frappe

from inovasi_daerah.lifecycle import meanings

WORKFLOW_DIR = Path(__file__).parent
SHIPPED = ("innovation_lifecycle", "iid_submission")
# A state's style lives on the Workflow State master, not on the workflow, so it is not compared.
STATE_KEYS = (
	"doc_status",
	"allow_edit",
	*(
		f["fieldname"]
		for f in meanings.meaning_fields()
		if f["fieldtype"] in ("Select", "Check", "Small Text")
	),
)
TRANSITION_KEYS = ("condition", "allow_self_approval")


def load_definition(name: str) -> dict:
	return json.loads((WORKFLOW_DIR / f"{name}.json").read_text(encoding="utf-8"))


def lifecycle_states() -> list[str]:
	return [row["state"] for row in load_definition("innovation_lifecycle")["states"]]


def install_workflow_data():
	create_meaning_fields()
	for name in SHIPPED:
		install_workflow(load_definition(name))


def create_meaning_fields():
	"""The meaning of a state, on each row of the Workflow form's states table (custom fields of the
	app's module, so uninstalling the app removes them), and renaming a Workflow State allowed."""
	from frappe.custom.doctype.custom_field.custom_field import create_custom_fields

	options = {
		f"{meanings.PREFIX}phase": "\n".join(["", *meanings.phases()]),
		f"{meanings.PREFIX}sustainability_status": frappe.get_meta("Innovation")
		.get_field("sustainability_status")
		.options,
	}
	# After the last field Frappe has there (Frappe 16 has one more than 15).
	last = next(
		df.fieldname
		for df in reversed(frappe.get_meta("Workflow Document State").fields)
		if not df.fieldname.startswith(meanings.PREFIX)
	)
	fields = [
		{
			**field,
			"module": "Lifecycle",
			"options": options.get(field["fieldname"], field.get("options")),
			"insert_after": last if field["insert_after"] == "append" else field["insert_after"],
		}
		for field in meanings.meaning_fields()
	]
	# Only what is missing or differs: changing a custom field alters the table, which ends a transaction.
	changed = [field for field in fields if not same_custom_field("Workflow Document State", field)]
	if changed:
		create_custom_fields({"Workflow Document State": changed}, update=True)
	if not frappe.get_meta("Workflow State").allow_rename:
		setter = frappe.get_doc(
			{
				"doctype": "Property Setter",
				"doctype_or_field": "DocType",
				"doc_type": "Workflow State",
				"property": "allow_rename",
				"value": "1",
				"property_type": "Check",
				"module": "Lifecycle",
			}
		)
		setter.flags.validate_fields_for_doctype = False
		setter.insert(ignore_permissions=True)
	meanings.forget()


def install_workflow(definition: dict):
	"""Create the workflow, its states and its actions, each only if missing."""
	for row in definition["states"]:
		if not frappe.db.exists("Workflow State", row["state"]):
			frappe.get_doc(
				{"doctype": "Workflow State", "workflow_state_name": row["state"], "style": row.get("style")}
			).insert(ignore_permissions=True)
	for action in {row["action"] for row in definition.get("transitions", [])}:
		if not frappe.db.exists("Workflow Action Master", action):
			frappe.get_doc({"doctype": "Workflow Action Master", "workflow_action_name": action}).insert(
				ignore_permissions=True
			)
	if definition.get("transitions") and not frappe.db.exists("Workflow", definition["workflow_name"]):
		frappe.get_doc(workflow_document(definition)).insert(ignore_permissions=True)


def workflow_document(definition: dict) -> dict:
	states = [{key: value for key, value in row.items() if key != "style"} for row in definition["states"]]
	return {"doctype": "Workflow", **{k: v for k, v in definition.items() if k != "states"}, "states": states}


def restore_workflow(workflow_name: str):
	"""Replace the site's workflow with the shipped definition, discarding local changes."""
	definition = shipped_definition(workflow_name)
	if frappe.db.exists("Workflow", workflow_name):
		frappe.delete_doc("Workflow", workflow_name, ignore_permissions=True, force=True)
	install_workflow(definition)


def shipped_definition(workflow_name: str) -> dict:
	for name in SHIPPED:
		definition = load_definition(name)
		if definition["workflow_name"] == workflow_name:
			return definition
	frappe.throw(frappe._("{0} is not a workflow shipped by Inovasi Daerah.").format(workflow_name))


def workflow_differences(workflow_name: str) -> list[str]:
	"""Human-readable lines saying how the site's workflow differs from the shipped one."""
	shipped = shipped_definition(workflow_name)
	if not frappe.db.exists("Workflow", workflow_name):
		return [f"workflow {workflow_name} is missing on this site"]
	site = frappe.get_doc("Workflow", workflow_name).as_dict()
	lines = []
	for key in ("document_type", "workflow_state_field", "is_active", "send_email_alert"):
		if str(site.get(key)) != str(shipped.get(key)):
			lines.append(f"setting {key}: shipped {shipped.get(key)!r}, site {site.get(key)!r}")
	lines += compare_rows(
		"state", {r["state"]: r for r in shipped["states"]}, {r.state: r for r in site.states}, STATE_KEYS
	)
	key = lambda r: (r["state"], r["action"], r["next_state"], r["allowed"])  # noqa: E731
	lines += compare_rows(
		"transition",
		{key(r): r for r in shipped["transitions"]},
		{key(r): r for r in site.transitions},
		TRANSITION_KEYS,
	)
	return lines


def compare_rows(kind: str, shipped: dict, site: dict, keys: tuple[str, ...]) -> list[str]:
	lines = [f"{kind} removed: {name}" for name in shipped if name not in site]
	lines += [f"{kind} added: {name}" for name in site if name not in shipped]
	for name in shipped.keys() & site.keys():
		for key in keys:
			ours, theirs = shipped[name].get(key), site[name].get(key)
			if str(ours or "") != str(theirs or ""):
				lines.append(f"{kind} {name}: {key} shipped {ours!r}, site {theirs!r}")
	return sorted(lines)


def same_custom_field(doctype: str, field: dict) -> bool:
	stored = frappe.db.get_value(
		"Custom Field", {"dt": doctype, "fieldname": field["fieldname"]}, list(field), as_dict=True
	)
	return bool(stored) and all(
		str(stored.get(key) or "") == str(value or "") for key, value in field.items()
	)


def after_state_rename(state, method=None, old=None, new=None, merge=False):
	"""A Workflow State renamed with Frappe's rename (hooks.py): Frappe has renamed it in every link (the
	workflows' states and transitions, the innovations, their history, the criteria sets); the approval inbox
	names the state as text, and the workflows Frappe keeps in its cache still hold the old name."""
	if not old or not new or old == new:
		return
	action = frappe.qb.DocType("Workflow Action")
	frappe.qb.update(action).set(action.workflow_state, new).where(action.workflow_state == old).run()
	for name in frappe.get_all("Workflow", pluck="name"):
		frappe.clear_document_cache("Workflow", name)
	frappe.cache.delete_value("workflow")  # Frappe's cache of the active workflow per DocType
	meanings.forget()
