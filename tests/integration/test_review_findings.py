"""Four defects found in a review of the lifecycle code, each with the test that failed before its fix:

- the Administrator's workflow steps skipped what entering a state does (a new review round and its cleared
  gates, the sustainability status, the legal basis a penetapan needs, the notifications);
- a Stage Review could be saved on a criteria set that is not the gate's active one, and the gate counted
  the reviews of every set;
- the reviewer search, called without an innovation, listed the reviewers and verifiers of every region;
- the stale-click guard locked the record before checking that the user may act on it.
"""

import frappe
import pytest

from inovasi_daerah.access import roles
from inovasi_daerah.api import lifecycle as lifecycle_api
from inovasi_daerah.lifecycle import gates, meanings
from tests.integration.helpers import act_as, complete_proposal, link, make_agency, make_region, make_user

REGION = "Kota Temuan Uji"
OTHER_REGION = "Kabupaten Temuan Lain"
PROVINCE = "Provinsi Temuan Uji"
PEOPLE = {
	"operator": [roles.OPERATOR],
	"outsider": [roles.OPERATOR],
	"head": [roles.AGENCY_HEAD],
	"verifier": [roles.VERIFIER],
	"reviewer": [roles.REVIEWER],
	"far-reviewer": [roles.REVIEWER],
	"far-verifier": [roles.VERIFIER],
}
LEGAL_BASIS = {
	"legal_basis_type": "SK Kepala Daerah",
	"legal_basis_number": "SK 12/2026",
	"legal_basis_date": "2026-03-01",
}


def email(key: str) -> str:
	return f"temuan-{key}@example.com"


@pytest.fixture(scope="module")
def world():
	frappe.set_user("Administrator")
	for region in (REGION, OTHER_REGION):
		make_region(region, level="Kota" if region == REGION else "Kabupaten", parent=PROVINCE)
	agency = make_agency("TMN", region=REGION)
	far_agency = make_agency("TMN", region=OTHER_REGION)
	for key, user_roles in PEOPLE.items():
		make_user(email(key), user_roles)
		# Frappe emails each bell notification (a review's assignment) at once in tests, and that commits.
		frappe.db.set_value("Notification Settings", email(key), "enable_email_notifications", 0)
	link(agency, head=email("head"), staff=[email("operator")])
	link(far_agency, staff=[email("outsider")])
	for region, members in (
		(REGION, ["verifier", "reviewer"]),
		(OTHER_REGION, ["far-reviewer", "far-verifier"]),
	):
		doc = frappe.get_doc("Region", region)
		for key in members:
			doc.append("members", {"user": email(key)})
		doc.save()
	frappe.db.commit()
	yield frappe._dict(agency=agency)
	frappe.db.rollback()
	for name in frappe.get_all("Innovation", filters={"agency": agency}, pluck="name"):
		frappe.delete_doc("Innovation", name, force=True)
	for name in (agency, far_agency):
		frappe.db.delete("Agency Member", {"parent": name})
		frappe.delete_doc("Agency", name, force=True)
	for key in PEOPLE:
		frappe.delete_doc("User", email(key), force=True)
	for region in (REGION, OTHER_REGION, PROVINCE):
		frappe.db.delete("Region Member", {"parent": region})
		frappe.delete_doc("Region", region, force=True)
	frappe.db.commit()


def innovation_in(world, phase: str, **values) -> str:
	"""An innovation of the operator, placed in the first state of `phase` (as if it got there)."""
	frappe.set_user(email("operator"))
	try:
		name = frappe.get_doc(complete_proposal(agency=world.agency, title="Inovasi Temuan")).insert().name
	finally:
		frappe.set_user("Administrator")
	frappe.db.set_value("Innovation", name, {"workflow_state": meanings.states(phase=phase)[0], **values})
	return name


def value(name: str, field: str):
	return frappe.db.get_value("Innovation", name, field)


def notified(user: str, name: str) -> list[str]:
	"""The subjects of the emails queued about the innovation for `user` (in tests Frappe queues at once)."""
	subjects = []
	for queued in frappe.get_all(
		"Email Queue",
		filters={"reference_doctype": "Innovation", "reference_name": name},
		fields=["name", "message"],
	):
		if user in frappe.get_all(
			"Email Queue Recipient", filters={"parent": queued.name}, pluck="recipient"
		):
			subjects += [line for line in queued.message.splitlines() if line.startswith("Subject:")]
	return subjects


# ------------------------------------------------------------------ the Administrator's steps


def test_the_administrators_return_for_revision_opens_a_new_round(world):
	name = innovation_in(world, "Evaluation", feasibility_gate="Lulus", review_round=1)
	act_as("Administrator", name, "Minta Revisi", revision_note="Lengkapi data anggaran")
	assert meanings.of(value(name, "workflow_state")).new_review_round
	assert (value(name, "review_round"), value(name, "feasibility_gate") or "") == (2, "")
	assert any("revisi" in subject for subject in notified(email("operator"), name))


def test_the_administrators_penetapan_needs_the_legal_basis_and_notifies(world):
	name = innovation_in(world, "Enactment")
	with pytest.raises(frappe.ValidationError, match="fill in"):
		act_as("Administrator", name, "Tetapkan")
	assert meanings.of(value(name, "workflow_state")).entry_fields == ()
	act_as("Administrator", name, "Tetapkan", **LEGAL_BASIS)
	assert value(name, "legal_basis_number") == LEGAL_BASIS["legal_basis_number"]
	assert any("ditetapkan" in subject for subject in notified(email("head"), name))


