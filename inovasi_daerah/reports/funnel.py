"""The innovation funnel: how many innovations are in and have reached each lifecycle state, the conversion
between the steps of the main path, the median days spent in each state (from the Innovation State Change
history), and the Laboratorium Inovasi funnel from idea to innovation delivering with monitoring."""

import frappe
from frappe.query_builder import Case
from frappe.query_builder.functions import Avg, Count, Sum
from pypika import analytics

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.reports import innovations
from inovasi_daerah.reports.present import percent

LAB_STEPS = ("ideas", "designed", "verified", "launched", "monitored")


def current_counts(filters) -> dict[str, int]:
	innovation = innovations.table()
	query = frappe.qb.from_(innovation).select(innovation.workflow_state, Count("*"))
	rows = innovations.narrowed(query, innovation, filters).groupby(innovation.workflow_state).run()
	return {state: count for state, count in rows}


def history():
	return frappe.qb.DocType("Innovation State Change")


def reached_counts(filters) -> dict[str, int]:
	"""Innovations that ever entered each state (the first state: every innovation is born in it)."""
	innovation, change = innovations.table(), history()
	query = (
		frappe.qb.from_(change)
		.join(innovation)
		.on(innovation.name == change.innovation)
		.select(change.to_state, Count(change.innovation).distinct())
	)
	rows = innovations.narrowed(query, innovation, filters).groupby(change.to_state).run()
	return {state: count for state, count in rows}


def median_days(filters) -> dict[str, float]:
	"""Median days spent in each state before leaving it, over the changes of the filtered innovations.

	Window functions (MariaDB 10.2+, SQLite 3.25+): the middle row, or the mean of the two middle rows."""
	innovation, change = innovations.table(), history()
	ranked = (
		frappe.qb.from_(change)
		.join(innovation)
		.on(innovation.name == change.innovation)
		.select(
			change.from_state.as_("state"),
			change.days_in_from_state.as_("days"),
			analytics.RowNumber()
			.over(change.from_state)
			.orderby(change.days_in_from_state)
			.orderby(change.name)
			.as_("position"),
			analytics.Count(change.name).over(change.from_state).as_("stays"),
		)
		.where(change.from_state.isnotnull())
	)
	ranked = innovations.narrowed(ranked, innovation, filters)
	middle = (
		frappe.qb.from_(ranked)
		.select(ranked.state, Avg(ranked.days))
		.where((2 * ranked.position >= ranked.stays) & (2 * ranked.position <= ranked.stays + 2))
		.groupby(ranked.state)
	)
	return {state: round(float(days), 2) for state, days in middle.run() if days is not None}


def lifecycle_funnel(filters) -> list[dict]:
	"""One row per state of the site's lifecycle workflow, in its order."""
	current, reached, medians = current_counts(filters), reached_counts(filters), median_days(filters)
	born_in = meanings.initial_state()
	if born_in:
		reached[born_in] = sum(current.values())
	main_path = meanings.main_path()
	rows, previous = [], None
	for state, meaning in meanings.meanings().items():
		on_path = state in main_path
		row = frappe._dict(
			state=state,
			phase=meaning.phase,
			on_main_path=int(on_path),
			current=current.get(state, 0),
			reached=reached.get(state, 0),
			conversion=None,
			median_days=medians.get(state),
		)
		if on_path:
			if previous is not None:
				row.conversion = percent(row.reached, reached.get(previous, 0))
			previous = state
		rows.append(row)
	return rows


def lab_counts(filters, group_by_agency: bool = False, respect_access: bool = True) -> list[dict]:
	"""The Lab Inovasi funnel of innovations in a cohort: ideas → designed (an action plan) → verified →
	launched → delivering with monitoring; per agency when asked."""
	innovation = innovations.table()
	plan = frappe.qb.DocType("Action Plan Step")
	monitoring = frappe.qb.DocType("Monitoring Report")
	designed = frappe.qb.from_(plan).select(plan.parent).where(plan.parenttype == "Innovation")
	# Declared feasible by the verifier, or further along (the state's meaning).
	verified = meanings.for_sql(meanings.states(feasible=True))
	monitored = frappe.qb.from_(monitoring).select(monitoring.innovation)
	query = frappe.qb.from_(innovation).select(
		Count("*").as_("ideas"),
		Sum(Case().when(innovation.name.isin(designed), 1).else_(0)).as_("designed"),
		Sum(Case().when(innovation.workflow_state.isin(verified), 1).else_(0)).as_("verified"),
		Sum(Case().when(innovation.launch_date.isnotnull(), 1).else_(0)).as_("launched"),
		Sum(Case().when(innovation.name.isin(monitored), 1).else_(0)).as_("monitored"),
	)
	query = query.where(innovation.innovation_lab.isnotnull())
	if respect_access:
		query = innovations.narrowed(query, innovation, filters)
	elif filters.get("innovation_lab"):
		query = query.where(innovation.innovation_lab == filters.innovation_lab)
	if group_by_agency:
		query = query.select(innovation.agency).groupby(innovation.agency).orderby(innovation.agency)
	return [
		frappe._dict({key: int(value or 0) if key != "agency" else value for key, value in row.items()})
		for row in query.run(as_dict=True)
		if row.get("ideas")
	]
