"""The national IID window's export: eligible, verified innovations with their indicator choices and evidence."""

import frappe
from frappe import _
from frappe.utils import get_url

from inovasi_daerah.access.rules import visible_names


def export_rows(region: str, period: str) -> list[list]:
	"""One row per verified indicator of each eligible innovation, in the order of the national form."""
	sub = frappe.qb.DocType("IID Submission")
	row = frappe.qb.DocType("Innovation Indicator")
	indicator = frappe.qb.DocType("IID Indicator")
	innovation = frappe.qb.DocType("Innovation")
	records = (
		frappe.qb.from_(sub)
		.join(innovation)
		.on(innovation.name == sub.innovation)
		.join(row)
		.on((row.innovation == sub.innovation) & (row.period == sub.period))
		.join(indicator)
		.on(indicator.name == row.indicator)
		.select(
			sub.innovation,
			innovation.title,
			innovation.agency,
			innovation.main_affair,
			innovation.implementation_date,
			row.name.as_("row_name"),
			indicator.number,
			indicator.sub_letter,
			indicator.indicator_name,
			row.level,
			indicator.parameter_1,
			indicator.parameter_2,
			indicator.parameter_3,
			row.measurement_basis,
		)
		.where(
			(sub.region == region)
			& (sub.period == period)
			& (sub.is_eligible == 1)
			& (row.verification_status == "Diterima")
		)
		.orderby(sub.innovation)
		.orderby(indicator.number)
		.orderby(indicator.sub_letter)
		.run(as_dict=True)
	)
	# Rows, titles and evidence of innovations the user may not read never leave the server.
	visible = visible_names("Innovation", {"region": region})
	if visible is not None:
		records = [r for r in records if r.innovation in visible]
	evidence = evidence_by_row([r.row_name for r in records])
	return [
		[
			r.innovation,
			r.title,
			r.agency,
			r.main_affair,
			str(r.implementation_date or ""),
			f"{r.number}{r.sub_letter or ''}",
			r.indicator_name,
			r.level,
			r.get(f"parameter_{r.level}") or "",
			r.measurement_basis or "",
			" ".join(evidence.get(r.row_name, [])),
		]
		for r in records
	]


def evidence_by_row(row_names: list[str]) -> dict[str, list[str]]:
	links = {}
	for item in frappe.get_all(
		"Indicator Evidence",
		filters={"parenttype": "Innovation Indicator", "parent": ("in", row_names or [""])},
		fields=["parent", "attachment", "link"],
		order_by="idx asc",
	):
		for value in (item.attachment, item.link):
			if value:
				links.setdefault(item.parent, []).append(get_url(value) if value.startswith("/") else value)
	return links


def translated_headers() -> list[str]:
	"""Column headers in the user's language, in the order of the rows above."""
	return [
		_("Innovation"),
		_("Innovation Title"),
		_("Agency"),
		_("Main Government Affair"),
		_("Implementation Date"),
		_("Indicator No."),
		_("Indicator"),
		_("Parameter Chosen"),
		_("Parameter Text"),
		_("Measurement Basis"),
		_("Evidence"),
	]
