"""Create / read / update / delete of an Innovation through /api/resource with token auth, per role."""

import json

import frappe
import pytest

from inovasi_daerah.access import roles
from tests.integration.helpers import complete_proposal, link, make_agency, make_region, make_user, rest

RESOURCE = "/api/resource/Innovation"
USERS = {
	"operator": roles.OPERATOR,
	"agency-head": roles.AGENCY_HEAD,
	"verifier": roles.VERIFIER,
	"reviewer": roles.REVIEWER,
	"regional-head": roles.REGIONAL_HEAD,
	"manager": roles.MANAGER,
	"viewer": roles.VIEWER,
	"nobody": None,
}


@pytest.fixture(scope="module")
def api():
	"""Users of every role with API tokens, and an agency; committed, since REST runs on its own connection."""
	frappe.set_user("Administrator")
	make_region()
	agency = make_agency("DINKES")
	tokens = {
		key: make_user(f"rest-{key}@example.com", [role] if role else [], api=True)
		for key, role in USERS.items()
	}
	link(agency, head="rest-agency-head@example.com", staff=["rest-operator@example.com"])
	frappe.db.commit()
	yield frappe._dict(tokens=tokens, agency=agency)
	for name in frappe.get_all("Innovation", filters={"agency": agency}, pluck="name"):
		frappe.delete_doc("Innovation", name, force=True)
	doc = frappe.get_doc("Agency", agency)
	doc.head = None
	doc.staff = []
	doc.save()
	for key in USERS:
		frappe.delete_doc("User", f"rest-{key}@example.com", force=True)
	frappe.db.commit()


def create(api, who, **values):
	body = complete_proposal(agency=api.agency, **values)
	body.pop("doctype")
	return rest("POST", RESOURCE, api.tokens[who], json=body)


def committed_innovation(api, title):
	doc = frappe.get_doc(complete_proposal(agency=api.agency, title=title)).insert()
	frappe.db.commit()
	return doc.name


@pytest.mark.parametrize("who", ["operator", "verifier", "manager"])
def test_roles_that_create(api, who):
	response = create(api, who, title=f"Dibuat oleh {who}")
	assert response.status_code == 200, response.text
	data = response.json["data"]
	assert data["region"] and data["owner"] == f"rest-{who}@example.com"
	assert frappe.db.exists("Innovation", data["name"])


def test_the_operator_creates_through_desks_save(api):
	"""Desk saves a new record through savedocs, with the temporary names (`__islocal`, `localname`) the
	form gives it and its new rows; the integrity rules take them as Frappe's, not as unknown fields."""
	body = complete_proposal(agency=api.agency, title="Dibuat di Desk", __islocal=1, name="new-innovation-1")
	body["team"] = [
		{
			"doctype": "Innovation Team Member",
			"__islocal": 1,
			"name": "new-innovation-team-member-1",
			"parentfield": "team",
			"full_name": "dr. Sari Wulandari",
			"team_role": "Ketua",
		}
	]
	response = rest(
		"POST",
		"/api/method/frappe.desk.form.save.savedocs",
		api.tokens["operator"],
		data={"doc": json.dumps(body), "action": "Save"},
	)
	assert response.status_code == 200, response.text
	saved = response.json["docs"][0]
	assert saved["localname"] == "new-innovation-1" and saved["name"] != "new-innovation-1"
	assert frappe.db.get_value("Innovation Team Member", {"parent": saved["name"]}, "full_name") == (
		"dr. Sari Wulandari"
	)


@pytest.mark.parametrize("who", ["agency-head", "reviewer", "regional-head", "viewer", "nobody"])
def test_roles_that_cannot_create(api, who):
	before = frappe.db.count("Innovation")
	response = create(api, who, title=f"Ditolak untuk {who}")
	assert response.status_code == 403, response.text
	assert frappe.db.count("Innovation") == before


@pytest.mark.parametrize(
	"who", ["operator", "agency-head", "verifier", "reviewer", "regional-head", "manager", "viewer"]
)
def test_every_role_reads(api, who):
	name = committed_innovation(api, f"Dibaca oleh {who}")
	response = rest("GET", f"{RESOURCE}/{name}", api.tokens[who])
	assert response.status_code == 200, response.text
	assert response.json["data"]["title"] == f"Dibaca oleh {who}"
	listing = rest("GET", RESOURCE, api.tokens[who], query_string={"limit_page_length": 500})
	assert name in {row["name"] for row in listing.json["data"]}


def test_a_user_without_a_role_reads_nothing(api):
	name = committed_innovation(api, "Rahasia")
	assert rest("GET", f"{RESOURCE}/{name}", api.tokens["nobody"]).status_code == 403
	assert rest("GET", f"{RESOURCE}/{name}").status_code in (401, 403)


def test_the_operator_updates_a_draft(api):
	name = committed_innovation(api, "Diubah oleh operator")
	response = rest(
		"PUT", f"{RESOURCE}/{name}", api.tokens["operator"], json={"benefit": "Manfaat versi operator"}
	)
	assert response.status_code == 200, response.text
	frappe.db.rollback()
	assert frappe.db.get_value("Innovation", name, "benefit") == "Manfaat versi operator"


@pytest.mark.parametrize(
	"who", ["agency-head", "verifier", "reviewer", "regional-head", "manager", "viewer", "nobody"]
)
def test_others_cannot_update_a_draft(api, who):
	"""Write permission alone is not enough: in Draf only the operator edits (the state's edit role)."""
	name = committed_innovation(api, f"Tidak diubah oleh {who}")
	response = rest("PUT", f"{RESOURCE}/{name}", api.tokens[who], json={"benefit": "Diubah"})
	assert response.status_code == 403, response.text
	assert frappe.db.get_value("Innovation", name, "benefit") == "Pasien tidak perlu datang pagi-pagi."


def test_invalid_update_is_refused_with_the_rule_and_changes_nothing(api):
	name = committed_innovation(api, "Anggaran")
	response = rest("PUT", f"{RESOURCE}/{name}", api.tokens["operator"], json={"budget": -10, "title": "X"})
	assert response.status_code == 417, response.text
	assert "between 0 and" in json.dumps(response.json)
	frappe.db.rollback()
	assert frappe.db.get_value("Innovation", name, ["title", "budget"]) == ("Anggaran", 0)


@pytest.mark.parametrize(
	"who", ["operator", "agency-head", "verifier", "reviewer", "regional-head", "viewer"]
)
def test_only_the_manager_deletes(api, who):
	name = committed_innovation(api, f"Tidak dihapus oleh {who}")
	assert rest("DELETE", f"{RESOURCE}/{name}", api.tokens[who]).status_code == 403
	assert frappe.db.exists("Innovation", name)


def test_manager_deletes(api):
	name = committed_innovation(api, "Dihapus pengelola")
	response = rest("DELETE", f"{RESOURCE}/{name}", api.tokens["manager"])
	assert response.status_code == 202 or response.status_code == 200, response.text
	frappe.db.rollback()
	assert not frappe.db.exists("Innovation", name)
