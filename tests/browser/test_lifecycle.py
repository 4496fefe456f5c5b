"""The PP 38/2017 journey of one innovation, each step by the person who takes it, through the buttons
Desk shows them: the operator proposes, the agency head permits, the verifier assigns two reviewers,
they score it, the verifier declares it feasible and the Regional Head sets it with its legal basis."""

import time

from playwright.sync_api import expect

from tests.browser import desk

OPERATOR = desk.demo_user("Innovation Operator", agency="DINKES")
AGENCY_HEAD = desk.demo_user("Agency Head", agency="DINKES")
VERIFIER = desk.demo_user("Innovation Verifier")
REVIEWERS = [desk.demo_user("Innovation Reviewer", index=0), desk.demo_user("Innovation Reviewer", index=1)]
REGIONAL_HEAD = desk.demo_user("Regional Head")


def test_an_innovation_goes_from_proposal_to_penetapan(person, console):
	title = f"Antrean Puskesmas Daring {time.time_ns()}"

	# The operator writes the proposal with its team, but forgets the benefit.
	operator = person(OPERATOR)
	desk.open_form(operator, "Innovation")
	for fieldname, value in {
		"title": title,
		"agency": "DINKES",
		"initiator_type": "ASN",
		"innovation_form": "Pelayanan Publik",
		"innovation_type": "Digital",
		"main_affair": "Kesehatan",
		"design": "Antrean daring menggantikan antrean fisik di loket pendaftaran.",
		"objective": "Mempersingkat waktu tunggu pasien.",
		"planned_trial_months": "6",
	}.items():
		desk.type_into(operator, fieldname, value)
	desk.add_table_row(operator, "team", {"full_name": "dr. Sari Wulandari", "team_role": "Ketua"})
	desk.save(operator)
	name = desk.form_name(operator)
	assert desk.form_value(operator, "workflow_state") == "Draf"
	assert desk.form_value(operator, "region"), "the region follows the agency"

	# Desk offers "Ajukan"; the server refuses it with the app's reason, and nothing moves.
	assert desk.action_labels(operator) == ["Ajukan"]
	with console.refusal_expected():
		desk.workflow_action(operator, "Ajukan")
		assert "Manfaat" in desk.message(operator)
	desk.close_dialog(operator)
	assert desk.form_value(operator, "workflow_state") == "Draf"

	desk.type_into(operator, "benefit", "Pasien tidak perlu datang sejak subuh.")
	desk.save(operator)
	desk.workflow_action(operator, "Ajukan")
	desk.wait_for_state(operator, "Menunggu Izin Atasan")
	assert desk.action_labels(operator) == [], "the operator has nothing more to do here"

	# The agency head permits it.
	head = person(AGENCY_HEAD)
	desk.open_form(head, "Innovation", name)
	assert set(desk.action_labels(head)) == {"Beri Izin", "Kembalikan"}
	desk.workflow_action(head, "Beri Izin")
	desk.wait_for_state(head, "Evaluasi Kelayakan")

	# The verifier cannot declare it feasible before the reviews, and assigns two reviewers.
	verifier = person(VERIFIER)
	desk.open_form(verifier, "Innovation", name)
	assert "Nyatakan Layak" not in desk.action_labels(verifier)
	reviews = []
	for reviewer in REVIEWERS:
		desk.open_form(verifier, "Stage Review")
		desk.type_into(verifier, "innovation", name)
		desk.type_into(verifier, "gate", "Kelayakan")
		desk.type_into(verifier, "reviewer", reviewer)
		desk.save(verifier)
		reviews.append(desk.form_name(verifier))
		assert desk.form_value(verifier, "criteria_set"), "the gate's criteria set is filled in"

	# Each reviewer scores every criterion and submits.
	for reviewer, review in zip(REVIEWERS, reviews, strict=True):
		page = person(reviewer)
		desk.open_form(page, "Stage Review", review)
		criteria = page.evaluate("() => cur_frm.doc.scores.length")
		assert criteria == 5, "the five PP 38/2017 criteria"
		for row in range(1, criteria + 1):
			desk.edit_table_cell(page, "scores", row, "score", "85")
		desk.type_into(page, "recommendation", "Lanjut")
		desk.save(page)
		desk.submit(page)
		assert page.evaluate("() => cur_frm.doc.docstatus") == 1
		assert page.evaluate("() => cur_frm.doc.weighted_total") == 85

	# With both reviews in, the gate is passed and Desk now offers "Nyatakan Layak".
	desk.open_form(verifier, "Innovation", name)
	assert desk.form_value(verifier, "feasibility_gate") == "Lulus"
	desk.workflow_action(verifier, "Nyatakan Layak")
	desk.wait_for_state(verifier, "Menunggu Penetapan")

	# The Regional Head sets it; Desk asks for the legal basis, which travels with the action.
	regional_head = person(REGIONAL_HEAD)
	desk.open_form(regional_head, "Innovation", name)
	assert set(desk.action_labels(regional_head)) == {"Tetapkan", "Kembalikan"}
	desk.workflow_action(regional_head, "Tetapkan")
	dialog = regional_head.locator(".modal.show")
	expect(dialog).to_be_visible()
	desk.dialog_field(regional_head, "legal_basis_type", "SK Kepala Daerah")
	desk.dialog_field(regional_head, "legal_basis_number", "188.45/123/2026")
	desk.dialog_field(regional_head, "legal_basis_date", "24-11-2026")
	desk.dialog_primary(regional_head)
	desk.wait_for_state(regional_head, "Ditetapkan")
	assert desk.form_value(regional_head, "legal_basis_number") == "188.45/123/2026"
	expect(regional_head.locator(".page-head:visible .indicator-pill")).to_contain_text("Ditetapkan")
