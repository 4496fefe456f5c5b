import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.public_portal import ideas, similar_index


class PublicIdea(CheckedDocument, Document):
	def before_insert(self):
		self.tracking_code = ideas.new_tracking_code()
		self.submitted_on = now_datetime()
		self.status = ideas.STATUS_NEW
		self.region = ideas.region_for_new_idea()

	def validate(self):
		if self.homepage:
			ideas.refuse(_("This submission looks automated and was not accepted."))
		for field in ("title", "problem", "idea", "location", "full_name", "contact_email", "contact_phone"):
			if isinstance(self.get(field), str):
				self.set(field, self.get(field).strip())
		if not (self.contact_email or self.contact_phone):
			frappe.throw(
				_("Give an email address or a phone number, so the team can reach you."),
				title=_("Contact Required"),
			)
		if not self.consent:
			frappe.throw(
				_(
					"Please agree to be contacted about this idea: the team needs it to follow the idea up with you."
				),
				title=_("Consent Required"),
			)

	def on_update(self):
		similar_index.index_record(self)

	def on_trash(self):
		similar_index.remove_record(self)
