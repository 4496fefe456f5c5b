"""Frappe paths that read records without the permission query conditions, closed here.

- Global search reads its own index table and checks only DocType-level read: each hit is re-checked.
- frappe.client.get_count counts the whole table, unpermitted: the app's rows are counted from a permitted list.
- The list sidebar's "Assigned To" counts run an unpermitted sub-query: counted here from a permitted list.
- Notifications pick recipients by field or role without asking whether they may read the document.
- Files attached to the app's records hold evidence and people's data: they are always private, and only
  documents and pictures (access/uploads.py), on every way a file comes to a record.
"""

import base64
import binascii
import os
from urllib.parse import unquote

import frappe
from frappe import _
from frappe.desk import listview
from frappe.utils import global_search

from inovasi_daerah.access import model, uploads
from inovasi_daerah.access.integrity import child_pairs
from inovasi_daerah.access.model import child_parents
from inovasi_daerah.access.scope import user_scope
from inovasi_daerah.utils import existing_doctype, json_argument

APP_DOCTYPES = frozenset(model.SCOPES)
# Attachment fields whose files are meant for the public portal; every other attachment stays private.
PUBLIC_FILE_FIELDS: frozenset[tuple[str, str]] = frozenset()


@frappe.whitelist()
def search(text, start=0, limit=20, doctype=""):
	"""Frappe's global search, without the hits the user may not read."""
	results = global_search.search(text, start=start, limit=limit, doctype=doctype)
	return [hit for hit in results if frappe.has_permission(hit.doctype, "read", hit.name)]


@frappe.whitelist()
def get_count(doctype, filters=None, debug=False, cache=False):
	"""frappe.client.get_count; the rows the access model governs are counted through the permission checks."""
	if frappe.get_meta(existing_doctype(doctype)).issingle:
		frappe.throw(
			_("{0} is a single record: it has no rows to count.").format(_(doctype)),
			title=_("Invalid Request"),
		)
	if filters not in (None, ""):
		filters = json_argument(filters, "filters")
	if not governed(doctype) and doctype not in model.REFERENCES:
		from frappe.client import get_count as frappe_get_count

		return frappe_get_count(doctype, filters=filters, debug=debug, cache=cache)
	from frappe.client import get_safe_filters

	frappe.has_permission(doctype, "read", throw=True)
	rows = frappe.get_list(
		doctype, filters=get_safe_filters(filters), fields=["count(*) as count"], limit_page_length=0
	)
	return rows[0].count if rows else 0


@frappe.whitelist()
def get_group_by_count(doctype: str, current_filters: str, field: str) -> list[dict]:
	"""Frappe's sidebar counts; "Assigned To" counts only records the user may read."""
	existing_doctype(doctype)
	current_filters = json_argument(current_filters or "{}", "current_filters")
	frappe.has_permission(doctype, "read", throw=True)
	if field != "assigned_to" or user_scope().unrestricted:
		# As text, the type Frappe declares: Frappe 16 checks the declared types of a whitelisted
		# function even when it is called from Python, and its refusal echoes the arguments back.
		return listview.get_group_by_count(doctype, frappe.as_json(current_filters), field)
	visible = frappe.get_list(
		doctype, filters=frappe.parse_json(current_filters), pluck="name", limit_page_length=0
	)
	if not visible:
		return []
	todo = frappe.qb.DocType("ToDo")
	user = frappe.qb.DocType("User")
	count = frappe.query_builder.functions.Count("*").as_("count")
	return (
		frappe.qb.from_(todo)
		.join(user)
		.on(todo.allocated_to == user.name)
		.select(todo.allocated_to.as_("name"), count)
		.where(
			(todo.status != "Cancelled")
			& (user.user_type == "System User")
			& (todo.reference_type == doctype)
			& todo.reference_name.isin(visible)
		)
		.groupby(todo.allocated_to)
		.orderby(count, order=frappe.qb.desc)
		.limit(50)
		.run(as_dict=True)
	)


