"""The OpenAPI description (inovasi_daerah/openapi, docs/openapi.json): valid, current, complete, and true of
the site: bodies built from it are taken, and the answers match it."""

import json
from pathlib import Path

import frappe
import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from inovasi_daerah.access import integrity, roles
from inovasi_daerah.access.model import MODULES
from inovasi_daerah.openapi import methods
from inovasi_daerah.openapi.schemas import component_name
from inovasi_daerah.openapi.spec import build_document, dumps
from tests.integration.helpers import link, make_agency, make_region, make_user, rest

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
REGENERATE = (
	"docs/openapi.json is stale. Regenerate it from a clean install (a new site with only the app): "
	"bench --site SITE inovasi-openapi --output /path/to/repo/docs/openapi.json"
)
METHOD = "/api/method/inovasi_daerah.api.openapi.openapi_document"
USERS = {"operator": roles.OPERATOR, "manager": roles.MANAGER, "viewer": roles.VIEWER, "nobody": None}


@pytest.fixture(scope="module")
def document():
	return build_document()


@pytest.fixture(scope="module")
def api():
	"""Users with API tokens and an agency; committed, since REST runs on its own connection."""
	frappe.set_user("Administrator")
	make_region()
	agency = make_agency("OPENAPI")
	tokens = {
		key: make_user(f"openapi-{key}@example.com", [role] if role else [], api=True)
		for key, role in USERS.items()
	}
	link(agency, staff=["openapi-operator@example.com"])
	frappe.db.commit()
	yield frappe._dict(tokens=tokens, agency=agency)
	frappe.set_user("Administrator")
	for name in frappe.get_all("Innovation", filters={"agency": agency}, pluck="name"):
		frappe.delete_doc("Innovation", name, force=True)
	for name in frappe.get_all("Obstacle Category", filters={"name": ("like", "OpenAPI %")}, pluck="name"):
		frappe.delete_doc("Obstacle Category", name, force=True)
	doc = frappe.get_doc("Agency", agency)
	doc.staff = []
	doc.save()
	frappe.delete_doc("Agency", agency, force=True)
	for key in USERS:
		frappe.delete_doc("User", f"openapi-{key}@example.com", force=True)
	frappe.db.commit()


def conforms(document, instance, schema: dict):
	"""Check a value against a schema of the document (its $refs resolved within the document)."""
	root = {**schema, "components": document["components"]}
	OAS31Validator(root, format_checker=OAS31Validator.FORMAT_CHECKER).validate(instance)


def component(document, doctype: str, kind: str = "") -> dict:
	return document["components"]["schemas"][component_name(doctype, kind)]


def answer_schema(document, path: str, method: str, status: str) -> dict:
	response = document["paths"][path][method]["responses"][status]
	if "$ref" in response:
		response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
	return response["content"]["application/json"]["schema"]


def example(schema: dict, links: dict):
	"""A value that meets a field's schema: an existing record for a link, else the simplest value."""
	if "x-frappe-link" in schema:
		return links[schema["x-frappe-link"]]
	if "enum" in schema:
		return next(value for value in schema["enum"] if value != "")
	if schema["type"] == "integer":
		return schema.get("minimum", 0)
	if schema["type"] == "number":
		return schema.get("minimum", 0)
	if schema.get("format") == "date":
		return "2026-01-15"
	return "OpenAPI uji coba"


# ------------------------------------------------------------------ the document


def test_the_document_is_valid_openapi_3_1(document):
	assert document["openapi"] == "3.1.0"
	validate(document, cls=OpenAPIV31SpecValidator)


def test_the_committed_description_is_current(document):
	assert COMMITTED.read_text(encoding="utf-8") == dumps(document), REGENERATE


