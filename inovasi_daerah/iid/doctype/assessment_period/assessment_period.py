from decimal import Decimal

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.iid.engine import Rules
from inovasi_daerah.iid.freshness import is_refresh_running


class AssessmentPeriod(CheckedDocument, Document):
	def validate(self):
		for start, end, label in (
			("implementation_window_start", "implementation_window_end", _("implementation window")),
			("reporting_window_start", "reporting_window_end", _("reporting window")),
		):
			if self.get(start) and self.get(end) and getdate(self.get(start)) > getdate(self.get(end)):
				frappe.throw(_("The {0} ends before it starts.").format(label), title=_("Invalid Period"))
		if (self.divisor_floor or 0) < 1:
			frappe.throw(_("The divisor floor must be at least 1."), title=_("Invalid Period"))
		bounds = [row.lower_bound for row in self.predicates]
		if len(set(bounds)) != len(bounds):
			frappe.throw(_("Two predicate bands have the same lower bound."), title=_("Invalid Period"))

	def onload(self):
		self.set_onload("refresh_running", is_refresh_running(self.name))

	def build_rules(self) -> Rules:
		"""The engine's rules for this period."""
		return Rules(
			divisor_floor=self.divisor_floor,
			min_basic_services=self.min_basic_services or 0,
			count_weight=Decimal(str(self.count_weight or 0)),
			count_cap=self.count_cap or 0,
			max_total=Decimal(str(self.max_total)),
			predicates=[(Decimal(str(row.lower_bound)), row.predicate) for row in self.predicates],
		)


@frappe.whitelist(methods=["POST"])
def copy_to_year(period: str, year: int) -> str:
	"""Copy a period, with its indicator catalogue, into a new year; windows move by the difference."""
	source = frappe.get_doc("Assessment Period", period)
	source.check_permission("read")
	frappe.has_permission("Assessment Period", "create", throw=True)
	year = int(year)
	if frappe.db.exists("Assessment Period", {"year": year}):
		frappe.throw(_("A period for {0} already exists.").format(year), title=_("Duplicate Period"))
	shift = year - source.year
	copy = frappe.copy_doc(source)
	copy.year = year
	for field in (
		"reporting_window_start",
		"reporting_window_end",
		"implementation_window_start",
		"implementation_window_end",
	):
		if source.get(field):
			copy.set(field, move_years(getdate(source.get(field)), shift))
	copy.insert()
	for name in frappe.get_all(
		"IID Indicator", filters={"period": period}, pluck="name", order_by="creation asc"
	):
		indicator = frappe.copy_doc(frappe.get_doc("IID Indicator", name))
		indicator.period = copy.name
		indicator.insert()
	return copy.name


def move_years(day, years: int):
	try:
		return day.replace(year=day.year + years)
	except ValueError:  # 29 February into a common year
		return day.replace(year=day.year + years, day=28)
