"""Auth hook (hooks.py auth_hooks): answers in the language of the user who signed the request."""

import frappe


def speak_user_language():
	"""Answer API-key requests in the user's language (hooks.py auth_hooks).

	Frappe takes the user's language from the session, which requests signed with an API key do not have,
	so their refusals would come in the system's language. An explicit `_lang` still wins."""
	from frappe.translate import get_user_lang

	if frappe.session.user != "Guest" and not frappe.form_dict.get("_lang"):
		frappe.local.lang = get_user_lang(frappe.session.user)
