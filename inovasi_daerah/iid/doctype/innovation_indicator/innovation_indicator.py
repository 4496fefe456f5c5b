import frappe
from frappe import _
from frappe.model.document import Document

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.iid import verification
from inovasi_daerah.iid.submissions import check_not_locked, refresh_submission
from inovasi_daerah.programme import replication
from inovasi_daerah.utils import other_record


class InnovationIndicator(CheckedDocument, Document):
	def validate(self):
		indicator = frappe.get_cached_doc("IID Indicator", self.indicator)
		if indicator.aspect != "SID":
			frappe.throw(
				_("{0} is a region (SPD) indicator; an innovation records SID indicators.").format(
					frappe.bold(indicator.indicator_name)
				),
				title=_("Wrong Indicator"),
			)
		self.validate_measurement_basis(indicator)
		# A level the system computes (Replikasi: from the innovation's replications) is never the user's.
		self.level = replication.computed_level(self) or self.level
		duplicate = other_record(self, {"innovation": self.innovation, "indicator": self.indicator})
		if duplicate:
			frappe.throw(
				_("The innovation already has a row for this indicator: {0}.").format(frappe.bold(duplicate)),
				title=_("Duplicate Indicator"),
			)
		self.check_not_locked()
		verification.apply(self)

	def check_not_locked(self):
		before = self.get_doc_before_save()
		check_not_locked(self.innovation, self.period)
		if before and (before.innovation, before.period) != (self.innovation, self.period):
			check_not_locked(before.innovation, before.period)

	def on_trash(self):
		check_not_locked(self.innovation, self.period)

	def validate_measurement_basis(self, indicator):
		codes = [basis.code for basis in indicator.measurement_bases]
		if not codes:
			self.measurement_basis = None
		elif self.level and self.measurement_basis not in codes:
			frappe.throw(
				_("Choose one measurement basis for {0}: {1}.").format(
					frappe.bold(indicator.indicator_name), ", ".join(codes)
				),
				title=_("Missing Measurement Basis"),
			)

	def on_update(self):
		# A bulk load (the demo loader) refreshes each submission once at its end instead.
		if not frappe.flags.iid_bulk_load:
			refresh_submission(self.innovation, self.period)
			before = self.get_doc_before_save()
			if before and (before.innovation, before.period) != (self.innovation, self.period):
				refresh_submission(before.innovation, before.period)

	def after_delete(self):
		refresh_submission(self.innovation, self.period)
