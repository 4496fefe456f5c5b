from frappe.model.document import Document


class IIDPredicateBand(Document):
	pass
