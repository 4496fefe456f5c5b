import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.iid.submissions import submission_figures
from inovasi_daerah.lifecycle import guards
from inovasi_daerah.utils import other_record


class IIDSubmission(CheckedDocument, Document):
	def validate(self):
		guards.guard(self)
		# The figures are the system's: computed here and by the rows' hooks, never taken from a request.
		self.update(submission_figures(self.innovation, self.period))
		duplicate = other_record(self, {"innovation": self.innovation, "period": self.period})
		if duplicate:
			frappe.throw(
				_("The innovation already has a submission for {0}: {1}.").format(
					self.period, frappe.bold(duplicate)
				),
				title=_("Duplicate Submission"),
			)
