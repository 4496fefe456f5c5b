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


def check_region_access(region: str):
	"""Read permission on the region, and for agency-bound users only the region of their own agencies."""
	from inovasi_daerah.permissions import allowed_agencies

	frappe.has_permission("Region", "read", region, throw=True)
	agencies = allowed_agencies(frappe.session.user)
	if agencies is not None:
		regions = set(frappe.get_all("Agency", filters={"name": ("in", agencies)}, pluck="region"))
		if region not in regions:
			frappe.throw(
				frappe._("You can see the IID data of your own region only."),
				frappe.PermissionError,
				title=frappe._("Not Allowed"),
			)


@frappe.whitelist()
def iid_projection(region: str, period: str, basis: str = "verified") -> dict:
	"""The region's IID projection for a period: `claimed` (every choice) or `verified` (what counts)."""
	from inovasi_daerah.iid.projection import projection

	check_region_access(region)
	frappe.has_permission("IID Submission", "read", throw=True)
	result = projection(region, period, basis)
	result["html"] = frappe.render_template("templates/includes/iid_projection.html", {"p": result})
	return result


@frappe.whitelist()
def export_iid(region: str, period: str, file_format: str = "CSV"):
	"""Download the eligible, verified innovations of a region and period for the national IID window."""
	from frappe.utils.csvutils import to_csv
	from frappe.utils.xlsxutils import make_xlsx

	from inovasi_daerah.iid.export import export_rows, translated_headers

	check_region_access(region)
	frappe.has_permission("IID Submission", "export", throw=True)
	data = [translated_headers(), *export_rows(region, period)]
	filename = frappe.scrub(f"iid {region} {period}")
	if file_format.upper() == "XLSX":
		frappe.response["filename"] = f"{filename}.xlsx"
		frappe.response["filecontent"] = make_xlsx(data, "IID").getvalue()
		frappe.response["type"] = "binary"
	else:
		frappe.response["filename"] = f"{filename}.csv"
		frappe.response["filecontent"] = to_csv(data)
		frappe.response["type"] = "download"
