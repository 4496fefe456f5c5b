from frappe.model.document import Document


class IndicatorEvidence(Document):
	pass
