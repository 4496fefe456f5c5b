"""The OpenAPI 3.1 description of the app's API, built from the site's metadata (docs/api.md).

It covers Frappe's REST v1 routes for the app's DocTypes (/api/resource), the app's whitelisted functions
(/api/method) and the workflow actions. The repository keeps the description of a clean install in
docs/openapi.json (`bench --site SITE inovasi-openapi --output docs/openapi.json`); the method below
describes the site as it is, custom fields and local workflow changes included.
"""

import json

import frappe

import inovasi_daerah
from inovasi_daerah.access.model import MODULES
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.openapi import methods
from inovasi_daerah.openapi.schemas import (
	VARCHAR_LENGTH,
	component_name,
	data_fields,
	doctype_schemas,
	field_schema,
	queryable_fields,
)

OPENAPI_VERSION = "3.1.0"
# Spaces in a DocType's name are written %20 in the path: a URL cannot hold a space (RFC 3986), the
# validator takes either, and clients (requests, httpx, Werkzeug's test client) send %20 as it is, which
# Frappe's router decodes back to the name.
RESOURCE = "/api/resource/{}"
# Operators whose value is one text or number (filters may also use in, not in, between, is, ...).
SCALAR_OPERATORS = ["=", "!=", ">", "<", ">=", "<=", "like", "not like"]
WORKFLOW_ERRORS = ["401", "403", "404", "417"]
APPLY_WORKFLOW = "frappe.model.workflow.apply_workflow"
GET_TRANSITIONS = "frappe.model.workflow.get_transitions"


def dumps(document: dict) -> str:
	"""The committed form: one-space indent, non-ASCII kept, a trailing newline."""
	return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def build_document() -> dict:
	metas = app_metas()
	workflows = app_workflows(metas)
	schemas = {}
	paths = {}
	tags = []
	for meta in metas:
		schemas.update(doctype_schemas(meta, meta.name in {w.document_type for w in workflows}))
		if meta.istable:
			continue
		tags.append({"name": meta.name, "description": f"/api/resource/{meta.name}"})
		paths.update(resource_paths(meta))
		if not meta.issingle:
			schemas.update(list_schemas(meta))
	paths.update(methods.method_paths())
	paths.update(workflow_paths(metas, workflows))
	schemas.update(shared_schemas())
	method_tags = sorted(
		{
			op["tags"][0]
			for path, item in paths.items()
			if path.startswith("/api/method/")
			for op in item.values()
		}
	)
	tags += [{"name": tag} for tag in method_tags]
	return {
		"openapi": OPENAPI_VERSION,
		"info": {
			"title": "Inovasi Daerah API",
			"version": inovasi_daerah.__version__,
			"description": (
				"Frappe's REST API for the Inovasi Daerah app: the app's DocTypes under /api/resource, its "
				"whitelisted functions and the workflow actions under /api/method. Every request runs as "
				"the user of its credentials, with that user's roles and User Permissions. How to use it, "
				"with examples: docs/api.md. Generated from the DocType metadata by `bench --site SITE "
				"inovasi-openapi`; a site serves its own at /api/method/inovasi_daerah.api.openapi.openapi_document."
			),
			"license": {"name": "MIT", "identifier": "MIT"},
		},
		"servers": [{"url": "/", "description": "The site itself."}],
		"security": [{"token": []}, {"sid": []}],
		"tags": tags,
		"paths": dict(sorted(paths.items())),
		"components": {
			"schemas": dict(sorted(schemas.items())),
			"responses": error_responses(),
			"securitySchemes": security_schemes(),
		},
	}


def app_metas() -> list:
	names = frappe.get_all("DocType", filters={"module": ("in", MODULES)}, pluck="name", order_by="name")
	return [frappe.get_meta(name) for name in sorted(names)]


def app_workflows(metas) -> list:
	"""The site's workflows on the app's DocTypes (the Innovation Lifecycle, the IID Submission's)."""
	names = frappe.get_all(
		"Workflow", filters={"document_type": ("in", [m.name for m in metas])}, pluck="name", order_by="name"
	)
	return [frappe.get_doc("Workflow", name) for name in sorted(names)]


# ------------------------------------------------------------------ /api/resource


def ref(name: str) -> dict:
	return {"$ref": f"#/components/schemas/{name}"}


def data_answer(schema: dict, description: str) -> dict:
	return {
		"description": description,
		"content": {
			"application/json": {
				"schema": {"type": "object", "properties": {"data": schema}, "required": ["data"]}
			}
		},
	}


