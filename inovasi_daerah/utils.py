import json

import frappe


def other_record(doc, filters: dict) -> str | None:
	"""Name of another record of doc's DocType matching filters (never doc itself), or None.

	Checked in validate, before autoname's name is written, so a new doc is not excluded by name.
	"""
	if not doc.is_new():
		filters = {**filters, "name": ("!=", doc.name)}
	return frappe.db.exists(doc.doctype, filters)


def request_memo(key: str) -> dict:
	"""A dict that lives as long as the request (frappe.local), for values computed once per request."""
	memo = getattr(frappe.local, key, None)
	if memo is None:
		memo = {}
		setattr(frappe.local, key, memo)
	return memo


def forget_request_memo(key: str):
	if getattr(frappe.local, key, None) is not None:
		setattr(frappe.local, key, None)


def json_argument(value, label: str, kind: type | tuple[type, ...] = (dict, list)):
	"""A method argument sent as JSON text (or already parsed), of the expected kind; anything else is
	refused with a translated message naming the argument, instead of failing deeper down."""
	from frappe import _

	if isinstance(value, str):
		try:
			value = json.loads(value)
		except ValueError:
			frappe.throw(_("{0} is not valid JSON.").format(label), title=_("Invalid Request"))
	if not isinstance(value, kind):
		message = _("{0} must be a JSON object.") if kind is dict else _("{0} must be a JSON list or object.")
		frappe.throw(message.format(label), title=_("Invalid Request"))
	return value


def existing_doctype(doctype) -> str:
	"""The DocType named by a method argument; refused as not found when there is none of that name."""
	from frappe import _

	if not isinstance(doctype, str) or "\x00" in doctype or not frappe.db.exists("DocType", doctype):
		frappe.throw(
			_("DocType {0} not found.").format(frappe.bold(str(doctype)[:140])), frappe.DoesNotExistError
		)
	return doctype
