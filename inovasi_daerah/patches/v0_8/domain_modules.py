"""0.8: one Frappe module per domain (Lifecycle, IID, Programme, Public Portal, Organisation) instead of the
single module "Inovasi Daerah".

Runs before the model sync: Frappe finds a DocType's controller, and a report's script, in the folder of the
module its record names, so every record must name its new module before anything is loaded. The shipped
documents (DocTypes, reports, print formats, the web form, number cards, charts, the workspace) move to the
module whose folder now holds their file; records an administrator made in the old module (a Report Builder
report, a custom field, a client script) follow the DocType they are about, or the lifecycle. Users whose
module "Inovasi Daerah" was blocked have every new module blocked. DocType and field names do not change.
"""

import json

import frappe

from inovasi_daerah.access.model import MODULES, module_folder

OLD_MODULE = "Inovasi Daerah"
FALLBACK_MODULE = "Lifecycle"
# Fields by which a record of an old module names the DocType it is about.
DOCTYPE_REFERENCES = ("ref_doctype", "document_type", "dt", "doc_type", "reference_doctype")


def execute():
	create_module_defs()
	if not frappe.db.exists("Module Def", OLD_MODULE):
		return
	moved = shipped_modules()
	for doctype, fieldname in module_links():
		move_records(doctype, fieldname, moved)
	block_new_modules()
	frappe.db.delete("Module Def", {"name": OLD_MODULE})
	frappe.clear_cache()


def create_module_defs():
	for module in MODULES:
		if not frappe.db.exists("Module Def", module):
			frappe.get_doc(
				{"doctype": "Module Def", "module_name": module, "app_name": "inovasi_daerah"}
			).insert(ignore_permissions=True)


def shipped_modules() -> dict[tuple[str, str], str]:
	"""(document type, name) -> module, for every standard document the app ships in a module folder."""
	moved = {}
	for module in MODULES:
		for path in module_folder(module).glob("*/*/*.json"):
			definition = json.loads(path.read_text(encoding="utf-8"))
			if isinstance(definition, dict) and definition.get("doctype") and definition.get("name"):
				moved[(definition["doctype"], definition["name"])] = module
	return moved


def module_links() -> list[tuple[str, str]]:
	"""Every (DocType, field) that links to a Module Def, standard fields and custom ones."""
	fields = frappe.get_all(
		"DocField",
		filters={"fieldtype": "Link", "options": "Module Def"},
		fields=["parent", "fieldname"],
	)
	fields += frappe.get_all(
		"Custom Field", filters={"fieldtype": "Link", "options": "Module Def"}, fields=["dt", "fieldname"]
	)
	links = {(row.get("parent") or row.get("dt"), row.fieldname) for row in fields}
	return sorted(
		(doctype, fieldname)
		for doctype, fieldname in links
		if frappe.db.table_exists(doctype)
		and frappe.db.has_column(doctype, fieldname)
		and not frappe.get_meta(doctype).istable
	)


def move_records(doctype: str, fieldname: str, moved: dict):
	references = [f for f in DOCTYPE_REFERENCES if frappe.db.has_column(doctype, f)]
	rows = frappe.get_all(
		doctype, filters={fieldname: OLD_MODULE}, fields=["name", *references], ignore_ddl=True
	)
	for row in rows:
		module = moved.get((doctype, row.name)) or about_module(row, references, moved)
		frappe.db.set_value(doctype, row.name, fieldname, module, update_modified=False)


def about_module(row, references: list[str], moved: dict) -> str:
	for field in references:
		module = moved.get(("DocType", row.get(field)))
		if module:
			return module
	return FALLBACK_MODULE


def block_new_modules():
	"""A user kept out of the old module is kept out of each module it became."""
	blocked = frappe.get_all(
		"Block Module", filters={"module": OLD_MODULE}, fields=["name", "parent", "parenttype", "parentfield"]
	)
	for row in blocked:
		for module in MODULES:
			frappe.get_doc(
				{
					"doctype": "Block Module",
					"name": frappe.generate_hash(length=10),
					"module": module,
					"parent": row.parent,
					"parenttype": row.parenttype,
					"parentfield": row.parentfield,
				}
			).db_insert()
		frappe.db.delete("Block Module", {"name": row.name})
