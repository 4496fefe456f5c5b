from frappe.model.document import Document


class AgencyMember(Document):
	pass
