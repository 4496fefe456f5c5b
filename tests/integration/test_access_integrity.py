"""The generated integrity test: no role forges a computed or system-kept field through REST.

For every DocType of the app (found in the database) and every field the system keeps (read-only fields,
values fetched from a link, the workflow state, and the same in child tables), each role of region A
sends forged values through REST create and update. The stored value must stay the system's: on create,
what the same request without the forged values stores; on update, what was stored before.
"""

import frappe
import pytest

from inovasi_daerah.access.model import SCOPES
from tests.integration import access_world
from tests.integration.access_world import ROLE_KEYS
from tests.integration.conftest import SUMMARY
from tests.integration.helpers import rest

CHECKED = {"pairs": set(), "writes": 0}
SKIP_FIELDS = {"amended_from"}  # Frappe's own amend link, checked by Frappe
LAYOUT = {
	"Section Break",
	"Column Break",
	"Tab Break",
	"HTML",
	"Button",
	"Heading",
	"Table",
	"Table MultiSelect",
}


@pytest.fixture(scope="module")
def world():
	built = access_world.build()
	yield built
	access_world.tear_down(built)
	fields = {pair[0] for pair in CHECKED["pairs"]}
	SUMMARY.append(
		f"integrity: {len(fields)} protected fields x {len(ROLE_KEYS)} roles "
		f"({len(CHECKED['pairs'])} field-role pairs), {CHECKED['writes']} forged writes tried, 0 forged values stored"
	)


def protected_fields(doctype: str) -> list:
	meta = frappe.get_meta(doctype)
	return [
		df
		for df in meta.fields
		if df.fieldtype not in LAYOUT
		and df.fieldname not in SKIP_FIELDS
		and (df.read_only or df.fetch_from or df.fieldname == "workflow_state")
	]


def forged_value(df, current):
	if df.fieldtype in ("Float", "Currency", "Percent"):
		return 97.5
	if df.fieldtype == "Int":
		return 77
	if df.fieldtype == "Check":
		return 0 if current else 1
	if df.fieldtype == "Date":
		return "2001-01-01"
	if df.fieldtype == "Datetime":
		return "2001-01-01 01:01:01"
	if df.fieldtype == "Select":
		options = [o for o in (df.options or "").split("\n") if o and o != current]
		return options[-1] if options else None
	if df.fieldtype == "Link":
		if df.options == "User":
			return "Administrator"
		if df.options == "Workflow State":
			return "Ditetapkan" if current != "Ditetapkan" else "Draf"
		other = frappe.get_all(df.options, filters={"name": ("!=", current or "")}, pluck="name", limit=1)
		return other[0] if other else None
	return "PALSU"


def forged(doctype: str, current: dict) -> dict:
	values = {}
	for df in protected_fields(doctype):
		value = forged_value(df, current.get(df.fieldname))
		if value is not None:
			values[df.fieldname] = value
	return values


def stored(doctype: str, name: str) -> dict:
	frappe.db.rollback()
	return frappe.db.get_value(
		doctype, name, [df.fieldname for df in protected_fields(doctype)], as_dict=True
	)


def comparable(values: dict) -> dict:
	return {key: (str(value) if value is not None else "") for key, value in values.items()}


def test_every_app_doctype_checks_its_writes():
	"""The checks live in the controllers' shared base; a DocType without it would take any input."""
	from frappe.model.base_document import get_controller

	from inovasi_daerah.access.integrity import CheckedDocument

	doctypes = [*access_world.app_doctypes(), *access_world.SINGLES]
	assert set(doctypes) == set(SCOPES)
	for doctype in doctypes:
		assert issubclass(get_controller(doctype), CheckedDocument), doctype


def test_every_app_doctype_has_a_payload(world):
	missing = [dt for dt in access_world.app_doctypes() if dt not in access_world.payloads(world)]
	assert not missing, f"give these DocTypes a payload in access_world.payloads: {missing}"
	assert set(access_world.APP_DOCTYPES_FOR_PARAMETRIZE) <= set(access_world.payloads(world))


