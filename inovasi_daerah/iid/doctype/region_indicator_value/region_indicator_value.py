import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.iid import verification
from inovasi_daerah.utils import other_record


class RegionIndicatorValue(CheckedDocument, Document):
	def validate(self):
		if frappe.db.get_value("IID Indicator", self.indicator, "aspect") != "SPD":
			frappe.throw(_("A region records SPD indicators only."), title=_("Wrong Indicator"))
		duplicate = other_record(self, {"region": self.region, "indicator": self.indicator})
		if duplicate:
			frappe.throw(
				_("The region already has a value for this indicator: {0}.").format(frappe.bold(duplicate)),
				title=_("Duplicate Indicator"),
			)
		verification.apply(self)
