"""What every write to the app's DocTypes passes through, before the controller's own validation.

Every controller of the app inherits `CheckedDocument`, whose checks run on every insert and save, on every
path (Desk, REST v1 and v2, frappe.client, imports), before the controller's own hooks:
- system-kept fields (read-only, not fetched) hold the stored value, or their default on a new record, so
  the controller recomputes them and no request can forge a score, a stamp or a gate result;
- the request carries only fields the DocType has, of the right type, of a sane size, with no markup in
  plain-text fields and no number outside its bounds;
- links to the agency- and region-bound records point only at records the user may read.
Each refusal is a translated ValidationError (HTTP 417) raised before anything is written.
"""

import re
from datetime import date, datetime
from decimal import Decimal

import frappe
from frappe import _
from frappe.model import default_fields
from frappe.utils import cint, getdate

from inovasi_daerah.access import model

LAYOUT_TYPES = {"Section Break", "Column Break", "Tab Break", "HTML", "Button", "Heading", "Fold"}
TABLE_TYPES = {"Table", "Table MultiSelect"}
INT_TYPES = {"Int", "Check"}
FLOAT_TYPES = {"Float", "Currency", "Percent"}
PLAIN_TEXT_TYPES = {"Data", "Small Text", "Text", "Long Text", "Read Only"}
TEXT_TYPES = PLAIN_TEXT_TYPES | {"Text Editor", "Markdown Editor", "Link", "Dynamic Link", "Attach"}
# The longest text a field takes (characters); short-text fields take their length, as their column does.
VARCHAR_TYPES = {"Data", "Link", "Dynamic Link", "Read Only"}
TEXT_LIMITS = {"Small Text": 10_000, "Text": 50_000, "Long Text": 100_000, "Text Editor": 100_000}
# Kept by the workflow engine (and the app's guard) or by Frappe's amend, not restored here.
ENGINE_FIELDS = {"workflow_state", "amended_from"}
# Read-only in Desk but a row's identity, which the controller checks and rebuilds the row from.
ROW_KEYS = {("Stage Review Score", "criterion")}
# Bounds of numbers users enter; any other number a user enters lies between 0 and these.
NUMBER_BOUNDS: dict[tuple[str, str], tuple[float, float]] = {
	("Innovation", "planned_trial_months"): (0, 120),
	("Innovation", "budget"): (0, 1e14),
	("Agency Innovation Target", "year"): (2000, 2100),
	("Agency Innovation Target", "target_count"): (1, 1_000),
	("Assessment Period", "year"): (2000, 2100),
	("Assessment Period", "max_total"): (1, 10_000),
	("IID Indicator", "weight"): (0, 100),
	("Review Criteria Set", "min_average"): (0, 100),
	("Review Criterion", "weight"): (0, 100),
	("Stage Review Score", "score"): (0, 100),
	("Indicator Evidence", "evidence_year"): (1945, 2100),
	("IID Predicate Band", "lower_bound"): (0, 10_000),
	("Inovasi Daerah Settings", "ideas_per_hour"): (1, 1_000),
	("Inovasi Daerah Settings", "upload_max_mb"): (1, 25),
	("Inovasi Daerah Settings", "evidence_max_mb"): (1, 50),
}
DEFAULT_BOUNDS = {
	"Int": (0, 1_000_000),
	"Check": (0, 1),
	"Float": (0, 1e9),
	"Currency": (0, 1e14),
	"Percent": (0, 100),
}
MARKUP = re.compile(r"<\s*[a-zA-Z!/]")
# Attributes a document carries besides its fields (internal ones start with "_").
# Attributes of a document object that are not fields. `localname` is where Desk's save
# (frappe.desk.form.save.savedocs) keeps the temporary name of a new record and its new rows.
DOCUMENT_ATTRIBUTES = {
	"doctype",
	"name",
	"flags",
	"dont_update_if_missing",
	"docstatus",
	"idx",
	"for_update",
	"localname",
}


class CheckedDocument:
	"""Mixed into every controller of the app (before Frappe's Document class).

	Frappe checks links before any hook runs (before_insert, before_validate) and fails with a server
	error on a value that is not text (a dict, a list), so the checks run there, on insert and on save."""

	def _validate_links(self):
		check_write(self)
		super()._validate_links()


