from frappe.model.document import Document


class InnovationGovernmentAffair(Document):
	pass
