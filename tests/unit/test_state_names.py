"""No rule names a workflow state: the code asks lifecycle/meanings.py which states mean what.

A state's name may appear only in the shipped workflow definitions with their default meanings
(lifecycle/workflows/*.json), the demo's data (demo/), and the patches that migrated sites written before
the meanings (they match the old shipped definitions). Everywhere else a string literal equal to a state
name of a shipped workflow is a rule that breaks when an administrator renames or adds a state; this test
lists each such literal with its place and fails on one.
"""

import ast
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "inovasi_daerah"
WORKFLOWS = APP / "lifecycle" / "workflows"
# Where state names belong: definitions (JSON, not scanned), the demo data, migrations of old sites.
ALLOWED_FOLDERS = (APP / "demo", APP / "patches")
# Literals that equal a state's name but name something else, each with what it names.
NOT_STATES = {
	(
		"lifecycle/gates.py",
		"Uji Coba",
	): "the trial review gate (Review Criteria Set.gate option), not a state",
}
_JS_STRING = re.compile(r"""(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1""")
_TEMPLATE_STRING = re.compile(r"""(["'])((?:(?!\1)[^\\\n])*)\1""")


def state_names() -> set[str]:
	names = set()
	for path in WORKFLOWS.glob("*.json"):
		definition = json.loads(path.read_text(encoding="utf-8"))
		if isinstance(definition, dict) and "workflow_name" in definition:
			names.update(row["state"] for row in definition["states"])
	return names


def scanned_files(app: Path, *suffixes: str) -> list[Path]:
	allowed = [app / folder.relative_to(APP) for folder in ALLOWED_FOLDERS]
	return sorted(
		path
		for suffix in suffixes
		for path in app.rglob(f"*{suffix}")
		if not any(folder in path.parents for folder in allowed)
	)


def python_literals(path: Path):
	for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
		if isinstance(node, ast.Constant) and isinstance(node.value, str):
			yield node.lineno, node.value


def text_literals(path: Path, pattern: re.Pattern):
	for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
		for match in pattern.finditer(line):
			yield number, match.group(2)


def state_literals(app: Path = APP) -> list[str]:
	names = state_names()
	found = []
	sources = [
		*((path, python_literals(path)) for path in scanned_files(app, ".py")),
		*((path, text_literals(path, _JS_STRING)) for path in scanned_files(app, ".js")),
		*((path, text_literals(path, _TEMPLATE_STRING)) for path in scanned_files(app, ".html")),
	]
	for path, literals in sources:
		place = path.relative_to(app).as_posix()
		for line, value in literals:
			if value in names and (place, value) not in NOT_STATES:
				found.append(f"{place}:{line}: {value!r}")
	return found


def test_the_shipped_workflows_name_states():
	assert {"Draf", "Uji Coba", "Diterapkan", "Terkirim"} <= state_names()


def test_the_scan_finds_a_state_named_in_code(tmp_path):
	"""The scan itself works: a rule written with a state's name is caught in Python, JS and templates, and
	the demo's data may name states."""
	app = tmp_path / "inovasi_daerah"
	for folder in ("rules", "demo"):
		(app / folder).mkdir(parents=True)
	(app / "rules" / "bad.py").write_text('MONITORED = ("Uji Coba", "Diterapkan")\n')
	(app / "rules" / "bad.js").write_text('if (frm.doc.workflow_state === "Draf") {}\n')
	(app / "rules" / "bad.html").write_text("{% if doc.workflow_state == 'Vakum' %}{% endif %}\n")
	(app / "demo" / "data.py").write_text('PATH = ("Draf", "Revisi")\n')
	found = state_literals(app)
	assert sorted(line.split(": ", 1)[1] for line in found) == [
		"'Diterapkan'",
		"'Draf'",
		"'Uji Coba'",
		"'Vakum'",
	]


def test_no_rule_names_a_state():
	found = state_literals()
	assert not found, "state names written in the code (ask lifecycle/meanings.py instead):\n" + "\n".join(
		found
	)


def test_every_exception_is_still_needed():
	names = state_names()
	for (place, value), reason in NOT_STATES.items():
		assert value in names, f"{value!r} ({reason}) is no longer a state name"
		literals = {literal for _line, literal in python_literals(APP / place)}
		assert value in literals, f"{place} no longer writes {value!r}: drop the exception"
