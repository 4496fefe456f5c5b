"""Citizens' ideas (Public Idea): the web form's submission, the tracking code, the status page, triage.

The Web Form "usulan-inovasi" posts to Frappe's `web_form.accept`, which hooks.py routes here: this form
gets a per-address limit from Inovasi Daerah Settings (Frappe's own is fixed at 10 a minute), a honeypot
and checked uploads before Frappe's accept runs; every other web form goes to Frappe's accept unchanged.
"""

import base64
import binascii
import inspect
import json
import secrets

import frappe
from frappe import _
from frappe.rate_limiter import rate_limit
from frappe.utils import now_datetime

from inovasi_daerah.access import roles, uploads
from inovasi_daerah.access.scope import region_tree_count
from inovasi_daerah.utils import json_argument

WEB_FORM = "usulan-inovasi"
STATUS_NEW, STATUS_ACCEPTED, STATUS_REJECTED, STATUS_DUPLICATE = "Baru", "Diterima", "Ditolak", "Duplikat"
# What a citizen may attach: a photo or a PDF, checked by its bytes (access/uploads.py).
CITIZEN_UPLOADS = ("jpg", "jpeg", "png", "webp", "pdf")
# Crockford's alphabet: no 0/O, 1/I/L or U to misread when a citizen types the code from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
TRIAGE_ROLES = {roles.VERIFIER, roles.MANAGER, "System Manager"}


# ------------------------------------------------------------------ submission


@frappe.whitelist(allow_guest=True)
def accept(web_form=None, data=None, **kwargs):
	"""frappe.website.doctype.web_form.web_form.accept, with this app's checks for its own form."""
	from frappe.website.doctype.web_form.web_form import accept as frappe_accept

	if not isinstance(web_form, str) or not web_form:
		frappe.throw(_("Say which web form the data is for."), title=_("Invalid Request"))
	if web_form != WEB_FORM:
		# Frappe reads the data as JSON text and fails with a server error on anything else.
		return frappe_accept(web_form, frappe.as_json(json_argument(data, "data", dict)))
	return rate_limit(key="web_form", limit=ideas_per_hour, seconds=60 * 60)(submit_idea)(data)


def ideas_per_hour() -> int:
	return frappe.db.get_single_value("Inovasi Daerah Settings", "ideas_per_hour") or 5


def submit_idea(data):
	from frappe.website.doctype.web_form.web_form import accept as frappe_accept

	values = data if isinstance(data, dict) else parse_form_data(data)
	if values.get("homepage"):
		refuse(
			_("This submission looks automated and was not accepted. If you are a person, please try again.")
		)
	if values.get("name"):
		refuse(_("A submitted idea cannot be changed. Please send a new idea."))
	upload = checked_upload(values.pop("supporting_file", None))
	# Frappe's accept without its fixed limit (the wrapper above applies this site's); on Frappe 15 the
	# limit sits under a second wrapper, so the whole chain is unwrapped.
	idea = inspect.unwrap(frappe_accept)(WEB_FORM, json.dumps(values))
	if upload:
		attach_upload(idea, *upload)
	return {"doctype": idea.doctype, "tracking_code": idea.tracking_code}


def parse_form_data(data) -> dict:
	try:
		values = json.loads(data)
	except (TypeError, ValueError):
		values = None
	if not isinstance(values, dict):
		refuse(_("The form could not be read. Please reload the page and try again."))
	return values


def refuse(message: str):
	frappe.throw(message, frappe.ValidationError, title=_("Idea Not Sent"))


def checked_upload(value) -> tuple[str, bytes] | None:
	"""(file name, content) of the citizen's attachment, after its type and size are checked; None without one.
	Only a fresh upload is taken: a link to a file already on the site is refused."""
	if not value:
		return None
	file_name, _sep, data_url = str(value).partition(",")
	header, _sep, payload = data_url.partition(",")
	if not (header.startswith("data:") and header.endswith(";base64") and payload):
		refuse(_("Attach the photo or document from your device."))
	extension = uploads.extension_of(file_name)
	if extension not in CITIZEN_UPLOADS:
		refuse(_("Only photos (JPG, PNG, WebP) and PDF documents can be attached."))
	limit_mb = frappe.db.get_single_value("Inovasi Daerah Settings", "upload_max_mb") or 5
	if len(payload) * 3 / 4 > limit_mb * 1024 * 1024 + 3:
		refuse(_("The attachment is larger than {0} MB.").format(limit_mb))
	try:
		content = base64.b64decode(payload, validate=True)
	except (binascii.Error, ValueError):
		refuse(_("The attachment could not be read. Please attach it again."))
	if not uploads.is_evidence(file_name, content, CITIZEN_UPLOADS):
		refuse(_("The attachment is not the kind of file its name says. Attach a real photo or PDF."))
	safe_name = (
		"".join(ch for ch in file_name if ch.isalnum() or ch in "._- ")[:100] or f"lampiran.{extension}"
	)
	return safe_name, content


