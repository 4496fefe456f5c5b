"""The site's Notification class (hooks.py, override_doctype_class): recipients limited by the access model."""

from frappe.email.doctype.notification.notification import Notification

from inovasi_daerah.access.paths import readable_recipients


class ScopedNotification(Notification):
	"""Emails and bell notifications about a record reach only the users who may read it."""

	def get_list_of_recipients(self, doc, context):
		recipients, cc, bcc = super().get_list_of_recipients(doc, context)
		return (
			readable_recipients(doc, recipients),
			readable_recipients(doc, cc),
			readable_recipients(doc, bcc),
		)
