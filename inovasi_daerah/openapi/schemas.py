"""JSON Schemas (OpenAPI 3.1) of the app's DocTypes, read from their metadata.

Three kinds per DocType:
- `Innovation`: a record as Frappe returns it (fields left empty are left out of the answer);
- `InnovationCreate` / `InnovationUpdate`: what a client may send to POST / PUT. Only the fields a request may
  set are listed (no field the server computes), with the bounds, lengths and text rules every write passes
  (access/integrity.py), so that a body built from the schema is one the server takes;
- `InnovationTeamMemberRow`: a row of a child table inside such a body.
"""

import re

from frappe.utils import cint, strip_html

from inovasi_daerah.access import integrity

LAYOUT_TYPES = integrity.LAYOUT_TYPES | {"Image"}
TABLE_TYPES = integrity.TABLE_TYPES
STRING_TYPES = {
	"Data",
	"Small Text",
	"Text",
	"Long Text",
	"Text Editor",
	"Code",
	"HTML Editor",
	"Markdown Editor",
	"Password",
	"Read Only",
	"Attach",
	"Attach Image",
	"Color",
	"Phone",
	"Autocomplete",
}
FLOAT_TYPES = {"Float", "Currency", "Percent"}
# Frappe's width of a short-text column when the field sets none (frappe.db.VARCHAR_LEN on every database).
VARCHAR_LENGTH = 140
# How Frappe writes a datetime (str() of a Python datetime), not RFC 3339: no "T", no time zone.
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$"
# Four-digit years: every database Frappe supports stores them, and getdate() reads them.
INPUT_DATE_PATTERN = r"^[1-9]\d{3}-\d{2}-\d{2}$"
# A value Frappe's own checks take (frappe.utils), narrowed to what a simple regular expression says exactly:
# validate_phone_number (PHONE_NUMBER_PATTERN, on the stripped value), validate_email_address
# (EMAIL_MATCH_PATTERN after parseaddr) and validate_url (a scheme and a host).
DATA_OPTION_PATTERNS = {
	"Phone": r"[0-9+_\-,.*#()][0-9 +_\-,.*#()]{0,19}",
	"Email": r"[a-zA-Z0-9_+\-]+(\.[a-zA-Z0-9_+\-]+)*@([a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?\.)+[a-zA-Z]{2,}",
	"URL": r"https?://[a-zA-Z0-9.\-]+(:[0-9]{1,5})?(/[a-zA-Z0-9._~%!$&'()*+,;=:@/\-]*)?",
}
DATA_OPTION_NOTES = {
	"Phone": "A phone number (digits, spaces and + - ( ) . , * #; at most 20 characters).",
	"Email": "An email address.",
	"URL": "A URL (http or https).",
}
# Required fields the controller fills when a request leaves them empty (before Frappe's mandatory check).
FILLED_ON_SAVE = {("Stage Review", "criteria_set")}
WORKFLOW_NOTE = "Changed only by workflow actions (POST /api/method/frappe.model.workflow.apply_workflow)."


def component_name(doctype: str, kind: str = "") -> str:
	"""`Stage Review` → `StageReview`, `StageReviewCreate`: names that code generators take as they are."""
	return re.sub(r"[^A-Za-z0-9]", "", doctype) + kind


def data_fields(meta) -> list:
	"""The fields that hold a value (no layout elements), in form order."""
	return [df for df in meta.fields if df.fieldtype not in LAYOUT_TYPES]


def queryable_fields(meta) -> list[str]:
	"""The column names a list request may ask for, filter or sort by."""
	standard = ["name", "owner", "creation", "modified", "modified_by", "docstatus", "idx"]
	return standard + [df.fieldname for df in data_fields(meta) if df.fieldtype not in TABLE_TYPES]


def is_read_only(meta, df) -> bool:
	"""Kept by the server: computed, copied from a link, or moved by the workflow engine."""
	return bool(df.read_only) and (meta.name, df.fieldname) not in integrity.ROW_KEYS


def computed_fields(meta) -> list[str]:
	"""Fields the server sets whatever a request sends (integrity.system_fields) and the ones it copies."""
	return [df.fieldname for df in data_fields(meta) if is_read_only(meta, df)]


# ------------------------------------------------------------------ one field


