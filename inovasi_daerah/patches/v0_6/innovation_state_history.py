"""Sites that ran the lifecycle before Innovation State Change existed: rebuild each innovation's history
from its Versions (Frappe tracks changes of Innovation), so the funnel report's medians include it."""

import frappe

from inovasi_daerah.lifecycle.history import history_from_versions


def execute():
	if frappe.db.count("Innovation State Change"):
		return
	for innovation in frappe.get_all("Innovation", fields=["name", "creation"], order_by="creation"):
		history_from_versions(innovation.name, innovation.creation)
