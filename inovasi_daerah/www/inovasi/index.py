"""/inovasi: the showcase of published innovations, with search and filters (portal/showcase.py)."""

import frappe
from frappe import _
from frappe.utils import cint

from inovasi_daerah.public_portal import showcase

no_cache = 1


def get_context(context):
	args = frappe.form_dict
	context.filters = {
		key: (args.get(key) or "") for key in ("q", "agency", "affair", "form", "stage", "year")
	}
	page = max(1, cint(args.get("page")))
	rows = showcase.published(
		context.filters, start=(page - 1) * showcase.PAGE_SIZE, page_length=showcase.PAGE_SIZE + 1
	)
	context.innovations = rows[: showcase.PAGE_SIZE]
	context.page = page
	context.has_next = len(rows) > showcase.PAGE_SIZE
	context.options = showcase.filter_options()
	context.title = _("Regional Innovations")
	context.no_breadcrumbs = True
