"""Permission hooks: the Workflow Action inbox follows the referenced document's permissions, and a
reviewer sees other reviewers' scores for a gate only after submitting their own."""

import frappe

from inovasi_daerah import roles

# Roles that coordinate reviews and see every score.
REVIEW_COORDINATORS = {roles.VERIFIER, roles.MANAGER, roles.REGIONAL_HEAD, roles.VIEWER, "System Manager"}


def allowed_agencies(user: str) -> list[str] | None:
	"""Agencies (with their descendants) a user is limited to, or None when not limited."""
	permissions = frappe.permissions.get_user_permissions(user).get("Agency")
	if not permissions:
		return None
	return sorted({row.get("doc") for row in permissions})


def workflow_action_query(user: str | None = None) -> str:
	user = user or frappe.session.user
	agencies = allowed_agencies(user)
	if user == "Administrator" or agencies is None:
		return ""
	values = ", ".join(frappe.db.escape(agency) for agency in agencies)
	return (
		"(`tabWorkflow Action`.`reference_doctype` != 'Innovation' or `tabWorkflow Action`.`reference_name` in "
		f"(select `name` from `tabInnovation` where `agency` in ({values})))"
	)


def workflow_action_permission(doc, ptype=None, user=None) -> bool:
	user = user or frappe.session.user
	if user == "Administrator" or not doc.reference_doctype or not doc.reference_name:
		return True
	if not frappe.db.exists(doc.reference_doctype, doc.reference_name):
		return True
	return bool(frappe.has_permission(doc.reference_doctype, "read", doc.reference_name, user=user))


def reviews_hidden_from(user: str) -> bool:
	return user != "Administrator" and not (set(frappe.get_roles(user)) & REVIEW_COORDINATORS)


def stage_review_query(user: str | None = None) -> str:
	user = user or frappe.session.user
	if not reviews_hidden_from(user):
		return ""
	me = frappe.db.escape(user)
	return (
		f"(`tabStage Review`.`reviewer` = {me} or (`tabStage Review`.`docstatus` = 1 and exists ("
		"select 1 from `tabStage Review` own where own.`docstatus` = 1 "
		f"and own.`reviewer` = {me} and own.`innovation` = `tabStage Review`.`innovation` "
		"and own.`gate` = `tabStage Review`.`gate`)))"
	)


def stage_review_permission(doc, ptype=None, user=None) -> bool:
	user = user or frappe.session.user
	if not reviews_hidden_from(user) or doc.reviewer == user:
		return True
	if ptype not in (None, "read", "print"):
		return False
	return doc.docstatus == 1 and bool(
		frappe.db.exists(
			"Stage Review",
			{"innovation": doc.innovation, "gate": doc.gate, "reviewer": user, "docstatus": 1},
		)
	)