def test_every_doctype_is_described(document):
	doctypes = frappe.get_all("DocType", filters={"module": ("in", MODULES)}, pluck="name")
	assert len(doctypes) > 20
	for doctype in doctypes:
		meta = frappe.get_meta(doctype)
		assert component(document, doctype)["x-frappe-doctype"] == doctype
		collection = f"/api/resource/{doctype.replace(' ', '%20')}"
		if meta.istable:
			assert component(document, doctype, "Row")
			assert collection not in document["paths"]
		elif meta.issingle:
			assert set(document["paths"][f"{collection}/{doctype.replace(' ', '%20')}"]) == {"get", "put"}
		else:
			assert set(document["paths"][collection]) == {"get", "post"}
			assert set(document["paths"][f"{collection}/{{name}}"]) == {"parameters", "get", "put", "delete"}


def test_every_whitelisted_function_is_described_where_clients_call_it(document):
	functions = methods.app_functions()
	assert "inovasi_daerah.api.openapi.openapi_document" in functions
	called_as = methods.overrides()
	described = {
		(path, operation["x-frappe-function"])
		for path, item in document["paths"].items()
		for method, operation in item.items()
		if method != "parameters" and "x-frappe-function" in operation
	}
	for path, function in functions.items():
		url = f"/api/method/{called_as.get(path, path)}"
		assert (url, path) in described, path
		allowed = frappe.allowed_http_methods_for_whitelisted_func[function]
		assert set(document["paths"][url]) == {m.lower() for m in ("GET", "POST") if m in allowed}, path
		guest = function in frappe.guest_methods
		for operation in document["paths"][url].values():
			assert ({} in operation.get("security", [])) == guest, path


# ------------------------------------------------------------------ facts of the schemas


def test_select_options_are_the_metas(document):
	schema = component(document, "Innovation")["properties"]
	for df in frappe.get_meta("Innovation").fields:
		if df.fieldtype == "Select":
			options = [option for option in df.options.split("\n") if option]
			assert [v for v in schema[df.fieldname]["enum"] if v] == options
			assert ("" in schema[df.fieldname]["enum"]) == (not df.reqd)


def test_required_fields_are_required_on_create_only(document):
	create = component(document, "Innovation", "Create")
	assert {"title", "agency", "initiator_type"} <= set(create["required"])
	assert "region" not in create["required"]  # required, but copied from the agency
	assert "required" not in component(document, "Innovation", "Update")
	assert component(document, "Review Criteria Set", "Create")["properties"]["criteria"]["minItems"] == 1


def test_computed_fields_are_read_only_and_not_taken(document):
	for doctype in ("Innovation", "IID Submission", "Stage Review", "Public Idea", "Innovation Indicator"):
		meta = frappe.get_meta(doctype)
		kept = integrity.system_fields(meta)
		assert kept
		properties = component(document, doctype)["properties"]
		for fieldname in [*kept, "workflow_state", "name", "owner", "creation", "modified", "docstatus"]:
			if fieldname in properties:
				assert properties[fieldname]["readOnly"] is True, (doctype, fieldname)
		for kind in ("Create", "Update"):
			assert not set(kept) & set(component(document, doctype, kind)["properties"]), (doctype, kind)


def test_input_rules_of_the_integrity_checks(document):
	create = component(document, "Innovation", "Create")["properties"]
	assert (create["planned_trial_months"]["minimum"], create["planned_trial_months"]["maximum"]) == (0, 120)
	assert create["title"]["not"] == {"pattern": integrity.MARKUP.pattern}
	assert create["public_contact"]["maxLength"] == 140
	assert "not" not in create["design"]  # a Text Editor holds HTML


def test_workflow_actions_are_the_sites(document):
	body = document["paths"]["/api/method/frappe.model.workflow.apply_workflow"]["post"]["requestBody"]
	schema = body["content"]["application/json"]["schema"]
	lifecycle = frappe.get_doc("Workflow", "Innovation Lifecycle")
	assert {t.action for t in lifecycle.transitions} <= set(schema["properties"]["action"]["enum"])
	assert {"Ajukan", "Tetapkan", "Minta Revisi"} <= set(schema["properties"]["action"]["enum"])
	docs = {d["properties"]["doctype"]["const"]: d for d in schema["properties"]["doc"]["oneOf"]}
	assert {"legal_basis_number", "revision_note", "workflow_state"} <= set(docs["Innovation"]["properties"])


# ------------------------------------------------------------------ the served method


