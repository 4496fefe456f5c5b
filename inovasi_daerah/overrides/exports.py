"""Frappe's export endpoints, overridden (hooks.py override_whitelisted_methods) so that an export of the app's
DocTypes and reports carries no live formula (access/spreadsheets.py). Each runs Frappe's own function,
unchanged, with Frappe's spreadsheet writers neutralising what they write; exports of other apps' DocTypes
are left as Frappe makes them.

| Desk's path                                    | Frappe's method                                          |
|------------------------------------------------|----------------------------------------------------------|
| a Script Report's Menu → Export                | frappe.desk.query_report.export_query                    |
| a list's or Report View's Menu → Export        | frappe.desk.reportview.export_query                      |
| Data Export (legacy tool)                      | frappe.core.doctype.data_export.exporter.export_data     |
| Data Import → Export Data / template with data | frappe.core.doctype.data_import.data_import.download_template |
| a datatable's own "Export" (rows from Desk)    | frappe.utils.csvutils.send_csv_to_client (always neutral) |
"""

import json

import frappe
from frappe.core.doctype.data_export import exporter as data_export
from frappe.core.doctype.data_import import data_import
from frappe.desk import query_report, reportview
from frappe.utils import csvutils

from inovasi_daerah.access.model import MODULES
from inovasi_daerah.access.spreadsheets import neutral_spreadsheets


def is_app_doctype(doctype) -> bool:
	"""Whether the export is of one of the app's DocTypes (a name, or Data Export's JSON list of names)."""
	if isinstance(doctype, str) and doctype.startswith("["):
		try:
			doctype = json.loads(doctype)
		except ValueError:
			return False
	if isinstance(doctype, list | tuple):
		doctype = doctype[0] if doctype else None
	return isinstance(doctype, str) and frappe.db.get_value("DocType", doctype, "module") in MODULES


def run(original, app_data: bool):
	"""Frappe's endpoint with the request's arguments, its writers neutral when the data is the app's."""
	if not app_data:
		return frappe.call(original, **frappe.form_dict)
	with neutral_spreadsheets():
		return frappe.call(original, **frappe.form_dict)


@frappe.whitelist()
def report_export():
	report = frappe.form_dict.get("report_name")
	app_report = isinstance(report, str) and frappe.db.get_value("Report", report, "module") in MODULES
	return run(query_report.export_query, app_report)


@frappe.whitelist()
def list_export():
	return run(reportview.export_query, is_app_doctype(frappe.form_dict.get("doctype")))


@frappe.whitelist()
def data_export_file():
	return run(data_export.export_data, is_app_doctype(frappe.form_dict.get("doctype")))


@frappe.whitelist()
def template_export():
	return run(data_import.download_template, is_app_doctype(frappe.form_dict.get("doctype")))


@frappe.whitelist()
def client_csv():
	"""Rows Desk sends back to be served as CSV: what they came from is not said, so they are always neutral."""
	return run(csvutils.send_csv_to_client, True)
