"""Every DocType definition is consistent, with no Frappe needed."""

import json
import re

import pytest

from inovasi_daerah.access.model import MODULES
from inovasi_daerah.access.roles import ROLES
from tests.unit.ui_strings import APP, all_ui_strings, load_doctypes, read_po

DOCTYPES = load_doctypes()
# Frappe's own DocTypes the app may link to; anything else must be one of the app's.
FRAPPE_CORE = {
	"User",
	"Role",
	"Workflow State",
	"File",
	"DocType",
	"Currency",
	"Module Def",
	"Contact",
	"ToDo",
}
# Roles Frappe itself defines, allowed next to the app's seven.
FRAPPE_ROLES = {"System Manager", "Administrator", "Guest", "All"}
SPECIAL_FIELDS = {"name", "owner", "creation", "modified", "modified_by", "idx", "docstatus", "parent"}
LINK_TYPES = {"Link", "Table", "Table MultiSelect"}


def fieldnames(doctype: str) -> set[str]:
	return {field["fieldname"] for field in DOCTYPES[doctype]["fields"]} | SPECIAL_FIELDS


def fields_of(fieldtype_set):
	return [
		pytest.param(name, field, id=f"{name}.{field['fieldname']}")
		for name, definition in DOCTYPES.items()
		for field in definition["fields"]
		if field["fieldtype"] in fieldtype_set
	]


def test_app_has_the_core_doctypes():
	assert {
		"Region",
		"Agency",
		"Government Affair",
		"Innovation",
		"Innovation Team Member",
		"Agency Innovation Target",
	} <= set(DOCTYPES)


@pytest.mark.parametrize("name", sorted(DOCTYPES))
def test_json_is_a_doctype_of_the_module(name):
	definition = DOCTYPES[name]
	assert definition["doctype"] == "DocType"
	assert definition["module"] in MODULES
	assert definition["field_order"] == [f["fieldname"] for f in definition["fields"]]
	assert len(set(definition["field_order"])) == len(definition["field_order"]), "duplicate fieldname"


@pytest.mark.parametrize(("doctype", "field"), fields_of(LINK_TYPES))
def test_link_targets_exist(doctype, field):
	target = field.get("options")
	assert target in DOCTYPES or target in FRAPPE_CORE, f"{doctype}.{field['fieldname']} → {target}"
	if field["fieldtype"] != "Link":
		assert DOCTYPES[target].get("istable"), f"{target} must be a child table"


@pytest.mark.parametrize(
	("doctype", "field"),
	[
		p
		for p in fields_of(
			{"Link", "Data", "Int", "Select", "Check", "Date", "Currency", "Small Text", "Text Editor"}
		)
		if p.values[1].get("fetch_from")
	],
)
def test_fetch_from_names_a_link_field_and_an_existing_target_field(doctype, field):
	link_field, target_field = field["fetch_from"].split(".")
	link = next(f for f in DOCTYPES[doctype]["fields"] if f["fieldname"] == link_field)
	assert link["fieldtype"] == "Link"
	if link["options"] in FRAPPE_CORE:
		assert link["options"] == "User" and target_field in {"full_name", "email"}, "unchecked core field"
	else:
		assert target_field in fieldnames(link["options"])


@pytest.mark.parametrize("name", sorted(DOCTYPES))
def test_fields_named_by_doctype_settings_exist(name):
	definition = DOCTYPES[name]
	own = fieldnames(name)
	for key in ("title_field", "sort_field", "nsm_parent_field", "image_field", "timeline_field"):
		if definition.get(key):
			assert definition[key] in own, f"{key}={definition[key]}"
	for fieldname in filter(None, (definition.get("search_fields") or "").split(",")):
		assert fieldname.strip() in own, f"search_fields: {fieldname}"
	autoname = definition.get("autoname") or ""
	if autoname.startswith("field:"):
		assert autoname[6:] in own
	for fieldname in re.findall(r"\{(\w+)\}", autoname):
		assert fieldname in own, f"autoname: {fieldname}"
	for field in definition["fields"]:
		for expression in (
			field.get("depends_on"),
			field.get("mandatory_depends_on"),
			field.get("read_only_depends_on"),
		):
			for fieldname in re.findall(r"doc\.(\w+)", expression or ""):
				assert fieldname in own, f"{field['fieldname']} depends on missing {fieldname}"
	if definition.get("is_tree"):
		assert {"lft", "rgt", "is_group", "old_parent", definition["nsm_parent_field"]} <= own


