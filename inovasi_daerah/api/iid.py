"""The IID's endpoints: a region's projected index and the national window's export."""

import frappe

from inovasi_daerah.access.rules import check_region_access
from inovasi_daerah.access.spreadsheets import neutral_spreadsheets


@frappe.whitelist()
@frappe.read_only()
def iid_projection(region: str, period: str, basis: str = "verified") -> dict:
	"""The region's IID projection for a period: `claimed` (every choice) or `verified` (what counts)."""
	from inovasi_daerah.iid.projection import projection

	check_region_access(region)
	frappe.has_permission("IID Submission", "read", throw=True)
	result = projection(region, period, basis)
	result["html"] = frappe.render_template("templates/includes/iid_projection.html", {"p": result})
	return result


@frappe.whitelist()
@frappe.read_only()
def export_iid(region: str, period: str, file_format: str = "CSV"):
	"""Download the eligible, verified innovations of a region and period for the national IID window; a text
	that starts like a spreadsheet formula arrives as text (access/spreadsheets.py)."""
	from frappe.utils import csvutils, xlsxutils

	from inovasi_daerah.iid.export import export_rows, translated_headers

	check_region_access(region)
	frappe.has_permission("IID Submission", "export", throw=True)
	data = [translated_headers(), *export_rows(region, period)]
	filename = frappe.scrub(f"iid {region} {period}")
	with neutral_spreadsheets():
		if file_format.upper() == "XLSX":
			frappe.response["filename"] = f"{filename}.xlsx"
			frappe.response["filecontent"] = xlsxutils.make_xlsx(data, "IID").getvalue()
			frappe.response["type"] = "binary"
		else:
			frappe.response["filename"] = f"{filename}.csv"
			frappe.response["filecontent"] = csvutils.to_csv(data)
			frappe.response["type"] = "download"
