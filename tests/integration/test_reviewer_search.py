"""Who may be given a review: a coordinator finds the people who may score the innovation (Frappe's own
User search lists only the users the searcher may read, which for a verifier is nobody), and the save
refuses anyone else, on every path, whatever the search offered."""

import frappe
import pytest

from inovasi_daerah.access import roles
from tests.integration.helpers import TEST_PROVINCE, make_region, make_user, rest
from tests.integration.workflow_helpers import (
	assign_review,
	build_world,
	create,
	email,
	error_text,
	tear_down,
)

OTHER_CITY = "Kota Uji Penilai Lain"
OUTSIDER = "wf-outsider@example.com"  # a reviewer of another city of the same province
RETIRED = "wf-retired@example.com"  # a reviewer whose account is disabled

SEARCH = "/api/method/frappe.desk.search.search_link"
QUERY = "inovasi_daerah.api.lifecycle.reviewer_query"


@pytest.fixture(scope="module")
def world():
	built = build_world()
	make_region(OTHER_CITY, parent=TEST_PROVINCE)
	make_user(OUTSIDER, [roles.REVIEWER])
	city = frappe.get_doc("Region", OTHER_CITY)
	city.append("members", {"user": OUTSIDER})
	city.save()
	make_user(RETIRED, [roles.REVIEWER])
	frappe.db.set_value("User", RETIRED, "enabled", 0)
	frappe.db.commit()
	yield built
	tear_down(built)
	for user in (OUTSIDER, RETIRED):
		frappe.delete_doc("User", user, force=True)
	frappe.delete_doc("Region", OTHER_CITY, force=True)
	frappe.db.commit()


def found(world, who, txt="wf-", **filters) -> set[str]:
	response = rest(
		"GET",
		SEARCH,
		world.tokens[who],
		query_string={
			"doctype": "User",
			"txt": txt,
			"query": QUERY,
			"filters": frappe.as_json(filters),
			"page_length": 50,
		},
	)
	assert response.status_code == 200, response.text
	return {row["value"] for row in response.json["message"]}


def test_the_verifier_finds_the_reviewers_and_verifiers_in_scope(world):
	innovation = create(world, title="Dicari penilainya")
	people = found(world, "verifier", innovation=innovation)
	assert {email("reviewer"), email("reviewer2"), email("verifier"), email("verifier2")} <= people
	assert not people & {email("operator"), email("head"), email("kdh"), email("viewer"), OUTSIDER, RETIRED}


def test_people_who_may_not_assign_reviews_get_no_names(world):
	assert found(world, "operator") == set()
	assert found(world, "reviewer") == set()


def test_a_name_typed_narrows_the_list(world):
	assert found(world, "verifier", txt="wf-reviewer2") == {email("reviewer2")}


def reviews_of(innovation) -> list[str]:
	frappe.db.rollback()
	return frappe.get_all("Stage Review", filters={"innovation": innovation}, pluck="reviewer")


def test_the_save_refuses_a_reviewer_the_search_would_not_offer(world):
	innovation = create(world, title="Penilai yang tidak berhak")
	refused = [email("other-operator"), email("kdh"), email("viewer"), OUTSIDER, RETIRED]
	for reviewer in refused:
		response = rest(
			"POST",
			"/api/resource/Stage Review",
			world.tokens["verifier"],
			json={"innovation": innovation, "gate": "Kelayakan", "reviewer": reviewer},
		)
		assert response.status_code == 417, (reviewer, response.text)
		assert "whose scope includes the innovation" in error_text(response), reviewer
	assert reviews_of(innovation) == []
	assert assign_review(world, "reviewer", innovation, "Kelayakan").status_code == 200


def test_a_review_keeps_its_innovation_gate_and_reviewer(world):
	"""A reviewer may edit their own draft, but not move it to another innovation or gate, where it would
	count for a review nobody asked of them; a coordinator cannot hand it to someone else either."""
	innovation = create(world, title="Penilaian yang tidak boleh dipindah")
	elsewhere = create(world, title="Inovasi lain untuk dinilai")
	review = assign_review(world, "reviewer", innovation, "Kelayakan").json["data"]["name"]
	for who, change in (
		("reviewer", {"innovation": elsewhere}),
		("reviewer", {"gate": "Uji Coba"}),
		("verifier", {"reviewer": email("reviewer2")}),
		("manager", {"reviewer": email("reviewer2")}),
	):
		response = rest("PUT", f"/api/resource/Stage Review/{review}", world.tokens[who], json=change)
		assert response.status_code in (403, 417), (who, change, response.text)
	frappe.db.rollback()
	kept = frappe.db.get_value("Stage Review", review, ["innovation", "gate", "reviewer"], as_dict=True)
	assert kept == {"innovation": innovation, "gate": "Kelayakan", "reviewer": email("reviewer")}