@pytest.mark.parametrize("name", sorted(DOCTYPES))
def test_permissions_name_only_known_roles_and_fields(name):
	definition = DOCTYPES[name]
	if definition.get("istable"):
		assert not definition["permissions"], "child tables take their parent's permissions"
		return
	assert definition["permissions"], "a DocType nobody may read is a mistake"
	for perm in definition["permissions"]:
		assert perm["role"] in set(ROLES) | FRAPPE_ROLES
		if perm.get("match"):
			assert perm["match"] in fieldnames(name)


def test_workflow_state_field_is_declared_as_frappe_notes_require():
	field = next(f for f in DOCTYPES["Innovation"]["fields"] if f["fieldname"] == "workflow_state")
	assert field["fieldtype"] == "Link" and field["options"] == "Workflow State"
	assert field["read_only"] and field["allow_on_submit"] and field["no_copy"]


def roles_named_in(node) -> set[str]:
	"""Every role a JSON definition names: in role / allowed / for_role keys and in roles lists."""
	named = set()
	if isinstance(node, dict):
		for key, value in node.items():
			if key in ("role", "allowed", "for_role") and isinstance(value, str):
				named.add(value)
			elif key == "roles" and isinstance(value, list):
				named.update(v if isinstance(v, str) else v.get("role") for v in value)
			named |= roles_named_in(value)
	elif isinstance(node, list):
		for item in node:
			named |= roles_named_in(item)
	return {name for name in named if name}


def test_every_role_named_anywhere_is_one_of_the_seven():
	named = set()
	for path in APP.rglob("*.json"):
		named |= roles_named_in(json.loads(path.read_text(encoding="utf-8")))
	assert "Innovation Verifier" in named  # the walk finds roles at all
	assert named - FRAPPE_ROLES <= set(ROLES), named - FRAPPE_ROLES - set(ROLES)
	assert len(ROLES) == 7


def test_every_user_visible_string_has_an_indonesian_translation():
	translated = read_po()
	missing = sorted(text for text in all_ui_strings() if not translated.get(text))
	assert not missing, f"{len(missing)} strings lack a translation in id.po, e.g. {missing[:10]}"


def test_po_file_has_no_stale_entries():
	stale = sorted(set(read_po()) - all_ui_strings())
	assert not stale, f"id.po translates strings the app no longer shows: {stale[:10]}"


def test_po_file_has_no_duplicate_msgids():
	text = (APP / "locale" / "id.po").read_text(encoding="utf-8")
	msgids = re.findall(r'^msgid (".*")$', text, flags=re.M)
	duplicates = {m for m in msgids if msgids.count(m) > 1 and m != '""'}
	assert not duplicates


def test_translation_placeholders_are_kept():
	for msgid, msgstr in read_po().items():
		if msgstr:
			assert sorted(re.findall(r"\{\d*\}", msgid)) == sorted(re.findall(r"\{\d*\}", msgstr)), msgid


def test_setup_data_is_valid_json_with_the_official_counts():
	affairs = json.loads((APP / "setup" / "data" / "government_affairs.json").read_text(encoding="utf-8"))
	groups = [a["affair_group"] for a in affairs]
	assert [
		groups.count(g)
		for g in ("Wajib Pelayanan Dasar", "Wajib Non Pelayanan Dasar", "Pilihan", "Fungsi Penunjang")
	] == [6, 18, 8, 6]
	assert all(a["is_basic_service"] == (a["affair_group"] == "Wajib Pelayanan Dasar") for a in affairs)
	options = next(f for f in DOCTYPES["Government Affair"]["fields"] if f["fieldname"] == "affair_group")[
		"options"
	]
	assert set(groups) <= set(options.split("\n"))
