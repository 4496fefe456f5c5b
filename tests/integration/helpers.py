"""Small builders and a REST client shared by the integration tests."""

import json
import threading

import frappe
from frappe.utils import get_test_client

from inovasi_daerah.access.roles import ROLES

TEST_REGION = "Kota Uji Integrasi"
TEST_PROVINCE = "Provinsi Uji Integrasi"


def make_region(name=TEST_REGION, level="Kota", parent=TEST_PROVINCE):
	if parent and not frappe.db.exists("Region", parent):
		frappe.get_doc({"doctype": "Region", "region_name": parent, "level": "Provinsi"}).insert()
	if not frappe.db.exists("Region", name):
		frappe.get_doc(
			{"doctype": "Region", "region_name": name, "level": level, "parent_province": parent}
		).insert()
	return name


def make_agency(abbreviation, region=TEST_REGION, parent=None, agency_type="OPD", **values):
	name = f"{abbreviation} - {region}"
	if not frappe.db.exists("Agency", name):
		frappe.get_doc(
			{
				"doctype": "Agency",
				"agency_name": values.pop("agency_name", f"Dinas {abbreviation.title()}"),
				"abbreviation": abbreviation,
				"region": region,
				"agency_type": agency_type,
				"parent_agency": parent,
				**values,
			}
		).insert()
	return name


def link(agency, head=None, staff=()):
	"""Make users the head and staff of an agency (agency-bound roles see nothing without it)."""
	doc = frappe.get_doc("Agency", agency)
	doc.head = head or doc.head
	for user in staff:
		if user not in {row.user for row in doc.staff}:
			doc.append("staff", {"user": user})
	doc.save()


def complete_proposal(**values):
	"""Field values of an Innovation whose PP 38/2017 proposal is complete."""
	return {
		"doctype": "Innovation",
		"title": "Layanan Antrean Puskesmas Daring",
		"initiator_type": "Perangkat Daerah",
		"innovation_form": "Pelayanan Publik",
		"innovation_type": "Digital",
		"main_affair": "Kesehatan",
		"design": "<p>Antrean daring menggantikan antrean fisik di loket.</p>",
		"objective": "Mempersingkat waktu tunggu pasien.",
		"benefit": "Pasien tidak perlu datang pagi-pagi.",
		"planned_trial_months": 6,
		**values,
	}


def make_innovation(agency, **values):
	"""Insert an innovation and return it fresh from the database.

	The workflow's email renders a print of the inserted object (in tests at once), which leaves
	`flags.in_print` set on it, and Frappe then silently skips `save()` on that object.
	"""
	name = frappe.get_doc(complete_proposal(agency=agency, **values)).insert().name
	return frappe.get_doc("Innovation", name)


def act_as(user: str, name: str, action: str, **sent):
	"""A workflow action on an innovation as Desk sends it (in this process, as `user`): the record as the
	user saw it, with the fields the next state asks for."""
	from inovasi_daerah.api import lifecycle

	frappe.set_user(user)
	try:
		seen = frappe.db.get_value("Innovation", name, ["name", "workflow_state"], as_dict=True)
		return lifecycle.apply_workflow(json.dumps({"doctype": "Innovation", **seen, **sent}), action)
	finally:
		frappe.set_user("Administrator")


def make_user(email, roles, api=False):
	"""A user with the given roles; with api=True also an API key and secret (returned as a token)."""
	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": email.split("@")[0],
				"send_welcome_email": 0,
				"roles": [{"role": role} for role in roles],
			}
		).insert(ignore_permissions=True)
	else:
		user = frappe.get_doc("User", email)
	if not api:
		return user.name
	secret = frappe.generate_hash(length=15)
	user.api_key = user.api_key or frappe.generate_hash(length=15)
	user.api_secret = secret
	user.save(ignore_permissions=True)
	return f"{user.api_key}:{secret}"


def queued_recipients(doctype: str, name: str, since=None) -> list[str]:
	"""Who the emails queued about a record go to (in tests Frappe queues them at once)."""
	filters = {"reference_doctype": doctype, "reference_name": name}
	if since:
		filters["creation"] = (">=", since)
	queued = frappe.get_all("Email Queue", filters=filters, pluck="name")
	return frappe.get_all(
		"Email Queue Recipient", filters={"parent": ("in", queued or [""])}, pluck="recipient"
	)


def rest(method, path, token=None, **kwargs):
	"""Call the site's WSGI app in its own thread (its own frappe.local and DB connection)."""
	return rest_at_once([(method, path, token, kwargs)])[0]


def rest_at_once(calls):
	"""Make several REST calls (method, path, token, kwargs) at the same moment, each in its own thread
	with its own frappe.local and DB connection; returns the responses in order."""
	site = frappe.local.site
	responses = [None] * len(calls)
	start = threading.Barrier(len(calls))

	def call(index, method, path, token, kwargs):
		headers = {"X-Frappe-Site-Name": site, "Accept": "application/json"}
		if token:
			headers["Authorization"] = f"token {token}"
		client = get_test_client(use_cookies=False)
		start.wait()
		responses[index] = getattr(client, method.lower())(path, headers=headers, **kwargs)

	threads = [threading.Thread(target=call, args=(i, *c)) for i, c in enumerate(calls)]
	for thread in threads:
		thread.start()
	for thread in threads:
		thread.join()
	# Start a fresh transaction: the request may have committed (a write, or the API key's last use), and a
	# stale read snapshot would make the next write here fail on SQLite ("database is locked").
	frappe.db.rollback()
	return responses


__all__ = ["ROLES"]
