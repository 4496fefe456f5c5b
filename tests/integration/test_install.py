import json

import frappe

from inovasi_daerah.access.model import MODULES, module_folder
from inovasi_daerah.access.roles import ROLES
from inovasi_daerah.lifecycle.workflows import lifecycle_states
from inovasi_daerah.setup.install import load_setup_data, seed_master_data

# Every module folder's DocTypes (one folder per domain).
DOCTYPE_FILES = sorted(p for module in MODULES for p in (module_folder(module) / "doctype").glob("*/*.json"))


def test_every_doctype_of_the_app_exists_with_its_fields():
	assert len(DOCTYPE_FILES) > 30
	for path in DOCTYPE_FILES:
		definition = json.loads(path.read_text())
		meta = frappe.get_meta(definition["name"])
		shipped = {field["fieldname"] for field in definition["fields"]}
		assert shipped <= {field.fieldname for field in meta.fields}, definition["name"]


def test_the_seven_roles_exist_with_desk_access():
	for role in ROLES:
		assert frappe.db.get_value("Role", role, "desk_access") == 1, role


def test_government_affairs_are_the_official_list():
	groups = dict(
		frappe.get_all(
			"Government Affair",
			fields=["affair_group", "count(name) as n"],
			group_by="affair_group",
			as_list=True,
		)
	)
	assert groups == {
		"Wajib Pelayanan Dasar": 6,
		"Wajib Non Pelayanan Dasar": 18,
		"Pilihan": 8,
		"Fungsi Penunjang": 6,
	}
	basic = frappe.get_all("Government Affair", filters={"is_basic_service": 1}, pluck="name")
	assert sorted(basic) == sorted(
		a["affair_name"] for a in load_setup_data("government_affairs.json") if a["is_basic_service"]
	)


def test_reseeding_keeps_an_administrators_edit_and_restores_nothing_twice():
	frappe.db.set_value("Government Affair", "Statistik", "sequence", 999)
	frappe.delete_doc("Government Affair", "Persandian")
	seed_master_data()
	assert frappe.db.get_value("Government Affair", "Statistik", "sequence") == 999
	assert frappe.db.exists("Government Affair", "Persandian")
	assert frappe.db.count("Government Affair") == 38


def test_lifecycle_workflow_states_exist():
	for state in lifecycle_states():
		assert frappe.db.exists("Workflow State", state), state


def test_shipped_workflows_and_masters_exist():
	from inovasi_daerah.lifecycle.workflows import SHIPPED, load_definition

	for name in SHIPPED:
		definition = load_definition(name)
		workflow = frappe.get_doc("Workflow", definition["workflow_name"])
		assert workflow.is_active and workflow.send_email_alert
		assert len(workflow.transitions) == len(definition["transitions"])
		for row in definition["transitions"]:
			assert frappe.db.exists("Workflow Action Master", row["action"])
	assert frappe.db.count("Review Criteria Set", {"is_active": 1}) == 3
	assert (
		frappe.db.count("Notification", {"is_standard": 0, "document_type": ("in", ["Innovation", "ToDo"])})
		>= 5
	)
