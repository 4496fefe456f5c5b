import frappe
from frappe import _
from frappe.desk.form.assign_to import add as assign
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.access.reviews import may_score
from inovasi_daerah.lifecycle.gates import active_criteria_set, current_round, refresh_innovation_gate
from inovasi_daerah.lifecycle.review_rules import MAX_SCORE, weighted_total
from inovasi_daerah.utils import other_record


class StageReview(CheckedDocument, Document):
	def validate(self):
		self.criteria_set = self.criteria_set or active_criteria_set(self.gate)
		if self.is_new() or not self.review_round:
			self.review_round = current_round(self.innovation)
		self.validate_criteria_set_gate()
		self.validate_one_review_per_reviewer()
		self.validate_reviewer_independence()
		self.validate_reviewer_may_score()
		self.set_scores_from_criteria()
		self.weighted_total = weighted_total((row.weight, row.score) for row in self.scores)

	def validate_criteria_set_gate(self):
		# A new review is scored on the gate's active set: the gate counts only the reviews of that set.
		if self.is_new() and self.criteria_set != active_criteria_set(self.gate):
			frappe.throw(
				_("Criteria set {0} is not the active set of the gate {1}; use {2}.").format(
					frappe.bold(self.criteria_set), _(self.gate), frappe.bold(active_criteria_set(self.gate))
				),
				title=_("Invalid Criteria Set"),
			)
		if frappe.db.get_value("Review Criteria Set", self.criteria_set, "gate") != self.gate:
			frappe.throw(
				_("Criteria set {0} is not for the gate {1}.").format(
					frappe.bold(self.criteria_set), _(self.gate)
				),
				title=_("Invalid Criteria Set"),
			)

	def validate_one_review_per_reviewer(self):
		other = other_record(
			self,
			{
				"innovation": self.innovation,
				"gate": self.gate,
				"reviewer": self.reviewer,
				"review_round": self.review_round,
				"docstatus": ("<", 2),
			},
		)
		if other:
			frappe.throw(
				_("{0} already has review {1} for the gate {2} of this innovation.").format(
					frappe.bold(self.reviewer), frappe.bold(other), _(self.gate)
				),
				title=_("Duplicate Review"),
			)

	def validate_reviewer_may_score(self):
		# The reviewer is set only once (the DocType says so), when the review is created.
		if self.is_new() and not may_score(self.reviewer, self.innovation):
			frappe.throw(
				_(
					"{0} cannot review {1}: a review goes to an active reviewer or verifier whose scope includes the innovation."
				).format(frappe.bold(self.reviewer), frappe.bold(self.innovation)),
				title=_("Reviewer Not Allowed"),
			)

	def validate_reviewer_independence(self):
		innovation = frappe.get_doc("Innovation", self.innovation)
		team_users = {member.user for member in innovation.team if member.user}
		if self.reviewer == innovation.owner or self.reviewer in team_users:
			frappe.throw(
				_("{0} created or is on the team of {1} and cannot review it.").format(
					frappe.bold(self.reviewer), frappe.bold(self.innovation)
				),
				title=_("Conflict of Interest"),
			)

	def set_scores_from_criteria(self):
		"""One score row per criterion of the set, in its order and with its weight; the client cannot alter them."""
		entered = {row.criterion: row.score for row in self.scores}
		criteria = frappe.get_all(
			"Review Criterion",
			filters={"parent": self.criteria_set, "parenttype": "Review Criteria Set"},
			fields=["criterion", "weight"],
			order_by="idx",
		)
		self.set("scores", [])
		for criterion in criteria:
			score = entered.get(criterion.criterion)
			if score is not None and not 0 <= score <= MAX_SCORE:
				frappe.throw(
					_("The score for {0} must be between 0 and 100.").format(
						frappe.bold(criterion.criterion)
					),
					title=_("Invalid Score"),
				)
			self.append(
				"scores", {"criterion": criterion.criterion, "weight": criterion.weight, "score": score}
			)

	def after_insert(self):
		# The reviewer learns of the review through Frappe's assignment (ToDo, notification, email).
		if self.reviewer != frappe.session.user:
			assign(
				{
					"assign_to": [self.reviewer],
					"doctype": self.doctype,
					"name": self.name,
					"description": _("Review {0} at the {1} gate").format(
						self.innovation_title, _(self.gate)
					),
				}
			)

	def before_submit(self):
		if frappe.session.user not in (self.reviewer, "Administrator"):
			frappe.throw(
				_("Only the reviewer {0} can submit this review.").format(frappe.bold(self.reviewer)),
				frappe.PermissionError,
			)
		unscored = [row.criterion for row in self.scores if row.score is None]
		if unscored or not self.recommendation:
			frappe.throw(
				_("Score every criterion and give a recommendation before submitting. Missing: {0}").format(
					", ".join(unscored + ([] if self.recommendation else [_("Recommendation")]))
				),
				title=_("Incomplete Review"),
			)

	def on_submit(self):
		refresh_innovation_gate(self.innovation, self.gate)

	def on_cancel(self):
		refresh_innovation_gate(self.innovation, self.gate)
