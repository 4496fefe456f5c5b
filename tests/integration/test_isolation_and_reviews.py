"""Per-agency isolation on every path, reviewer independence and score visibility, notifications."""

import frappe
import pytest

from tests.integration.helpers import queued_recipients, rest
from tests.integration.workflow_helpers import (
	act,
	assign_review,
	build_world,
	create,
	email,
	error_text,
	review,
	submit_review,
	tear_down,
	update,
)


@pytest.fixture(scope="module")
def world():
	built = build_world()
	built.mine = create(
		built,
		title="Inovasi Dinkes",
		team=[{"full_name": "Operator", "user": email("operator"), "team_role": "Ketua"}],
	)
	built.child = create(built, who="maker", agency=built.puskesmas, title="Inovasi Puskesmas")
	built.theirs = create(built, who="other-operator", agency=built.disdik, title="Inovasi Disdik")
	yield built
	tear_down(built)


def names(response):
	assert response.status_code == 200, response.text
	return {row["name"] for row in response.json["data"]}


def test_list_shows_only_own_agency_and_its_children(world):
	listing = names(
		rest(
			"GET",
			"/api/resource/Innovation",
			world.tokens["operator"],
			query_string={"limit_page_length": 500},
		)
	)
	assert {world.mine, world.child} <= listing
	assert world.theirs not in listing


def test_form_get_of_another_agency_is_refused(world):
	assert rest("GET", f"/api/resource/Innovation/{world.mine}", world.tokens["operator"]).status_code == 200
	assert (
		rest("GET", f"/api/resource/Innovation/{world.theirs}", world.tokens["operator"]).status_code == 403
	)
	assert (
		rest("GET", f"/api/resource/Innovation/{world.mine}", world.tokens["other-operator"]).status_code
		== 403
	)


def test_region_wide_roles_see_every_agency(world):
	for who in ("verifier", "reviewer", "kdh", "manager", "viewer"):
		listing = names(
			rest(
				"GET", "/api/resource/Innovation", world.tokens[who], query_string={"limit_page_length": 500}
			)
		)
		assert {world.mine, world.child, world.theirs} <= listing, who


def test_link_search_offers_only_permitted_agencies(world):
	response = rest(
		"GET",
		"/api/method/frappe.desk.search.search_link",
		world.tokens["operator"],
		query_string={"doctype": "Agency", "txt": "WF", "page_length": 50},
	)
	assert response.status_code == 200, response.text
	found = {row["value"] for row in (response.json.get("message") or response.json.get("results") or [])}
	assert world.dinkes in found and world.puskesmas in found
	assert world.disdik not in found


def test_report_view_and_export_are_isolated(world):
	response = rest(
		"POST",
		"/api/method/frappe.desk.reportview.get",
		world.tokens["operator"],
		data={"doctype": "Innovation", "fields": '["name"]', "limit_page_length": 500},
	)
	assert response.status_code == 200, response.text
	values = response.json["message"]["values"]
	rows = {row[0] for row in values}
	assert world.theirs not in rows and world.mine in rows
	exported = rest(
		"POST",
		"/api/method/frappe.desk.reportview.export_query",
		world.tokens["operator"],
		data={"doctype": "Innovation", "fields": '["name", "title"]', "file_format_type": "CSV"},
	)
	assert exported.status_code == 200, exported.text
	body = exported.get_data(as_text=True)
	assert world.mine in body and world.theirs not in body


def test_workflow_action_inbox_follows_the_agency(world):
	name = create(world, title="Izin atasan", initiator_type="ASN")
	assert act(world, "operator", name, "Ajukan").status_code == 200
	other = create(
		world, who="other-operator", agency=world.disdik, title="Izin atasan Disdik", initiator_type="ASN"
	)
	assert act(world, "other-operator", other, "Ajukan").status_code == 200
	inbox = names(
		rest(
			"GET",
			"/api/resource/Workflow Action",
			world.tokens["head"],
			query_string={
				"fields": '["name", "reference_name"]',
				"filters": '[["status", "=", "Open"]]',
				"limit_page_length": 500,
			},
		)
	)
	frappe.db.rollback()
	references = set(
		frappe.get_all("Workflow Action", filters={"name": ("in", list(inbox))}, pluck="reference_name")
	)
	assert name in references
	assert other not in references


