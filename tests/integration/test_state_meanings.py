"""The meaning of a workflow state is data, and every rule follows it (lifecycle/meanings.py).

Generated over the lifecycle's phases: for each, an administrator adds a new state of that phase to the
workflow as the Workflow form saves it (the form fills in the phase's usual meanings, and the state asks for
an entry field), the operator moves an innovation into it through a transition, and every rule that reads
what a state means treats it as its phase: the target report and its summary, the number cards and the
stage chart, monitoring and its overview, the daily staleness check, the Lab Inovasi funnel, the IID
eligibility, the entry requirement, the public showcase, the funnel report and the sustainability status.

The expectations below are written from the domain (PP 38/2017, the IID, the programme), not read from the
implementation. A renamed state keeps its records and counts; a state the app cannot understand is refused
and nothing is saved.
"""

import json
from collections import Counter

import frappe
import pytest
from frappe.desk.form.save import savedocs
from frappe.utils import add_years, today

from inovasi_daerah.access import roles
from inovasi_daerah.api import lifecycle as lifecycle_api
from inovasi_daerah.api import reports as reports_api
from inovasi_daerah.iid.submissions import refresh_submission
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.lifecycle.workflows import restore_workflow, workflow_differences
from inovasi_daerah.programme import lab, staleness
from inovasi_daerah.public_portal import showcase
from inovasi_daerah.reports import funnel, monitoring, targets
from tests.integration.conftest import SUMMARY
from tests.integration.helpers import act_as, complete_proposal, link, make_agency, make_region, make_user

LIFECYCLE = "Innovation Lifecycle"
REGION = "Kota Makna Uji"
PROVINCE = "Provinsi Makna Uji"
OPERATOR = "makna-operator@example.com"
VERIFIER = "makna-verifier@example.com"
MOVE = "Pindahkan Uji"
GO_INACTIVE = "Nyatakan Vakum"  # a shipped action: the step the staleness check takes
ENTRY_FIELD = "revision_note"

# What a state of each phase means to each rule: the report group, the stage a guest sees, counted toward
# the target (and by the IID), monitored, goes inactive without monev, declared feasible (Lab funnel), the
# sustainability status it sets. From PP 38/2017, the IID's stages and the programme's rules.
EXPECTED_FIELDS = ("group", "portal", "counted", "monitored", "stale", "feasible", "status")
# fmt: off
EXPECTED = {
	phase: dict(zip(EXPECTED_FIELDS, values, strict=True))
	for phase, values in {
		"Proposal":       ("proposed",    "Inisiatif",   1, 0, 0, 0, ""),
		"Evaluation":     ("proposed",    "Inisiatif",   1, 0, 0, 0, ""),
		"Enactment":      ("feasible",    "Inisiatif",   1, 0, 0, 1, ""),
		"Trial":          ("trial",       "Uji Coba",    1, 1, 0, 1, ""),
		"Implementation": ("implemented", "Penerapan",   1, 1, 1, 1, "Aktif"),
		"Developed":      ("implemented", "Penerapan",   1, 1, 1, 1, "Dikembangkan"),
		"Inactive":       ("inactive",    "Tidak Aktif", 1, 1, 0, 1, "Vakum"),
		"Stopped":        ("inactive",    "Tidak Aktif", 1, 0, 0, 1, "Dihentikan"),
		"Rejected":       ("rejected",    "",            0, 0, 0, 0, ""),
	}.items()
}
# fmt: on
CHECKED: Counter = Counter()


@pytest.fixture(scope="module")
def world():
	frappe.set_user("Administrator")
	make_region(REGION, parent=PROVINCE)
	agency = make_agency("MKN", region=REGION)
	make_user(OPERATOR, [roles.OPERATOR])
	make_user(VERIFIER, [roles.VERIFIER])
	link(agency, staff=[OPERATOR])
	region = frappe.get_doc("Region", REGION)
	if VERIFIER not in {row.user for row in region.get("members") or []}:
		region.append("members", {"user": VERIFIER})
		region.save()
	frappe.db.commit()
	yield frappe._dict(agency=agency)
	frappe.db.rollback()
	frappe.set_user("Administrator")
	frappe.db.delete("Agency Member", {"parent": agency})
	frappe.delete_doc("Agency", agency, force=True)
	for user in (OPERATOR, VERIFIER):
		frappe.delete_doc("User", user, force=True)
	frappe.db.delete("Region Member", {"parent": REGION})
	for region_name in (REGION, PROVINCE):
		frappe.delete_doc("Region", region_name, force=True)
	frappe.db.commit()
	SUMMARY.append(
		"state meanings: " + ", ".join(f"{phase} {count} rules" for phase, count in sorted(CHECKED.items()))
	)


