import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument


class InovasiDaerahSettings(CheckedDocument, Document):
	def validate(self):
		if not 1 <= (self.stale_warning_months or 0) < (self.stale_vakum_months or 0):
			frappe.throw(
				_("Warn at least one month after the last report, and before the innovation becomes Vakum."),
				title=_("Invalid Settings"),
			)
