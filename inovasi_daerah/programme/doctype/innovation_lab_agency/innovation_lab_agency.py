from frappe.model.document import Document


class InnovationLabAgency(Document):
	pass
