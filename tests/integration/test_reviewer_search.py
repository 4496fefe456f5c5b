"""The reviewer field of a Stage Review: a coordinator finds the people who may score the innovation
(Frappe's own User search lists only the users the searcher may read, which for a verifier is nobody)."""

import frappe
import pytest

from tests.integration.helpers import rest
from tests.integration.workflow_helpers import build_world, create, email, tear_down

SEARCH = "/api/method/frappe.desk.search.search_link"
QUERY = "inovasi_daerah.access.reviews.reviewer_query"


@pytest.fixture(scope="module")
def world():
	built = build_world()
	yield built
	tear_down(built)


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
	assert not people & {email("operator"), email("head"), email("kdh"), email("viewer")}


def test_people_who_may_not_assign_reviews_get_no_names(world):
	assert found(world, "operator") == set()
	assert found(world, "reviewer") == set()


def test_a_name_typed_narrows_the_list(world):
	assert found(world, "verifier", txt="wf-reviewer2") == {email("reviewer2")}
