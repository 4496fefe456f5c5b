"""The Innovation Lifecycle through REST with token auth: happy paths for every initiator, and refusals."""

import itertools

import frappe
import pytest

from inovasi_daerah.lifecycle.history import history_from_versions
from tests.integration.workflow_helpers import (
	act,
	build_world,
	create,
	email,
	error_text,
	review,
	state,
	tear_down,
	update,
)

LEGAL_BASIS = {
	"legal_basis_type": "Peraturan Kepala Daerah",
	"legal_basis_number": "Perwali No. 12 Tahun 2026",
	"legal_basis_date": "2026-02-01",
}


@pytest.fixture(scope="module")
def world():
	built = build_world()
	yield built
	tear_down(built)


def step(world, who, name, action, expected_state):
	response = act(world, who, name, action)
	assert response.status_code == 200, error_text(response)
	assert state(name) == expected_state


def walk_to_feasibility(world, name, initiator):
	step(
		world,
		"operator",
		name,
		"Ajukan",
		"Menunggu Izin Atasan" if initiator == "ASN" else "Evaluasi Kelayakan",
	)
	if initiator == "ASN":
		step(world, "head", name, "Beri Izin", "Evaluasi Kelayakan")


@pytest.mark.parametrize(
	"initiator", ["ASN", "Perangkat Daerah", "Anggota DPRD", "Masyarakat", "Kepala Daerah"]
)
def test_happy_path_from_draf_to_diterapkan(world, initiator):
	name = create(world, initiator_type=initiator, title=f"Jalur {initiator}")
	assert state(name) == "Draf"
	walk_to_feasibility(world, name, initiator)

	evaluator = "reviewer" if initiator == "Kepala Daerah" else "verifier"
	_, submitted = review(world, evaluator, name, "Kelayakan")
	assert submitted.status_code == 200, error_text(submitted)
	assert frappe.db.get_value("Innovation", name, "feasibility_gate") == "Lulus"
	step(world, evaluator, name, "Nyatakan Layak", "Menunggu Penetapan")

	assert update(world, "kdh", name, **LEGAL_BASIS).status_code == 200
	step(world, "kdh", name, "Tetapkan", "Ditetapkan")

	assert update(world, "operator", name, trial_start_date="2026-03-01").status_code == 200
	step(world, "operator", name, "Mulai Uji Coba", "Uji Coba")
	assert (
		update(
			world, "operator", name, trial_end_date="2026-08-31", implementation_date="2026-09-01"
		).status_code
		== 200
	)

	_, submitted = review(world, "verifier2", name, "Uji Coba")
	assert submitted.status_code == 200, error_text(submitted)
	step(world, "verifier", name, "Terapkan", "Diterapkan")
	assert frappe.db.get_value("Innovation", name, "sustainability_status") == "Aktif"

	step(world, "verifier", name, "Nyatakan Vakum", "Vakum")
	step(world, "verifier", name, "Aktifkan Kembali", "Diterapkan")

	# Every transition left one row of history, in order, with who acted (the funnel report reads it).
	frappe.db.rollback()
	history = frappe.get_all(
		"Innovation State Change",
		filters={"innovation": name},
		fields=["from_state", "to_state", "changed_by", "days_in_from_state"],
		order_by="changed_on, creation",
	)
	walked = ["Draf"] + (["Menunggu Izin Atasan"] if initiator == "ASN" else [])
	walked += [
		"Evaluasi Kelayakan",
		"Menunggu Penetapan",
		"Ditetapkan",
		"Uji Coba",
		"Diterapkan",
		"Vakum",
		"Diterapkan",
	]
	assert [(row.from_state, row.to_state) for row in history] == list(itertools.pairwise(walked))
	assert history[-1].changed_by == email("verifier")
	assert all(row.days_in_from_state >= 0 for row in history)

	# A site that walked before the history existed gets it back from the Versions (patch v0_6).
	frappe.db.delete("Innovation State Change", {"innovation": name})
	history_from_versions(name, frappe.db.get_value("Innovation", name, "creation"))
	rebuilt = frappe.get_all(
		"Innovation State Change",
		filters={"innovation": name},
		fields=["from_state", "to_state", "changed_by"],
		order_by="changed_on, creation",
	)
	assert [(row.from_state, row.to_state, row.changed_by) for row in rebuilt] == [
		(row.from_state, row.to_state, row.changed_by) for row in history
	]


def snapshot(name):
	frappe.db.rollback()
	return frappe.db.get_value(
		"Innovation",
		name,
		["workflow_state", "title", "benefit", "sustainability_status", "modified"],
		as_dict=True,
	)


def assert_refused(response, message, name, before):
	assert response.status_code in (403, 417), response.text
	assert message in error_text(response), error_text(response)
	assert snapshot(name) == before


def test_wrong_role_is_refused(world):
	name = create(world, title="Peran salah", initiator_type="ASN")
	before = snapshot(name)
	assert_refused(act(world, "operator", name, "Beri Izin"), "is not available", name, before)
	step(world, "operator", name, "Ajukan", "Menunggu Izin Atasan")
	before = snapshot(name)
	assert_refused(
		act(world, "verifier", name, "Beri Izin"), "Only Agency Head can take this step", name, before
	)


def test_wrong_state_is_refused(world):
	name = create(world, title="Keadaan salah")
	before = snapshot(name)
	assert_refused(act(world, "kdh", name, "Tetapkan"), "is not available in state", name, before)