def check_write(doc):
	keep_system_values(doc)
	check_input(doc)
	# Attachment fields name only documents and pictures of this site (paths.py, as every File is checked).
	from inovasi_daerah.access.paths import check_attached_files

	check_attached_files(doc, None if doc.is_new() else doc.get_doc_before_save())


# ------------------------------------------------------------------ system-kept fields


def system_fields(meta) -> list[str]:
	return [
		df.fieldname
		for df in meta.fields
		if df.read_only
		and not df.fetch_from
		and df.fieldtype not in LAYOUT_TYPES | TABLE_TYPES
		and df.fieldname not in ENGINE_FIELDS
		and (meta.name, df.fieldname) not in ROW_KEYS
	]


def keep_system_values(doc):
	"""Put back the stored (or default) value of every system-kept field, in the record and its rows."""
	if doc.flags.system_write:
		return
	restore(doc.doctype, [doc])
	for df in doc.meta.get_table_fields():
		restore(df.options, doc.get(df.fieldname) or [])


def restore(doctype: str, docs: list):
	fields = system_fields(frappe.get_meta(doctype))
	if not fields or not docs:
		return
	names = [d.name for d in docs if d.name and not d.get("__islocal")]
	stored = {}
	if names:
		for row in frappe.get_all(doctype, filters={"name": ("in", names)}, fields=["name", *fields]):
			stored[row.name] = row
	meta = frappe.get_meta(doctype)
	for d in docs:
		kept = stored.get(d.name)
		for fieldname in fields:
			d.set(fieldname, kept.get(fieldname) if kept else default_value(meta.get_field(fieldname)))


def default_value(df):
	if df.default is None:
		return 0 if df.fieldtype in INT_TYPES | FLOAT_TYPES else None
	if df.fieldtype in INT_TYPES:
		return int(df.default)
	if df.fieldtype in FLOAT_TYPES:
		return float(df.default)
	return df.default


# ------------------------------------------------------------------ input


def check_input(doc):
	check_fields(doc)
	for df in doc.meta.get_table_fields():
		rows = doc.get(df.fieldname) or []
		if not isinstance(rows, list):
			refuse(_("{0} must be a list of rows.").format(_(df.label)))
		for row in rows:
			check_fields(row, _(df.label))
	if not doc.flags.ignore_links and doc._action != "cancel":  # as Frappe: cancelling keeps old links
		check_links_exist(doc)
	if not (doc.flags.system_write or doc.flags.ignore_permissions):
		check_links(doc)


def check_fields(doc, table_label: str | None = None):
	meta = doc.meta
	where = (
		(lambda label: f"{table_label}, {_('Row')} {doc.idx}: {label}")
		if table_label
		else (lambda label: label)
	)
	unknown = sorted(
		key
		for key in doc.__dict__
		if not key.startswith("_")
		and key not in DOCUMENT_ATTRIBUTES
		and not hasattr(type(doc), key)  # cached properties (meta) and other class attributes
		and key not in default_fields
		and not meta.has_field(key)
		and key not in ("parent", "parentfield", "parenttype")
		and doc.__dict__[key] not in (None, "")  # cleared by Frappe (copy_doc clears amended_from)
	)
	if unknown:
		# Columns left in the table by an earlier version of a DocType are the system's, not the request's.
		columns = set(frappe.db.get_table_columns(doc.doctype))
		unknown = [key for key in unknown if key not in columns]
	if unknown:
		refuse(_("Unknown fields for {0}: {1}").format(_(doc.doctype), ", ".join(unknown)))
	for df in meta.fields:
		if df.fieldtype in LAYOUT_TYPES | TABLE_TYPES:
			continue
		value = doc.get(df.fieldname)
		if value is None or value == "":
			continue
		label = where(_(df.label))
		if isinstance(value, str) and "\x00" in value:
			# SQLite refuses the query with a server error; MariaDB would store it.
			refuse(_("{0} contains a null character.").format(label))
		if df.fieldtype in INT_TYPES:
			check_number(doc, df, value, label, whole=True)
		elif df.fieldtype in FLOAT_TYPES:
			check_number(doc, df, value, label, whole=False)
		elif df.fieldtype in ("Date", "Datetime"):
			check_date(value, label)
		elif df.fieldtype in TEXT_TYPES:
			check_text(df, value, label)
		elif df.fieldtype == "Select" and not isinstance(value, str | int):
			refuse(_("{0} must be one of its options.").format(label))


