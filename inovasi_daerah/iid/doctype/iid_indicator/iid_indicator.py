import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument


class IIDIndicator(CheckedDocument, Document):
	def validate(self):
		self.sub_letter = (self.sub_letter or "").strip().lower()
		codes = [row.code for row in self.measurement_bases]
		if len(set(codes)) != len(codes):
			frappe.throw(_("Each measurement basis code may appear only once."), title=_("Invalid Indicator"))
		if self.aspect == "SPD" and self.measurement_bases:
			frappe.throw(
				_("Only innovation (SID) indicators have alternative measurement bases."),
				title=_("Invalid Indicator"),
			)