def test_other_agency_operator_cannot_act_or_see(world):
	name = create(world, title="Milik Dinkes")
	before = snapshot(name)
	response = act(world, "other-operator", name, "Ajukan")
	assert response.status_code == 403, response.text
	assert snapshot(name) == before
	response = update(world, "other-operator", name, benefit="Diubah dinas lain")
	assert response.status_code == 403
	assert snapshot(name) == before


def test_incomplete_proposal_cannot_leave_draf(world):
	name = create(world, title="Belum lengkap", benefit=None, planned_trial_months=0)
	before = snapshot(name)
	response = act(world, "operator", name, "Ajukan")
	assert_refused(response, "Missing: Benefit (Manfaat), Planned Trial Period (Months)", name, before)


def test_gate_rule_not_met_keeps_the_transition_closed(world):
	name = create(world, title="Gerbang belum lulus")
	walk_to_feasibility(world, name, "Perangkat Daerah")
	before = snapshot(name)
	assert_refused(act(world, "verifier", name, "Nyatakan Layak"), "review rule of", name, before)
	_, submitted = review(world, "verifier2", name, "Kelayakan", score=50, recommendation="Revisi")
	assert submitted.status_code == 200, error_text(submitted)
	assert frappe.db.get_value("Innovation", name, "feasibility_gate") == "Tidak Lulus"
	before = snapshot(name)
	assert_refused(act(world, "verifier", name, "Nyatakan Layak"), "average 50.00 (minimum 70", name, before)


def test_self_approval_is_refused(world):
	name = create(world, who="maker", title="Dibuat sendiri")
	step(world, "maker", name, "Ajukan", "Evaluasi Kelayakan")
	_, submitted = review(world, "verifier2", name, "Kelayakan")
	assert submitted.status_code == 200, error_text(submitted)
	before = snapshot(name)
	assert_refused(act(world, "maker", name, "Nyatakan Layak"), "cannot also approve it", name, before)
	step(world, "verifier", name, "Nyatakan Layak", "Menunggu Penetapan")


def test_direct_state_write_cannot_skip_a_transition(world):
	name = create(world, title="Lompat tahap")
	before = snapshot(name)
	assert_refused(update(world, "operator", name, workflow_state="Diterapkan"), "no step from", name, before)
	assert_refused(
		update(world, "operator", name, workflow_state="Menunggu Penetapan", benefit="X"),
		"no step from",
		name,
		before,
	)
	response = update(world, "operator", name, docstatus=1)
	assert response.status_code in (403, 417), response.text
	assert snapshot(name) == before


def test_creating_in_a_later_state_is_refused(world):
	from tests.integration.helpers import complete_proposal, rest

	body = complete_proposal(agency=world.dinkes, title="Langsung diterapkan", workflow_state="Diterapkan")
	body.pop("doctype")
	before = frappe.db.count("Innovation")
	response = rest("POST", "/api/resource/Innovation", world.tokens["operator"], json=body)
	assert response.status_code in (403, 417), response.text
	frappe.db.rollback()
	assert frappe.db.count("Innovation") == before


def test_edit_in_a_locked_state_is_refused(world):
	name = create(world, title="Terkunci")
	step(world, "operator", name, "Ajukan", "Evaluasi Kelayakan")
	before = snapshot(name)
	assert_refused(
		update(world, "operator", name, benefit="Diubah saat evaluasi"),
		"can change an innovation",
		name,
		before,
	)
	assert update(world, "verifier", name, revision_note="Perjelas manfaat").status_code == 200
	step(world, "verifier", name, "Minta Revisi", "Revisi")
	assert update(world, "operator", name, benefit="Manfaat diperjelas").status_code == 200


def test_field_changes_cannot_ride_on_a_transition(world):
	"""A reviewer may take the KDH step but not edit the innovation while doing it."""
	name = create(world, title="Menumpang transisi", initiator_type="Kepala Daerah")
	step(world, "operator", name, "Ajukan", "Evaluasi Kelayakan")
	review(world, "reviewer2", name, "Kelayakan")
	before = snapshot(name)
	response = update(world, "reviewer", name, workflow_state="Menunggu Penetapan", benefit="Diubah penilai")
	assert_refused(response, "can change an innovation", name, before)
	step(world, "reviewer", name, "Nyatakan Layak", "Menunggu Penetapan")


def test_sustainability_status_is_set_by_the_state_only(world):
	"""The status is system-kept: a request's value is not stored, in any state, by any role."""
	name = create(world, title="Status keberlanjutan")
	step(world, "operator", name, "Ajukan", "Evaluasi Kelayakan")
	for who in ("operator", "verifier", "manager"):
		update(world, who, name, sustainability_status="Aktif")
		assert snapshot(name).sustainability_status is None


def test_entering_penetapan_requires_the_legal_basis(world):
	name = create(world, title="Tanpa dasar hukum")
	walk_to_feasibility(world, name, "Perangkat Daerah")
	review(world, "verifier2", name, "Kelayakan")
	step(world, "verifier", name, "Nyatakan Layak", "Menunggu Penetapan")
	before = snapshot(name)
	assert_refused(act(world, "kdh", name, "Tetapkan"), "Legal Basis Type", name, before)


def test_returning_for_revision_requires_a_reason(world):
	name = create(world, title="Tanpa alasan")
	step(world, "operator", name, "Ajukan", "Evaluasi Kelayakan")
	before = snapshot(name)
	assert_refused(act(world, "verifier", name, "Minta Revisi"), "Reason for Revision", name, before)
