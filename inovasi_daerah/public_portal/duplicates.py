"""Similar records while someone types: in Desk for operators and verifiers, on the portal for citizens.

Both read `similar_index.similar` and then filter what the reader may see: a Desk user gets the
innovations and ideas they may read (links to their forms); a guest gets published innovations only
(links to the showcase) and, of ideas, only how many similar ones are already being handled.
"""

import frappe

from inovasi_daerah.public_portal import similar_index

SHOWN = 5
LONGEST_QUERY = 5_000


def query_text(*parts) -> str:
	return " ".join(str(part) for part in parts if part and isinstance(part, str))[:LONGEST_QUERY]


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
