"""The app's whitelisted functions as OpenAPI operations under /api/method/."""

import importlib
import inspect
import re
import types
import typing
from pathlib import Path

import frappe

import inovasi_daerah
from inovasi_daerah import hooks

# Not imported to find functions: migrations and tests. A page controller of www/ that fails to import
# outside a page request is passed over (pages are not /api/method).
SKIPPED_PARTS = {"patches", "tests", "__pycache__"}
# Functions that answer with a file, not JSON (frappe.response type "download", "binary" or "pdf").
FILE_ANSWERS = {
	"inovasi_daerah.api.iid.export_iid": ("text/csv", "application/octet-stream"),
	"inovasi_daerah.api.portal.photo": ("image/*",),
	"inovasi_daerah.api.lifecycle.download_pdf": ("application/pdf",),
}
JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", dict: "object", list: "array"}


def import_app_modules():
	"""Import every module of the app, so that its whitelisted functions are registered with Frappe.

	Found by file, not with pkgutil: the DocType folders are namespace packages (no __init__.py), which
	pkgutil.walk_packages does not enter."""
	root = Path(inovasi_daerah.__file__).parent
	for path in sorted(root.rglob("*.py")):
		parts = path.relative_to(root.parent).with_suffix("").parts
		if SKIPPED_PARTS & set(parts) or parts[-1].startswith("test_"):
			continue
		name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
		try:
			importlib.import_module(name)
		except Exception:
			if parts[1] != "www":
				raise


def dotted_path(function) -> str:
	return f"{function.__module__}.{function.__name__}"


def app_functions() -> dict:
	"""The app's whitelisted module-level functions by dotted path (methods of controllers are reached
	through /api/resource/{DocType}/{name} instead)."""
	import_app_modules()
	return {
		dotted_path(function): function
		for function in frappe.whitelisted
		if function.__module__.startswith("inovasi_daerah") and "." not in function.__qualname__
	}


def overrides() -> dict[str, str]:
	"""App function → the Frappe path clients call for it (hooks.py override_whitelisted_methods)."""
	return {target: frappe_path for frappe_path, target in hooks.override_whitelisted_methods.items()}


def http_methods(function) -> list[str]:
	"""GET and/or POST; Frappe's default (every method) is documented as GET and POST."""
	allowed = frappe.allowed_http_methods_for_whitelisted_func.get(function) or ["GET", "POST"]
	return [method for method in ("GET", "POST") if method in allowed]


# ------------------------------------------------------------------ parameters


def type_schema(annotation, default=inspect.Parameter.empty) -> tuple[dict, bool]:
	"""The JSON Schema of a parameter or return annotation, and whether it may be left out (None)."""
	if annotation is inspect.Parameter.empty:
		# No hint: Frappe passes what the client sent; a default says what the function expects.
		if default is None or default is inspect.Parameter.empty or type(default) not in JSON_TYPES:
			return {"type": "string"}, default is None
		return {"type": JSON_TYPES[type(default)]}, False
	optional = False
	members = [annotation]
	if typing.get_origin(annotation) in (typing.Union, types.UnionType):
		members = list(typing.get_args(annotation))
		optional = type(None) in members
		members = [member for member in members if member is not type(None)]
	origins = [typing.get_origin(member) or member for member in members]
	# A union with dict or list: the JSON form (the str alternative is that JSON, encoded).
	for container in (dict, list):
		if container in origins:
			member = members[origins.index(container)]
			schema = {"type": JSON_TYPES[container]}
			if container is list and typing.get_args(member):
				schema["items"] = type_schema(typing.get_args(member)[0])[0]
			return schema, optional
	types_ = sorted({JSON_TYPES[origin] for origin in origins if origin in JSON_TYPES})
	if not types_:
		return {}, optional
	return {"type": types_[0] if len(types_) == 1 else types_}, optional


