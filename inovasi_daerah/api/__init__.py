"""Whitelisted functions of Inovasi Daerah, grouped by subject: lifecycle, iid, programme, reports, portal
and openapi (as frappe/helpdesk's and frappe/crm's api/ packages). Each checks access itself.

The paths documented before the grouping (inovasi_daerah.api.<function>) still answer: they are the same
functions, imported here.
"""

from inovasi_daerah.api.iid import export_iid, iid_projection
from inovasi_daerah.api.lifecycle import action_requirements, apply_workflow
from inovasi_daerah.api.programme import innovator_history, lab_funnel, launch_lab
from inovasi_daerah.api.reports import report_rows

__all__ = [
	"action_requirements",
	"apply_workflow",
	"export_iid",
	"iid_projection",
	"innovator_history",
	"lab_funnel",
	"launch_lab",
	"report_rows",
]