@pytest.fixture
def sandbox():
	"""The workflow changes of a test are rolled back, and so is what Frappe and the app cached of them."""
	frappe.db.set_single_value("Inovasi Daerah Settings", "portal_region", REGION)
	yield
	frappe.db.rollback()
	forget_cached_workflows()


def forget_cached_workflows():
	for name in frappe.get_all("Workflow", pluck="name"):
		frappe.clear_document_cache("Workflow", name)
	frappe.cache.delete_value("workflow")
	frappe.clear_cache(doctype="Innovation")
	meanings.forget()


def save_as_the_form(workflow):
	"""What Desk's Save on the Workflow form sends (frappe.desk.form.save.savedocs), in a fresh response."""
	frappe.local.response = frappe._dict(docs=[])
	savedocs(json.dumps(workflow.as_dict(convert_dates_to_str=True), default=str), "Save")
	return frappe.get_doc("Workflow", workflow.name)


def ensure_masters(state: str, *actions: str):
	if not frappe.db.exists("Workflow State", state):
		frappe.get_doc({"doctype": "Workflow State", "workflow_state_name": state}).insert()
	for action in actions:
		if not frappe.db.exists("Workflow Action Master", action):
			frappe.get_doc({"doctype": "Workflow Action Master", "workflow_action_name": action}).insert()


def state_row(state: str, phase: str, **meaning) -> dict:
	"""A states-table row as the form fills it in on choosing the phase, with the administrator's changes."""
	return {
		"state": state,
		"doc_status": "0",
		"allow_edit": roles.OPERATOR,
		"inovasi_phase": phase,
		**meanings.phase_defaults(phase),
		**meaning,
	}


def add_state(state: str, phase: str, exits=(), **meaning):
	"""The administrator adds `state` after the first state, reached by MOVE (the operator's step)."""
	ensure_masters(state, MOVE, *(action for action, _target in exits))
	workflow = frappe.get_doc("Workflow", LIFECYCLE)
	workflow.append("states", state_row(state, phase, **meaning))
	first = workflow.states[0].state
	workflow.append(
		"transitions",
		{
			"state": first,
			"action": MOVE,
			"next_state": state,
			"allowed": roles.OPERATOR,
			"allow_self_approval": 1,
		},
	)
	for action, target in exits:
		workflow.append(
			"transitions",
			{
				"state": state,
				"action": action,
				"next_state": target,
				"allowed": roles.VERIFIER,
				"allow_self_approval": 1,
			},
		)
	return save_as_the_form(workflow)


def new_innovation(world, **values) -> str:
	frappe.set_user(OPERATOR)
	try:
		doc = frappe.get_doc(complete_proposal(agency=world.agency, title="Inovasi Makna Uji", **values))
		return doc.insert().name
	finally:
		frappe.set_user("Administrator")


def value_of(name: str, field: str):
	return frappe.db.get_value("Innovation", name, field)


def year_filters(**values) -> frappe._dict:
	return frappe._dict(year=int(today()[:4]), region=REGION, **values)


# ------------------------------------------------------------------ every phase


def test_every_phase_has_expectations():
	assert set(EXPECTED) == set(meanings.phases())


