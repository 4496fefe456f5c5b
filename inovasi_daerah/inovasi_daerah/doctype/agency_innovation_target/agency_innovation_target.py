import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.utils import other_record


class AgencyInnovationTarget(Document):
	def validate(self):
		if (self.target_count or 0) < 1:
			frappe.throw(_("The target must be at least 1 innovation."), title=_("Invalid Target"))
		if not 2000 <= (self.year or 0) <= 2100:
			frappe.throw(_("Year {0} is not a valid year.").format(self.year), title=_("Invalid Target"))
		duplicate = other_record(self, {"agency": self.agency, "year": self.year})
		if duplicate:
			frappe.throw(
				_("Agency {0} already has a target for {1}: {2}.").format(
					frappe.bold(self.agency), self.year, frappe.bold(duplicate)
				),
				title=_("Duplicate Target"),
			)
