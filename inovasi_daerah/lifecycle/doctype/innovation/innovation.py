import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.iid.freshness import copy_innovation_fields
from inovasi_daerah.iid.submissions import refresh_innovation
from inovasi_daerah.lifecycle import guards, meanings
from inovasi_daerah.lifecycle import history as state_history
from inovasi_daerah.lifecycle.proposal import (
	dates_in_order,
	is_valid_nip,
	missing_proposal_fields,
	normalise_nip,
)
from inovasi_daerah.programme import action_plan, editions, lab


class Innovation(CheckedDocument, Document):
	def validate(self):
		guards.guard(self)
		self.validate_region_matches_agency()
		self.validate_dates()
		self.validate_team()
		lab.check_innovation_lab(self)

	def onload(self):
		# Whether this is still a draft: the state every innovation is born in (the form's scripts read it).
		self.set_onload("in_initial_state", self.workflow_state == meanings.initial_state())
		overdue = action_plan.overdue_steps(self)
		if overdue:
			self.set_onload("overdue_steps", [row.step for row in overdue])

	def validate_region_matches_agency(self):
		agency_region = frappe.db.get_value("Agency", self.agency, "region")
		if not self.region:
			self.region = agency_region
		elif self.region != agency_region:
			frappe.throw(
				_("Region {0} does not match the region of agency {1} ({2}).").format(
					frappe.bold(self.region), frappe.bold(self.agency), frappe.bold(agency_region)
				),
				title=_("Wrong Region"),
			)

	def validate_dates(self):
		start, end, implemented = (
			getdate(d) if d else None
			for d in (self.trial_start_date, self.trial_end_date, self.implementation_date)
		)
		if not dates_in_order(start, end, implemented):
			frappe.throw(
				_("Dates must be in order: trial start, then trial end, then implementation."),
				title=_("Invalid Dates"),
			)

	def validate_team(self):
		seen = {}
		leaders = 0
		for member in self.team:
			if member.nip:
				member.nip = normalise_nip(member.nip)
				if not is_valid_nip(member.nip):
					frappe.throw(
						_("Row {0}: NIP of {1} must be exactly 18 digits.").format(
							member.idx, frappe.bold(member.full_name)
						),
						title=_("Invalid NIP"),
					)
				if member.nip in seen:
					frappe.throw(
						_("Row {0}: NIP {1} is already used in row {2} of the team.").format(
							member.idx, member.nip, seen[member.nip]
						),
						title=_("Duplicate NIP"),
					)
				seen[member.nip] = member.idx
			leaders += member.team_role == "Ketua"
		if leaders > 1:
			frappe.throw(_("A team has only one Ketua."), title=_("Invalid Team"))

	def on_update(self):
		before = self.get_doc_before_save()
		if not before:
			return
		state_history.record_transition(self, before.workflow_state)
		guards.raise_state_events(self)
		copy_innovation_fields(self)
		editions.create_next_edition(self)
		# The IID eligibility of each period's submission reads these fields (the state: whether it counts).
		watched = ("implementation_date", "design", "main_affair", "workflow_state")
		if any(self.has_value_changed(f) for f in watched):
			refresh_innovation(self.name)

	def on_trash(self):
		state_history.delete_history(self.name)

	def get_missing_proposal_parts(self) -> list[str]:
		"""Labels of the PP 38/2017 proposal parts that are still empty."""
		return [_(self.meta.get_label(fieldname)) for fieldname in missing_proposal_fields(self.as_dict())]

	def is_proposal_complete(self) -> bool:
		return not missing_proposal_fields(self.as_dict())

	def validate_proposal_complete(self):
		"""Raise, listing what is missing, unless the PP 38/2017 proposal is complete."""
		missing = self.get_missing_proposal_parts()
		if missing:
			frappe.throw(
				_("The proposal is incomplete under PP 38/2017. Missing: {0}").format(", ".join(missing)),
				title=_("Incomplete Proposal"),
			)