def errors(*codes: str) -> dict:
	return {code: {"$ref": f"#/components/responses/{code}"} for code in codes}


def resource_paths(meta) -> dict:
	doctype = meta.name
	collection = RESOURCE.format(doctype.replace(" ", "%20"))
	document = ref(component_name(doctype))
	operation_name = frappe.scrub(doctype)

	def body(kind: str) -> dict:
		return {
			"required": True,
			"content": {"application/json": {"schema": ref(component_name(doctype, kind))}},
		}

	if meta.issingle:
		# A single DocType's one record is named after the DocType.
		return {
			f"{collection}/{doctype.replace(' ', '%20')}": {
				"get": {
					"tags": [doctype],
					"operationId": f"get_{operation_name}",
					"summary": f"Read {doctype}",
					"responses": {"200": data_answer(document, f"{doctype}."), **errors("401", "403")},
				},
				"put": {
					"tags": [doctype],
					"operationId": f"update_{operation_name}",
					"summary": f"Change {doctype}",
					"requestBody": body("Update"),
					"responses": {
						"200": data_answer(document, f"{doctype} as saved."),
						**errors("401", "403", "417"),
					},
				},
			}
		}
	name = {
		"name": "name",
		"in": "path",
		"required": True,
		"description": f"The {doctype} record's name (URL-encoded).",
		"schema": {"type": "string", "minLength": 1, "maxLength": VARCHAR_LENGTH},
	}
	return {
		collection: {
			"get": {
				"tags": [doctype],
				"operationId": f"list_{operation_name}",
				"summary": f"List {doctype} records the user may read",
				"parameters": list_parameters(meta),
				"responses": {
					"200": data_answer(
						{"type": "array", "items": ref("ListRow")}, "The rows, in `order_by` order."
					),
					**errors("401", "403", "417"),
				},
			},
			"post": {
				"tags": [doctype],
				"operationId": f"create_{operation_name}",
				"summary": f"Create a {doctype}",
				"requestBody": body("Create"),
				"responses": {
					"200": data_answer(document, f"The new {doctype}."),
					**errors("401", "403", "409", "417"),
				},
			},
		},
		f"{collection}/{{name}}": {
			"parameters": [name],
			"get": {
				"tags": [doctype],
				"operationId": f"get_{operation_name}",
				"summary": f"Read a {doctype}",
				"responses": {"200": data_answer(document, f"The {doctype}."), **errors("401", "403", "404")},
			},
			"put": {
				"tags": [doctype],
				"operationId": f"update_{operation_name}",
				"summary": f"Change a {doctype}",
				"requestBody": body("Update"),
				"responses": {
					"200": data_answer(document, f"The {doctype} as saved."),
					**errors("401", "403", "404", "417"),
				},
			},
			"delete": {
				"tags": [doctype],
				"operationId": f"delete_{operation_name}",
				"summary": f"Delete a {doctype}",
				"responses": {
					"202": data_answer({"type": "string", "const": "ok"}, "Deleted."),
					**errors("401", "403", "404", "417"),
				},
			},
		},
	}


def list_schemas(meta) -> dict:
	"""The columns of a list request and its filters, shared by its parameters."""
	column = component_name(meta.name, "Column")
	value = {"type": ["string", "number"]}
	return {
		column: {
			"type": "string",
			"description": f"A column of {meta.name}.",
			"enum": queryable_fields(meta),
		},
		component_name(meta.name, "Filters"): {
			"anyOf": [
				{
					"type": "object",
					"description": 'Column → value, e.g. {"year": 2026}.',
					"propertyNames": ref(column),
					"additionalProperties": value,
				},
				{
					"type": "array",
					"description": 'Conditions [column, operator, value], e.g. [["year", ">=", 2025]].',
					"items": {
						"type": "array",
						"prefixItems": [ref(column), {"enum": SCALAR_OPERATORS}, value],
						"minItems": 3,
						"maxItems": 3,
					},
				},
			]
		},
	}