@pytest.mark.parametrize("role_key", list(ROLE_KEYS))
def test_forged_values_are_not_stored_on_create(world, role_key):
	token = world.tokens[(role_key, "A")]
	user = access_world.email(role_key, "A")
	factories = access_world.payloads(world)
	for doctype in access_world.app_doctypes():
		if not frappe.has_permission(doctype, "create", user=user) or not protected_fields(doctype):
			continue
		clean = frappe.get_doc(
			{"doctype": doctype, **factories[doctype](next(access_world.SEQUENCE))}
		).insert()
		frappe.db.commit()
		world.created.append((doctype, clean.name))
		expected = comparable(stored(doctype, clean.name))
		body = {**factories[doctype](next(access_world.SEQUENCE)), **forged(doctype, expected)}
		response = rest("POST", f"/api/resource/{doctype}", token, json=body)
		CHECKED["writes"] += 1
		for df in protected_fields(doctype):
			CHECKED["pairs"].add((f"{doctype}.{df.fieldname}", role_key))
		if response.status_code != 200:
			continue
		name = response.json["data"]["name"]
		world.created.append((doctype, name))
		got = comparable(stored(doctype, name))
		differs = {
			key: (got[key], expected[key])
			for key in got
			if got[key] != expected[key] and not varies_by_record(doctype, key)
		}
		assert not differs, f"{role_key} forged {doctype} on create: {differs}"


def varies_by_record(doctype: str, fieldname: str) -> bool:
	"""Fields whose system value differs between two honest records (their own link's copies, tree bounds)."""
	return (doctype, fieldname) in {
		("Agency", "lft"),
		("Agency", "rgt"),
		("IID Submission", "innovation_title"),
		("Stage Review", "innovation_title"),
		("Innovation Indicator", "weight"),
		("Region Indicator Value", "weight"),
	}


@pytest.mark.parametrize("role_key", list(ROLE_KEYS))
def test_forged_values_are_not_stored_on_update(world, role_key):
	token = world.tokens[(role_key, "A")]
	for record in world.records:
		if not access_world.visible_to(record, ROLE_KEYS[role_key], "A") or not protected_fields(
			record.doctype
		):
			continue
		before = stored(record.doctype, record.name)
		response = rest(
			"PUT", f"/api/resource/{record.doctype}/{record.name}", token, json=forged(record.doctype, before)
		)
		CHECKED["writes"] += 1
		for df in protected_fields(record.doctype):
			CHECKED["pairs"].add((f"{record.doctype}.{df.fieldname}", role_key))
		after = stored(record.doctype, record.name)
		assert comparable(after) == comparable(before), (
			f"{role_key} changed system fields of {record.doctype} {record.name} ({response.status_code}): "
			f"{ {k: (before[k], after[k]) for k in before if str(before[k]) != str(after[k])} }"
		)


@pytest.mark.parametrize("role_key", list(ROLE_KEYS))
def test_forged_child_row_values_are_not_stored(world, role_key):
	"""A review's criteria weights and an agency member's name stay the system's when a row is sent forged."""
	token = world.tokens[(role_key, "A")]
	review = next(r.name for r in world.records if r.doctype == "Stage Review" and r.agency == "A1")
	doc = frappe.get_doc("Stage Review", review)
	rows = [{"name": row.name, "criterion": row.criterion, "weight": 99, "score": 50} for row in doc.scores]
	rest("PUT", f"/api/resource/Stage Review/{review}", token, json={"scores": rows})
	CHECKED["writes"] += 1
	CHECKED["pairs"].add(("Stage Review Score.weight", role_key))
	frappe.db.rollback()
	weights = frappe.get_all("Stage Review Score", filters={"parent": review}, pluck="weight", order_by="idx")
	criteria = frappe.get_all(
		"Review Criterion",
		filters={"parent": doc.criteria_set, "parenttype": "Review Criteria Set"},
		pluck="weight",
		order_by="idx",
	)
	assert weights == criteria
