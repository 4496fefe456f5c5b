"""The demo loader puts the fictional region on a site with the expected counts, and is idempotent."""

import itertools

import frappe
import pytest
from frappe.utils import get_datetime, getdate, nowdate
from frappe.workflow.doctype.workflow_action import workflow_action

from inovasi_daerah.demo import loader as demo
from inovasi_daerah.lifecycle.workflows import lifecycle_states


@pytest.fixture(scope="module")
def fixtures():
	return frappe._dict(
		{name: demo.read_fixture(name) for name in ("regions", "agencies", "users", "innovations")}
	)


@pytest.fixture(autouse=True)
def rollback():
	"""Replaces the per-test rollback: this module loads the demo once and rolls it back at the end."""
	yield


@pytest.fixture(scope="module")
def loaded(fixtures):
	frappe.db.rollback()
	frappe.db.begin()
	with pytest.MonkeyPatch.context() as patch:
		queued = []
		patch.setattr(workflow_action, "enqueue", lambda method, **kwargs: queued.append(method.__name__))
		first = demo.load()
		second = demo.load()
	yield frappe._dict(first=first, second=second, city=fixtures.regions[-1]["region_name"], queued=queued)
	frappe.db.rollback()


def from_fixtures(region, **filters):
	"""The demo's innovations loaded from the fixtures (the citizens' accepted ideas add drafts of their own)."""
	return {"region": region, "source_idea": ("is", "not set"), **filters}


def distinct(field, region):
	return set(frappe.get_all("Innovation", filters=from_fixtures(region), pluck=field, distinct=True))


def test_first_load_inserts_every_fixture_record(loaded, fixtures):
	opds = [a for a in fixtures.agencies if a["agency_type"] == "OPD"]
	assert loaded.first["Region"] == len(fixtures.regions)
	assert loaded.first["Agency"] == len(fixtures.agencies)
	assert loaded.first["User"] == len(fixtures.users)
	assert loaded.first["Innovation"] == len(fixtures.innovations)
	assert loaded.first["Agency Innovation Target"] == len(opds)


def test_second_load_inserts_nothing(loaded, fixtures):
	assert {key: value for key, value in loaded.second.items() if key != "seconds"} == {
		"Region": 0,
		"Agency": 0,
		"User": 0,
		"Agency Innovation Target": 0,
		"Innovation": 0,
		"IID rows": 0,
		"Innovation Lab": 0,
		"Monitoring Report": 0,
		"Replication": 0,
		"Innovation Consultation": 0,
		"Award": 0,
		"Innovation State Change": 0,
		"Public Idea": 0,
	}
	assert frappe.db.count("Innovation", from_fixtures(loaded.city)) == len(fixtures.innovations)


def test_the_history_queues_no_mail_but_fills_the_inbox(loaded):
	"""Muting mail is not enough: a thousand queued workflow emails kept the served demo's worker busy."""
	assert "send_workflow_action_email" not in loaded.queued
	assert workflow_action.send_email_alert("Innovation Lifecycle"), (
		"the workflow still sends mail afterwards"
	)
	waiting = frappe.get_all(
		"Workflow Action",
		filters={"reference_doctype": "Innovation", "status": "Open"},
		pluck="reference_name",
	)
	assert set(waiting) & set(frappe.get_all("Innovation", filters=from_fixtures(loaded.city), pluck="name"))


def test_demo_innovations_have_a_history_ending_in_their_state(loaded):
	"""The funnel report's medians need a history: every demo innovation past Draf came from Draf, step by
	step, to the state it is in, and was created when its history began."""
	for innovation in frappe.get_all(
		"Innovation", filters=from_fixtures(loaded.city), fields=["name", "workflow_state", "creation"]
	):
		history = frappe.get_all(
			"Innovation State Change",
			filters={"innovation": innovation.name},
			fields=["from_state", "to_state", "changed_on", "days_in_from_state"],
			order_by="changed_on",
		)
		if innovation.workflow_state == "Draf":
			assert not history
			continue
		assert history[0].from_state == "Draf" and history[-1].to_state == innovation.workflow_state
		assert all(a.to_state == b.from_state for a, b in itertools.pairwise(history))
		assert get_datetime(history[0].changed_on) > get_datetime(innovation.creation)
		assert all(row.days_in_from_state >= 0 for row in history)


