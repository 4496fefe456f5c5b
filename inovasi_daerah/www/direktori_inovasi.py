"""/direktori-inovasi: the directory of published innovations (LAN's Documentation stage), printable."""

from itertools import groupby

from frappe import _

from inovasi_daerah.public_portal import showcase

no_cache = 1


def get_context(context):
	rows = sorted(
		showcase.published(page_length=0), key=lambda r: ((r.agency_name or r.agency or ""), r.title)
	)
	context.agencies = [
		(agency, list(items)) for agency, items in groupby(rows, key=lambda r: r.agency_name or r.agency)
	]
	context.total = len(rows)
	context.title = _("Directory of Regional Innovations")
	context.parents = [{"route": "inovasi", "title": _("Regional Innovations")}]
