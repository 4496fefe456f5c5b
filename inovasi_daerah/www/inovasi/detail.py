"""/inovasi/<name>: one published innovation (the route rule in hooks.py); anything else is not found."""

import frappe

from inovasi_daerah.public_portal import showcase

no_cache = 1


def get_context(context):
	row = showcase.detail(frappe.form_dict.get("name"))
	if not row:
		raise frappe.PageDoesNotExistError
	context.innovation = row
	context.title = row.title
	context.parents = [{"route": "inovasi", "title": frappe._("Regional Innovations")}]
