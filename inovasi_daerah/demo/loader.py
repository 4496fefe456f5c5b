"""Load the fictional demo region from the top-level `inovasi_daerah/demo/data/` folder, insert-if-missing.

Safe to run twice: every record is looked up by its natural key before it is inserted.
"""

import json
import time
from contextlib import contextmanager
from pathlib import Path

import frappe
from frappe.utils import getdate, nowdate
from frappe.workflow.doctype.workflow_action import workflow_action
from frappe.workflow.doctype.workflow_action.workflow_action import process_workflow_actions

from inovasi_daerah.access import roles
from inovasi_daerah.api import portal as portal_api
from inovasi_daerah.demo.programme import load_programme
from inovasi_daerah.iid.submissions import refresh_submission

DEMO_DIR = Path(__file__).resolve().parent / "data"
DEMO_PASSWORD = "Sukamaju#2026"
OPD_TARGET = 6


def read_fixture(name: str):
	return json.loads((DEMO_DIR / f"{name}.json").read_text(encoding="utf-8"))


def load() -> dict:
	"""Put the demo region on the current site; return how many records of each kind were inserted."""
	started = time.monotonic()
	with history_without_mail():
		counts = load_records()
	counts["seconds"] = round(time.monotonic() - started, 1)
	return counts


@contextmanager
def history_without_mail():
	"""The demo's history must not email anyone, nor queue the mail. Muting only stops the sending: each
	state the history passes through still queued a workflow-action email, about a thousand jobs that
	kept the worker rendering mail for a quarter of an hour after the load (and, on SQLite, holding the
	write lock against the people using the site). The workflow actions themselves, the inbox, are kept."""
	muted, frappe.flags.mute_emails = frappe.flags.mute_emails, True
	alert = workflow_action.send_email_alert
	workflow_action.send_email_alert = lambda workflow: False
	try:
		yield
	finally:
		frappe.flags.mute_emails = muted
		workflow_action.send_email_alert = alert


def load_records() -> dict:
	regions = read_fixture("regions")
	city = regions[-1]["region_name"]
	return {
		"Region": load_regions(regions),
		"Agency": load_agencies(read_fixture("agencies"), city),
		"User": load_users(read_fixture("users"), city),
		"Agency Innovation Target": load_targets(city, getdate(nowdate()).year),
		"Innovation": load_innovations(read_fixture("innovations"), city),
		"IID rows": load_iid(read_fixture("iid_2026"), city),
		**load_programme(city),
		"Public Idea": load_public_ideas(read_fixture("public_ideas"), city),
	}


def agency_name(abbreviation: str, region: str) -> str:
	return f"{abbreviation} - {region}"


def load_regions(regions: list[dict]) -> int:
	inserted = 0
	for region in regions:
		if not frappe.db.exists("Region", region["region_name"]):
			doc = frappe.get_doc({"doctype": "Region", "is_demo": 1, **region})
			doc.flags.system_write = True  # is_demo is the system's mark, kept from users
			doc.insert(ignore_permissions=True)
			inserted += 1
	return inserted


def load_agencies(agencies: list[dict], region: str) -> int:
	inserted = 0
	for agency in agencies:
		if frappe.db.exists("Agency", agency_name(agency["abbreviation"], region)):
			continue
		parent = agency.get("parent")
		has_children = any(other.get("parent") == agency["abbreviation"] for other in agencies)
		frappe.get_doc(
			{
				"doctype": "Agency",
				"agency_name": agency["agency_name"],
				"abbreviation": agency["abbreviation"],
				"agency_type": agency["agency_type"],
				"region": region,
				"parent_agency": agency_name(parent, region) if parent else None,
				"is_research_unit": agency.get("is_research_unit", 0),
				"is_group": int(has_children),
			}
		).insert(ignore_permissions=True)
		inserted += 1
	return inserted


def load_users(users: list[dict], region: str) -> int:
	inserted = 0
	for user in users:
		if not frappe.db.exists("User", user["email"]):
			doc = frappe.get_doc(
				{
					"doctype": "User",
					"email": user["email"],
					# Names carry titles ("dr. H. Rizal Malik, M.Kes."): kept whole rather than split badly.
					"first_name": user["full_name"],
					"language": "id",
					"send_welcome_email": 0,
					"new_password": DEMO_PASSWORD,
					"roles": [{"role": role} for role in user["roles"]],
				}
			)
			doc.flags.ignore_password_policy = True
			doc.insert(ignore_permissions=True)
			inserted += 1
		if user.get("agency") and set(user["roles"]) & {roles.AGENCY_HEAD, roles.OPERATOR}:
			link_to_agency(user, agency_name(user["agency"], region))
		elif set(user["roles"]) & roles.REGION_WIDE:
			add_region_member(user["email"], region)
	return inserted


