"""Desk view of programme/innovators.py: one row per innovation of the person with this NIP."""

from frappe import _

from inovasi_daerah.programme.innovators import innovator_history


def execute(filters=None):
	columns = [
		{
			"fieldname": "innovation",
			"label": _("Innovation"),
			"fieldtype": "Link",
			"options": "Innovation",
			"width": 150,
		},
		{"fieldname": "title", "label": _("Innovation Title"), "fieldtype": "Data", "width": 260},
		{"fieldname": "agency", "label": _("Agency"), "fieldtype": "Link", "options": "Agency", "width": 200},
		{"fieldname": "role", "label": _("Role in Team"), "fieldtype": "Data", "width": 110},
		{"fieldname": "stage", "label": _("Stage Reached"), "fieldtype": "Data", "width": 140},
		{"fieldname": "year", "label": _("Year"), "fieldtype": "Int", "width": 70},
		{"fieldname": "awards", "label": _("Awards"), "fieldtype": "Data", "width": 260},
	]
	nip = (filters or {}).get("nip")
	if not nip:
		return columns, []
	history = innovator_history(nip)
	awards_by_innovation = {}
	for award in history["awards"]:
		label = " ".join(str(part) for part in (award.award_type, award.year, award.rank or "") if part)
		awards_by_innovation.setdefault(award.innovation, []).append(label)
	rows = [
		{
			**row,
			"stage": _(row["stage"]),
			"awards": ", ".join(awards_by_innovation.get(row["innovation"], [])),
		}
		for row in history["innovations"]
	]
	return columns, rows
