"""docs/openapi.json, checked against the sources without Frappe: a DocType or a whitelisted function added
without regenerating it fails here already (tests/integration/test_openapi.py compares it in full)."""

import ast
import json
import re

import pytest

import inovasi_daerah
from tests.unit.ui_strings import APP, ROOT, load_doctypes

DOCUMENT = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS = DOCUMENT["components"]["schemas"]
LAYOUT_TYPES = {"Section Break", "Column Break", "Tab Break", "HTML", "Button", "Heading", "Fold", "Image"}
REGENERATE = "regenerate docs/openapi.json: bench --site SITE inovasi-openapi --output PATH (docs/api.md)"


def whitelisted_functions() -> set[str]:
	"""Dotted paths of the module-level functions decorated with frappe.whitelist, read from the source."""
	found = set()
	for path in APP.rglob("*.py"):
		parts = path.relative_to(ROOT).with_suffix("").parts
		if "patches" in parts or parts[-1].startswith("test_"):
			continue
		for node in ast.parse(path.read_text(encoding="utf-8")).body:
			if isinstance(node, ast.FunctionDef) and any(
				"whitelist" in ast.unparse(decorator) for decorator in node.decorator_list
			):
				found.add(".".join([*parts, node.name]))
	return found


def test_openapi_file_is_3_1_of_this_version():
	assert DOCUMENT["openapi"] == "3.1.0"
	assert DOCUMENT["info"]["version"] == inovasi_daerah.__version__, REGENERATE


def test_openapi_file_validates():
	validator = pytest.importorskip("openapi_spec_validator")
	validator.validate(DOCUMENT, cls=validator.OpenAPIV31SpecValidator)


@pytest.mark.parametrize("doctype", sorted(load_doctypes()))
def test_openapi_file_has_every_field_of_every_doctype(doctype):
	definition = load_doctypes()[doctype]
	schema = SCHEMAS.get(re.sub(r"[^A-Za-z0-9]", "", doctype))
	assert schema and schema["x-frappe-doctype"] == doctype, REGENERATE
	fields = {f["fieldname"] for f in definition["fields"] if f["fieldtype"] not in LAYOUT_TYPES}
	assert fields <= set(schema["properties"]), REGENERATE
	for field in definition["fields"]:
		if field["fieldtype"] == "Select":
			options = [option for option in field.get("options", "").split("\n") if option]
			assert [v for v in schema["properties"][field["fieldname"]]["enum"] if v] == options, REGENERATE


def test_openapi_file_has_every_whitelisted_function():
	described = {
		operation["x-frappe-function"]
		for item in DOCUMENT["paths"].values()
		for operation in item.values()
		if isinstance(operation, dict) and "x-frappe-function" in operation
	}
	functions = whitelisted_functions()
	assert "inovasi_daerah.api.lifecycle.apply_workflow" in functions
	assert functions <= described, REGENERATE
