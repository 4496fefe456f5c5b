"""The site's File class (hooks.py, override_doctype_class): an attachment of the app's records is private
from the moment it is written.

Frappe writes an uploaded file's content in File.before_insert, choosing the public or the private folder
by `is_private`; a doc_events hook runs after that method, too late to keep a file that a request marked
public out of the public folder. So the rule (access/paths.py keep_evidence_private) runs first, here."""

from frappe.core.doctype.file.file import File

from inovasi_daerah.access.paths import keep_evidence_private


class EvidenceFile(File):
	def before_insert(self):
		keep_evidence_private(self)
		super().before_insert()
