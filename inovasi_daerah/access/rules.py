"""Permission query conditions and `has_permission` checks, derived from the model and the user's scope.

hooks.py registers `query_condition` and `has_permission` for every DocType of the model, every child
table of the app and the Frappe DocTypes in REFERENCES, so lists, counts, reports, link search, exports,
the inbox, files and forms all pass through the same two functions.
"""

import frappe

from inovasi_daerah.access import model
from inovasi_daerah.access.model import child_parents
from inovasi_daerah.access.scope import UserScope, explain_empty_scope, user_scope

NOTHING = "1=0"
# Extra rules of single DocTypes, ANDed with the scope: (condition builder, document check).
EXTRA_RULES: dict[str, tuple[str, str]] = {
	"Stage Review": (
		"inovasi_daerah.access.reviews.visible_condition",
		"inovasi_daerah.access.reviews.is_visible",
	),
}
READ_TYPES = {None, "read", "select", "print", "email", "export", "report", "share"}


def sql_values(values) -> str:
	return ", ".join(frappe.db.escape(value) for value in sorted(values))


def column(doctype: str, field: str) -> str:
	return f"`tab{doctype}`.`{field}`"


# ------------------------------------------------------------------ conditions


def query_condition(user: str | None = None, doctype: str | None = None) -> str:
	"""SQL that limits `doctype`'s rows to what `user` may see; "" when nothing needs limiting."""
	scope = user_scope(user)
	if scope.reason:
		explain_empty_scope(user)
	return condition_for(doctype, scope, user or frappe.session.user)


def condition_for(doctype: str, scope: UserScope, user: str) -> str:
	if doctype in model.REFERENCES:
		return reference_condition(doctype, scope, user)
	if doctype in child_parents():
		return parent_condition(doctype, scope, user)
	rule = model.SCOPES.get(doctype)
	if rule is None:
		return ""
	parts = [scope_condition(doctype, rule, scope, user)]
	extra = EXTRA_RULES.get(doctype)
	if extra and not scope.unrestricted:
		parts.append(frappe.get_attr(extra[0])(user))
	return " and ".join(f"({part})" for part in parts if part)


def scope_condition(doctype: str, rule: model.Scope, scope: UserScope, user: str) -> str:
	if rule.catalogue or scope.everything:
		return ""
	if rule.via:
		field, target = rule.via
		inner = condition_for(target, scope, user)
		if not inner:
			return ""
		return f"{column(doctype, field)} in (select `name` from `tab{target}` where {inner})"
	if scope.agency_bound and rule.agency:
		return in_values(column(doctype, rule.agency), scope.agencies)
	if rule.region and scope.regions is not None:
		return in_values(column(doctype, rule.region), scope.regions)
	return NOTHING


def in_values(sql_column: str, values) -> str:
	return f"{sql_column} in ({sql_values(values)})" if values else NOTHING


def parent_condition(child: str, scope: UserScope, user: str) -> str:
	parts = []
	for parent in child_parents()[child]:
		inner = condition_for(parent, scope, user)
		kind = f"{column(child, 'parenttype')} = {frappe.db.escape(parent)}"
		if not inner:
			parts.append(kind)
		else:
			parts.append(
				f"({kind} and {column(child, 'parent')} in (select `name` from `tab{parent}` where {inner}))"
			)
	return " or ".join(parts)


def reference_condition(doctype: str, scope: UserScope, user: str) -> str:
	"""Rows pointing at one of the app's documents only when that document is visible to the user."""
	if scope.unrestricted:
		return ""
	doctype_column, name_column = (column(doctype, field) for field in model.REFERENCES[doctype])
	limited, parts = [], []
	for target in model.SCOPES:
		inner = condition_for(target, scope, user)
		if inner:
			limited.append(target)
			parts.append(
				f"({doctype_column} = {frappe.db.escape(target)} and {name_column} in "
				f"(select `name` from `tab{target}` where {inner}))"
			)
	if not limited:
		return ""
	return f"(coalesce({doctype_column}, '') not in ({sql_values(limited)}) or " + " or ".join(parts) + ")"


# ------------------------------------------------------------------ single documents


