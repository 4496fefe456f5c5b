"""What an existing site goes through on upgrade, and what uninstalling removes.

- 0.8 domain_modules: a site of the single module "Inovasi Daerah" gets one module per domain; every record
  of the old module moves to the module whose folder holds its file, or follows the DocType it is about;
  blocked users stay blocked.
- 0.8 state_meanings: the shipped states get their shipped meanings, a state an administrator added before
  stays without a phase (and out of the rules), and the notifications that named a state are raised by what
  a state means, unless an administrator changed them.
- Uninstall: the duplicate lookup's own tables are dropped; the meanings' custom fields and the rename
  permission belong to the app's module, which Frappe's uninstall deletes with it.
"""

import frappe
import pytest

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.lifecycle.workflows import load_definition
from inovasi_daerah.patches.v0_8 import domain_modules, state_meanings
from inovasi_daerah.public_portal import similar_index
from inovasi_daerah.setup import uninstall

OLD = domain_modules.OLD_MODULE
LIFECYCLE = "Innovation Lifecycle"


@pytest.fixture
def forget_caches():
	yield
	frappe.db.rollback()
	frappe.clear_cache()
	meanings.forget()


def test_an_old_sites_records_move_to_their_domain_modules(forget_caches):
	frappe.get_doc({"doctype": "Module Def", "module_name": OLD, "app_name": "inovasi_daerah"}).db_insert()
	shipped = {
		("DocType", "Innovation"): "Lifecycle",
		("DocType", "Public Idea"): "Public Portal",
		("DocType", "Agency"): "Organisation",
		("Report", "Agency Ranking"): "IID",
		("Report", "Monitoring Overview"): "Programme",
		("Workspace", "Inovasi Daerah"): "Lifecycle",
		("Number Card", "Innovations in Trial"): "Lifecycle",
		("Print Format", "Profil Inovasi"): "Lifecycle",
		("Web Form", "usulan-inovasi"): "Public Portal",
	}
	for (doctype, name), _module in shipped.items():
		frappe.db.set_value(doctype, name, "module", OLD, update_modified=False)
	# What an administrator made in the old module: a script about a DocType, and one about none of them.
	about_region = frappe.get_doc(
		{"doctype": "Client Script", "name": "Skrip Wilayah Lama", "dt": "Region", "script": "// lama"}
	).insert()
	about_user = frappe.get_doc(
		{"doctype": "Client Script", "name": "Skrip Pengguna Lama", "dt": "User", "script": "// lama"}
	).insert()
	for script in (about_region, about_user):
		frappe.db.set_value("Client Script", script.name, "module", OLD)
	user = frappe.get_doc("User", "Administrator")
	frappe.get_doc(
		{
			"doctype": "Block Module",
			"name": "blok-lama",
			"module": OLD,
			"parent": user.name,
			"parenttype": "User",
			"parentfield": "block_modules",
		}
	).db_insert()

	domain_modules.execute()

	for (doctype, name), module in shipped.items():
		assert frappe.db.get_value(doctype, name, "module") == module, (doctype, name)
	assert frappe.db.get_value("Client Script", about_region.name, "module") == "Organisation"
	assert frappe.db.get_value("Client Script", about_user.name, "module") == domain_modules.FALLBACK_MODULE
	blocked = frappe.get_all("Block Module", filters={"parent": "Administrator"}, pluck="module")
	assert OLD not in blocked and set(domain_modules.MODULES) <= set(blocked)
	assert not frappe.db.exists("Module Def", OLD)
	assert not frappe.db.exists("DocType", {"module": OLD})


def meaning_fields() -> list[str]:
	return [
		f["fieldname"]
		for f in meanings.meaning_fields()
		if f["fieldtype"] in ("Select", "Check", "Small Text")
	]


def no_commit(monkeypatch):
	"""A re-run with nothing to create ends no transaction (the test's simulated old site stays uncommitted)."""

	def refuse(*args, **kwargs):
		raise AssertionError("the patch committed or altered a table with nothing to create")

	monkeypatch.setattr(frappe.db, "commit", refuse)
	monkeypatch.setattr(frappe.db, "sql_ddl", refuse)


