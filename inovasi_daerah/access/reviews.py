"""Independent scoring: a reviewer sees other reviewers' scores for a gate only after submitting their own.

Within one innovation, gate and review round:
- a user with their own review still in draft sees none of the other reviews, whatever other roles they hold;
- otherwise the coordinators (verifier, manager, regional head, viewer) see every review;
- a plain reviewer sees the others' submitted reviews once their own is submitted.
Everyone sees their own reviews. The agency and region scope applies on top (rules.py).
"""

import frappe

from inovasi_daerah.access.roles import MANAGER, REGIONAL_HEAD, REVIEWER, VERIFIER, VIEWER
from inovasi_daerah.utils import json_argument

COORDINATORS = {VERIFIER, MANAGER, REGIONAL_HEAD, VIEWER}
SAME_ROUND = (
	"own.`innovation` = `tabStage Review`.`innovation` and own.`gate` = `tabStage Review`.`gate` "
	"and own.`review_round` = `tabStage Review`.`review_round`"
)


def is_coordinator(user: str) -> bool:
	return bool(set(frappe.get_roles(user)) & COORDINATORS)


def visible_condition(user: str) -> str:
	me = frappe.db.escape(user)
	own_draft = (
		f"exists (select 1 from `tabStage Review` own where own.`reviewer` = {me} "
		f"and own.`docstatus` = 0 and {SAME_ROUND})"
	)
	if is_coordinator(user):
		others = "1=1"
	else:
		others = (
			"`tabStage Review`.`docstatus` = 1 and exists (select 1 from `tabStage Review` own "
			f"where own.`reviewer` = {me} and own.`docstatus` = 1 and {SAME_ROUND})"
		)
	return f"`tabStage Review`.`reviewer` = {me} or (not {own_draft} and {others})"


def is_visible(doc, ptype=None, user=None) -> bool:
	user = user or frappe.session.user
	if doc.reviewer == user:
		return True
	if ptype in ("write", "submit"):
		return (
			ptype == "write" and doc.is_new()
		)  # a coordinator creates the review; only its reviewer scores it
	if ptype in ("cancel", "amend", "delete"):
		return MANAGER in frappe.get_roles(user)
	same_round = {"innovation": doc.innovation, "gate": doc.gate, "review_round": doc.review_round or 0}
	if frappe.db.exists("Stage Review", {**same_round, "reviewer": user, "docstatus": 0}):
		return False
	if is_coordinator(user):
		return True
	if ptype not in (None, "read", "print", "select"):
		return False
	return doc.docstatus == 1 and bool(
		frappe.db.exists("Stage Review", {**same_round, "reviewer": user, "docstatus": 1})
	)


# Roles whose holders score at a gate: the independent reviewers, and the verifiers who coordinate.
SCORING_ROLES = (REVIEWER, VERIFIER)


def may_score(user: str, innovation: str) -> bool:
	"""Whether a review of the innovation may be given to `user`: an enabled user with a scoring role whose
	scope reaches the innovation. The reviewer field's search offers only them; the save checks it again."""
	if not frappe.db.get_value("User", user, "enabled"):
		return False
	if not set(frappe.get_roles(user)) & set(SCORING_ROLES):
		return False
	return bool(frappe.has_permission("Innovation", "read", innovation, user=user, throw=False))


@frappe.whitelist()
@frappe.validate_and_sanitize_search_inputs
def reviewer_query(doctype, txt, searchfield, start, page_len, filters):
	"""The people a coordinator may assign a review to: enabled users with a scoring role, and, when the
	innovation is known, only those whose scope reaches it. Frappe's own User search lists only users the
	searcher may read, which leaves a verifier with no one to choose."""
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
	if innovation and frappe.db.exists("Innovation", innovation):
		candidates = [row for row in candidates if may_score(row[0], innovation)]
	start, page_len = int(start or 0), int(page_len or 20)
	return candidates[start : start + page_len]
