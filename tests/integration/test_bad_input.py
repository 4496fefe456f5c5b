"""Property-based bad input over the REST create and update of every DocType of the app.

Hypothesis draws, for each DocType's valid payload, one bad value for one field: a wrong type, an unknown
field, a 1 MB string, markup in a plain-text field, a link to a missing or to a foreign record, a negative
or absurd number. Every such request gets a 4xx with a message and changes no row.
"""

import json

import frappe
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration import access_world
from tests.integration.conftest import SUMMARY
from tests.integration.helpers import rest

TRIED = {"create": 0, "update": 0}
TEXT_TYPES = {"Data", "Small Text", "Text", "Long Text"}
NUMBER_TYPES = {"Int", "Float", "Currency", "Percent"}


@pytest.fixture(scope="module")
def world():
	built = access_world.build()
	manager = frappe.get_doc("User", access_world.email("manager", "A"))
	manager.language = "id"
	manager.save(ignore_permissions=True)  # through the document, so the cached language follows
	frappe.db.commit()
	built.token = built.tokens[("manager", "A")]
	yield built
	access_world.tear_down(built)
	SUMMARY.append(
		f"bad input: {TRIED['create']} creates and {TRIED['update']} updates tried, 0 accepted, 0 partial writes"
	)


def editable_fields(doctype):
	return [
		df
		for df in frappe.get_meta(doctype).fields
		if not df.read_only
		and not df.fetch_from
		and df.fieldtype in TEXT_TYPES | NUMBER_TYPES | {"Link", "Date", "Text Editor"}
	]


def bad_values(df):
	"""Strategies of values the field must refuse."""
	wrong_type = st.sampled_from([{"x": 1}, [1, 2]])
	if df.fieldtype in NUMBER_TYPES:
		return st.one_of(
			wrong_type,
			st.sampled_from(["abc", "1e400", "NaN", "12abc"]),
			st.integers(max_value=-1),
			st.integers(min_value=10**15, max_value=10**18),
		)
	if df.fieldtype == "Date":
		return st.one_of(wrong_type, st.sampled_from(["kemarin", "2026-13-45", "31/02/2026"]))
	if df.fieldtype == "Link":
		return st.one_of(
			wrong_type,
			st.sampled_from([f"Tidak Ada {df.options} 9999", foreign_link(df.options)]).filter(bool),
		)
	if df.fieldtype == "Text Editor":
		return st.one_of(wrong_type, st.just("x" * 1_000_001))
	return st.one_of(
		wrong_type,
		st.just("x" * 1_000_001),
		st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>tebal</b>"]),
	)


def foreign_link(doctype):
	"""A record of region B, which the manager of region A may not link to."""
	foreign = {
		"Agency": access_world.agency_name("B1"),
		"Region": access_world.REGIONS["B"],
	}
	if doctype in foreign:
		return foreign[doctype]
	if doctype == "Innovation":
		return frappe.db.get_value("Innovation", {"agency": access_world.agency_name("B1")})
	return None


def case(doctype):
	fields = editable_fields(doctype)
	field_case = (
		st.sampled_from(fields).flatmap(lambda df: st.tuples(st.just(df.fieldname), bad_values(df)))
		if fields
		else st.nothing()
	)
	unknown = st.tuples(st.sampled_from(["tidak_ada", "skor_palsu", "owner_x"]), st.just("nilai"))
	return st.one_of(field_case, unknown)


def message_of(response) -> str:
	payload = response.json or {}
	return json.dumps(payload.get("_server_messages") or payload.get("exception") or payload.get("exc") or "")


def row_count(doctype):
	frappe.db.rollback()
	return frappe.db.count(doctype)


@pytest.mark.parametrize("doctype", access_world.APP_DOCTYPES_FOR_PARAMETRIZE)
def test_bad_create_is_refused_and_writes_nothing(world, doctype):
	factory = access_world.payloads(world)[doctype]

	@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
	@given(case(doctype))
	def run(bad):
		fieldname, value = bad
		body = {**factory(next(access_world.SEQUENCE)), fieldname: value}
		before = row_count(doctype)
		response = rest("POST", f"/api/resource/{doctype}", world.token, json=body)
		TRIED["create"] += 1
		if response.status_code == 200:
			world.created.append((doctype, response.json["data"]["name"]))
		assert 400 <= response.status_code < 500, (
			f"{doctype}.{fieldname}={str(value)[:60]!r}: {response.status_code}"
		)
		assert message_of(response) not in ('""', "null"), f"{doctype}.{fieldname}: refused without a message"
		assert row_count(doctype) == before, f"{doctype}.{fieldname}: a row was written"

	run()


@pytest.mark.parametrize("doctype", access_world.APP_DOCTYPES_FOR_PARAMETRIZE)
def test_bad_update_is_refused_and_changes_nothing(world, doctype):
	record = next(
		(r for r in world.records if r.doctype == doctype and r.region == "A" and r.agency in (None, "A1")),
		None,
	)
	if record is None:
		factory = access_world.payloads(world)[doctype]
		doc = frappe.get_doc({"doctype": doctype, **factory(next(access_world.SEQUENCE))}).insert()
		frappe.db.commit()
		world.created.append((doctype, doc.name))
		record = frappe._dict(doctype=doctype, name=doc.name)

	@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
	@given(case(doctype))
	def run(bad):
		fieldname, value = bad
		frappe.db.rollback()
		before = frappe.get_doc(doctype, record.name).as_dict()
		response = rest("PUT", f"/api/resource/{doctype}/{record.name}", world.token, json={fieldname: value})
		TRIED["update"] += 1
		assert 400 <= response.status_code < 500, (
			f"{doctype}.{fieldname}={str(value)[:60]!r}: {response.status_code}"
		)
		frappe.db.rollback()
		after = frappe.get_doc(doctype, record.name).as_dict()
		assert after.modified == before.modified, f"{doctype}.{fieldname}: the record was changed"

	run()


def test_refusals_speak_indonesian(world):
	innovation = next(r.name for r in world.records if r.doctype == "Innovation" and r.agency == "A1")
	response = rest(
		"PUT", f"/api/resource/Innovation/{innovation}", world.token, json={"planned_trial_months": -3}
	)
	assert response.status_code == 417
	assert "harus" in message_of(response), message_of(response)


def test_rich_text_is_sanitised_and_titles_are_escaped_where_rendered(world):
	"""Markup in a rich-text field is kept only as safe HTML; a title is escaped in the IID dialog."""
	from inovasi_daerah.iid.projection import projection

	innovation = next(r.name for r in world.records if r.doctype == "Innovation" and r.agency == "A1")
	frappe.db.set_value("Innovation", innovation, "workflow_state", "Draf")
	frappe.db.commit()
	operator = world.tokens[("operator", "A")]
	response = rest(
		"PUT",
		f"/api/resource/Innovation/{innovation}",
		operator,
		json={"design": '<p onclick="alert(1)">Rancang <script>alert(2)</script>bangun</p>'},
	)
	assert response.status_code == 200, response.text
	frappe.db.rollback()
	design = frappe.db.get_value("Innovation", innovation, "design")
	assert "<script" not in design and "onclick" not in design and "Rancang" in design
	frappe.db.set_value("IID Submission", {"innovation": innovation}, "innovation_title", "<b>Judul</b>")
	rendered = frappe.render_template(
		"templates/includes/iid_projection.html", {"p": projection(access_world.REGIONS["A"], world.period)}
	)
	assert "&lt;b&gt;Judul&lt;/b&gt;" in rendered
	frappe.db.rollback()
