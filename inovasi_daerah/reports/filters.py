"""The filters every report shares (year, assessment period, region, agency), checked once, with the
user's defaults: their region and the current year and period."""

import frappe
from frappe import _
from frappe.query_builder.functions import Count
from frappe.utils import cint, getdate, today

from inovasi_daerah.access.scope import user_scope
from inovasi_daerah.utils import json_argument

FIRST_YEAR, LAST_YEAR = 2000, 2100


def parse(filters: dict | str | None) -> frappe._dict:
	"""The filters as clean values; a bad one is refused with a translated message naming it."""
	filters = frappe._dict(json_argument(filters, _("Filters"), dict) if filters not in (None, "") else {})
	clean = frappe._dict()
	if filters.get("year") not in (None, ""):
		clean.year = cint(filters.year)
		if not FIRST_YEAR <= clean.year <= LAST_YEAR:
			frappe.throw(
				_("Year must be between {0} and {1}.").format(FIRST_YEAR, LAST_YEAR),
				title=_("Invalid Filter"),
			)
	for key, doctype in (
		("region", "Region"),
		("agency", "Agency"),
		("period", "Assessment Period"),
		("innovation_lab", "Innovation Lab"),
	):
		value = filters.get(key)
		if value in (None, ""):
			continue
		if not isinstance(value, str) or not frappe.db.exists(doctype, value):
			frappe.throw(
				_("{0} {1} does not exist.").format(_(doctype), frappe.bold(str(value))),
				title=_("Invalid Filter"),
			)
		clean[key] = value
	return clean


def year_range(year: int) -> tuple[str, str]:
	"""[start, end) of a calendar year, as datetime bounds an index on `creation` can use."""
	return f"{year}-01-01", f"{year + 1}-01-01"


def current_year() -> int:
	return getdate(today()).year


def current_period() -> str | None:
	"""The assessment period of this year, else the latest one."""
	period = frappe.qb.DocType("Assessment Period")
	rows = (
		frappe.qb.from_(period)
		.select(period.name)
		.where(period.year <= current_year())
		.orderby(period.year, order=frappe.qb.desc)
		.limit(1)
		.run(pluck=True)
	)
	return rows[0] if rows else frappe.db.get_value("Assessment Period", {}, "name", order_by="year desc")


def default_region() -> str | None:
	"""The region a user works for: the one their scope reaches (a province's member gets the province),
	else, for users who reach every region, the region holding most innovations."""
	scope = user_scope()
	if scope.regions:
		if len(scope.regions) == 1:
			return next(iter(scope.regions))
		region = frappe.qb.DocType("Region")
		tops = (
			frappe.qb.from_(region)
			.select(region.name)
			.where(region.name.isin(list(scope.regions)))
			.where(region.parent_province.isnull() | region.parent_province.notin(list(scope.regions)))
			.orderby(region.name)
			.run(pluck=True)
		)
		return tops[0] if tops else sorted(scope.regions)[0]
	if scope.regions is not None:  # reaches no region
		return None
	innovation = frappe.qb.DocType("Innovation")
	busiest = (
		frappe.qb.from_(innovation)
		.select(innovation.region)
		.groupby(innovation.region)
		.orderby(Count("*"), order=frappe.qb.desc)
		.limit(1)
		.run(pluck=True)
	)
	return busiest[0] if busiest else frappe.db.get_value("Region", {}, "name", order_by="name")


def with_defaults(filters, *keys: str) -> frappe._dict:
	"""Parsed filters with the user's default for each of `keys` that was left empty."""
	clean = parse(filters)
	defaults = {"year": current_year, "period": current_period, "region": default_region}
	for key in keys:
		if not clean.get(key):
			clean[key] = defaults[key]()
	return clean