def test_an_old_sites_states_get_the_shipped_meanings_and_an_added_one_none(forget_caches, monkeypatch):
	fields = meaning_fields()
	rows = frappe.get_all(
		"Workflow Document State", filters={"parent": LIFECYCLE}, fields=["name", "state", "idx"]
	)
	empty = {
		f["fieldname"]: 0 if f["fieldtype"] == "Check" else None
		for f in meanings.meaning_fields()
		if f["fieldname"] in fields
	}
	for row in rows:  # as before 0.8: no state means anything
		frappe.db.set_value("Workflow Document State", row.name, empty)
	if not frappe.db.exists("Workflow State", "Tinjauan Lama"):
		frappe.get_doc({"doctype": "Workflow State", "workflow_state_name": "Tinjauan Lama"}).insert()
	frappe.get_doc(
		{
			"doctype": "Workflow Document State",
			"name": "tinjauan-lama",
			"parent": LIFECYCLE,
			"parenttype": "Workflow",
			"parentfield": "states",
			"idx": len(rows) + 1,
			"state": "Tinjauan Lama",
			"doc_status": "0",
			"allow_edit": "Innovation Verifier",
		}
	).db_insert()
	# One notification as it was shipped, the other changed by an administrator.
	frappe.db.set_value(
		"Notification",
		"Inovasi Dikembalikan untuk Revisi",
		{
			"event": "Value Change",
			"value_changed": "workflow_state",
			"method": None,
			"condition": 'doc.workflow_state == "Revisi"',
		},
	)
	edited = 'doc.workflow_state == "Ditetapkan" and doc.budget > 0'
	frappe.db.set_value(
		"Notification",
		"Inovasi Ditetapkan",
		{"event": "Value Change", "value_changed": "workflow_state", "method": None, "condition": edited},
	)

	no_commit(monkeypatch)
	state_meanings.execute()
	monkeypatch.undo()

	definition = {row["state"]: row for row in load_definition("innovation_lifecycle")["states"]}
	for row in frappe.get_all(
		"Workflow Document State", filters={"parent": LIFECYCLE}, fields=["state", *fields]
	):
		if row.state not in definition:  # added by an administrator: no meaning until one is given
			assert not row.inovasi_phase
			continue
		for field in fields:
			shipped = definition[row.state].get(
				field
			)  # the lifecycle's states ship no IID Submission meaning
			assert str(row[field] or "") == str(shipped or ""), (row.state, field)
	assert meanings.of("Tinjauan Lama") is not None and not meanings.of("Tinjauan Lama").understood
	assert "Tinjauan Lama" not in meanings.states(phase=tuple(meanings.phases()))
	revision = frappe.db.get_value(
		"Notification", "Inovasi Dikembalikan untuk Revisi", ["event", "method", "condition"]
	)
	assert revision == ("Method", "on_new_review_round", None)
	assert frappe.db.get_value("Notification", "Inovasi Ditetapkan", "condition") == edited


def test_the_apps_customisations_belong_to_its_module():
	"""Frappe's uninstall deletes what names the app's modules: the meanings and the rename permission."""
	custom = frappe.get_all(
		"Custom Field",
		filters={"dt": "Workflow Document State", "fieldname": ("like", "inovasi_%")},
		pluck="module",
	)
	assert len(custom) == len(meanings.meaning_fields())
	assert set(custom) == {"Lifecycle"}
	setter = frappe.db.get_value(
		"Property Setter", {"doc_type": "Workflow State", "property": "allow_rename"}, ["value", "module"]
	)
	assert setter == ("1", "Lifecycle")


def test_uninstall_drops_the_tables_the_app_created_itself():
	frappe.db.commit()  # dropping a table ends the transaction on MariaDB
	tables = (similar_index.DOC_TABLE, similar_index.TOKEN_TABLE)
	try:
		uninstall.before_uninstall()
		assert not any(exists(table) for table in tables)
	finally:
		similar_index.create_tables()
		similar_index.rebuild()
		frappe.db.commit()
	assert all(exists(table) for table in tables)


def exists(table: str) -> bool:
	try:
		frappe.db.sql(f"select 1 from `{table}` limit 1")
	except Exception:
		frappe.db.rollback()
		return False
	return True