@pytest.mark.parametrize("phase", list(EXPECTED))
def test_a_new_state_of_each_phase_is_treated_as_its_phase(world, sandbox, phase):
	expected = EXPECTED[phase]
	state = f"Tahap Baru {phase}"
	inactive = meanings.states(phase="Inactive")[0]
	add_state(
		state,
		phase,
		exits=[(GO_INACTIVE, inactive)] if expected["stale"] else [],
		inovasi_entry_fields=ENTRY_FIELD,
	)
	cohort = frappe.get_doc(
		{
			"doctype": "Innovation Lab",
			"lab_name": "Lab Makna Uji",
			"region": REGION,
			"year": 2026,
			"current_stage": "Drum-up",
		}
	).insert()
	name = new_innovation(world, is_public=1, implementation_date="2025-03-01")
	frappe.db.set_value("Innovation", name, "innovation_lab", cohort.name)  # the Bappeda team's link
	checks = 0

	# Entry requirement: the state asks for the field; without it nothing moves, with it the step is taken.
	assert [f["fieldname"] for f in lifecycle_api.action_requirements("Innovation", name, MOVE)] == [
		ENTRY_FIELD
	]
	with pytest.raises(frappe.ValidationError, match="fill in"):
		act_as(OPERATOR, name, MOVE)
	assert value_of(name, "workflow_state") == meanings.initial_state()
	act_as(OPERATOR, name, MOVE, **{ENTRY_FIELD: "Diuji pada fase baru"})
	assert value_of(name, "workflow_state") == state
	assert (value_of(name, "sustainability_status") or "") == expected["status"]
	checks += 3
	# Entering a state of the phase Developed makes next year's edition, a new proposal of the agency.
	agency_innovations = Counter([expected["group"]])
	if phase == "Developed":
		assert value_of(name, "next_edition")
		agency_innovations["proposed"] += 1
		checks += 1

	# The target report (agency row and summary), in SQL.
	row = next(r for r in targets.target_attainment(year_filters()) if r.agency == world.agency)
	for key, _states in meanings.stage_groups():
		assert row[key] == agency_innovations[key], key
	assert row.counted == row.total - (0 if expected["counted"] else 1)
	summary = frappe.get_attr(
		"inovasi_daerah.organisation.report.innovation_target_attainment.innovation_target_attainment.execute"
	)(year_filters())[4]
	assert row.counted in [figure["value"] for figure in summary]
	checks += 2

	# The number cards and the stage chart.
	cards = {"agency": world.agency}
	assert reports_api.innovations_in_trial(json.dumps(cards))["value"] == int(expected["group"] == "trial")
	assert reports_api.innovations_implemented(json.dumps(cards))["value"] == int(
		expected["group"] == "implemented"
	)
	from frappe.desk.doctype.dashboard_chart.dashboard_chart import get as chart_data

	chart = chart_data(chart_name="Innovations by Stage", refresh=1)
	assert state in chart["labels"]
	checks += 3

	# Monitoring: a report may be written only for a monitored state, and the overview lists it.
	report = frappe.get_doc(
		{
			"doctype": "Monitoring Report",
			"innovation": name,
			"year": 2026,
			"period_number": 1,
			"report_date": today(),
			"progress": 40,
			"status": "Sesuai Rencana",
		}
	)
	if expected["monitored"]:
		report.insert()
	else:
		with pytest.raises(frappe.ValidationError, match="monitored"):
			report.insert()
	overview = {r.innovation for r in monitoring.monitoring_overview(frappe._dict(region=REGION))}
	assert (name in overview) == bool(expected["monitored"])
	checks += 2

	# The Lab Inovasi funnel counts it as verified when the state is declared feasible.
	assert lab.funnel(cohort.name)["total"]["verified"] == expected["feasible"]
	checks += 1

	# The IID: a state that does not count it (a rejected proposal) makes it ineligible, with the reason.
	period = frappe.get_all("Assessment Period", order_by="year desc", pluck="name", limit=1)[0]
	refresh_submission(name, period)
	notes = frappe.db.get_value("IID Submission", {"innovation": name, "period": period}, "eligibility_notes")
	assert ("does not count it" in (notes or "")) == (not expected["counted"])
	checks += 1

	# The public showcase: its stage, the stage filter, or not shown at all.
	frappe.set_user("Guest")
	try:
		shown = {r.name: r for r in showcase.published()}
		assert (name in shown) == bool(expected["portal"])
		if expected["portal"]:
			assert shown[name].stage == expected["portal"]
			assert name in {r.name for r in showcase.published({"stage": expected["portal"]})}
		assert expected["portal"] in ["", *[stage for stage, _label in showcase.filter_options()["stages"]]]
	finally:
		frappe.set_user("Administrator")
	checks += 2

	# The funnel report: the new state is a row, with the innovation in it and reaching it.
	row = next(r for r in funnel.lifecycle_funnel(year_filters()) if r.state == state)
	assert (row.current, row.reached, row.phase) == (1, 1, phase)
	assert row.on_main_path == meanings.phase_defaults(phase)["inovasi_main_path"]
	checks += 1

	# Staleness: no monev for years; a state that goes inactive takes the workflow's step, the others wait.
	frappe.db.set_value("Innovation", name, {"last_monitored_on": "2020-01-01", "monitoring_warned_on": None})
	staleness.run_daily(on_day=add_years(today(), 1), commit=False)
	if expected["stale"]:
		assert value_of(name, "workflow_state") == inactive
		assert value_of(name, "sustainability_status") == EXPECTED["Inactive"]["status"]
	else:
		assert value_of(name, "workflow_state") == state
	checks += 1
	CHECKED[phase] = checks


# ------------------------------------------------------------------ renaming a state