def field_schema(meta, df, for_input: bool) -> dict:
	"""The JSON Schema of one field: of a stored value, or (for_input) of a value a request may send."""
	fieldtype = df.fieldtype
	notes: list[str] = []
	schema: dict = {}
	if fieldtype in TABLE_TYPES:
		kind = "Row" if for_input else ""
		schema = {
			"type": "array",
			"items": {"$ref": f"#/components/schemas/{component_name(df.options, kind)}"},
		}
		if for_input and df.reqd:
			schema["minItems"] = 1
		notes.append(f"Rows of {df.options}.")
	elif fieldtype == "Link":
		schema = {"type": "string", "maxLength": VARCHAR_LENGTH, "x-frappe-link": df.options}
		notes.append(f"The name of the {df.options} record it links to.")
	elif fieldtype == "Dynamic Link":
		schema = {"type": "string", "maxLength": VARCHAR_LENGTH, "x-frappe-dynamic-link": df.options}
		notes.append(f"The name of a record of the DocType named in `{df.options}`.")
	elif fieldtype == "Select":
		options = [option for option in (df.options or "").split("\n") if option]
		schema = {"type": "string", "enum": options if df.reqd else ["", *options]}
	elif fieldtype == "Check":
		schema = {"type": "integer", "enum": [0, 1]}
	elif fieldtype == "Int":
		schema = {"type": "integer"}
	elif fieldtype in FLOAT_TYPES:
		schema = {"type": "number"}
	elif fieldtype == "Rating":
		schema = {"type": "number", "minimum": 0, "maximum": 1}
	elif fieldtype == "Date":
		schema = {"type": "string", "format": "date"}
		if for_input:
			schema["pattern"] = INPUT_DATE_PATTERN
	elif fieldtype == "Datetime":
		schema = {"type": "string", "pattern": DATETIME_PATTERN}
	elif fieldtype == "Time":
		schema = {"type": "string"}
	elif fieldtype in ("JSON", "Geolocation"):
		schema = {"type": "object"}
	elif fieldtype in STRING_TYPES:
		schema = {"type": "string"}
		if fieldtype in integrity.VARCHAR_TYPES:
			schema["maxLength"] = cint(df.length) or VARCHAR_LENGTH
		if fieldtype == "Data" and df.options in DATA_OPTION_PATTERNS:
			# An empty value is not checked; a required field must not be empty.
			value = DATA_OPTION_PATTERNS[df.options]
			schema["pattern"] = f"^{value}$" if df.reqd else f"^({value})?$"
			notes.append(DATA_OPTION_NOTES[df.options])
	else:
		notes.append(f"Frappe field type {fieldtype}.")

	if for_input:
		add_input_rules(meta, df, schema)
	if fieldtype in ("Check", "Int", "Select", *FLOAT_TYPES) and df.default not in (None, ""):
		schema["default"] = typed_default(df)
	if df.unique:
		notes.append("Unique.")
	if df.permlevel:
		notes.append(
			f"Only roles with permission level {df.permlevel} on {meta.name} change it; from anyone else "
			"the value sent is ignored."
		)
	if not for_input and is_read_only(meta, df):
		schema["readOnly"] = True
		notes.append(read_only_note(meta, df))
	if df.set_only_once:
		notes.append("Set when the record is created; it cannot be changed afterwards.")
	return {"title": df.label or df.fieldname, "description": describe(df, notes), **schema}


def add_input_rules(meta, df, schema: dict):
	"""The checks every write passes (access/integrity.py check_input) and Frappe's mandatory check."""
	fieldtype = df.fieldtype
	if fieldtype in integrity.INT_TYPES | integrity.FLOAT_TYPES and fieldtype != "Check":
		low, high = integrity.NUMBER_BOUNDS.get(
			(meta.name, df.fieldname), integrity.DEFAULT_BOUNDS[fieldtype]
		)
		schema.update(minimum=whole(low), maximum=whole(high))
	if fieldtype in integrity.TEXT_LIMITS:
		schema["maxLength"] = integrity.TEXT_LIMITS[fieldtype]
	if fieldtype in integrity.PLAIN_TEXT_TYPES:
		schema["not"] = {"pattern": integrity.MARKUP.pattern}
	if df.reqd and schema.get("type") == "string" and "enum" not in schema:
		# Frappe counts a value of only spaces (or only tags) as missing.
		schema.setdefault("pattern", r"\S")
		schema["minLength"] = 1


def whole(number: float) -> float | int:
	"""1e14 written as 100000000000000, not 100000000000000.0."""
	return int(number) if float(number).is_integer() else number


def typed_default(df):
	value = integrity.default_value(df)
	return value if df.fieldtype != "Select" else str(value)


def read_only_note(meta, df) -> str:
	if df.fieldname == "workflow_state":
		return WORKFLOW_NOTE
	if df.fieldname == "amended_from":
		return "Set by Frappe when a cancelled record is amended."
	if df.fetch_from:
		return f"Copied from `{df.fetch_from}` when the record is saved; a value sent is ignored."
	return "Kept by the server; a value sent is ignored."


def describe(df, notes: list[str]) -> str:
	text = df.label or df.fieldname
	if df.description:
		text += f": {' '.join(strip_html(df.description).split())}"
	if not text.endswith("."):
		text += "."
	return " ".join([text, *notes])


# ------------------------------------------------------------------ one DocType


