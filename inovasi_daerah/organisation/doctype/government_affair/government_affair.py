import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument

BASIC_SERVICE_GROUP = "Wajib Pelayanan Dasar"


class GovernmentAffair(CheckedDocument, Document):
	def validate(self):
		if self.is_basic_service and self.affair_group != BASIC_SERVICE_GROUP:
			frappe.throw(
				_("Only affairs of group {0} can be basic-service affairs.").format(
					frappe.bold(_(BASIC_SERVICE_GROUP))
				),
				title=_("Invalid Government Affair"),
			)
