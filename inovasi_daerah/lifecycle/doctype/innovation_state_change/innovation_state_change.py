from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument


class InnovationStateChange(CheckedDocument, Document):
	"""Written only by lifecycle/history.py; nobody creates or edits one by hand."""