def governed(doctype: str | None) -> bool:
	return bool(doctype) and (doctype in APP_DOCTYPES or doctype in child_parents())


def readable_recipients(doc, emails: list[str]) -> list[str]:
	"""Only the recipients (users of the site) who may read the document; outside addresses stay."""
	if not governed(doc.doctype):
		return emails
	kept = []
	for email in emails:
		user = frappe.db.get_value("User", {"email": email}, "name") or (
			email if frappe.db.exists("User", email) else None
		)
		if not user or frappe.has_permission(doc.doctype, "read", doc, user=user):
			kept.append(email)
	return kept


def keep_evidence_private(file, method=None):
	"""An attachment of the app's records is private, whatever the upload asked: before the content is written
	(overrides/file.py) and on every later save (hooks.py doc_events)."""
	if governed(file.attached_to_doctype) and (
		(file.attached_to_doctype, file.attached_to_field) not in PUBLIC_FILE_FIELDS
	):
		file.is_private = 1


def check_evidence(file):
	"""A file attached to the app's records is a document or a picture within the settings' size, checked by
	its bytes before Frappe writes them (overrides/file.py): a fresh upload, a File made through REST, or an
	existing file (or one of another record) linked to the app's record. Anything else is refused, and
	nothing is stored."""
	if file.is_folder or not governed(file.attached_to_doctype):
		return
	check_evidence_content(file.file_name or (file.file_url or "").rsplit("/", 1)[-1], file_content(file))


def check_attached_files(doc, before):
	"""An attachment field of the app's records (a row's too) names only a document or picture of this site:
	setting it to an existing file's address is a way to attach that file."""
	for row, old in ((doc, before), *child_pairs(doc, before)):
		for df in row.meta.fields:
			url = row.get(df.fieldname) if df.fieldtype in ATTACH_TYPES else None
			if url and isinstance(url, str) and url != (old.get(df.fieldname) if old else None):
				check_evidence_content(
					unquote(url.rsplit("/", 1)[-1]), file_content(frappe._dict(file_url=url))
				)


def check_evidence_content(name: str, content: bytes | None):
	if content is None:
		refuse_file(_("Attach the file itself: {0} is not a file of this site.").format(frappe.bold(name)))
	limit_mb = frappe.db.get_single_value("Inovasi Daerah Settings", "evidence_max_mb") or 10
	if len(content) > limit_mb * 1024 * 1024:
		refuse_file(_("{0} is larger than {1} MB.").format(frappe.bold(name), limit_mb))
	if not uploads.is_evidence(name, content):
		refuse_file(
			_(
				"{0} is not a document or picture the app takes. Attach a PDF, a JPEG, PNG or WebP picture, or an office document (docx, xlsx, pptx, odt, ods)."
			).format(frappe.bold(name))
		)


ATTACH_TYPES = ("Attach", "Attach Image")


def file_content(file) -> bytes | None:
	"""The bytes a File record is about: the upload it carries, or the site's file its address names."""
	content = file.get("content")  # Frappe 16 makes it b"" when the File names an existing file
	if content:
		if isinstance(content, str):
			if file.get("decode"):
				payload = content.split(",", 1)[1] if content.startswith("data:") else content
				try:
					return base64.b64decode(payload, validate=True)
				except (binascii.Error, ValueError):
					return b""
			return content.encode()
		return bytes(content)
	url = file.file_url or ""
	for prefix, folder in (("/private/files/", ("private", "files")), ("/files/", ("public", "files"))):
		if url.startswith(prefix):
			root = os.path.realpath(frappe.get_site_path(*folder))
			path = os.path.realpath(os.path.join(root, unquote(url.removeprefix(prefix))))
			if path.startswith(root + os.sep) and os.path.isfile(path):
				with open(path, "rb") as stored:
					return stored.read()
	return None


def refuse_file(message: str):
	frappe.throw(message, frappe.ValidationError, title=_("File Not Accepted"))
