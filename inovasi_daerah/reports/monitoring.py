"""Monitoring overview: per monitored innovation (its state's meaning) its latest monitoring report (progress, status), the
beneficiaries trend from its previous report, and whether it is going stale; the obstacles reported most."""

import frappe
from frappe.query_builder.functions import Count
from frappe.utils import getdate, today
from pypika import analytics

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.programme import rules
from inovasi_daerah.programme.monitoring import settings
from inovasi_daerah.programme.staleness import watched_states
from inovasi_daerah.reports import innovations
from inovasi_daerah.reports.access import within_access
from inovasi_daerah.reports.present import percent


def latest_reports(filters):
	"""Subquery: each monitoring report numbered per innovation, newest first (1 = latest, 2 = previous)."""
	report = frappe.qb.DocType("Monitoring Report")
	query = frappe.qb.from_(report).select(
		report.innovation,
		report.report_date,
		report.period,
		report.progress,
		report.status,
		report.beneficiary_basis,
		report.beneficiary_value,
		analytics.RowNumber()
		.over(report.innovation)
		.orderby(report.report_date, order=frappe.qb.desc)
		.orderby(report.name, order=frappe.qb.desc)
		.as_("recency"),
	)
	if filters.get("year"):
		query = query.where(report.year == filters.year)
	if filters.get("region"):
		query = query.where(report.region == filters.region)
	if filters.get("agency"):
		query = query.where(report.agency == filters.agency)
	return query


def monitoring_overview(filters) -> list[dict]:
	innovation = innovations.table()
	ranked = latest_reports(filters)
	latest = frappe.qb.from_(ranked).select("*").where(ranked.recency == 1).as_("latest")
	previous = frappe.qb.from_(ranked).select("*").where(ranked.recency == 2).as_("previous")
	query = (
		frappe.qb.from_(innovation)
		.left_join(latest)
		.on(latest.innovation == innovation.name)
		.left_join(previous)
		.on(previous.innovation == innovation.name)
		.select(
			innovation.name.as_("innovation"),
			innovation.title,
			innovation.agency,
			innovation.workflow_state,
			innovation.implementation_date,
			innovation.last_monitored_on,
			latest.report_date,
			latest.period,
			latest.progress,
			latest.status,
			latest.beneficiary_basis,
			latest.beneficiary_value,
			previous.beneficiary_value.as_("previous_beneficiary_value"),
		)
		.where(innovation.workflow_state.isin(meanings.for_sql(meanings.states(monitored=True))))
		.orderby(innovation.agency)
		.orderby(innovation.name)
	)
	# The year picks the reports, not the innovations: an innovation implemented earlier is monitored now.
	rows = innovations.narrowed(query, innovation, frappe._dict(filters, year=None)).run(as_dict=True)
	config, day, watched = settings(), getdate(today()), watched_states()
	for row in rows:
		last = row.last_monitored_on or row.implementation_date
		row.months_since = rules.whole_months_between(getdate(last), day) if last else None
		# The daily staleness job's own rule and states (programme/staleness.py).
		row.stale = int(
			row.workflow_state in watched
			and (
				not last
				or rules.staleness(getdate(last), day, config.stale_warning_months, config.stale_vakum_months)
				!= rules.FRESH
			)
		)
		row.beneficiary_trend = (
			percent(row.beneficiary_value - row.previous_beneficiary_value, row.previous_beneficiary_value)
			if row.beneficiary_value is not None and row.previous_beneficiary_value
			else None
		)
	return rows


def obstacle_frequency(filters) -> list[tuple[str, int]]:
	"""How many monitoring reports (of the innovations the user sees) named each obstacle category."""
	report = frappe.qb.DocType("Monitoring Report")
	obstacle = frappe.qb.DocType("Monitoring Obstacle")
	query = (
		frappe.qb.from_(obstacle)
		.join(report)
		.on((obstacle.parent == report.name) & (obstacle.parenttype == "Monitoring Report"))
		.select(obstacle.obstacle_category, Count("*").as_("reports"))
		.groupby(obstacle.obstacle_category)
		.orderby(Count("*"), order=frappe.qb.desc)
		.orderby(obstacle.obstacle_category)
	)
	for key in ("year", "region", "agency"):
		if filters.get(key):
			query = query.where(getattr(report, key) == filters[key])
	return [(row[0], row[1]) for row in within_access(query, "Monitoring Report").run()]
