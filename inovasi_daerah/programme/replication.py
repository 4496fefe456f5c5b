"""Replications: how many distinct regions replicated an innovation, kept on the innovation and fed into
the IID indicator whose level is computed from it (IID Indicator.level_source = Replikasi)."""

import frappe
from frappe import _

from inovasi_daerah.programme import rules

OUTWARD = "Direplikasi Daerah Lain"
LEVEL_SOURCE = "Replikasi"


def replication_count(innovation: str) -> int:
	regions = frappe.get_all(
		"Replication",
		filters={"innovation": innovation, "direction": OUTWARD},
		pluck="counterpart_region",
	)
	return rules.distinct_regions(regions)


def validate_replication(doc):
	own = frappe.db.get_value("Innovation", doc.innovation, "region")
	if own and rules.region_key(doc.counterpart_region) == rules.region_key(own):
		frappe.throw(
			_("The counterpart region must be another region than {0}.").format(frappe.bold(own)),
			title=_("Invalid Replication"),
		)


def refresh(innovation: str):
	"""Store the count on the innovation and recompute the level of its Replikasi indicator rows."""
	if not innovation or not frappe.db.exists("Innovation", innovation):
		return
	count = replication_count(innovation)
	frappe.db.set_value("Innovation", innovation, "replication_count", count, update_modified=False)
	for row in frappe.get_all(
		"Innovation Indicator",
		filters={"innovation": innovation, "indicator": ("in", computed_indicators())},
		pluck="name",
	):
		doc = frappe.get_doc("Innovation Indicator", row)
		level = str(rules.replication_level(count))
		if doc.level != level:
			doc.level = level
			doc.flags.system_write = True
			doc.save(ignore_permissions=True)


def computed_indicators() -> list[str]:
	return frappe.get_all("IID Indicator", filters={"level_source": LEVEL_SOURCE}, pluck="name")


def computed_level(row) -> str | None:
	"""The level of an indicator row computed by the system, or None when the user chooses it."""
	if frappe.db.get_value("IID Indicator", row.indicator, "level_source") != LEVEL_SOURCE:
		return None
	count = replication_count(row.innovation)
	if not count:
		frappe.throw(
			_("The level of {0} follows the innovation's replications: record a replication first.").format(
				frappe.bold(_("Replikasi"))
			),
			title=_("No Replication"),
		)
	return str(rules.replication_level(count))
