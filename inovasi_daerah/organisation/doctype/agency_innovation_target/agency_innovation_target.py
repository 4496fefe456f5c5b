import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.utils import other_record


class AgencyInnovationTarget(CheckedDocument, Document):
	def validate(self):
		# target_count and year bounds: access/integrity.py NUMBER_BOUNDS, checked on every write
		duplicate = other_record(self, {"agency": self.agency, "year": self.year})
		if duplicate:
			frappe.throw(
				_("Agency {0} already has a target for {1}: {2}.").format(
					frappe.bold(self.agency), self.year, frappe.bold(duplicate)
				),
				title=_("Duplicate Target"),
			)
