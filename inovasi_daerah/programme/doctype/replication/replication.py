from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.programme import replication


class Replication(CheckedDocument, Document):
	def validate(self):
		replication.validate_replication(self)

	def on_update(self):
		replication.refresh(self.innovation)
		before = self.get_doc_before_save()
		if before and before.innovation != self.innovation:
			replication.refresh(before.innovation)

	def after_delete(self):
		replication.refresh(self.innovation)
