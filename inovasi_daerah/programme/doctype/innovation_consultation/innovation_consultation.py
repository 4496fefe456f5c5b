import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from inovasi_daerah.access.integrity import CheckedDocument


class InnovationConsultation(CheckedDocument, Document):
	def validate(self):
		if self.innovation:
			agency = frappe.db.get_value("Innovation", self.innovation, "agency")
			if agency != self.agency:
				frappe.throw(
					_("Innovation {0} belongs to {1}, not to {2}.").format(
						frappe.bold(self.innovation), frappe.bold(agency), frappe.bold(self.agency)
					),
					title=_("Invalid Consultation"),
				)
		if self.follow_up_due and getdate(self.follow_up_due) < getdate(self.consultation_date):
			frappe.throw(_("The follow-up is due before the consultation."), title=_("Invalid Date"))
		if self.follow_up_due and not self.follow_up:
			frappe.throw(_("Say what the follow-up is."), title=_("Missing Information"))
