"""Per-agency isolation through Frappe's User Permissions on the Agency tree.

A user listed as an agency's head or staff gets a User Permission on that agency; Frappe then limits
them to it and its child agencies on every path (lists, forms, REST, link search, reports, exports).
Region-wide roles (verifiers, reviewers, the Regional Head, managers, viewers) are not listed and see all.
"""

import frappe


def linked_users(agency) -> set[str]:
	users = {row.user for row in agency.get("staff") or [] if row.user}
	if agency.head:
		users.add(agency.head)
	return users


def sync_user_permissions(agency):
	"""Create the User Permissions of the agency's linked users and remove those of users no longer linked."""
	wanted = linked_users(agency)
	existing = frappe.get_all(
		"User Permission", filters={"allow": "Agency", "for_value": agency.name}, fields=["name", "user"]
	)
	for row in existing:
		if row.user not in wanted:
			frappe.delete_doc("User Permission", row.name, ignore_permissions=True)
	for user in wanted - {row.user for row in existing}:
		frappe.get_doc(
			{
				"doctype": "User Permission",
				"user": user,
				"allow": "Agency",
				"for_value": agency.name,
				"apply_to_all_doctypes": 1,
			}
		).insert(ignore_permissions=True)
