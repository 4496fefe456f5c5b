import frappe


def other_record(doc, filters: dict) -> str | None:
	"""Name of another record of doc's DocType matching filters (never doc itself), or None.

	Checked in validate, before autoname's name is written, so a new doc is not excluded by name.
	"""
	if not doc.is_new():
		filters = {**filters, "name": ("!=", doc.name)}
	return frappe.db.exists(doc.doctype, filters)
