from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument


class InnovationStateChange(CheckedDocument, Document):
	"""Written only by programme/state_history.py; nobody creates or edits one by hand."""
