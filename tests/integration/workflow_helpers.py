"""A committed little region with a user for every role, and REST calls for workflow steps and reviews."""

import frappe

from inovasi_daerah.access import roles
from tests.integration.helpers import complete_proposal, link, make_agency, make_region, make_user, rest

PEOPLE = {
	"operator": [roles.OPERATOR],
	"other-operator": [roles.OPERATOR],
	"head": [roles.AGENCY_HEAD],
	"verifier": [roles.VERIFIER],
	"verifier2": [roles.VERIFIER],
	"maker": [roles.OPERATOR, roles.VERIFIER],
	"reviewer": [roles.REVIEWER],
	"reviewer2": [roles.REVIEWER],
	"kdh": [roles.REGIONAL_HEAD],
	"manager": [roles.MANAGER],
	"viewer": [roles.VIEWER],
}


def email(key: str) -> str:
	return f"wf-{key}@example.com"


def build_world():
	"""Commit the agencies, users with API tokens and agency links; return tokens and names."""
	frappe.set_user("Administrator")
	make_region()
	dinkes = make_agency("WFKES")
	puskesmas = make_agency("WFPKM", parent=dinkes, agency_type="Puskesmas")
	disdik = make_agency("WFDIK")
	tokens = {key: make_user(email(key), user_roles, api=True) for key, user_roles in PEOPLE.items()}
	link(dinkes, head=email("head"), staff=[email("operator"), email("maker")])
	link(disdik, staff=[email("other-operator")])
	frappe.db.commit()
	return frappe._dict(tokens=tokens, dinkes=dinkes, puskesmas=puskesmas, disdik=disdik)


def tear_down(world):
	frappe.db.rollback()
	frappe.set_user("Administrator")
	agencies = [world.dinkes, world.puskesmas, world.disdik]
	for name in frappe.get_all("Innovation", filters={"agency": ("in", agencies)}, pluck="name"):
		for review in frappe.get_all(
			"Stage Review", filters={"innovation": name}, fields=["name", "docstatus"]
		):
			if review.docstatus == 1:
				frappe.get_doc("Stage Review", review.name).cancel()
			frappe.delete_doc("Stage Review", review.name, force=True)
		frappe.db.delete("Workflow Action", {"reference_name": name})
		frappe.delete_doc("Innovation", name, force=True)
	for agency in reversed(agencies):
		frappe.db.delete("Agency Member", {"parent": agency})
		frappe.db.set_value("Agency", agency, "head", None)
	for key in PEOPLE:
		frappe.delete_doc("User", email(key), force=True)
	frappe.db.commit()


def create(world, who="operator", agency=None, **values):
	body = complete_proposal(agency=agency or world.dinkes, **values)
	body.pop("doctype")
	response = rest("POST", "/api/resource/Innovation", world.tokens[who], json=body)
	assert response.status_code == 200, response.text
	return response.json["data"]["name"]


def act(world, who, name, action, doctype="Innovation", **sent):
	"""Apply a workflow action over REST; `sent` are further fields of the document as the user holds it."""
	method, path, token, kwargs = action_call(world, who, name, action, doctype, **sent)
	return rest(method, path, token, **kwargs)


def action_call(world, who, name, action, doctype="Innovation", **sent):
	"""The REST call of a workflow action, as (method, path, token, kwargs) for `rest` / `rest_at_once`."""
	return (
		"POST",
		"/api/method/frappe.model.workflow.apply_workflow",
		world.tokens[who],
		{"json": {"doc": {"doctype": doctype, "name": name, **sent}, "action": action}},
	)


def update(world, who, name, **values):
	return rest("PUT", f"/api/resource/Innovation/{name}", world.tokens[who], json=values)


def state(name) -> str:
	frappe.db.rollback()
	return frappe.db.get_value("Innovation", name, "workflow_state")


def assign_review(world, reviewer, name, gate, creator="verifier"):
	"""A coordinator (verifier) creates a stage review for the reviewer (who is assigned to it)."""
	return rest(
		"POST",
		"/api/resource/Stage Review",
		world.tokens[creator],
		json={"innovation": name, "gate": gate, "reviewer": email(reviewer)},
	)


def submit_review(world, who, review_name, criteria, score=80, recommendation="Lanjut"):
	"""`who` scores every criterion and submits, in one request."""
	return rest(
		"PUT",
		f"/api/resource/Stage Review/{review_name}",
		world.tokens[who],
		json={
			"scores": [{"criterion": criterion, "score": score} for criterion in criteria],
			"recommendation": recommendation,
			"docstatus": 1,
		},
	)


def review(world, reviewer, name, gate, score=80, recommendation="Lanjut", creator="verifier"):
	"""Assign a review and have the reviewer submit it; returns its name and the submit response."""
	created = assign_review(world, reviewer, name, gate, creator)
	assert created.status_code == 200, created.text
	data = created.json["data"]
	criteria = [row["criterion"] for row in data["scores"]]
	submitted = submit_review(world, reviewer, data["name"], criteria, score, recommendation)
	frappe.db.rollback()  # see what the request committed
	return data["name"], submitted


def error_text(response) -> str:
	return str(response.json.get("exception", "")) + str(response.json.get("_server_messages", ""))
