from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.programme import lab


class InnovationLab(CheckedDocument, Document):
	def validate(self):
		lab.validate_lab(self)

	def onload(self):
		if not self.is_new():
			self.set_onload("funnel", lab.funnel(self.name))