def list_parameters(meta) -> list[dict]:
	"""frappe.client.get_list's arguments; fields, filters and or_filters travel as JSON text."""
	columns = queryable_fields(meta)
	column = ref(component_name(meta.name, "Column"))
	filters = ref(component_name(meta.name, "Filters"))

	def json_query(name: str, schema: dict, description: str) -> dict:
		return {
			"name": name,
			"in": "query",
			"description": description,
			"content": {"application/json": {"schema": schema}},
		}

	return [
		json_query(
			"fields",
			{"type": "array", "items": {"anyOf": [{"const": "*"}, column]}, "minItems": 1},
			'The columns to return, as JSON (default ["name"]).',
		),
		json_query(
			"filters",
			filters,
			"Conditions all rows meet, as JSON. Frappe also takes the operators in, not in, between, is "
			"(set / not set) and a [doctype, column, operator, value] form.",
		),
		json_query("or_filters", filters, "Conditions of which each row meets one, as JSON."),
		{
			"name": "order_by",
			"in": "query",
			"description": 'A column and a direction, e.g. "modified desc" (default).',
			"schema": {"type": "string", "pattern": f"^({'|'.join(columns)})( (asc|desc))?$"},
		},
		{
			"name": "group_by",
			"in": "query",
			"description": "A column to group the rows by.",
			"schema": column,
		},
		{
			"name": "limit_start",
			"in": "query",
			"description": "How many rows to skip.",
			"schema": {"type": "integer", "minimum": 0, "default": 0},
		},
		{
			"name": "limit_page_length",
			"in": "query",
			"description": "How many rows to return; 0 returns all.",
			"schema": {"type": "integer", "minimum": 0, "default": 20},
		},
	]


# ------------------------------------------------------------------ workflow actions


def workflow_paths(metas, workflows) -> dict:
	"""apply_workflow (the app's override) with the actions and states of the site's workflows, and
	get_transitions (Frappe's own)."""
	by_doctype = {meta.name: meta for meta in metas}
	actions = sorted({t.action for w in workflows for t in w.transitions})
	# The fields the states of the site's workflows ask for on entry (their meaning, lifecycle/meanings.py).
	entry_fieldnames = sorted(
		{
			f
			for w in workflows
			for row in w.states
			for f in meanings.entry_field_names(row.get("inovasi_entry_fields"))
		}
	)
	seen_docs = []
	for workflow in workflows:
		meta = by_doctype[workflow.document_type]
		properties = {
			"doctype": {"type": "string", "const": meta.name},
			"name": {
				"type": "string",
				"minLength": 1,
				"maxLength": VARCHAR_LENGTH,
				"x-frappe-link": meta.name,
			},
			"workflow_state": {
				"type": "string",
				"enum": sorted({s.state for s in workflow.states}),
				"description": "The state the user saw; when the record has moved on since, the action is "
				"refused (417 TimestampMismatchError).",
			},
		}
		for df in data_fields(meta):
			if df.fieldname in entry_fieldnames:
				properties[df.fieldname] = field_schema(meta, df, for_input=True)
		seen_docs.append(
			{
				"type": "object",
				"title": f"{meta.name} ({workflow.name})",
				"description": f"Actions: {', '.join(sorted({t.action for t in workflow.transitions}))}.",
				"properties": properties,
				"required": ["doctype", "name"],
			}
		)
	doc_schema = seen_docs[0] if len(seen_docs) == 1 else {"oneOf": seen_docs}
	paths = {}
	apply_operation = {
		"tags": ["Workflow"],
		"operationId": f"{APPLY_WORKFLOW}.post",
		"summary": "Take a workflow action on a record",
		"description": (
			"The app's apply_workflow (inovasi_daerah.api.lifecycle.apply_workflow, hooks.py): `doc` names the record "
			"and carries the state the user saw and the fields the next state asks for (a revision note, "
			"the legal basis, a date; inovasi_daerah.api.lifecycle.action_requirements lists them). A refusal says "
			"why (417): the proposal is incomplete, another role takes this step, a review rule is not met, "
			"or the record has moved on. Answers the record as saved."
		),
		"x-frappe-function": "inovasi_daerah.api.lifecycle.apply_workflow",
		"requestBody": {
			"required": True,
			"content": {
				"application/json": {
					"schema": {
						"type": "object",
						"properties": {
							"doc": doc_schema,
							"action": {"type": "string", "enum": actions},
						},
						"required": ["doc", "action"],
						"additionalProperties": False,
					}
				}
			},
		},
		"responses": {
			"200": message_answer({"type": "object"}, "The record after the action."),
			**errors(*WORKFLOW_ERRORS),
		},
	}
	transitions_doc = {
		"type": "object",
		"properties": {
			"doctype": {"type": "string", "enum": sorted({w.document_type for w in workflows})},
			"name": {"type": "string", "minLength": 1, "maxLength": VARCHAR_LENGTH},
		},
		"required": ["doctype", "name"],
	}
	transition = {
		"type": "object",
		"properties": {
			"action": {"type": "string"},
			"state": {"type": "string"},
			"next_state": {"type": "string"},
			"allowed": {"type": "string", "description": "The role that may take it."},
		},
	}

	def transitions_operation(method: str) -> dict:
		operation = {
			"tags": ["Workflow"],
			"operationId": f"{GET_TRANSITIONS}.{method}",
			"summary": "The workflow actions open to the user on a record now",
			"description": "Frappe's get_transitions: a transition whose condition does not hold (a review "
			"rule not met) is not listed.",
			"x-frappe-function": GET_TRANSITIONS,
			"responses": {
				"200": message_answer({"type": "array", "items": transition}, "The open transitions."),
				**errors(*WORKFLOW_ERRORS),
			},
		}
		if method == "get":
			operation["parameters"] = [
				{
					"name": "doc",
					"in": "query",
					"required": True,
					"description": "The record, as JSON.",
					"content": {"application/json": {"schema": transitions_doc}},
				}
			]
		else:
			operation["requestBody"] = {
				"required": True,
				"content": {
					"application/json": {
						"schema": {
							"type": "object",
							"properties": {"doc": transitions_doc},
							"required": ["doc"],
						}
					}
				},
			}
		return operation

	paths[f"/api/method/{APPLY_WORKFLOW}"] = {"post": apply_operation}
	paths[f"/api/method/{GET_TRANSITIONS}"] = {
		"get": transitions_operation("get"),
		"post": transitions_operation("post"),
	}
	return paths


