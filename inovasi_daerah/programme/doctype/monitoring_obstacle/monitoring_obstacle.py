from frappe.model.document import Document


class MonitoringObstacle(Document):
	pass