def function_parameters(function) -> list[dict]:
	"""Each parameter: name, schema, required, and whether it travels as JSON."""
	parameters = []
	for parameter in inspect.signature(function, eval_str=True).parameters.values():
		if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
			continue
		schema, optional = type_schema(parameter.annotation, parameter.default)
		if parameter.default is not inspect.Parameter.empty and parameter.default is not None:
			schema["default"] = parameter.default
		parameters.append(
			{
				"name": parameter.name,
				"schema": schema,
				"required": parameter.default is inspect.Parameter.empty and not optional,
			}
		)
	return parameters


def takes_more(function) -> bool:
	return any(p.kind == p.VAR_KEYWORD for p in inspect.signature(function).parameters.values())


def query_parameter(parameter: dict) -> dict:
	schema = parameter["schema"]
	entry = {"name": parameter["name"], "in": "query", "required": parameter["required"]}
	if schema.get("type") in ("object", "array"):
		# In a query string an object or a list travels as JSON text.
		entry["content"] = {"application/json": {"schema": schema}}
	else:
		entry["schema"] = schema
	return entry


def body_schema(parameters: list[dict], more: bool) -> dict:
	schema = {
		"type": "object",
		"properties": {p["name"]: p["schema"] for p in parameters},
		"additionalProperties": more,
	}
	required = [p["name"] for p in parameters if p["required"]]
	if required:
		schema["required"] = required
	return schema


# ------------------------------------------------------------------ operations


def answer_schema(function) -> dict:
	annotation = inspect.signature(function, eval_str=True).return_annotation
	message = {} if annotation in (inspect.Signature.empty, None) else type_schema(annotation)[0]
	return {
		"type": "object",
		"properties": {"message": message},
		"description": "`message` holds what the function returns; it is left out when that is nothing.",
	}


def success_response(path: str, function) -> dict:
	if path in FILE_ANSWERS:
		return {
			"description": "The file.",
			"content": {
				kind: {"schema": {"type": "string", "format": "binary"}} for kind in FILE_ANSWERS[path]
			},
		}
	return {
		"description": "The answer.",
		"content": {"application/json": {"schema": answer_schema(function)}},
	}


def summary_and_description(function) -> tuple[str, str]:
	"""The docstring's first sentence, and the whole docstring."""
	doc = inspect.getdoc(function) or ""
	first = " ".join(doc.partition("\n\n")[0].split())
	summary = re.split(r"(?<=[a-z0-9)])[.;] ", first, maxsplit=1)[0].rstrip(".")
	return summary, doc


def method_operations(path: str, function, url_path: str, guest: bool, tag: str) -> dict:
	"""The GET and/or POST operations of one whitelisted function."""
	parameters = function_parameters(function)
	summary, description = summary_and_description(function)
	note = (
		"Parameters go in the query string (GET) or in a JSON body (POST); in a query string or a form "
		"body, objects and lists travel as JSON text."
	)
	if url_path != path:
		note += f" Served by `{path}` (the app overrides Frappe's function, hooks.py)."
	errors = ["401", "403", "417", *(["429"] if guest else [])]
	operations = {}
	for method in http_methods(function):
		operation = {
			"tags": [tag],
			"operationId": f"{url_path}.{method.lower()}",
			"summary": summary or path,
			"description": f"{description}\n\n{note}".strip(),
			"x-frappe-function": path,
			"responses": {
				"200": success_response(path, function),
				**{code: {"$ref": f"#/components/responses/{code}"} for code in errors},
			},
		}
		if guest:
			operation["security"] = [{}, {"token": []}, {"sid": []}]
		if method == "GET":
			if parameters:
				operation["parameters"] = [query_parameter(p) for p in parameters]
		else:
			operation["requestBody"] = {
				"required": any(p["required"] for p in parameters),
				"content": {"application/json": {"schema": body_schema(parameters, takes_more(function))}},
			}
		operations[method.lower()] = operation
	return operations


def method_paths() -> dict:
	"""/api/method/... of every whitelisted function of the app, at the path clients call."""
	called_as = overrides()
	paths = {}
	for path, function in sorted(app_functions().items()):
		url_path = called_as.get(path, path)
		tag = "Frappe methods (overridden)" if url_path != path else path.rsplit(".", 1)[0]
		guest = function in frappe.guest_methods
		paths[f"/api/method/{url_path}"] = method_operations(path, function, url_path, guest, tag)
	return paths
