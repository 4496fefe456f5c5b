"""The one-page profile of an innovation ("Profil Inovasi"): one Jinja template shared by the standard
Print Format and a PDF download rendered with WeasyPrint, which Frappe 15 and 16 already install (their
own PDF path needs a patched wkhtmltopdf)."""

import mimetypes
import os
from urllib.parse import unquote, urlparse

import frappe
from frappe import _
from frappe.query_builder import Order
from frappe.query_builder.functions import Count
from frappe.utils import escape_html, get_url

TEMPLATE = "inovasi_daerah/templates/print/profil_inovasi.html"
MONITORING_FIELDS = [
	"name",
	"report_date",
	"period",
	"progress",
	"status",
	"obstacle_notes",
	"beneficiary_basis",
	"beneficiary_value",
]


def profile_context(doc) -> dict:
	"""What the profile shows beyond the innovation's own fields: its agency's name, the indicator choices
	of the latest assessment period it has rows in, and the latest monitoring report.

	The caller has checked that the user may read the innovation; its dependants follow it (access/model.py),
	so they are read without a further check."""
	return frappe._dict(
		agency_name=frappe.db.get_value("Agency", doc.agency, "agency_name") if doc.agency else None,
		other_affairs=[row.government_affair for row in doc.get("other_affairs") or []],
		**indicator_choices(doc.name),
		monitoring=latest_monitoring(doc.name),
	)


def indicator_choices(innovation: str) -> dict:
	chosen = frappe.qb.DocType("Innovation Indicator")
	period = frappe.qb.DocType("Assessment Period")
	latest = (
		frappe.qb.from_(chosen)
		.join(period)
		.on(period.name == chosen.period)
		.select(chosen.period)
		.where(chosen.innovation == innovation)
		.orderby(period.year, order=Order.desc)
		.limit(1)
		.run()
	)
	if not latest:
		return {"indicator_period": None, "indicators": []}
	indicator = frappe.qb.DocType("IID Indicator")
	evidence = frappe.qb.DocType("Indicator Evidence")
	columns = (
		chosen.name,
		indicator.number,
		indicator.sub_letter,
		indicator.indicator_name,
		chosen.level,
		chosen.verification_status,
	)
	rows = (
		frappe.qb.from_(chosen)
		.left_join(indicator)
		.on(indicator.name == chosen.indicator)
		.left_join(evidence)
		.on((evidence.parent == chosen.name) & (evidence.parenttype == "Innovation Indicator"))
		.select(*columns, Count(evidence.name).as_("evidence_count"))
		.where((chosen.innovation == innovation) & (chosen.period == latest[0][0]))
		.groupby(*columns)
		.orderby(indicator.number)
		.orderby(indicator.sub_letter)
		.run(as_dict=True)
	)
	return {"indicator_period": latest[0][0], "indicators": rows}


def latest_monitoring(innovation: str):
	reports = frappe.get_all(
		"Monitoring Report",
		filters={"innovation": innovation},
		fields=MONITORING_FIELDS,
		order_by="report_date desc, creation desc",
		limit=1,
	)
	if not reports:
		return None
	report = reports[0]
	report.obstacles = frappe.get_all(
		"Monitoring Obstacle",
		filters={"parenttype": "Monitoring Report", "parent": report.name},
		pluck="obstacle_category",
		order_by="idx",
	)
	return report


def inovasi_daerah_profile(doc) -> dict:
	"""The print format's context (a Jinja method, hooks.py): every template of the site may call it, so it
	checks again, on the stored record, that the user may print the innovation."""
	name = doc.get("name") if hasattr(doc, "get") else None
	if not isinstance(name, str) or not frappe.db.exists("Innovation", name):
		# An unsaved innovation (a print preview) has no dependants yet.
		return frappe._dict(
			agency_name=None, other_affairs=[], indicator_period=None, indicators=[], monitoring=None
		)
	stored = frappe.get_doc("Innovation", name)
	if not frappe.flags.ignore_print_permissions and not any(
		frappe.has_permission("Innovation", ptype, doc=stored) for ptype in ("read", "print")
	):
		frappe.throw(_("Not permitted"), frappe.PermissionError)
	return profile_context(stored)


def render_profile_html(name: str) -> str:
	"""The profile as a complete HTML page, for WeasyPrint (it reaches no Desk stylesheet: the CSS is inline)."""
	doc = frappe.get_doc("Innovation", name)
	body = frappe.render_template(TEMPLATE, {"doc": doc, "profile": profile_context(doc)})
	lang = escape_html(frappe.local.lang or "en")
	return (
		f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
		f"<title>{escape_html(doc.title or name)}</title></head><body>{body}</body></html>"
	)


def fetch_public_file(url: str) -> dict:
	"""WeasyPrint's url_fetcher: inline data and the site's public files only. The design is user HTML whose
	links (an image, an `<a rel="attachment">`) would otherwise make the server fetch internal addresses and
	put the answer into the PDF."""
	import weasyprint

	if url.startswith("data:"):
		return weasyprint.default_url_fetcher(url)
	parsed = urlparse(url)
	if parsed.netloc == urlparse(get_url()).netloc and parsed.path.startswith("/files/"):
		root = os.path.realpath(frappe.get_site_path("public", "files"))
		path = os.path.realpath(os.path.join(root, unquote(parsed.path.removeprefix("/files/"))))
		if path.startswith(root + os.sep) and os.path.isfile(path):
			with open(path, "rb") as file:
				return {"string": file.read(), "mime_type": mimetypes.guess_type(path)[0]}
	raise ValueError(f"Not fetched for a PDF: {url}")


def render_pdf(html: str) -> bytes:
	import weasyprint

	return weasyprint.HTML(string=html, base_url=get_url(), url_fetcher=fetch_public_file).write_pdf()
