"""How a record of each DocType belongs to an agency and a region: the one table the access rules read.

A DocType of the app is one of:
- `own(...)`: the record names its agency and/or region in its own columns (`name` for Agency and Region);
- `through(field, doctype)`: the record follows the record its link field points to (e.g. its innovation);
- `CATALOGUE`: shared master data every user of the app may read (indicators, affairs, criteria).
Child tables need no line: they follow their parent (found from the DocType metadata).
Frappe's own DocTypes that point at any document (the Workflow Action inbox, files, comments, versions,
emails) follow the document they point at, through REFERENCES.

A new DocType gets isolation by adding one line to SCOPES; the generated isolation test fails until it has.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Scope:
	agency: str | None = None  # column holding the record's agency
	region: str | None = None  # column holding the record's region
	via: tuple[str, str] | None = None  # (link field, DocType) whose scope the record follows
	catalogue: bool = False


def own(agency: str | None = None, region: str | None = None) -> Scope:
	return Scope(agency=agency, region=region)


def through(field: str, doctype: str) -> Scope:
	return Scope(via=(field, doctype))


CATALOGUE = Scope(catalogue=True)

SCOPES: dict[str, Scope] = {
	"Region": own(region="name"),
	"Agency": own(agency="name", region="region"),
	"Agency Innovation Target": own(agency="agency", region="region"),
	"Innovation": own(agency="agency", region="region"),
	"Innovation Indicator": through("innovation", "Innovation"),
	"IID Submission": through("innovation", "Innovation"),
	"Stage Review": through("innovation", "Innovation"),
	"Region Indicator Value": own(region="region"),
	"Innovation Lab": own(region="region"),
	"Monitoring Report": through("innovation", "Innovation"),
	"Replication": through("innovation", "Innovation"),
	"Innovation State Change": through("innovation", "Innovation"),
	"Innovation Consultation": own(agency="agency", region="region"),
	"Award": own(agency="agency", region="region"),
	# Citizens' ideas hold personal data: region-wide, and only the verifiers and managers have a DocPerm.
	"Public Idea": own(region="region"),
	"Government Affair": CATALOGUE,
	"Assessment Period": CATALOGUE,
	"IID Indicator": CATALOGUE,
	"Review Criteria Set": CATALOGUE,
	"Obstacle Category": CATALOGUE,
	"Inovasi Daerah Settings": CATALOGUE,
}

# Frappe DocTypes whose rows point at a document: (reference DocType column, reference name column).
REFERENCES: dict[str, tuple[str, str]] = {
	"Workflow Action": ("reference_doctype", "reference_name"),
	"File": ("attached_to_doctype", "attached_to_name"),
	"Comment": ("reference_doctype", "reference_name"),
	"Version": ("ref_doctype", "docname"),
	"Communication": ("reference_doctype", "reference_name"),
	"ToDo": ("reference_type", "reference_name"),
}

APP_DIR = Path(__file__).parents[1]
# The app's Frappe modules, one folder each (modules.txt): lifecycle, iid, programme, public_portal, organisation.
MODULES = tuple(
	name.strip()
	for name in (APP_DIR / "modules.txt").read_text(encoding="utf-8").splitlines()
	if name.strip()
)


def module_folder(module: str) -> Path:
	return APP_DIR / module.lower().replace(" ", "_")


def scoped_doctypes() -> list[str]:
	"""The app's DocTypes whose records belong to an agency or region (not catalogues, not child tables)."""
	return [doctype for doctype, scope in SCOPES.items() if not scope.catalogue]


@cache
def child_parents() -> dict[str, tuple[str, ...]]:
	"""Each child table of the app and the DocTypes that hold it, read from the DocType definitions."""
	parents: dict[str, set[str]] = {}
	for path in sorted(p for module in MODULES for p in (module_folder(module) / "doctype").glob("*/*.json")):
		definition = json.loads(path.read_text())
		if definition.get("doctype") != "DocType" or definition.get("istable"):
			continue
		for field in definition.get("fields", []):
			if field.get("fieldtype") in ("Table", "Table MultiSelect"):
				parents.setdefault(field["options"], set()).add(definition["name"])
	return {child: tuple(sorted(holders)) for child, holders in parents.items()}


def hooked_doctypes() -> list[str]:
	"""Every DocType whose rows the access model governs: the app's, their child tables, and REFERENCES."""
	return [*SCOPES, *child_parents(), *REFERENCES]