def attach_upload(idea, file_name: str, content: bytes):
	"""Saved as a private file of the idea (access/paths.py keeps it private), seen by its triage team."""
	saved = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": file_name,
			"attached_to_doctype": idea.doctype,
			"attached_to_name": idea.name,
			"attached_to_field": "supporting_file",
			"is_private": 1,
			"content": content,
		}
	).insert(ignore_permissions=True)
	idea.db_set("supporting_file", saved.file_url)


def new_tracking_code() -> str:
	while True:
		raw = "".join(secrets.choice(CODE_ALPHABET) for _i in range(8))
		code = f"UI-{raw[:4]}-{raw[4:]}"
		if not frappe.db.exists("Public Idea", {"tracking_code": code}):
			return code


def normalise_code(code) -> str:
	raw = "".join(ch for ch in str(code or "").upper() if ch.isalnum())
	raw = raw[2:] if raw.startswith("UI") else raw
	return f"UI-{raw[:4]}-{raw[4:8]}" if len(raw) == 8 else ""


def region_for_new_idea() -> str:
	"""A citizen's idea goes to the portal's region; one a verifier enters in Desk to the verifier's region."""
	if frappe.session.user != "Guest":
		from inovasi_daerah.reports.filters import default_region

		region = default_region()
		if region:
			return region
	return portal_region()


def portal_region() -> str:
	"""The region the portal serves: the settings' choice, else the site's only region tree."""
	region = frappe.db.get_single_value("Inovasi Daerah Settings", "portal_region")
	if region:
		return region
	if region_tree_count() == 1:
		return frappe.db.get_value("Region", {"parent_province": ("is", "not set")}, "name")
	frappe.throw(
		_("The public portal has no region yet. Ask the administrator to set it in Inovasi Daerah Settings."),
		title=_("Portal Not Ready"),
	)


# ------------------------------------------------------------------ the status page


def status_of(code) -> dict | None:
	code = normalise_code(code)
	if not code:
		return None
	row = frappe.db.get_value(
		"Public Idea", {"tracking_code": code}, ["status", "public_reply"], as_dict=True
	)
	if not row:
		return None
	return {"code": code, "status": _(row.status), "public_reply": row.public_reply or ""}


# ------------------------------------------------------------------ triage in Desk


def triage_target(name: str):
	if not set(frappe.get_roles()) & TRIAGE_ROLES:
		frappe.throw(
			_("Only the innovation verifiers and managers triage citizen ideas."), frappe.PermissionError
		)
	idea = frappe.get_doc("Public Idea", name)
	idea.check_permission("write")
	if idea.status != STATUS_NEW:
		frappe.throw(
			_("Idea {0} was already triaged ({1}).").format(frappe.bold(idea.tracking_code), _(idea.status)),
			title=_("Already Triaged"),
		)
	return idea


def close(idea, status: str, reply: str | None, **values):
	idea.update({"status": status, "public_reply": (reply or "").strip() or None, **values})
	idea.triaged_by = frappe.session.user
	idea.triaged_on = now_datetime()
	idea.flags.system_write = True
	idea.save()
	return idea


def check_original(duplicate, doctype: str, name: str):
	if doctype not in ("Public Idea", "Innovation") or not name or not isinstance(name, str):
		frappe.throw(_("Choose the idea or innovation this one duplicates."), title=_("Original Required"))
	if (doctype, name) == (duplicate.doctype, duplicate.name):
		frappe.throw(_("A record cannot duplicate itself."), title=_("Invalid Merge"))
	if not frappe.db.exists(doctype, name) or not frappe.has_permission(doctype, "read", name):
		frappe.throw(_("{0} {1} was not found.").format(_(doctype), name), title=_("Invalid Merge"))
	original = frappe.get_doc(doctype, name)
	if original.region != duplicate.region:
		frappe.throw(_("The original must be of the same region."), title=_("Invalid Merge"))
	if original.get("duplicate_of"):
		frappe.throw(
			_("{0} is itself merged into another record; merge into that one.").format(name),
			title=_("Invalid Merge"),
		)
	return original
