"""Requests the API fuzzer (scripts/fuzz-api) answered with a server error, each now refused with a clear
message and no change: arguments that are not the JSON they should be, DocTypes that do not exist, null
characters (which SQLite refuses outright)."""

import json

import frappe
import pytest

from inovasi_daerah.access import roles
from inovasi_daerah.access.model import MODULES
from tests.integration.helpers import complete_proposal, make_agency, make_region, make_user, rest

METHOD = "/api/method/"


@pytest.fixture(scope="module")
def token():
	frappe.set_user("Administrator")
	make_region()
	make_agency("DINKES")
	key = make_user("fuzz-manager@example.com", [roles.MANAGER], api=True)
	# The messages are checked in English, whatever the site's language.
	user = frappe.get_doc("User", "fuzz-manager@example.com")
	user.language = "en"
	user.save(ignore_permissions=True)
	frappe.db.commit()
	yield key
	frappe.delete_doc("User", "fuzz-manager@example.com", force=True)
	frappe.db.commit()


def message(response) -> str:
	body = response.json or {}
	messages = [json.loads(m).get("message", "") for m in json.loads(body.get("_server_messages") or "[]")]
	return " ".join(messages) or body.get("exception", "")


def refused(response, status: int, text: str):
	assert response.status_code == status, response.text
	assert text in message(response), message(response)


@pytest.mark.parametrize("body", [{"data": "{}"}, {"web_form": "", "data": ""}])
def test_web_form_without_a_name(token, body):
	response = rest("POST", f"{METHOD}frappe.website.doctype.web_form.web_form.accept", None, json=body)
	refused(response, 417, "Say which web form the data is for.")


def test_web_form_data_that_is_not_json(token):
	response = rest(
		"POST",
		f"{METHOD}frappe.website.doctype.web_form.web_form.accept",
		None,
		json={"web_form": "another-form", "data": "{not json"},
	)
	refused(response, 417, "data is not valid JSON.")


def test_action_requirements_of_no_doctype(token):
	response = rest(
		"GET", f"{METHOD}inovasi_daerah.api.lifecycle.action_requirements?doctype=&name=&action=Ajukan", token
	)
	refused(response, 404, "DocType")


@pytest.mark.parametrize("doctype", ["", "Tidak Ada DocType Ini"])
def test_count_of_no_doctype(token, doctype):
	response = rest("GET", f"{METHOD}frappe.client.get_count?doctype={doctype}", token)
	refused(response, 404, "not found")


def test_count_with_filters_that_are_not_json(token):
	response = rest("GET", f"{METHOD}frappe.client.get_count?doctype=Innovation&filters=%7Bx", token)
	refused(response, 417, "filters is not valid JSON.")


def test_sidebar_counts_with_filters_that_are_not_json(token):
	response = rest(
		"GET",
		f"{METHOD}frappe.desk.listview.get_group_by_count?doctype=Innovation&current_filters=x&field=agency",
		token,
	)
	refused(response, 417, "current_filters is not valid JSON.")


@pytest.mark.parametrize("filters", ["-3787889219747", "[false]"])
def test_card_with_filters_that_are_not_an_object(token, filters):
	response = rest(
		"GET", f"{METHOD}inovasi_daerah.api.reports.innovations_implemented?filters={filters}", token
	)
	refused(response, 417, "must be a JSON object.")


def test_report_rows_with_filters_that_are_not_an_object(token):
	report = frappe.db.get_value("Report", {"module": ("in", MODULES), "report_type": "Script Report"})
	response = rest(
		"GET",
		f"{METHOD}inovasi_daerah.api.reports.report_rows?report_name={report}&filters=%5Bfalse%5D",
		token,
	)
	refused(response, 417, "filters must be a JSON object.")


def test_showcase_with_a_null_character():
	response = rest("GET", f"{METHOD}inovasi_daerah.api.portal.innovations?q=a%00b")
	assert response.status_code == 200, response.text
	response = rest("GET", f"{METHOD}inovasi_daerah.api.portal.innovation?name=INOV%00")
	assert response.status_code == 404, response.text


def test_create_with_a_null_character_changes_nothing(token):
	agency = make_agency("DINKES")
	before = frappe.db.count("Innovation")
	body = complete_proposal(agency=agency, title="Antrean\x00Daring")
	body.pop("doctype")
	response = rest("POST", "/api/resource/Innovation", token, json=body)
	refused(response, 417, "contains a null character.")
	assert frappe.db.count("Innovation") == before


def test_create_linking_a_name_with_a_null_character_changes_nothing(token):
	"""The permission check reads the linked innovation's agency before any input check runs."""
	before = frappe.db.count("Replication")
	response = rest(
		"POST",
		"/api/resource/Replication",
		token,
		json={"innovation": "INOV\x00", "direction": "Direplikasi Daerah Lain"},
	)
	assert response.status_code in (403, 417), response.text
	assert frappe.db.count("Replication") == before


def test_merged_records_of_no_doctype(token):
	response = rest("GET", f"{METHOD}inovasi_daerah.api.portal.merged_records?doctype=&name=x", token)
	refused(response, 404, "DocType")


@pytest.mark.parametrize(
	"doc, status, text",
	[
		('{"doctype": "Tidak Ada", "name": "x"}', 404, "DocType"),
		("{not json", 417, "doc is not valid JSON."),
		('{"doctype": "Innovation", "name": ["x"]}', 417, "Say which record the action is for."),
	],
)
def test_workflow_action_on_no_record(token, doc, status, text):
	response = rest(
		"POST", f"{METHOD}frappe.model.workflow.apply_workflow", token, json={"doc": doc, "action": "Ajukan"}
	)
	refused(response, status, text)


def test_count_of_a_single(token):
	response = rest("GET", f"{METHOD}frappe.client.get_count?doctype=Inovasi Daerah Settings", token)
	refused(response, 417, "single record")


def test_numbers_sent_as_text_reach_the_controller_as_numbers(token):
	"""The criteria set's controller compared the minimum average as sent ("70.5") with 0 and 100."""
	body = {
		"criteria_set_name": "Kriteria Uji Fuzz",
		"gate": "Lab Inovasi: Deliver",
		"is_active": 0,
		"min_reviews": "2",
		"min_average": "70.5",
		"criteria": [{"criterion": "Kebaruan", "weight": "100"}],
	}
	response = rest("POST", "/api/resource/Review Criteria Set", token, json=body)
	assert response.status_code == 200, response.text
	name = response.json["data"]["name"]
	assert frappe.db.get_value("Review Criteria Set", name, ["min_reviews", "min_average"]) == (2, 70.5)
	frappe.delete_doc("Review Criteria Set", name, force=True)
	frappe.db.commit()


@pytest.mark.parametrize(
	"query, status",
	[("filters=%C3%B1&txt=a", 417), ("filters=%7B%7D&txt=a%00b", 200)],
)
def test_reviewer_search_called_directly(token, query, status):
	response = rest(
		"GET",
		f"{METHOD}inovasi_daerah.api.lifecycle.reviewer_query?doctype=User&searchfield=name&start=0&page_len=20&{query}",
		token,
	)
	assert response.status_code == status, response.text
