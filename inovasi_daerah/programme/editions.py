"""Next year's edition: "Kembangkan" on an implemented innovation (it asks what was developed) copies it
into a new draft for the new year, and the two records link to each other."""

import frappe
from frappe import _
from frappe.utils import nowdate

from inovasi_daerah.lifecycle import meanings

# Not carried into the new edition: its own lifecycle, cohort, action plan and figures start afresh.
FRESH_FIELDS = (
	"legal_basis_type",
	"legal_basis_number",
	"legal_basis_date",
	"trial_start_date",
	"trial_end_date",
	"implementation_date",
	"feasibility_gate",
	"trial_gate",
	"revision_note",
)


def create_next_edition(doc):
	"""Called after the innovation entered a state of the phase Developed (Innovation.on_update)."""
	before = doc.get_doc_before_save()
	developed = meanings.states(phase="Developed")
	if doc.workflow_state not in developed or (before and before.workflow_state in developed):
		return
	if doc.next_edition:
		return
	edition = frappe.copy_doc(doc, ignore_no_copy=False)
	for fieldname in FRESH_FIELDS:
		edition.set(fieldname, None)
	edition.action_plan = []
	edition.workflow_state = None  # the workflow's first state
	edition.previous_edition = doc.name
	edition.flags.system_write = True  # previous_edition is the system's
	edition.insert(ignore_permissions=True)
	frappe.db.set_value("Innovation", doc.name, "next_edition", edition.name, update_modified=False)
	doc.next_edition = edition.name
	doc.add_comment(
		"Info",
		_("Developed into {0} for {1}: {2}").format(edition.name, nowdate()[:4], doc.development_note or ""),
	)