def has_permission(doc, ptype=None, user=None, debug=False) -> bool:
	"""Whether `user` may act on `doc`: its scope, and for a change also the record as stored."""
	user = user or frappe.session.user
	scope = user_scope(user)
	if scope.unrestricted:
		return True
	doctype = doc.doctype
	if doctype in model.REFERENCES:
		return reference_permitted(doc, ptype, user)
	if doctype in child_parents():
		return child_permitted(doc, ptype, user)
	rule = model.SCOPES.get(doctype)
	if rule is None:
		return True
	if not record_permitted(doctype, doc, rule, scope):
		return False
	# A change is judged on the stored record too: nobody moves a foreign record into their scope.
	if ptype not in READ_TYPES and doc.get("name") and not doc.is_new():
		stored = frappe.db.get_value(doctype, doc.name, stored_fields(rule), as_dict=True)
		if stored and not record_permitted(doctype, frappe._dict(stored, doctype=doctype), rule, scope):
			return False
	extra = EXTRA_RULES.get(doctype)
	return not extra or bool(frappe.get_attr(extra[1])(doc, ptype, user))


def stored_fields(rule: model.Scope) -> list[str]:
	if rule.via:
		return [rule.via[0]]
	return [field for field in (rule.agency, rule.region) if field] or ["name"]


def record_permitted(doctype: str, doc, rule: model.Scope, scope: UserScope) -> bool:
	if rule.catalogue or scope.everything:
		return True
	if rule.via:
		field, target = rule.via
		linked = doc.get(field)
		# A request may carry any shape; a null character names nothing (and SQLite refuses the query).
		if not linked or not isinstance(linked, str) or "\x00" in linked:
			return False
		values = frappe.db.get_value(target, linked, stored_fields(model.SCOPES[target]), as_dict=True)
		if not values:
			return False
		return record_permitted(target, frappe._dict(values, name=linked), model.SCOPES[target], scope)
	agency = doc.get(rule.agency) if rule.agency else None
	region = doc.get(rule.region) if rule.region else None
	if scope.agency_bound and rule.agency:
		return isinstance(agency, str) and agency in scope.agencies
	return isinstance(region, str) and scope.regions is not None and region in scope.regions


def child_permitted(doc, ptype, user) -> bool:
	parent_type, parent = doc.get("parenttype"), doc.get("parent")
	if not parent_type or not parent:
		return False
	if parent_type not in child_parents().get(doc.doctype, ()):
		return False
	try:
		parent_doc = frappe.get_doc(parent_type, parent)
	except frappe.DoesNotExistError:
		frappe.clear_last_message()
		return False
	return has_permission(parent_doc, "read" if ptype in READ_TYPES else "write", user)


def reference_permitted(doc, ptype, user) -> bool:
	doctype_field, name_field = model.REFERENCES[doc.doctype]
	target, name = doc.get(doctype_field), doc.get(name_field)
	if target not in model.SCOPES or not name:
		return True
	if not frappe.db.exists(target, name):
		# A deleted document's traces are readable by whoever Frappe already lets read them.
		return True
	return quietly_permitted(target, "read" if ptype in READ_TYPES else "write", name, user)


def quietly_permitted(doctype: str, ptype: str, name: str, user: str) -> bool:
	"""Frappe's permission check on another record, without adding its refusal (which names the record)
	to the messages of the check in progress."""
	logs = frappe.flags.get("has_permission_check_logs")
	frappe.flags["has_permission_check_logs"] = None
	try:
		# frappe.has_permission: its keyword for "do not raise" is the same on Frappe 15 and 16.
		return bool(frappe.has_permission(doctype, ptype, doc=name, user=user, throw=False))
	finally:
		frappe.flags["has_permission_check_logs"] = logs


# ------------------------------------------------------------------ whitelisted methods


def visible_names(doctype: str, filters: dict) -> set[str] | None:
	"""Names of `doctype` matching filters that the session user may read; None when nothing is hidden."""
	if not condition_for(doctype, user_scope(), frappe.session.user):
		return None
	return set(frappe.get_list(doctype, filters=filters, pluck="name", limit_page_length=0))


def check_region_access(region: str):
	"""A whitelisted method about a region answers only users whose scope reaches the region."""
	if not user_scope().reaches(region=region):
		frappe.throw(
			frappe._("You can see the data of your own region only."),
			frappe.PermissionError,
			title=frappe._("Not Allowed"),
		)
	frappe.has_permission("Region", "read", region, throw=True)
