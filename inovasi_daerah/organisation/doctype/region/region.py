import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument


class Region(CheckedDocument, Document):
	def validate(self):
		if self.level == "Provinsi":
			if self.parent_province:
				frappe.throw(_("A province has no parent province."), title=_("Invalid Region"))
			return
		if self.parent_province:
			if self.parent_province == self.name:
				frappe.throw(_("A region cannot be its own parent province."), title=_("Invalid Region"))
			if frappe.db.get_value("Region", self.parent_province, "level") != "Provinsi":
				frappe.throw(
					_("Parent province {0} is not a region of level Provinsi.").format(
						frappe.bold(self.parent_province)
					),
					title=_("Invalid Region"),
				)