def add_region_member(user: str, region: str):
	"""Region-wide users are the region's members, so the demo works on a site that serves other regions too."""
	doc = frappe.get_doc("Region", region)
	if user not in {row.user for row in doc.members}:
		doc.append("members", {"user": user})
		doc.save(ignore_permissions=True)


def link_to_agency(user: dict, agency: str):
	"""Make the user the agency's head or staff, which puts the agency in their access scope."""
	doc = frappe.get_doc("Agency", agency)
	if roles.AGENCY_HEAD in user["roles"]:
		if doc.head == user["email"]:
			return
		doc.head = user["email"]
	elif user["email"] in {row.user for row in doc.staff}:
		return
	else:
		doc.append("staff", {"user": user["email"]})
	doc.save(ignore_permissions=True)


def load_targets(region: str, year: int) -> int:
	inserted = 0
	for agency in frappe.get_all("Agency", filters={"region": region, "agency_type": "OPD"}, pluck="name"):
		if not frappe.db.exists("Agency Innovation Target", {"agency": agency, "year": year}):
			frappe.get_doc(
				{
					"doctype": "Agency Innovation Target",
					"agency": agency,
					"year": year,
					"target_count": OPD_TARGET,
				}
			).insert(ignore_permissions=True)
			inserted += 1
	return inserted


def load_innovations(innovations: list[dict], region: str) -> int:
	existing = {
		(row.title, row.agency)
		for row in frappe.get_all("Innovation", filters={"region": region}, fields=["title", "agency"])
	}
	has_workflow = bool(frappe.get_all("Workflow", filters={"document_type": "Innovation", "is_active": 1}))
	inserted = 0
	for row in innovations:
		agency = agency_name(row["agency"], region)
		if (row["title"], agency) in existing:
			continue
		values = {key: value for key, value in row.items() if key not in ("agency", "team", "other_affairs")}
		state = values.pop("workflow_state")
		doc = frappe.get_doc(
			{
				"doctype": "Innovation",
				**values,
				"agency": agency,
				"region": region,
				"other_affairs": [{"government_affair": affair} for affair in row["other_affairs"]],
				"team": [
					{**member, "agency": agency_name(member["agency"], region) if member["agency"] else None}
					for member in row["team"]
				],
			}
		)
		if not has_workflow:
			doc.workflow_state = state
		doc.flags.system_write = True  # history: its sustainability status comes with it
		doc.insert(ignore_permissions=True)
		if has_workflow:
			# Demo records are history: they arrive in their stage rather than walking the workflow.
			doc.db_set("workflow_state", state, update_modified=False)
			process_workflow_actions(doc, "on_update")
		inserted += 1
	return inserted


def load_public_ideas(rows: list[dict], region: str) -> int:
	"""The portal serves the city; citizens' ideas arrive as guests and are triaged by the demo verifier
	through the same functions Desk calls (api/portal.py)."""
	from inovasi_daerah.public_portal import ideas

	if not frappe.db.get_single_value("Inovasi Daerah Settings", "portal_region"):
		frappe.db.set_single_value("Inovasi Daerah Settings", "portal_region", region)
	verifier = next(u["email"] for u in read_fixture("users") if roles.VERIFIER in u["roles"])
	inserted = 0
	for row in rows:
		if frappe.db.exists("Public Idea", {"title": row["title"], "region": region}):
			continue
		values = {key: value for key, value in row.items() if key not in ("triage", "target", "reply")}
		user = frappe.session.user
		frappe.set_user("Guest")
		try:
			idea = frappe.get_doc({"doctype": "Public Idea", **values}).insert(ignore_permissions=True)
		finally:
			frappe.set_user(user)
		inserted += 1
		if row["triage"] == ideas.STATUS_NEW:
			continue
		frappe.set_user(verifier)
		try:
			if row["triage"] == ideas.STATUS_ACCEPTED:
				portal_api.accept_idea(idea.name, agency_name(row["target"], region), reply=row["reply"])
			elif row["triage"] == ideas.STATUS_REJECTED:
				portal_api.reject_idea(idea.name, reply=row["reply"])
			else:
				original = frappe.db.get_value("Public Idea", {"title": row["target"], "region": region})
				portal_api.mark_duplicate(idea.name, "Public Idea", original, reply=row["reply"])
		finally:
			frappe.set_user(user)
	return inserted


