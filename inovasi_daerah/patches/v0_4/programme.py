"""0.4, the programme records: for sites installed before them.

- The obstacle categories and the two new notifications (late monitoring, a consultation's follow-up),
  where missing.
- The IID 2026 indicator "Replikasi" gets its level computed from replications, where no level source is set.
- Innovations get their stored monitoring date and replication count (none yet: no reports, no replications).
"""

import frappe

from inovasi_daerah.setup.install import create_notifications, create_programme_data, load_setup_data


def execute():
	create_programme_data()
	create_notifications()
	catalogue = load_setup_data("iid_2026.json")
	period = frappe.db.get_value("Assessment Period", {"year": catalogue["period"]["year"]})
	for indicator in catalogue["indicators"]:
		if not indicator.get("level_source") or not period:
			continue
		name = frappe.db.get_value(
			"IID Indicator",
			{"period": period, "aspect": indicator["aspect"], "number": indicator["number"]},
		)
		if name and not frappe.db.get_value("IID Indicator", name, "level_source"):
			frappe.db.set_value("IID Indicator", name, "level_source", indicator["level_source"])
