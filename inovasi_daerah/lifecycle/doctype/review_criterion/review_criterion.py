from frappe.model.document import Document


class ReviewCriterion(Document):
	pass
