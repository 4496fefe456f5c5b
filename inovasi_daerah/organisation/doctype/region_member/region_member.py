from frappe.model.document import Document


class RegionMember(Document):
	pass