def standard_properties(meta, has_workflow: bool) -> dict:
	"""What Frappe keeps on every record of the DocType, in every answer."""

	def user(description):
		return {"type": "string", "readOnly": True, "x-frappe-link": "User", "description": description}

	def stamp(description):
		return {"type": "string", "readOnly": True, "pattern": DATETIME_PATTERN, "description": description}

	properties = {
		"doctype": {"type": "string", "const": meta.name, "readOnly": True},
		"name": {
			"type": "string",
			"readOnly": True,
			"description": "The record's name, its key in /api/resource/"
			+ ("{DocType}/{name}." if not meta.issingle else "{DocType}/{DocType} (the DocType's name)."),
		},
		"owner": user("The user who created the record."),
		"creation": stamp(
			"When the record was created (YYYY-MM-DD HH:MM:SS[.ffffff], the site's time zone)."
		),
		"modified": stamp(
			"When the record was last changed. Sent back with PUT it must equal the stored value, so a "
			"change made since is not overwritten (417 TimestampMismatchError)."
		),
		"modified_by": user("The user who changed the record last."),
		"docstatus": {
			"type": "integer",
			"enum": [0, 1, 2],
			"readOnly": True,
			"description": "0 draft, 1 submitted, 2 cancelled.",
		},
		"idx": {"type": "integer", "readOnly": True, "description": "Position among the rows of its table."},
	}
	if meta.istable:
		for fieldname, description in (
			("parent", "The name of the record the row belongs to."),
			("parentfield", "The table field of the parent holding the row."),
			("parenttype", "The DocType of the parent record."),
		):
			properties[fieldname] = {"type": "string", "readOnly": True, "description": description}
	if has_workflow and not meta.has_field("workflow_state"):
		properties["workflow_state"] = {"type": "string", "readOnly": True, "description": WORKFLOW_NOTE}
	return properties


def document_schema(meta, has_workflow: bool) -> dict:
	properties = standard_properties(meta, has_workflow)
	for df in data_fields(meta):
		properties[df.fieldname] = field_schema(meta, df, for_input=False)
	schema = {
		"type": "object",
		"title": meta.name,
		"description": doctype_description(
			meta, "A record as the server returns it; empty fields are left out."
		),
		"properties": properties,
		"required": ["doctype", "name"],
		"x-frappe-doctype": meta.name,
	}
	if meta.autoname and not meta.istable:
		schema["x-frappe-autoname"] = meta.autoname
	return schema


def input_schema(meta, purpose: str) -> dict:
	"""The body of a create (POST), an update (PUT) or a table row inside either."""
	properties: dict = {}
	required: list[str] = []
	if purpose == "row":
		properties["name"] = {
			"type": "string",
			"maxLength": VARCHAR_LENGTH,
			"description": "An existing row's name, to change that row; left out for a new row.",
		}
	for df in data_fields(meta):
		if is_read_only(meta, df) or (purpose == "update" and df.set_only_once):
			continue
		properties[df.fieldname] = field_schema(meta, df, for_input=True)
		if (
			purpose != "update"
			and df.reqd
			and df.default in (None, "")
			and (meta.name, df.fieldname) not in FILLED_ON_SAVE
		):
			required.append(df.fieldname)
	if meta.is_submittable and purpose != "row":
		properties["docstatus"] = {
			"type": "integer",
			"enum": [0, 1] if purpose == "create" else [0, 1, 2],
			"description": "1 submits the record, 2 cancels a submitted one.",
		}
	descriptions = {
		"create": "The body of POST /api/resource/{DocType}: the fields a request may set.",
		"update": "The body of PUT /api/resource/{DocType}/{name}: the fields to change; a table sent "
		"replaces the table (rows keep their `name`).",
		"row": "A row of a table in a create or update body.",
	}
	schema = {
		"type": "object",
		"title": f"{meta.name} ({purpose})",
		"description": doctype_description(
			meta,
			descriptions[purpose] + " A field the DocType lacks is refused (417); fields the server keeps "
			f"(readOnly in {component_name(meta.name)}) are not listed: sent anyway, they are ignored.",
		),
		"properties": properties,
		"additionalProperties": False,
		"x-frappe-doctype": meta.name,
	}
	if required:
		schema["required"] = required
	return schema


def doctype_description(meta, text: str) -> str:
	if meta.description:
		return f"{' '.join(strip_html(meta.description).split())} {text}"
	return text


def doctype_schemas(meta, has_workflow: bool) -> dict:
	"""Every component schema of one DocType, by component name."""
	schemas = {component_name(meta.name): document_schema(meta, has_workflow)}
	if meta.istable:
		schemas[component_name(meta.name, "Row")] = input_schema(meta, "row")
	else:
		if not meta.issingle:
			schemas[component_name(meta.name, "Create")] = input_schema(meta, "create")
		schemas[component_name(meta.name, "Update")] = input_schema(meta, "update")
	return schemas