def test_the_method_answers_a_logged_in_user(api, document):
	response = rest("GET", METHOD, api.tokens["viewer"])
	assert response.status_code == 200, response.text
	assert response.json["message"]["openapi"] == "3.1.0"
	assert set(response.json["message"]["paths"]) == set(document["paths"])


def test_the_method_refuses_a_guest_and_a_post(api):
	assert rest("GET", METHOD).status_code == 403
	assert rest("POST", METHOD, api.tokens["viewer"]).status_code == 403


# ------------------------------------------------------------------ round trips


def test_a_body_of_the_required_fields_creates_an_innovation(api, document):
	path = "/api/resource/Innovation"
	create = component(document, "Innovation", "Create")
	body = {
		fieldname: example(create["properties"][fieldname], {"Agency": api.agency})
		for fieldname in create["required"]
	}
	conforms(document, body, {"$ref": "#/components/schemas/InnovationCreate"})
	response = rest("POST", path, api.tokens["operator"], json=body)
	assert response.status_code == 200, response.text
	conforms(document, response.json, answer_schema(document, path, "post", "200"))
	name = response.json["data"]["name"]

	update = {"benefit": "Manfaat yang diukur", "budget": 1500000, "team": [{"full_name": "Sari"}]}
	conforms(document, update, {"$ref": "#/components/schemas/InnovationUpdate"})
	response = rest("PUT", f"{path}/{name}", api.tokens["operator"], json=update)
	assert response.status_code == 200, response.text
	conforms(document, response.json, answer_schema(document, f"{path}/{{name}}", "put", "200"))
	read = rest("GET", f"{path}/{name}", api.tokens["operator"])
	conforms(document, read.json, answer_schema(document, f"{path}/{{name}}", "get", "200"))
	assert read.json["data"]["team"][0]["full_name"] == "Sari"


def test_a_catalogue_record_round_trip_and_the_documented_errors(api, document):
	"""Through the documented path with %20: create, list, the refusals, delete."""
	collection = "/api/resource/Obstacle%20Category"
	assert collection in document["paths"]
	create = component(document, "Obstacle Category", "Create")
	body = {fieldname: "OpenAPI Kendala Uji" for fieldname in create["required"]}
	conforms(document, body, {"$ref": "#/components/schemas/ObstacleCategoryCreate"})
	created = rest("POST", collection, api.tokens["manager"], json=body)
	assert created.status_code == 200, created.text
	conforms(document, created.json, answer_schema(document, collection, "post", "200"))
	name = created.json["data"]["name"]

	query = {
		"fields": json.dumps(["name", "category_name", "modified"]),
		"filters": json.dumps([["category_name", "like", "OpenAPI%"]]),
		"order_by": "modified desc",
		"limit_page_length": 5,
	}
	listing = rest("GET", collection, api.tokens["viewer"], query_string=query)
	assert listing.status_code == 200, listing.text
	conforms(document, listing.json, answer_schema(document, collection, "get", "200"))
	assert name in {row["name"] for row in listing.json["data"]}

	refusals = [
		("post", collection, rest("POST", collection, api.tokens["manager"], json={"description": "x"})),
		("post", collection, rest("POST", collection, api.tokens["nobody"], json=body)),
		(
			"get",
			f"{collection}/{{name}}",
			rest("GET", f"{collection}/OpenAPI%20Tidak%20Ada", api.tokens["manager"]),
		),
		(
			"put",
			f"{collection}/{{name}}",
			rest("PUT", f"{collection}/{name.replace(' ', '%20')}", api.tokens["viewer"], json={}),
		),
	]
	for method, path, response in refusals:
		status = str(response.status_code)
		assert status in document["paths"][path][method]["responses"], (method, path, status)
		assert status in ("403", "404", "417"), response.text
		conforms(document, response.json, answer_schema(document, path, method, status))

	deleted = rest("DELETE", f"{collection}/{name.replace(' ', '%20')}", api.tokens["manager"])
	assert deleted.status_code == 202, deleted.text
	conforms(document, deleted.json, answer_schema(document, f"{collection}/{{name}}", "delete", "202"))