def test_a_renamed_state_keeps_its_records_and_counts(world, sandbox):
	trial = meanings.states(phase="Trial")[0]
	renamed = f"{trial} Terbatas"
	name = new_innovation(world, is_public=1, trial_start_date=today())
	frappe.db.set_value("Innovation", name, "workflow_state", trial)
	change = frappe.get_doc(
		{
			"doctype": "Innovation State Change",
			"innovation": name,
			"from_state": meanings.initial_state(),
			"to_state": trial,
			"changed_on": frappe.utils.now_datetime(),
			"changed_by": OPERATOR,
		}
	)
	change.flags.system_write = True  # as lifecycle/history.py writes it
	change.insert()
	cards = json.dumps({"agency": world.agency})
	before = {
		"card": reports_api.innovations_in_trial(cards)["value"],
		"funnel": next(
			(r.current, r.reached) for r in funnel.lifecycle_funnel(year_filters()) if r.state == trial
		),
	}
	assert before["card"] == 1
	criteria_sets = frappe.get_all("Review Criteria Set", filters={"opens_from_state": trial}, pluck="name")

	frappe.rename_doc("Workflow State", trial, renamed)

	assert value_of(name, "workflow_state") == renamed
	assert meanings.of(renamed).phase == "Trial" and meanings.of(trial) is None
	assert reports_api.innovations_in_trial(cards)["value"] == before["card"]
	assert (
		next((r.current, r.reached) for r in funnel.lifecycle_funnel(year_filters()) if r.state == renamed)
		== before["funnel"]
	)
	assert (
		frappe.get_all("Review Criteria Set", filters={"opens_from_state": renamed}, pluck="name")
		== criteria_sets
	)
	frappe.set_user("Guest")
	try:
		assert next(r for r in showcase.published() if r.name == name).stage == EXPECTED["Trial"]["portal"]
	finally:
		frappe.set_user("Administrator")
	# The workflow still runs from the renamed state: the verifier stops the trial.
	act_as(VERIFIER, name, "Hentikan")
	assert meanings.of(value_of(name, "workflow_state")).phase == "Stopped"


# ------------------------------------------------------------------ what the app cannot understand


def states_now() -> list[str]:
	return frappe.get_all(
		"Workflow Document State", filters={"parent": LIFECYCLE}, pluck="state", order_by="idx asc"
	)


def test_a_state_without_a_phase_is_refused_and_nothing_is_saved(world, sandbox):
	before = states_now()
	ensure_masters("Tanpa Fase")
	workflow = frappe.get_doc("Workflow", LIFECYCLE)
	workflow.append("states", {"state": "Tanpa Fase", "doc_status": "0", "allow_edit": roles.OPERATOR})
	with pytest.raises(frappe.ValidationError, match="Tanpa Fase.*no lifecycle phase"):
		save_as_the_form(workflow)
	frappe.local.message_log = []
	assert states_now() == before


@pytest.mark.parametrize(
	("phase", "meaning", "says"),
	[
		("Rejected", {"inovasi_counts_toward_target": 1}, "Counts Toward the Agency's Target"),
		("Proposal", {"inovasi_monitored": 1}, "Monitored"),
		("Trial", {"inovasi_may_go_stale": 1, "inovasi_monitored": 0}, "must also be monitored"),
		("Proposal", {"inovasi_feasible": 1}, "Declared Feasible"),
		("Stopped", {"inovasi_main_path": 1}, "Main Path"),
		("Implementation", {"inovasi_new_review_round": 1}, "New Review Round"),
		("Trial", {"inovasi_public_stage": "Penerapan"}, "Stage on the Public Portal"),
		("Proposal", {"inovasi_sustainability_status": "Aktif"}, "Sustainability Status"),
		("Trial", {"inovasi_entry_fields": "no_such_field"}, "no_such_field"),
		("Trial", {"inovasi_entry_fields": "review_round"}, "review_round"),
	],
)
def test_meanings_that_contradict_each_other_are_refused(world, sandbox, phase, meaning, says):
	before = states_now()
	ensure_masters("Tahap Rancu")
	workflow = frappe.get_doc("Workflow", LIFECYCLE)
	workflow.append("states", state_row("Tahap Rancu", phase, **meaning))
	with pytest.raises(frappe.ValidationError) as refused:
		save_as_the_form(workflow)
	assert "Tahap Rancu" in str(refused.value) and says in str(refused.value)
	frappe.local.message_log = []
	assert states_now() == before


def test_the_first_state_must_be_a_proposal(world, sandbox):
	before = states_now()
	workflow = frappe.get_doc("Workflow", LIFECYCLE)
	trial = next(row for row in workflow.states if row.inovasi_phase == "Trial")
	workflow.states.remove(trial)
	workflow.states.insert(0, trial)
	for idx, row in enumerate(workflow.states, start=1):
		row.idx = idx
	with pytest.raises(frappe.ValidationError, match="first state"):
		save_as_the_form(workflow)
	frappe.local.message_log = []
	assert states_now() == before


def test_diff_and_restore_cover_the_meanings(world, sandbox):
	workflow = frappe.get_doc("Workflow", LIFECYCLE)
	trial = next(row for row in workflow.states if row.inovasi_phase == "Trial")
	trial.inovasi_monitored = 0
	save_as_the_form(workflow)
	assert f"state {trial.state}: inovasi_monitored shipped 1, site 0" in workflow_differences(LIFECYCLE)
	assert trial.state not in meanings.states(monitored=True)
	restore_workflow(LIFECYCLE)
	assert workflow_differences(LIFECYCLE) == []
	assert trial.state in meanings.states(monitored=True)