def test_demo_region_is_marked_and_big_enough(loaded):
	assert frappe.db.get_value("Region", loaded.city, "is_demo") == 1
	assert "(Demo)" in loaded.city
	assert frappe.db.count("Agency", {"region": loaded.city}) >= 30
	assert frappe.db.count("Agency", {"region": loaded.city, "parent_agency": ("is", "set")}) >= 8
	assert frappe.db.count("Innovation", from_fixtures(loaded.city)) >= 200


def test_every_opd_has_a_target_of_six_this_year(loaded):
	year = getdate(nowdate()).year
	opds = frappe.get_all("Agency", filters={"region": loaded.city, "agency_type": "OPD"}, pluck="name")
	targets = frappe.get_all(
		"Agency Innovation Target",
		filters={"region": loaded.city, "year": year},
		fields=["agency", "target_count"],
	)
	assert {t.agency for t in targets} == set(opds)
	assert {t.target_count for t in targets} == {6}


def test_innovations_cover_every_category_and_stage(loaded):
	region = loaded.city
	assert distinct("initiator_type", region) == {
		"Kepala Daerah",
		"Anggota DPRD",
		"ASN",
		"Perangkat Daerah",
		"Masyarakat",
	}
	assert distinct("innovation_form", region) == {
		"Tata Kelola Pemerintahan Daerah",
		"Pelayanan Publik",
		"Inovasi Daerah Lainnya Sesuai Urusan",
	}
	assert distinct("innovation_type", region) == {"Digital", "Non Digital"}
	assert distinct("workflow_state", region) == set(lifecycle_states())
	basic = set(frappe.get_all("Government Affair", filters={"is_basic_service": 1}, pluck="name"))
	assert basic <= distinct("main_affair", region)


def test_lab_cohort_shape_most_ideas_designed_and_launched(loaded):
	region = loaded.city
	total = frappe.db.count("Innovation", from_fixtures(region))
	launched = frappe.db.count(
		"Innovation",
		{"region": region, "workflow_state": ("in", ["Diterapkan", "Dikembangkan", "Vakum", "Dihentikan"])},
	)
	assert launched > total / 2


def test_every_innovation_has_a_believable_team(loaded):
	region = loaded.city
	members = frappe.get_all(
		"Innovation Team Member",
		filters={"parenttype": "Innovation"},
		fields=["parent", "team_role", "nip"],
	)
	innovations = set(frappe.get_all("Innovation", filters=from_fixtures(region), pluck="name"))
	by_parent = {}
	for member in members:
		if member.parent in innovations:
			by_parent.setdefault(member.parent, []).append(member)
	assert set(by_parent) == innovations
	for rows in by_parent.values():
		assert len(rows) >= 2
		assert [r.team_role for r in rows].count("Ketua") == 1
		assert all(len(r.nip) == 18 and r.nip.isdigit() for r in rows if r.nip)


def test_implemented_innovations_have_a_legal_basis_and_ordered_dates(loaded):
	rows = frappe.get_all(
		"Innovation",
		filters={
			"region": loaded.city,
			"workflow_state": ("in", ["Diterapkan", "Dikembangkan", "Vakum", "Dihentikan"]),
		},
		fields=["legal_basis_number", "trial_start_date", "trial_end_date", "implementation_date"],
	)
	for row in rows:
		assert row.legal_basis_number
		assert (
			getdate(row.trial_start_date) <= getdate(row.trial_end_date) <= getdate(row.implementation_date)
		)


