from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument


class ObstacleCategory(CheckedDocument, Document):
	pass
