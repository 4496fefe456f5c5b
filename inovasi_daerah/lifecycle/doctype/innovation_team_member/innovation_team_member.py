from frappe.model.document import Document


class InnovationTeamMember(Document):
	pass
