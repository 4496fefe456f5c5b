"""Similar records while someone types: in Desk for operators and verifiers, on the portal for citizens.

Both read `similar_index.similar` and then filter what the reader may see: a Desk user gets the
innovations and ideas they may read (links to their forms); a guest gets published innovations only
(links to the showcase) and, of ideas, only how many similar ones are already being handled.
"""

import frappe
from frappe.rate_limiter import rate_limit
from frappe.utils import cint

from inovasi_daerah.access.scope import user_scope
from inovasi_daerah.portal import ideas, showcase, similar_index

SHOWN = 5
LONGEST_QUERY = 5_000


def query_text(*parts) -> str:
	return " ".join(str(part) for part in parts if part and isinstance(part, str))[:LONGEST_QUERY]


@frappe.whitelist(methods=["GET", "POST"])
def similar_records(title=None, text=None, doctype=None, name=None, agency=None, region=None):
	"""Up to five readable innovations and ideas like the typed title and text, with their score."""
	region = record_region(doctype, name, agency, region)
	if not region or not user_scope().reaches(region=region):
		return []
	exclude = (doctype, name) if doctype in similar_index.INDEXED and name else None
	hits = similar_index.similar(region, query_text(title, text), exclude=exclude, limit=0)
	readable = {}
	for target in {hit.doctype for hit in hits}:
		if not frappe.has_permission(target, "read"):
			continue
		names = [hit.name for hit in hits if hit.doctype == target]
		readable[target] = set(frappe.get_list(target, filters={"name": ("in", names)}, pluck="name"))
	shown = [hit for hit in hits if hit.name in readable.get(hit.doctype, ())][:SHOWN]
	for hit in shown:
		hit.url = f"/app/{frappe.scrub(hit.doctype).replace('_', '-')}/{hit.name}"
	return shown


def record_region(doctype, name, agency, region) -> str | None:
	if doctype in similar_index.INDEXED and name and isinstance(name, str):
		if frappe.db.exists(doctype, name) and frappe.has_permission(doctype, "read", name):
			return frappe.db.get_value(doctype, name, "region")
	if agency and isinstance(agency, str) and frappe.has_permission("Agency", "read", agency):
		return frappe.db.get_value("Agency", agency, "region")
	if region and isinstance(region, str):
		return region
	from inovasi_daerah.reports.filters import default_region

	return default_region()


@frappe.whitelist(allow_guest=True, methods=["GET", "POST"])
@rate_limit(limit=60, seconds=60)
def similar_for_citizen(title=None, problem=None, idea=None):
	"""What a citizen typing an idea may see: similar published innovations, and a count of similar ideas."""
	hits = similar_index.similar(ideas.portal_region(), query_text(title, problem, idea), limit=0)
	innovation_hits = {hit.name: hit for hit in hits if hit.doctype == "Innovation"}
	published = showcase.published(names=list(innovation_hits), page_length=0) if innovation_hits else []
	shown = sorted(
		(
			{
				"title": row.title,
				"agency": row.agency_name,
				"url": f"/inovasi/{row.name}",
				"score": innovation_hits[row.name].score,
			}
			for row in published
		),
		key=lambda item: -item["score"],
	)[:SHOWN]
	return {"innovations": shown, "ideas": cint(sum(1 for hit in hits if hit.doctype == "Public Idea"))}
