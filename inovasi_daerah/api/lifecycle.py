"""The lifecycle's endpoints: workflow actions (Frappe's apply_workflow, overridden), what an action asks
for, the reviewer search of a Stage Review, and the innovation's profile as PDF."""

import frappe
from frappe.model import workflow

from inovasi_daerah.access.reviews import SCORING_ROLES, may_score, shares_region
from inovasi_daerah.lifecycle import guards, meanings
from inovasi_daerah.lifecycle.profile import render_pdf, render_profile_html
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
	# Who may not read the record learns nothing and locks nothing: checked before the lock is taken.
	if not frappe.db.exists(seen.doctype, seen.name):
		raise frappe.DoesNotExistError(
			frappe._("{0} {1} not found").format(frappe._(seen.doctype), seen.name)
		)
	frappe.has_permission(seen.doctype, "read", seen.name, throw=True)
	try:
		take_write_lock(seen.doctype, seen.name)
	except (frappe.QueryDeadlockError, frappe.QueryTimeoutError):
		refuse_concurrent_action()
	document = frappe.get_doc(seen.doctype, seen.name, for_update=True)
	if seen.get("workflow_state") and seen.workflow_state != document.get("workflow_state"):
		frappe.throw(
			frappe._(
				"This record has moved on since you opened it: it is now in {0}. Reload it to see why."
			).format(frappe.bold(frappe._(document.get("workflow_state")))),
			frappe.TimestampMismatchError,
			title=frappe._("Record Changed"),
		)
	guards.explain_action(document, action)
	guards.carry_entry_fields(document, action, seen)
	try:
		return workflow.apply_workflow(document.as_dict(), action)
	except (frappe.QueryDeadlockError, frappe.QueryTimeoutError, frappe.TimestampMismatchError):
		refuse_concurrent_action()


@frappe.whitelist()
@frappe.read_only()
def phase_defaults(phase: str) -> dict:
	"""The meanings a state of a lifecycle phase usually has, which the Workflow form fills in."""
	if phase not in meanings.phases():
		frappe.throw(
			frappe._("{0} is not a lifecycle phase.").format(frappe.bold(phase)),
			title=frappe._("Invalid Request"),
		)
	return meanings.phase_defaults(phase)


def take_write_lock(doctype: str, name: str):
	"""Lock the record before reading its state, so two actions at once run one after the other.

	SELECT ... FOR UPDATE does this on MariaDB; SQLite has no row locks and reads outside the write lock,
	so both would see the old state. A no-op UPDATE takes the lock on both (or, on SQLite, fails at once
	when another action committed after this request began reading)."""
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
def action_requirements(doctype: str, name: str, action: str) -> list[dict]:
	"""The still-empty fields the state an action leads to asks for, for Desk to ask before acting."""
	document = frappe.get_doc(existing_doctype(doctype), name)
	document.check_permission("read")
	return [
		{"fieldname": df.fieldname, "fieldtype": df.fieldtype, "label": df.label, "options": df.options}
		for df in guards.entry_fields(document, action)
		if not document.get(df.fieldname)
	]


@frappe.whitelist()
@frappe.read_only()
def download_pdf(name: str):
	"""Download the profile as PDF: the Desk button's target, also for REST clients."""
	frappe.has_permission("Innovation", "print", name, throw=True)
	frappe.local.response.filename = f"Profil Inovasi {name}.pdf"
	frappe.local.response.filecontent = render_pdf(render_profile_html(name))
	frappe.local.response.type = "pdf"


@frappe.whitelist()
@frappe.validate_and_sanitize_search_inputs
def reviewer_query(doctype, txt, searchfield, start, page_len, filters):
	"""The people a coordinator may assign a review to: enabled users with a scoring role whose scope reaches
	the innovation when it is known (one the searcher may read), else whose scope shares a region with the
	searcher's. Frappe's own User search lists only users the searcher may read, which leaves a verifier with
	no one to choose."""
	if not frappe.has_permission("Stage Review", "create"):
		return []
	# Called directly (not through Desk's link search) the arguments are whatever the request carries.
	filters = json_argument(filters, "filters", dict) if filters not in (None, "") else {}
	txt = str(txt or "").replace("\x00", "")  # SQLite refuses a query with a null character
	user = frappe.qb.DocType("User")
	has_role = frappe.qb.DocType("Has Role")
	pattern = f"%{txt}%"
	candidates = (
		frappe.qb.from_(user)
		.join(has_role)
		.on((has_role.parent == user.name) & (has_role.parenttype == "User"))
		.select(user.name, user.full_name)
		.distinct()
		.where(user.enabled == 1)
		.where(has_role.role.isin(SCORING_ROLES))
		.where((user.name.like(pattern)) | (user.full_name.like(pattern)))
		.orderby(user.full_name)
		.run()
	)
	innovation = (filters or {}).get("innovation")
	if innovation:
		if not isinstance(innovation, str) or not frappe.db.exists("Innovation", innovation):
			return []
		if not frappe.has_permission("Innovation", "read", innovation):
			return []
		candidates = [row for row in candidates if may_score(row[0], innovation)]
	else:
		candidates = [row for row in candidates if shares_region(row[0], frappe.session.user)]
	start, page_len = int(start or 0), int(page_len or 20)
	return candidates[start : start + page_len]