def test_agency_heads_are_linked(loaded, fixtures):
	for user in fixtures.users:
		if "Agency Head" in user["roles"] and user["agency"]:
			assert (
				frappe.db.get_value("Agency", demo.agency_name(user["agency"], loaded.city), "head")
				== user["email"]
			)


def test_demo_region_has_iid_data_with_both_index_figures(loaded, fixtures):
	from inovasi_daerah.iid.projection import projection

	iid = demo.read_fixture("iid_2026")
	rows = sum(len(item["indicators"]) for item in iid["innovations"]) + len(iid["region_values"])
	assert loaded.first["IID rows"] == rows
	assert frappe.db.count("IID Submission", {"region": loaded.city}) == len(iid["innovations"])
	claimed = projection(loaded.city, "IID 2026", "claimed")
	verified = projection(loaded.city, "IID 2026", "verified")
	assert 0 < verified["index"] <= claimed["index"] <= 100
	assert verified["innovation_count"] < claimed["innovation_count"]


def test_demo_cohort_funnel_follows_the_seeds_pattern(loaded):
	"""About 200 ideas, 150 designed and verified, 150 launched, 120 delivering with monitoring."""
	from inovasi_daerah.programme.lab import funnel

	cohort = frappe.db.get_value("Innovation Lab", {"region": loaded.city})
	total = funnel(cohort)["total"]
	assert total["ideas"] >= 200
	assert 140 <= total["designed"] <= 170 and total["verified"] == total["designed"]
	assert 130 <= total["launched"] <= total["verified"]
	assert 100 <= total["monitored"] <= 125, total


def test_demo_has_a_year_of_monev_with_a_few_stale_innovations(loaded):
	region = loaded.city
	reports = frappe.db.count("Monitoring Report", {"region": region})
	assert reports >= 300
	warned = frappe.db.count("Innovation", {"region": region, "monitoring_warned_on": ("is", "set")})
	assert 1 <= warned <= 10
	assert frappe.db.count("Innovation", {"region": region, "replication_count": (">", 0)}) >= 5
	assert (
		frappe.db.count(
			"Innovation Consultation",
			{"region": region, "follow_up_done": 0, "follow_up_due": ("<", frappe.utils.today())},
		)
		== 3
	)
	assert {"IGA", "KIPP Top 99", "Insentif Daerah", "Penghargaan Daerah"} <= set(
		frappe.get_all("Award", filters={"region": region}, pluck="award_type")
	)


def test_citizens_ideas_arrive_as_guests_and_are_triaged_by_the_verifier(loaded):
	ideas = frappe.get_all(
		"Public Idea",
		filters={"region": loaded.city},
		fields=[
			"name",
			"title",
			"status",
			"owner",
			"triaged_by",
			"innovation",
			"duplicate_of",
			"public_reply",
		],
	)
	rows = demo.read_fixture("public_ideas")
	assert loaded.first["Public Idea"] == len(rows) == len(ideas)
	assert {idea.owner for idea in ideas} == {"Guest"}
	assert sorted(idea.status for idea in ideas) == sorted(row["triage"] for row in rows)
	assert frappe.db.get_single_value("Inovasi Daerah Settings", "portal_region") == loaded.city
	for idea in ideas:
		if idea.status == "Baru":
			assert not idea.triaged_by and not idea.public_reply
			continue
		assert frappe.get_roles(idea.triaged_by) and "Innovation Verifier" in frappe.get_roles(
			idea.triaged_by
		)
		assert idea.public_reply
		if idea.status == "Diterima":
			innovation = frappe.db.get_value(
				"Innovation",
				idea.innovation,
				["workflow_state", "initiator_type", "source_idea"],
				as_dict=True,
			)
			assert innovation == {
				"workflow_state": "Draf",
				"initiator_type": "Masyarakat",
				"source_idea": idea.name,
			}
		if idea.status == "Duplikat":
			assert frappe.db.get_value("Public Idea", idea.duplicate_of, "region") == loaded.city
