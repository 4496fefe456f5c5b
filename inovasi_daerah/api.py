"""Whitelisted functions of Inovasi Daerah."""

import frappe
from frappe import _
from frappe.model import workflow

from inovasi_daerah import lifecycle
from inovasi_daerah.access.rules import check_region_access
from inovasi_daerah.utils import existing_doctype, json_argument


@frappe.whitelist(methods=["POST"])
def apply_workflow(doc, action):
	"""Frappe's apply_workflow, refusing stale clicks and saying why an action is refused.

	Overrides frappe.model.workflow.apply_workflow (hooks.py), so Desk and REST get the same answers:
	- the action carries the state the user saw; when the record has moved on since, it is refused;
	- two users acting at the same moment give one transition, and the other a clear message;
	- the fields the next state asks for (a revision note, the legal basis) travel with the action.
	"""
	seen = frappe._dict(json_argument(doc, "doc", dict))
	if not all(isinstance(seen.get(key), str) and seen.get(key) for key in ("doctype", "name")):
		frappe.throw(frappe._("Say which record the action is for."), title=frappe._("Invalid Request"))
	existing_doctype(seen.doctype)
	try:
		take_write_lock(seen.doctype, seen.name)
	except (frappe.QueryDeadlockError, frappe.QueryTimeoutError):
		refuse_concurrent_action()
	document = frappe.get_doc(seen.doctype, seen.name, for_update=True)
	document.check_permission("read")
	if seen.get("workflow_state") and seen.workflow_state != document.get("workflow_state"):
		frappe.throw(
			frappe._(
				"This record has moved on since you opened it: it is now in {0}. Reload it to see why."
			).format(frappe.bold(frappe._(document.get("workflow_state")))),
			frappe.TimestampMismatchError,
			title=frappe._("Record Changed"),
		)
	lifecycle.explain_action(document, action)
	lifecycle.carry_entry_fields(document, action, seen)
	try:
		return workflow.apply_workflow(document.as_dict(), action)
	except (frappe.QueryDeadlockError, frappe.QueryTimeoutError, frappe.TimestampMismatchError):
		refuse_concurrent_action()


def take_write_lock(doctype: str, name: str):
	"""Lock the record before reading its state, so two actions at once run one after the other.

	SELECT ... FOR UPDATE does this on MariaDB; SQLite has no row locks and reads outside the write lock,
	so both would see the old state. A no-op UPDATE takes the lock on both (or, on SQLite, fails at once
	when another action committed after this request began reading)."""
	if not frappe.db.exists(doctype, name):
		return  # get_doc below says it does not exist
	table = frappe.qb.DocType(doctype)
	frappe.qb.update(table).set(table.modified, table.modified).where(table.name == name).run()


def refuse_concurrent_action():
	frappe.db.rollback()
	frappe.throw(
		frappe._("Someone else acted on this record at the same moment. Reload it to see its current state."),
		frappe.TimestampMismatchError,
		title=frappe._("Record Changed"),
	)


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


@frappe.whitelist()
@frappe.read_only()
def action_requirements(doctype: str, name: str, action: str) -> list[dict]:
	"""The still-empty fields the state an action leads to asks for, for Desk to ask before acting."""
	document = frappe.get_doc(existing_doctype(doctype), name)
	document.check_permission("read")
	return [
		{"fieldname": df.fieldname, "fieldtype": df.fieldtype, "label": df.label, "options": df.options}
		for df in lifecycle.entry_fields(document, action)
		if not document.get(df.fieldname)
	]


@frappe.whitelist()
@frappe.read_only()
def lab_funnel(lab: str) -> dict:
	"""A Lab Inovasi cohort's funnel, from ideas to innovations delivering with monitoring."""
	from inovasi_daerah.programme.lab import funnel

	frappe.get_doc("Innovation Lab", lab).check_permission("read")
	return funnel(lab)


@frappe.whitelist(methods=["POST"])
def launch_lab(lab: str, launch_date: str | None = None) -> int:
	"""Deliver: record the launch date on every verified innovation of the cohort, in one action."""
	from inovasi_daerah.programme.lab import launch

	return launch(lab, launch_date)


@frappe.whitelist()
@frappe.read_only()
def innovator_history(nip: str) -> dict:
	"""A person's innovations (role, stage reached) and awards, by NIP, among the records the user may read."""
	from inovasi_daerah.programme.innovators import innovator_history as history

	return history(nip)


@frappe.whitelist()
@frappe.read_only()
def report_rows(report_name: str, filters: dict | str | None = None) -> dict:
	"""Columns and rows of one of the app's Script Reports, for integrators: the same report, filters, roles
	and access model as in Desk (frappe.desk.query_report.run), without Desk's formatting."""
	if frappe.db.get_value("Report", report_name, "module") != "Inovasi Daerah":
		frappe.throw(
			_("{0} is not a report of Inovasi Daerah.").format(report_name), frappe.DoesNotExistError
		)
	from frappe.desk.query_report import run

	result = run(report_name, filters=json_argument(filters, "filters", dict) if filters else {})
	return {
		"columns": [
			{key: column.get(key) for key in ("fieldname", "label", "fieldtype")}
			for column in result["columns"]
		],
		"rows": result["result"],
		"summary": result.get("report_summary"),
	}
