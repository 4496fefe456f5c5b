from frappe.model.document import Document


class StageReviewScore(Document):
	pass
