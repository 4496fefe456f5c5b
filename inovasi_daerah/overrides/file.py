"""The site's File class (hooks.py, override_doctype_class): an attachment of the app's records is private
from the moment it is written, and only a document or a picture.

Frappe writes an uploaded file's content in File.before_insert, choosing the public or the private folder
by `is_private`; a doc_events hook runs after that method, too late to keep a file that a request marked
public out of the public folder, or a page out of the site's folders. So the rules (access/paths.py
keep_evidence_private, check_evidence) run first, here, on every path that makes a File: Desk's uploader
and upload_file, frappe.client.attach_file, a File made through REST, an attachment field pointing at an
existing file (Frappe copies the File). A File moved onto the app's records later is checked too."""

from frappe.core.doctype.file.file import File

from inovasi_daerah.access.paths import check_evidence, keep_evidence_private


class EvidenceFile(File):
	def before_insert(self):
		keep_evidence_private(self)
		check_evidence(self)
		super().before_insert()

	def validate(self):
		super().validate()
		if not self.is_new() and any(
			self.has_value_changed(field) for field in ("attached_to_doctype", "attached_to_name", "file_url")
		):
			check_evidence(self)
