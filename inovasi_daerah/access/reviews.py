"""Independent scoring: a reviewer sees other reviewers' scores for a gate only after submitting their own.

Within one innovation, gate and review round:
- a user with their own review still in draft sees none of the other reviews, whatever other roles they hold;
- otherwise the coordinators (verifier, manager, regional head, viewer) see every review;
- a plain reviewer sees the others' submitted reviews once their own is submitted.
Everyone sees their own reviews. The agency and region scope applies on top (rules.py).
"""

import frappe

from inovasi_daerah.access.roles import MANAGER, REGIONAL_HEAD, REVIEWER, VERIFIER, VIEWER
from inovasi_daerah.access.scope import user_scope

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


def shares_region(user: str, searcher: str) -> bool:
	"""Whether `user` reaches a region `searcher` reaches: whom a coordinator may find before choosing the
	innovation (a reviewer of another region is no one they can assign)."""
	theirs, mine = user_scope(user), user_scope(searcher)
	if mine.everything or theirs.everything:
		return True
	if theirs.regions is None or mine.regions is None:
		return True
	return bool(theirs.regions & mine.regions)
