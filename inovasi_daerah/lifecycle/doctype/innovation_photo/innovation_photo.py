from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument


class InnovationPhoto(CheckedDocument, Document):
	pass