def message_answer(schema: dict, description: str) -> dict:
	return {
		"description": description,
		"content": {"application/json": {"schema": {"type": "object", "properties": {"message": schema}}}},
	}


# ------------------------------------------------------------------ shared components


def shared_schemas() -> dict:
	return {
		"ListRow": {
			"type": "object",
			"description": "A row of a list: the requested columns (empty ones are null).",
			"properties": {"name": {"type": "string"}},
		},
		"FrappeError": {
			"type": "object",
			"description": "Frappe's answer to a refused request. Which keys are present depends on the "
			"error and the Frappe version (404 answers, and Frappe 16's 403 answers, have no `exception`).",
			"properties": {
				"exc_type": {
					"type": "string",
					"description": "The exception's class: ValidationError, MandatoryError, LinkValidationError, "
					"PermissionError, DoesNotExistError, DuplicateEntryError, UniqueValidationError, "
					"TimestampMismatchError, AuthenticationError, ...",
				},
				"exception": {"type": "string", "description": "The exception's module path and message."},
				"exc": {
					"type": "string",
					"description": "JSON text: a list of tracebacks (empty unless the site shows them).",
				},
				"_server_messages": {
					"type": "string",
					"description": "JSON text: a list of JSON texts, each a message object (`message`, "
					"`title`, `indicator`), in the user's language. The reason for the refusal.",
				},
				"_error_message": {"type": "string", "description": "A short reason (permission errors)."},
			},
		},
	}


def error_responses() -> dict:
	def error(description: str) -> dict:
		return {"description": description, "content": {"application/json": {"schema": ref("FrappeError")}}}

	return {
		"401": error("The credentials are wrong (an unknown key or secret, an expired session)."),
		"403": error(
			"Not permitted: a guest where a login is needed, a role or User Permission that does not reach "
			"the record, or a method called with an HTTP method it does not allow. Frappe 16 answers 403 "
			"(not 404) for a missing record the user could not read anyway."
		),
		"404": error("No such record (or no such DocType)."),
		"409": error(
			"A record with this name exists already (DuplicateEntryError). On SQLite, Frappe reports a "
			"clash on a unique field as 417 UniqueValidationError instead."
		),
		"417": error(
			"The request was refused by a rule: a required field is empty, a value is of the wrong type, "
			"out of bounds or not one of the options, a link points at a missing record, a field the "
			"DocType lacks was sent, a unique value is taken, or a workflow rule does not allow it. "
			"Nothing was written."
		),
		"429": error("Too many requests from this address for the method's rate limit; try again later."),
	}


def security_schemes() -> dict:
	return {
		"token": {
			"type": "apiKey",
			"in": "header",
			"name": "Authorization",
			"description": "`Authorization: token <api_key>:<api_secret>`, from User → Settings → API "
			"Access → Generate Keys in Desk (docs/api.md). The request runs as that user.",
		},
		"sid": {
			"type": "apiKey",
			"in": "cookie",
			"name": "sid",
			"description": "The session cookie set by POST /api/method/login (`usr`, `pwd`). Requests "
			"other than GET also need the `X-Frappe-CSRF-Token` header of the session.",
		},
	}
