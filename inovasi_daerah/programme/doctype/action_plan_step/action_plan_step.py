from frappe.model.document import Document


class ActionPlanStep(Document):
	pass
