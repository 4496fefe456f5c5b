"""Collect every user-visible string of the app, to check that each has an Indonesian translation.

Sources: DocType names, labels, descriptions and Select options; section labels; workflow states and
actions; role names; workspace labels, shortcut formats and headers; number card and chart titles; report
and print format names; `_("...")` in Python and in templates, `__("...")` in JavaScript.
"""

import ast
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "inovasi_daerah"
PO_FILE = APP / "locale" / "id.po"
# One folder per Frappe module (modules.txt), each holding its DocTypes, reports and other documents.
MODULE_DIRS = [
	APP / name.strip().lower().replace(" ", "_")
	for name in (APP / "modules.txt").read_text(encoding="utf-8").splitlines()
	if name.strip()
]


def module_files(kind: str) -> list[Path]:
	"""The JSON definitions of one kind of standard document (doctype, report, ...) in every module."""
	return sorted(path for module in MODULE_DIRS for path in (module / kind).glob("*/*.json"))


_JINJA_CALL = re.compile(r"""\b_\(\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1""")
_JS_CALL = re.compile(r"""__\(\s*(["'`])((?:(?!\1)[^\\]|\\.)*)\1""")


def doctype_files():
	return module_files("doctype")


def load_doctypes() -> dict[str, dict]:
	return {d["name"]: d for d in (json.loads(p.read_text(encoding="utf-8")) for p in doctype_files())}


def doctype_strings(definition: dict) -> set[str]:
	strings = {definition["name"]}
	if definition.get("description"):
		strings.add(definition["description"])
	for field in definition["fields"]:
		for key in ("label", "description"):
			if field.get(key):
				strings.add(field[key])
		if field["fieldtype"] == "Select" and field.get("options"):
			strings.update(option for option in field["options"].split("\n") if option.strip())
	return strings


def workflow_strings() -> set[str]:
	"""The shipped workflows' names, states and actions; the meanings of a state on the Workflow form (the
	fields' labels, descriptions and options, the lifecycle phases)."""
	folder = APP / "lifecycle" / "workflows"
	strings = set(json.loads((folder / "phases.json").read_text(encoding="utf-8")))
	for field in json.loads((folder / "state_meaning_fields.json").read_text(encoding="utf-8")):
		strings.update(text for text in (field.get("label"), field.get("description")) if text)
		strings.update(option for option in (field.get("options") or "").split("\n") if option.strip())
	for path in folder.glob("*.json"):
		definition = json.loads(path.read_text(encoding="utf-8"))
		if not isinstance(definition, dict) or "workflow_name" not in definition:
			continue
		strings.add(definition["workflow_name"])
		strings.add(definition["document_type"])
		strings.update(row["state"] for row in definition.get("states", []))
		strings.update(row["action"] for row in definition.get("transitions", []))
	return strings


def workspace_strings() -> set[str]:
	strings = set()
	for path in module_files("workspace"):
		workspace = json.loads(path.read_text(encoding="utf-8"))
		strings.add(workspace["label"])
		strings.update(link["label"] for link in workspace["links"])
		strings.update(shortcut["label"] for shortcut in workspace["shortcuts"])
		# A shortcut's count is shown through its translated format ("{} Draft").
		strings.update(shortcut["format"] for shortcut in workspace["shortcuts"] if shortcut.get("format"))
		strings.update(
			row["label"] for row in workspace.get("number_cards", []) + workspace.get("charts", [])
		)
		# Desk translates a header block's text without its markup.
		for block in json.loads(workspace.get("content") or "[]"):
			if block["type"] == "header":
				strings.add(_TAGS.sub("", block["data"]["text"]).strip())
	return strings


_TAGS = re.compile(r"<[^>]+>")


def dashboard_strings() -> set[str]:
	"""Number card labels and dashboard chart names, shown as their titles (also outside the workspace)."""
	cards = {json.loads(path.read_text(encoding="utf-8"))["label"] for path in module_files("number_card")}
	charts = {
		json.loads(path.read_text(encoding="utf-8"))["chart_name"] for path in module_files("dashboard_chart")
	}
	return cards | charts


def report_strings() -> set[str]:
	"""The names of the app's reports, shown as their page titles."""
	return {json.loads(path.read_text(encoding="utf-8"))["report_name"] for path in module_files("report")}


def print_format_strings() -> set[str]:
	"""The names of the app's print formats, shown in the print view's format menu."""
	return {json.loads(path.read_text(encoding="utf-8"))["name"] for path in module_files("print_format")}


def python_strings() -> set[str]:
	strings = set()
	for path in APP.rglob("*.py"):
		for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
			if (
				isinstance(node, ast.Call)
				and is_translate_call(node.func)
				and node.args
				and isinstance(node.args[0], ast.Constant)
				and isinstance(node.args[0].value, str)
			):
				strings.add(node.args[0].value)
	return strings


def is_translate_call(func) -> bool:
	"""`_(...)` or `frappe._(...)`."""
	if isinstance(func, ast.Name):
		return func.id == "_"
	return (
		isinstance(func, ast.Attribute) and func.attr == "_" and getattr(func.value, "id", None) == "frappe"
	)


def javascript_strings() -> set[str]:
	strings = set()
	for path in APP.rglob("*.js"):
		strings.update(match.group(2) for match in _JS_CALL.finditer(path.read_text(encoding="utf-8")))
	return strings


def template_strings() -> set[str]:
	strings = set()
	for path in [*(APP / "templates").rglob("*.html"), *(APP / "www").rglob("*.html")]:
		strings.update(match.group(2) for match in _JINJA_CALL.finditer(path.read_text(encoding="utf-8")))
	return strings


def web_form_strings() -> set[str]:
	"""The portal's web forms: title, button, success texts and field labels and descriptions."""
	strings = set()
	for path in module_files("web_form"):
		form = json.loads(path.read_text(encoding="utf-8"))
		strings.update(
			form.get(key) or "" for key in ("title", "button_label", "success_title", "success_message")
		)
		for field in form.get("web_form_fields", []):
			strings.update({field.get("label") or "", field.get("description") or ""})
	return strings


def role_names() -> set[str]:
	from_permissions = {
		perm["role"] for definition in load_doctypes().values() for perm in definition.get("permissions", [])
	}
	return from_permissions


def all_ui_strings() -> set[str]:
	strings = set().union(
		*(doctype_strings(d) for d in load_doctypes().values()),
		workflow_strings(),
		workspace_strings(),
		dashboard_strings(),
		report_strings(),
		print_format_strings(),
		python_strings(),
		javascript_strings(),
		template_strings(),
		web_form_strings(),
		role_names(),
	)
	return {s for s in strings if s.strip()}


def read_po(path: Path = PO_FILE) -> dict[str, str]:
	"""msgid → msgstr of a gettext file (single and multi-line strings, no plurals or contexts)."""
	entries, key, current = {}, None, None
	for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
		line = line.strip()
		if line.startswith("msgid "):
			key, current = "msgid", [_unquote(line[6:])]
			msgid = None
		elif line.startswith("msgstr "):
			msgid = "".join(current)
			key, current = "msgstr", [_unquote(line[7:])]
		elif line.startswith('"') and current is not None:
			current.append(_unquote(line))
		elif key == "msgstr":
			if msgid:
				entries[msgid] = "".join(current)
			key, current = None, None
	return entries


def _unquote(text: str) -> str:
	return json.loads(text)
