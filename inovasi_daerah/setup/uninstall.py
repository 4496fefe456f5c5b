"""What uninstalling the app removes besides what Frappe removes itself.

Frappe drops the tables of the app's DocTypes and deletes the records of its modules (custom fields,
reports, workspaces). The duplicate lookup's two tables are the app's own (public_portal/similar_index.py),
created outside any DocType, so the app drops them.
"""

import frappe

from inovasi_daerah.public_portal.similar_index import DOC_TABLE, TOKEN_TABLE


def before_uninstall():
	for table in (TOKEN_TABLE, DOC_TABLE):
		frappe.db.sql_ddl(f"drop table if exists `{table}`")
