from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.programme import monitoring


class MonitoringReport(CheckedDocument, Document):
	def validate(self):
		monitoring.validate_report(self)

	def on_update(self):
		monitoring.refresh_innovation(self.innovation)
		before = self.get_doc_before_save()
		if before and before.innovation != self.innovation:
			monitoring.refresh_innovation(before.innovation)

	def after_delete(self):
		monitoring.refresh_innovation(self.innovation)