def test_the_administrators_implementation_sets_the_sustainability_status(world):
	name = innovation_in(world, "Trial", trial_gate="Lulus", trial_start_date="2026-01-05")
	act_as("Administrator", name, "Terapkan", implementation_date="2026-06-01")
	state = value(name, "workflow_state")
	assert meanings.of(state).phase == "Implementation"
	assert value(name, "sustainability_status") == meanings.of(state).sustainability_status == "Aktif"


# ------------------------------------------------------------------ criteria sets of a gate


@pytest.fixture
def gate_with_one_review_set(world):
	"""The feasibility gate ruled by a fresh set that passes on one review; the shipped set set aside."""
	shipped = gates.active_criteria_set("Kelayakan")
	frappe.db.set_value("Review Criteria Set", shipped, "is_active", 0)
	quick = frappe.get_doc(
		{
			"doctype": "Review Criteria Set",
			"criteria_set_name": "Set Kelayakan Cepat",
			"gate": "Kelayakan",
			"is_active": 1,
			"min_reviews": 1,
			"min_average": 50,
			"criteria": [{"criterion": "Kebaruan", "weight": 100}],
		}
	).insert()
	gates.forget_gated_transitions()
	yield frappe._dict(shipped=shipped, quick=quick.name)
	frappe.db.rollback()
	if frappe.db.exists("Review Criteria Set", quick.name):  # something committed after all: undo it
		for review in frappe.get_all("Stage Review", filters={"criteria_set": quick.name}, pluck="name"):
			frappe.db.delete("Stage Review Score", {"parent": review})
			frappe.db.delete("Stage Review", {"name": review})
		frappe.delete_doc("Review Criteria Set", quick.name, force=True)
		frappe.db.set_value("Review Criteria Set", shipped, "is_active", 1)
		frappe.db.commit()
	gates.forget_gated_transitions()


def scored_review(name: str, criteria_set: str | None = None) -> str:
	frappe.set_user(email("verifier"))
	try:
		values = {"innovation": name, "gate": "Kelayakan", "reviewer": email("reviewer")}
		if criteria_set:
			values["criteria_set"] = criteria_set
		review = frappe.get_doc({"doctype": "Stage Review", **values}).insert()
	finally:
		frappe.set_user("Administrator")
	frappe.set_user(email("reviewer"))
	try:
		review = frappe.get_doc("Stage Review", review.name)
		for row in review.scores:
			row.score = 90
		review.recommendation = "Lanjut"
		review.submit()
	finally:
		frappe.set_user("Administrator")
	return review.name


def test_a_review_on_a_set_that_is_not_the_gates_active_one_is_refused(world, gate_with_one_review_set):
	name = innovation_in(world, "Evaluation")
	with pytest.raises(frappe.ValidationError, match="not the active set"):
		scored_review(name, criteria_set=gate_with_one_review_set.shipped)
	assert not frappe.db.exists("Stage Review", {"innovation": name})


def test_the_gate_counts_only_the_reviews_of_its_active_set(world, gate_with_one_review_set):
	name = innovation_in(world, "Evaluation")
	scored_review(name)
	result, criteria_set = gates.evaluate_gate(name, "Kelayakan")
	assert (criteria_set, result.review_count, result.passed) == (gate_with_one_review_set.quick, 1, True)
	assert value(name, "feasibility_gate") == "Lulus"
	# The gate is ruled by another set again: the review scored on the other rule no longer opens it.
	frappe.get_doc("Review Criteria Set", gate_with_one_review_set.quick).update({"is_active": 0}).save()
	frappe.get_doc("Review Criteria Set", gate_with_one_review_set.shipped).update({"is_active": 1}).save()
	result, criteria_set = gates.evaluate_gate(name, "Kelayakan")
	assert (criteria_set, result.review_count, result.passed) == (gate_with_one_review_set.shipped, 0, False)
	assert (value(name, "feasibility_gate") or "") == ""


# ------------------------------------------------------------------ the reviewer search


def reviewers_found(searcher: str, filters: dict | None = None) -> set[str]:
	frappe.set_user(searcher)
	try:
		rows = lifecycle_api.reviewer_query("User", "temuan", "name", 0, 50, filters or {})
	finally:
		frappe.set_user("Administrator")
	return {row[0] for row in rows}


def test_the_reviewer_search_without_an_innovation_stays_in_the_searchers_region(world):
	found = reviewers_found(email("verifier"))
	assert {email("reviewer"), email("verifier")} <= found
	assert not found & {email("far-reviewer"), email("far-verifier")}
	# Another region's coordinator finds their own people, not these.
	assert reviewers_found(email("far-verifier")) & found == set()


def test_the_reviewer_search_for_an_unreadable_innovation_finds_no_one(world):
	name = innovation_in(world, "Evaluation")
	assert email("reviewer") in reviewers_found(email("verifier"), {"innovation": name})
	assert reviewers_found(email("far-verifier"), {"innovation": name}) == set()


# ------------------------------------------------------------------ the stale-click guard


def test_an_action_by_someone_who_may_not_read_the_record_takes_no_lock(world, monkeypatch):
	locked = []
	real = lifecycle_api.take_write_lock
	monkeypatch.setattr(lifecycle_api, "take_write_lock", lambda *args: locked.append(args) or real(*args))
	name = innovation_in(world, "Proposal")
	with pytest.raises(frappe.PermissionError):
		act_as(email("outsider"), name, "Ajukan")
	assert locked == []
	assert value(name, "workflow_state") == meanings.initial_state()
	act_as(email("operator"), name, "Ajukan")  # the operator may: the lock is taken, the step made
	assert locked == [("Innovation", name)]
	assert value(name, "workflow_state") != meanings.initial_state()
