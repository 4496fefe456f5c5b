"""Whitelisted functions of Inovasi Daerah."""

import frappe
from frappe.model import workflow

from inovasi_daerah import lifecycle


@frappe.whitelist(methods=["POST"])
def apply_workflow(doc, action):
	"""Frappe's apply_workflow, with the reason spelled out when the action is refused.

	Overrides frappe.model.workflow.apply_workflow (hooks.py), so Desk and REST get the same messages.
	"""
	document = frappe.get_doc(frappe.parse_json(doc))
	document.load_from_db()
	if document.doctype == "Innovation":
		document.check_permission("read")
		lifecycle.explain_action(document, action)
	return workflow.apply_workflow(document.as_dict(), action)
