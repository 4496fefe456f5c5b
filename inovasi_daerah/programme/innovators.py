"""An innovator's history, by NIP, from the innovations' team tables: the innovations, the role held, the
stage each reached and the awards, for the civil-service performance appraisal (SKP). Only innovations
and awards the asking user may read are looked at, so another agency's people are never listed."""

import frappe
from frappe import _
from frappe.utils import getdate

from inovasi_daerah.lifecycle.proposal import is_valid_nip, normalise_nip


def innovator_history(nip: str) -> dict:
	nip = normalise_nip(nip)
	if not is_valid_nip(nip):
		frappe.throw(_("NIP {0} must be exactly 18 digits.").format(nip), title=_("Invalid NIP"))
	parents = frappe.get_all(
		"Innovation Team Member",
		filters={"parenttype": "Innovation", "nip": nip},
		pluck="parent",
		distinct=True,
		ignore_permissions=True,  # narrowed to readable innovations just below
	)
	innovations = frappe.get_list(
		"Innovation",
		filters={"name": ("in", parents or [""])},
		fields=["name", "title", "agency", "workflow_state", "creation", "implementation_date"],
		order_by="creation desc",
		limit_page_length=0,
	)
	visible = [row.name for row in innovations]
	awards = frappe.get_list(
		"Award",
		or_filters={"innovator_nip": nip, "innovation": ("in", visible or [""])},
		fields=[
			"name",
			"award_type",
			"award_name",
			"year",
			"rank",
			"recipient_type",
			"innovation",
			"innovator_nip",
		],
		order_by="year desc",
		limit_page_length=0,
	)
	if not innovations and not awards:
		frappe.throw(
			_("No innovator with NIP {0} among the innovations you may see.").format(nip),
			frappe.DoesNotExistError,
			title=_("Not Found"),
		)
	roles = {
		row.parent: row
		for row in frappe.get_all(
			"Innovation Team Member",
			filters={"parenttype": "Innovation", "nip": nip, "parent": ("in", visible or [""])},
			fields=["parent", "full_name", "team_role"],
			ignore_permissions=True,
		)
	}
	return {
		"nip": nip,
		"full_name": next((row.full_name for row in roles.values()), None),
		"innovations": [
			{
				"innovation": row.name,
				"title": row.title,
				"agency": row.agency,
				"role": roles[row.name].team_role if row.name in roles else None,
				"stage": row.workflow_state,
				"year": getdate(row.implementation_date or row.creation).year,
				"implementation_date": row.implementation_date,
			}
			for row in innovations
		],
		"awards": awards,
	}