def test_team_member_rows_of_another_agency_are_not_readable(world):
	response = rest(
		"POST",
		"/api/method/frappe.desk.reportview.get",
		world.tokens["other-operator"],
		data={
			"doctype": "Innovation",
			"fields": '["`tabInnovation Team Member`.`full_name`", "name"]',
			"limit_page_length": 500,
		},
	)
	assert response.status_code == 200, response.text
	assert world.mine not in {row[-1] for row in response.json["message"]["values"]}


def test_reviewer_cannot_review_own_team_or_creation(world):
	for reviewer, innovation in (("operator", world.mine), ("maker", world.child)):
		response = assign_review(world, reviewer, innovation, "Kelayakan")
		assert response.status_code == 417, response.text
		assert "cannot review it" in error_text(response)


def test_one_review_per_reviewer_per_gate(world):
	name = create(world, title="Satu review")
	review(world, "reviewer", name, "Kelayakan")
	response = assign_review(world, "reviewer", name, "Kelayakan")
	assert response.status_code == 417
	assert "already has review" in error_text(response)


def test_reviewer_sees_others_scores_only_after_submitting(world):
	name = create(world, title="Skor tersembunyi")
	first, submitted = review(world, "reviewer", name, "Uji Coba", score=90)
	assert submitted.status_code == 200
	pending = assign_review(world, "reviewer2", name, "Uji Coba").json["data"]["name"]
	assert rest("GET", f"/api/resource/Stage Review/{first}", world.tokens["reviewer2"]).status_code == 403
	assert first not in names(rest("GET", "/api/resource/Stage Review", world.tokens["reviewer2"]))
	frappe.db.rollback()
	scores = [
		{"criterion": row.criterion, "score": 75} for row in frappe.get_doc("Stage Review", pending).scores
	]
	done = rest(
		"PUT",
		f"/api/resource/Stage Review/{pending}",
		world.tokens["reviewer2"],
		json={"scores": scores, "recommendation": "Lanjut", "docstatus": 1},
	)
	assert done.status_code == 200, done.text
	assert rest("GET", f"/api/resource/Stage Review/{first}", world.tokens["reviewer2"]).status_code == 200
	frappe.db.rollback()
	assert frappe.db.get_value("Stage Review", pending, "weighted_total") == 75


def test_only_the_reviewer_submits_their_review(world):
	name = create(world, title="Bukan penilainya")
	created = assign_review(world, "reviewer", name, "Kelayakan")
	review_name = created.json["data"]["name"]
	criteria = [row["criterion"] for row in created.json["data"]["scores"]]
	response = submit_review(world, "verifier", review_name, criteria)
	assert response.status_code == 403, response.text
	frappe.db.rollback()
	assert frappe.db.get_value("Stage Review", review_name, "docstatus") == 0


def test_review_assignment_reaches_only_the_reviewer(world):
	name = create(world, title="Penugasan")
	created = assign_review(world, "reviewer2", name, "Kelayakan")
	frappe.db.rollback()
	todos = frappe.get_all(
		"ToDo",
		filters={"reference_type": "Stage Review", "reference_name": created.json["data"]["name"]},
		fields=["name", "allocated_to"],
	)
	assert [todo.allocated_to for todo in todos] == [email("reviewer2")]
	# The seeded "Review Tahap Ditugaskan" notification emails the assignee, in Indonesian.
	emailed = frappe.get_all(
		"Communication",
		filters={"reference_doctype": "ToDo", "reference_name": todos[0].name},
		fields=["recipients", "subject"],
	)
	assert [row.recipients for row in emailed] == [email("reviewer2")]
	assert emailed[0].subject.startswith("Anda ditugaskan menilai")


def recipients_of(innovation, subject_part):
	"""Who the notification emails about an innovation (Frappe records each as a Communication) went to."""
	frappe.db.rollback()
	rows = frappe.get_all(
		"Communication",
		filters={
			"reference_doctype": "Innovation",
			"reference_name": innovation,
			"subject": ("like", f"%{subject_part}%"),
		},
		pluck="recipients",
	)
	return {address.strip() for row in rows for address in (row or "").split(",") if address.strip()}


def test_revision_notifies_creator_and_team_only(world):
	name = create(
		world,
		title="Revisi notifikasi",
		team=[{"full_name": "Anggota", "user": email("maker"), "team_role": "Ketua"}],
	)
	assert act(world, "operator", name, "Ajukan").status_code == 200
	assert update(world, "verifier", name, revision_note="Lengkapi data").status_code == 200
	assert act(world, "verifier", name, "Minta Revisi").status_code == 200
	recipients = recipients_of(name, "dikembalikan untuk revisi")
	assert recipients == {email("operator"), email("maker")}