def check_number(doc, df, value, label: str, whole: bool):
	if isinstance(value, bool):
		value = int(value)
	if isinstance(value, str):
		try:
			value = Decimal(value.strip())
		except ArithmeticError:
			refuse(_("{0} must be a number.").format(label))
	if not isinstance(value, int | float | Decimal) or not Decimal(str(value)).is_finite():
		refuse(_("{0} must be a number.").format(label))
	if whole and Decimal(str(value)) != Decimal(str(value)).to_integral_value():
		refuse(_("{0} must be a whole number.").format(label))
	if not isinstance(doc.get(df.fieldname), int | float):
		# Frappe stores "70.5" as a number, but the controllers would compare the text as sent.
		doc.set(df.fieldname, int(value) if whole else float(value))
	if df.read_only:
		return
	low, high = NUMBER_BOUNDS.get((doc.doctype, df.fieldname), DEFAULT_BOUNDS[df.fieldtype])
	if not low <= float(value) <= high:
		refuse(_("{0} must be between {1} and {2}.").format(label, format_bound(low), format_bound(high)))


def format_bound(value: float) -> str:
	return f"{value:,.0f}" if float(value).is_integer() else str(value)


def check_date(value, label: str):
	if isinstance(value, datetime | date):
		return
	if not isinstance(value, str):
		refuse(_("{0} must be a date.").format(label))
	try:
		getdate(value)
	except Exception:
		frappe.clear_last_message()
		refuse(_("{0} must be a date.").format(label))


def check_text(df, value, label: str):
	if not isinstance(value, str):
		refuse(_("{0} must be text.").format(label))
	limit = TEXT_LIMITS.get(df.fieldtype)
	if df.fieldtype in VARCHAR_TYPES:
		# MariaDB refuses longer values; SQLite would keep them, so both lanes refuse the same way.
		limit = cint(df.length) or frappe.db.VARCHAR_LEN
	if limit and len(value) > limit:
		refuse(_("{0} is too long: at most {1} characters.").format(label, f"{limit:,}"))
	if df.fieldtype in PLAIN_TEXT_TYPES and MARKUP.search(value):
		refuse(_("{0} is plain text: remove the HTML tags.").format(label))


def check_links_exist(doc):
	"""Every link points at an existing record. Frappe checks this too, but Frappe 15 lets a missing record
	through when the link has fields fetched from it (an innovation's agency, a target's agency)."""
	for d in [doc, *doc.get_all_children()]:
		for df in d.meta.get_link_fields():
			value = d.get(df.fieldname)
			if not value or frappe.get_meta(df.options).issingle:
				continue
			if not frappe.db.exists(df.options, value, cache=True):
				refuse(_("Could not find {0}").format(f"{_(df.label)}: {value}"), frappe.LinkValidationError)


def check_links(doc):
	"""A user links only to agency- and region-bound records they may read (changed links only)."""
	before = doc.get_doc_before_save() if not doc.is_new() else None
	for d, previous in [(doc, before), *child_pairs(doc, before)]:
		for df in d.meta.get_link_fields():
			target, value = df.options, d.get(df.fieldname)
			if target not in model.SCOPES or model.SCOPES[target].catalogue or not value:
				continue
			if previous is not None and previous.get(df.fieldname) == value:
				continue
			if frappe.db.exists(target, value) and not frappe.has_permission(target, "read", value):
				refuse(
					_("You cannot link {0} to {1} {2}: it is outside your agencies or region.").format(
						_(df.label), _(target), value
					),
					frappe.PermissionError,
				)


def child_pairs(doc, before):
	previous = {}
	if before:
		for df in before.meta.get_table_fields():
			for row in before.get(df.fieldname) or []:
				previous[row.name] = row
	for df in doc.meta.get_table_fields():
		for row in doc.get(df.fieldname) or []:
			yield row, previous.get(row.name)


def refuse(message: str, exc=frappe.ValidationError):
	frappe.throw(message, exc, title=_("Invalid Input"))