def load_iid(data: dict, region: str) -> int:
	"""The region's SPD values and its innovations' SID rows for the period, as a verifier's desk mid-window."""
	period = frappe.db.get_value("Assessment Period", {"year": data["period_year"]})
	if not period:
		return 0
	indicators = {
		(row.aspect, row.number, row.sub_letter or ""): row.name
		for row in frappe.get_all(
			"IID Indicator", filters={"period": period}, fields=["name", "aspect", "number", "sub_letter"]
		)
	}
	innovations = {
		(row.title, row.agency): row.name
		for row in frappe.get_all(
			"Innovation", filters={"region": region}, fields=["name", "title", "agency"]
		)
	}
	inserted = 0
	for value in data["region_values"]:
		indicator = indicators[("SPD", value["number"], value["sub_letter"])]
		if not frappe.db.exists("Region Indicator Value", {"region": region, "indicator": indicator}):
			frappe.get_doc(
				{
					"doctype": "Region Indicator Value",
					"region": region,
					"indicator": indicator,
					**indicator_values(value),
				}
			).insert(ignore_permissions=True)
			inserted += 1
	replication_computed = set(
		frappe.get_all("IID Indicator", filters={"period": period, "level_source": "Replikasi"}, pluck="name")
	)
	frappe.flags.iid_bulk_load = True
	try:
		touched = set()
		for item in data["innovations"]:
			innovation = innovations[(item["title"], agency_name(item["agency"], region))]
			for value in item["indicators"]:
				indicator = indicators[("SID", value["number"], value["sub_letter"])]
				if frappe.db.exists(
					"Innovation Indicator", {"innovation": innovation, "indicator": indicator}
				):
					continue
				if indicator in replication_computed:
					# The Replikasi level is computed from replications: record as many as the level claims.
					ensure_replications(innovation, int(value["level"]))
				frappe.get_doc(
					{
						"doctype": "Innovation Indicator",
						"innovation": innovation,
						"indicator": indicator,
						"measurement_basis": value["measurement_basis"],
						**indicator_values(value),
					}
				).insert(ignore_permissions=True)
				touched.add(innovation)
				inserted += 1
	finally:
		frappe.flags.iid_bulk_load = False
	for innovation in touched:
		refresh_submission(innovation, period)
	return inserted


# Real regions that replicate innovations in the demo (counterparts are outside the site).
REPLICATING_REGIONS = ("Kabupaten Sleman", "Kota Pekalongan", "Kabupaten Banyuwangi", "Kota Padang")


def ensure_replications(innovation: str, count: int):
	existing = frappe.db.count("Replication", {"innovation": innovation})
	for index in range(existing, count):
		frappe.get_doc(
			{
				"doctype": "Replication",
				"innovation": innovation,
				"direction": "Direplikasi Daerah Lain",
				"counterpart_region": REPLICATING_REGIONS[index % len(REPLICATING_REGIONS)],
				"replication_date": f"2025-{3 + 2 * index:02d}-15",
				"agreement_type": "PKS",
				"agreement_number": f"PKS/{innovation}/{index + 1}",
			}
		).insert(ignore_permissions=True)


def indicator_values(value: dict) -> dict:
	return {
		"level": str(value["level"]),
		"verification_status": value["verification_status"],
		"verifier_note": value["verifier_note"],
		"evidence": value["evidence"],
	}


def prepare_demo_site():
	"""Finish Frappe's setup wizard for an Indonesian region, so the demo opens on Desk, in Indonesian."""
	from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

	# Frappe returns at once when the wizard is already complete.
	setup_complete(
		{"language": "Indonesia", "country": "Indonesia", "timezone": "Asia/Jakarta", "currency": "IDR"}
	)
	frappe.db.set_single_value("System Settings", "language", "id")
	# What guests' pages use on Frappe 15 (System Settings' form sets it too; set_single_value does not).
	frappe.db.set_default("lang", "id")
	frappe.db.commit()
