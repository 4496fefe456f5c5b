"""The access model applied to report queries: the exact SQL condition Frappe's list, count and report
paths use (access/rules.py), so a report can never see more than the user's list of the same DocType."""

import frappe
from pypika.terms import Criterion

from inovasi_daerah.access.rules import condition_for
from inovasi_daerah.access.scope import explain_empty_scope, user_scope


class SqlCondition(Criterion):
	"""A condition written as SQL by the access rules, usable like any frappe.qb criterion."""

	def __init__(self, sql: str):
		super().__init__()
		self.sql = sql

	def get_sql(self, **kwargs) -> str:
		return f"({self.sql})"


def within_access(query, doctype: str):
	"""`query` limited to the rows of `doctype` the session user may read.

	The condition names columns as `tab<DocType>`.`field`, so the DocType's table must appear in `query`
	under its own name (no alias)."""
	scope = user_scope()
	if scope.reason:
		explain_empty_scope()
	condition = condition_for(doctype, scope, frappe.session.user)
	return query.where(SqlCondition(condition)) if condition else query


def is_restricted(doctype: str) -> bool:
	return bool(condition_for(doctype, user_scope(), frappe.session.user))