def test_gate_result_notifies_the_operator(world):
	name = create(world, title="Hasil gerbang")
	review(world, "reviewer", name, "Kelayakan", score=40, recommendation="Tolak")
	frappe.db.rollback()
	assert frappe.db.get_value("Innovation", name, "feasibility_gate") == "Tidak Lulus"
	assert recipients_of(name, "Hasil review kelayakan") == {email("operator")}


def test_penetapan_notifies_agency_head_and_team_only(world):
	name = create(
		world,
		title="Penetapan notifikasi",
		team=[{"full_name": "Anggota", "user": email("maker"), "team_role": "Ketua"}],
	)
	assert act(world, "operator", name, "Ajukan").status_code == 200
	review(world, "reviewer2", name, "Kelayakan")
	assert act(world, "verifier", name, "Nyatakan Layak").status_code == 200
	assert (
		update(
			world,
			"kdh",
			name,
			legal_basis_type="SK Kepala Daerah",
			legal_basis_number="188/1/2026",
			legal_basis_date="2026-03-01",
		).status_code
		== 200
	)
	assert act(world, "kdh", name, "Tetapkan").status_code == 200
	assert recipients_of(name, "telah ditetapkan") == {email("head"), email("maker")}


def test_workflow_action_email_reaches_the_next_actor_only(world):
	"""The workflow's email alert goes to whoever can act next and see the innovation: here the agency head."""
	from frappe.model.workflow import apply_workflow

	name = create(world, title="Email aksi", initiator_type="ASN")
	frappe.db.rollback()
	started = frappe.utils.now_datetime()
	frappe.set_user(email("operator"))
	apply_workflow(frappe.get_doc("Innovation", name), "Ajukan")  # in tests the email is queued at once
	frappe.set_user("Administrator")
	assert set(queued_recipients("Innovation", name, since=started)) == {email("head")}
	frappe.db.rollback()


@pytest.fixture
def titled(world):
	"""Give people of the world their names as civil servants carry them, with academic titles after
	commas; the names are put back afterwards."""
	kept = {}

	def give_title(key, first_name, last_name):
		user = email(key)
		kept[user] = frappe.db.get_value("User", user, ["first_name", "last_name", "full_name"], as_dict=True)
		full_name = f"{first_name} {last_name}"
		frappe.db.set_value(
			"User", user, {"first_name": first_name, "last_name": last_name, "full_name": full_name}
		)
		frappe.db.commit()
		return user, full_name

	yield give_title
	frappe.db.rollback()
	for user, names in kept.items():
		frappe.db.set_value("User", user, names)
	frappe.db.commit()


def test_a_sender_with_academic_titles_still_notifies_and_mails(world, titled):
	"""Frappe builds the sender '"Sri Astuti, S.E., M.Si." <address>' and then checks it by splitting at
	commas; every notification such a person set off was dropped (an Error Log "Failed to send
	Notification") and the form's email failed."""
	reviewer, reviewer_name = titled("reviewer2", "Sri", "Astuti, S.E., M.Si.")
	name = create(world, title="Penilai bergelar")
	_, submitted = review(world, "reviewer2", name, "Kelayakan", score=40, recommendation="Tolak")
	assert submitted.status_code == 200, submitted.text
	assert recipients_of(name, "Hasil review kelayakan") == {email("operator")}
	sent = frappe.get_all(
		"Communication",
		filters={"reference_name": name, "subject": ("like", "%Hasil review kelayakan%")},
		fields=["sender", "sender_full_name"],
	)
	assert [(row.sender, row.sender_full_name) for row in sent] == [(reviewer, reviewer_name)]

	# The email a person writes from the form (Frappe's composer) goes through the same check.
	verifier, verifier_name = titled("verifier", "Dr. Sigit", "Purnomo, S.E., M.Si.")
	response = rest(
		"POST",
		"/api/method/frappe.core.doctype.communication.email.make",
		world.tokens["verifier"],
		json={
			"doctype": "Innovation",
			"name": name,
			"recipients": email("operator"),
			"subject": "Catatan verifikasi",
			"content": "Mohon lengkapi data dukung.",
			"send_email": 1,
		},
	)
	assert response.status_code == 200, response.text
	frappe.db.rollback()
	written = frappe.get_all(
		"Communication",
		filters={"reference_name": name, "subject": "Catatan verifikasi"},
		fields=["sender", "sender_full_name", "recipients"],
	)
	assert [tuple(row.values()) for row in written] == [(verifier, verifier_name, email("operator"))]
