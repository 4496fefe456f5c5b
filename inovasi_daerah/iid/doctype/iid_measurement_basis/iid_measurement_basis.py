from frappe.model.document import Document


class IIDMeasurementBasis(Document):
	pass
