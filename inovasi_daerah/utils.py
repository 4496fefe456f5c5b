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
