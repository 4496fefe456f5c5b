"""/lacak-usulan: what happened to a citizen's idea, from its tracking code alone (portal/ideas.py)."""

import frappe
from frappe import _
from frappe.rate_limiter import rate_limit

from inovasi_daerah.public_portal import ideas

no_cache = 1


def get_context(context):
	context.entered_code = (frappe.form_dict.get("kode") or "").strip()[:20]
	# Limited per address like the status method, so codes cannot be guessed through the page either.
	lookup = rate_limit(limit=30, seconds=10 * 60)(ideas.status_of)
	context.idea_status = lookup(context.entered_code) if context.entered_code else None
	context.title = _("Follow My Idea")
