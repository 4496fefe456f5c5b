"""Desk view of reports/iid.py: each region's claimed and verified IID and what its gaps cost."""

import frappe
from frappe import _

from inovasi_daerah.reports import filters as report_filters
from inovasi_daerah.reports import iid
from inovasi_daerah.reports.present import chart, column, figure


@frappe.read_only()
def execute(filters=None):
	filters = report_filters.with_defaults(filters, "period")
	columns = [
		column("region", _("Region"), "Link", 200, "Region"),
		column("claimed_index", _("Claimed Index"), "Float", 110),
		column("verified_index", _("Verified Index"), "Float", 110),
		column("predicate", _("Predicate"), "Data", 130),
		column("verified_count", _("Innovations Counted"), "Int", 110),
		column("basic_services_covered", _("Basic Services Covered"), "Int", 120),
		column("basic_services_required", _("Basic Services Required"), "Int", 120),
		column("empty_seats", _("Empty Seats"), "Int", 90),
		column("points_basic_services", _("Points Lost: Basic Services"), "Float", 140),
		column("points_per_seat", _("Points Per Seat Filled"), "Float", 130),
		column("points_all_seats", _("Points Lost: Empty Seats"), "Float", 140),
		column("points_unverified", _("Points Lost: Unverified Claims"), "Float", 150),
	]
	if not filters.get("period"):
		return columns, []
	rows = iid.region_projections(filters)
	for row in rows:
		row.predicate = _(row.predicate)
	shown = rows[:30]  # a chart of a province's regions, not of the nation
	graph = chart(
		[row.region for row in shown],
		[
			(_("Claimed Index"), [row.claimed_index for row in shown]),
			(_("Verified Index"), [row.verified_index for row in shown]),
		],
	)
	verified = [row.verified_index for row in rows]
	summary = [
		figure(_("Regions"), len(rows)),
		figure(_("Highest Verified Index"), max(verified, default=0), "Float", "Green"),
		figure(
			_("Average Verified Index"), round(sum(verified) / len(verified), 2) if verified else 0, "Float"
		),
		figure(_("Empty Seats"), sum(row.empty_seats for row in rows), indicator="Orange"),
	]
	return columns, rows, None, graph, summary
