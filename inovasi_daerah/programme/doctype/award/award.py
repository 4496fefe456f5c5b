import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.lifecycle.proposal import is_valid_nip, normalise_nip

# What each kind of recipient must name.
REQUIRED_BY_RECIPIENT = {
	"Pemerintah Daerah": ("region",),
	"Perangkat Daerah": ("region", "agency"),
	"Inovasi": ("region", "agency", "innovation"),
	"Inovator": ("region", "agency", "innovation", "innovator_nip", "innovator_name"),
}


class Award(CheckedDocument, Document):
	def validate(self):
		if self.innovation:
			self.agency, self.region = frappe.db.get_value(
				"Innovation", self.innovation, ["agency", "region"]
			)
		elif self.agency:
			region = frappe.db.get_value("Agency", self.agency, "region")
			if region != self.region:
				frappe.throw(
					_("Agency {0} is not of region {1}.").format(
						frappe.bold(self.agency), frappe.bold(self.region)
					),
					title=_("Invalid Award"),
				)
		if self.recipient_type == "Pemerintah Daerah":
			self.agency = self.innovation = None
		if self.recipient_type != "Inovator":
			self.innovator_nip = self.innovator_name = None
		missing = [
			_(self.meta.get_label(f)) for f in REQUIRED_BY_RECIPIENT[self.recipient_type] if not self.get(f)
		]
		if missing:
			frappe.throw(
				_("An award to {0} needs: {1}").format(_(self.recipient_type), ", ".join(missing)),
				title=_("Missing Information"),
			)
		if self.innovator_nip:
			self.innovator_nip = normalise_nip(self.innovator_nip)
			if not is_valid_nip(self.innovator_nip):
				frappe.throw(
					_("NIP {0} must be exactly 18 digits.").format(self.innovator_nip), title=_("Invalid NIP")
				)
