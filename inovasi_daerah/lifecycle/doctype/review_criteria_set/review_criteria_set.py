import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.lifecycle.gates import forget_gated_transitions, refresh_gate_results
from inovasi_daerah.utils import other_record


class ReviewCriteriaSet(CheckedDocument, Document):
	def validate(self):
		if not self.criteria or not any((row.weight or 0) > 0 for row in self.criteria):
			frappe.throw(
				_("A criteria set needs at least one criterion with a weight above 0."),
				title=_("Invalid Criteria Set"),
			)
		if (self.min_reviews or 0) < 1:
			frappe.throw(
				_("At least one submitted review must be required."), title=_("Invalid Criteria Set")
			)
		if not 0 <= (self.min_average or 0) <= 100:
			frappe.throw(_("The minimum average must be between 0 and 100."), title=_("Invalid Criteria Set"))
		if bool(self.opens_from_state) != bool(self.opens_to_state):
			frappe.throw(
				_("Name both states of the step this gate opens, or neither."),
				title=_("Invalid Criteria Set"),
			)
		names = [row.criterion for row in self.criteria]
		if len(set(names)) != len(names):
			frappe.throw(_("Each criterion may appear only once."), title=_("Invalid Criteria Set"))
		if self.is_active:
			other = other_record(self, {"gate": self.gate, "is_active": 1})
			if other:
				frappe.throw(
					_("{0} is already the active criteria set for the gate {1}.").format(
						frappe.bold(other), _(self.gate)
					),
					title=_("Invalid Criteria Set"),
				)

	def on_update(self):
		forget_gated_transitions()
		# The gate's stored results follow its active set and pass rule.
		if self.get_doc_before_save() and any(
			self.has_value_changed(field) for field in ("is_active", "min_reviews", "min_average")
		):
			refresh_gate_results(self.gate)
