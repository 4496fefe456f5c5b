"""The OpenAPI description of the site's API, served to logged-in users."""

import frappe

from inovasi_daerah.openapi.spec import build_document


@frappe.whitelist(methods=["GET"])
def openapi_document() -> dict:
	"""The OpenAPI 3.1 description of this site's API (the app's DocTypes and methods).

	For logged-in users only: it names every field of the app's DocTypes."""
	return build_document()
