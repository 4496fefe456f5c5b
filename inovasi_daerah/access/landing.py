"""Where the app's users land after login: the workspace "Inovasi Daerah".

Frappe 15 and 16 both open a user's `default_workspace` (User form, Settings tab) first: v15's login sends
the browser to it, and on both `/app` resolves to it before any other rule (the last page visited, the
sidebar's first page, which on a fresh v16 site is Frappe's own "Build"). So a user gets it when they join
the app (created with an app role, or given their first one) and have none. It is never overwritten: an
administrator's choice, including clearing it later, stands. No Role or User fixtures (migrate would wipe
edits).
"""

import frappe

from inovasi_daerah.access.roles import ROLES

WORKSPACE = "Inovasi Daerah"
NOT_PEOPLE = ("Administrator", "Guest")


def has_app_role(user_doc) -> bool:
	return bool(user_doc) and any(row.role in ROLES for row in user_doc.get("roles") or [])


def land_on_workspace(doc, method=None):
	"""User validate (hooks.py): a user joining the app without a default workspace gets the app's."""
	if doc.get("default_workspace") or doc.name in NOT_PEOPLE or not has_app_role(doc):
		return
	if not doc.is_new() and has_app_role(doc.get_doc_before_save()):
		return  # already in the app: an empty value was left or chosen by an administrator
	if frappe.db.exists("Workspace", WORKSPACE):
		doc.default_workspace = WORKSPACE


def land_existing_users() -> int:
	"""For users who joined before the app set this: each app user without a default workspace gets it."""
	if not frappe.db.exists("Workspace", WORKSPACE):
		return 0
	user, has_role = frappe.qb.DocType("User"), frappe.qb.DocType("Has Role")
	names = (
		frappe.qb.from_(user)
		.join(has_role)
		.on((has_role.parent == user.name) & (has_role.parenttype == "User"))
		.select(user.name)
		.distinct()
		.where(has_role.role.isin(list(ROLES)))
		.where(user.name.notin(list(NOT_PEOPLE)))
		.where(user.default_workspace.isnull() | (user.default_workspace == ""))
		.run(pluck=True)
	)
	for name in names:
		frappe.db.set_value("User", name, "default_workspace", WORKSPACE, update_modified=False)
		frappe.clear_cache(user=name)
	return len(names)
