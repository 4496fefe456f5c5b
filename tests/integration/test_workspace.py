"""The workspace "Inovasi Daerah" for every role of the app, through the requests Desk makes.

A small known world (two regions, three agencies, nine innovations in known states) and a user of every
role in each region. For each user: the workspace page loads with its number cards, charts and the
shortcuts the role may open; each card's method answers the number counted here by hand; each chart holds
only the innovations the user sees; the shortcuts' counts ("my drafts", "awaiting my action") are theirs;
and the user lands on the workspace after login.
"""

import json

import frappe
import pytest
from frappe.utils import getdate, today
from frappe.utils.password import update_password

from inovasi_daerah.access import roles
from inovasi_daerah.access.landing import WORKSPACE, land_existing_users
from inovasi_daerah.iid.projection import summary
from inovasi_daerah.reports.filters import current_period
from tests.integration.access_world import ROLE_KEYS
from tests.integration.helpers import complete_proposal, make_user, rest

REGIONS = {"A": "Kota Ruang Kerja RA", "B": "Kota Ruang Kerja RB"}
AGENCIES = {"A1": "A", "A2": "A", "B1": "B"}
PASSWORD = "RuangKerja#2026"
# (agency, state, created last year, main affair)
INNOVATIONS = (
	("A1", "Draf", False, "Kesehatan"),  # 0: the operator's own draft
	("A1", "Uji Coba", False, "Kesehatan"),
	("A1", "Diterapkan", False, "Pendidikan"),
	("A1", "Draf", True, "Kesehatan"),  # 3: created last year
	("A2", "Uji Coba", False, "Pendidikan"),
	("A2", "Dikembangkan", False, "Kesehatan"),
	("A2", "Evaluasi Kelayakan", False, "Kesehatan"),  # 6: awaits the verifier
	("B1", "Diterapkan", False, "Kesehatan"),
	("B1", "Vakum", False, "Pendidikan"),
)
# Counted by hand from INNOVATIONS, per view: agency A1 (operator, agency head of region A), region A,
# region B (B1 is region B's only agency, so its agency-bound users see the same).
EXPECTED = {
	"A1": {
		"this_year": 3,
		"in_trial": 1,
		"implemented": 1,
		"stage": {"Draf": 2, "Uji Coba": 1, "Diterapkan": 1},
		"affair": {"Kesehatan": 3, "Pendidikan": 1},
		"agency": {"A1": 4},
	},
	"A": {
		"this_year": 6,
		"in_trial": 2,
		"implemented": 2,
		"stage": {"Draf": 2, "Uji Coba": 2, "Diterapkan": 1, "Dikembangkan": 1, "Evaluasi Kelayakan": 1},
		"affair": {"Kesehatan": 5, "Pendidikan": 2},
		"agency": {"A1": 4, "A2": 3},
	},
	"B": {
		"this_year": 2,
		"in_trial": 0,
		"implemented": 1,
		"stage": {"Diterapkan": 1, "Vakum": 1},
		"affair": {"Kesehatan": 1, "Pendidikan": 1},
		"agency": {"B1": 2},
	},
}
CARDS = {
	"Innovations This Year": "this_year",
	"Innovations in Trial": "in_trial",
	"Innovations Implemented": "implemented",
}
CHARTS = {
	"Innovations by Stage": "stage",
	"Innovations by Affair": "affair",
	"Innovations by Agency": "agency",
}
INDEX_CARD = "Verified IID Index"
USERS = [(role_key, region_key) for region_key in REGIONS for role_key in ROLE_KEYS]


def email(role_key: str, region_key: str) -> str:
	return f"{role_key}-{region_key.lower()}@ruangkerja.test"


def agency_name(key: str) -> str:
	return f"RK{key} - {REGIONS[AGENCIES[key]]}"


def view(role_key: str, region_key: str) -> str:
	return f"{region_key}1" if ROLE_KEYS[role_key] in roles.AGENCY_BOUND and region_key == "A" else region_key


def q(value) -> str:
	return json.dumps(value)


# ------------------------------------------------------------------ the world


@pytest.fixture(scope="module")
def world():
	frappe.set_user("Administrator")
	frappe.db.rollback()
	built = frappe._dict(tokens={}, innovations=[], year=getdate(today()).year)
	try:
		build(built)
		frappe.db.commit()
		yield built
	finally:
		tear_down(built)


def build(built):
	for region in REGIONS.values():
		frappe.get_doc({"doctype": "Region", "region_name": region, "level": "Kota"}).insert()
	for key, region_key in AGENCIES.items():
		frappe.get_doc(
			{
				"doctype": "Agency",
				"agency_name": f"Dinas Ruang Kerja {key}",
				"abbreviation": f"RK{key}",
				"region": REGIONS[region_key],
				"agency_type": "OPD",
			}
		).insert()
	for role_key, region_key in USERS:
		user = email(role_key, region_key)
		built.tokens[(role_key, region_key)] = make_user(user, [ROLE_KEYS[role_key]], api=True)
		update_password(user, PASSWORD)
	for region_key, region in REGIONS.items():
		doc = frappe.get_doc("Region", region)
		for role_key, role in ROLE_KEYS.items():
			if role in roles.REGION_WIDE:
				doc.append("members", {"user": email(role_key, region_key)})
		doc.save()
		agency = frappe.get_doc("Agency", agency_name(f"{region_key}1"))
		agency.head = email("agency-head", region_key)
		agency.append("staff", {"user": email("operator", region_key)})
		agency.save()
	for number, (agency, state, last_year, affair) in enumerate(INNOVATIONS):
		name = (
			frappe.get_doc(
				complete_proposal(
					agency=agency_name(agency), title=f"Inovasi Ruang Kerja {number}", main_affair=affair
				)
			)
			.insert()
			.name
		)
		frappe.db.set_value("Innovation", name, "workflow_state", state, update_modified=False)
		if last_year:
			frappe.db.set_value(
				"Innovation", name, "creation", f"{built.year - 1}-06-01 10:00:00", update_modified=False
			)
		built.innovations.append(name)
	frappe.db.set_value(
		"Innovation", built.innovations[0], "owner", email("operator", "A"), update_modified=False
	)
	# The states above were written directly, so the actions Frappe opened for the drafts are stale: the
	# inbox is replaced by one known action, for the verifier, on region A's proposal under evaluation.
	frappe.db.delete("Workflow Action", {"reference_name": ("in", built.innovations)})
	built.action = (
		frappe.get_doc(
			{
				"doctype": "Workflow Action",
				"status": "Open",
				"reference_doctype": "Innovation",
				"reference_name": built.innovations[6],
				"workflow_state": "Evaluasi Kelayakan",
				"permitted_roles": [{"role": roles.VERIFIER}],
			}
		)
		.insert(ignore_permissions=True)
		.name
	)
	# A verified region indicator gives region A an index above zero; region B has none.
	built.period = current_period()
	spd = frappe.db.get_value(
		"IID Indicator", {"period": built.period, "aspect": "SPD"}, "name", order_by="number asc"
	)
	value = frappe.get_doc(
		{
			"doctype": "Region Indicator Value",
			"region": REGIONS["A"],
			"indicator": spd,
			"level": "2",
			"evidence": [{"link": "https://bukti.test/ruang-kerja", "evidence_year": built.year - 1}],
		}
	).insert()
	value.verification_status = "Diterima"
	value.save()
	built.index = {key: summary(region, built.period, "verified")["index"] for key, region in REGIONS.items()}


def tear_down(built):
	frappe.db.rollback()
	frappe.set_user("Administrator")
	innovations = frappe.get_all(
		"Innovation", filters={"title": ("like", "Inovasi Ruang Kerja %")}, pluck="name"
	)
	frappe.db.delete("Workflow Action", {"reference_name": ("in", innovations or [""])})
	# Whatever records the app keeps about an innovation (submissions, state changes, ...).
	for doctype, field in frappe.get_all(
		"DocField",
		filters={"fieldtype": "Link", "options": "Innovation", "parenttype": "DocType"},
		fields=["parent", "fieldname"],
		as_list=True,
	):
		if frappe.get_meta(doctype).istable:
			continue
		for name in frappe.get_all(doctype, filters={field: ("in", innovations or [""])}, pluck="name"):
			frappe.db.set_value(doctype, name, "docstatus", 2, update_modified=False)
			frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
	for name in frappe.get_all(
		"Region Indicator Value", filters={"region": ("in", list(REGIONS.values()))}, pluck="name"
	):
		frappe.delete_doc("Region Indicator Value", name, force=True, ignore_permissions=True)
	for name in innovations:
		frappe.db.delete("Version", {"ref_doctype": "Innovation", "docname": name})
		frappe.db.delete("Comment", {"reference_doctype": "Innovation", "reference_name": name})
		frappe.delete_doc("Innovation", name, force=True, ignore_permissions=True)
	for key in AGENCIES:
		frappe.delete_doc("Agency", agency_name(key), force=True, ignore_missing=True)
	for region in REGIONS.values():
		frappe.delete_doc("Region", region, force=True, ignore_missing=True)
	for user in frappe.get_all("User", filters={"name": ("like", "%@ruangkerja.test")}, pluck="name"):
		frappe.delete_doc("User", user, force=True, ignore_permissions=True)
	frappe.db.commit()


def as_user(world, role_key, region_key):
	return world.tokens[(role_key, region_key)]


def call(token, method, **kwargs):
	response = rest("POST", f"/api/method/{method}", token, json=kwargs)
	assert response.status_code == 200, (
		f"{method}: {response.status_code} {response.get_data(as_text=True)[:500]}"
	)
	return response.json["message"]


def readers(doctype: str) -> set[str]:
	return {perm.role for perm in frappe.get_meta(doctype).permissions if perm.read and not perm.permlevel}


# ------------------------------------------------------------------ the workspace page


@pytest.mark.parametrize("role_key,region_key", USERS)
def test_the_workspace_loads_with_its_cards_charts_and_the_roles_shortcuts(world, role_key, region_key):
	token = as_user(world, role_key, region_key)
	page = {"name": WORKSPACE, "title": WORKSPACE, "public": 1}
	desk = call(token, "frappe.desk.desktop.get_desktop_page", page=q(page))
	assert {card["number_card_name"] for card in desk["number_cards"]["items"]} == {*CARDS, INDEX_CARD}
	assert {chart["chart_name"] for chart in desk["charts"]["items"]} == set(CHARTS)
	role = ROLE_KEYS[role_key]
	# Labels come in the user's language: shortcuts are told apart by what they open.
	shortcuts = {
		(shortcut.link_to, shortcut.stats_filter): shortcut.label
		for shortcut in frappe.get_doc("Workspace", WORKSPACE).shortcuts
		if shortcut.link_to == "Workflow Action" or role in readers(shortcut.link_to)
	}
	assert {"My Drafts", "Awaiting My Action", "Innovation", "Monitoring Report"} <= set(shortcuts.values())
	assert {(item["link_to"], item["stats_filter"]) for item in desk["shortcuts"]["items"]} == set(shortcuts)
	assert len(desk["cards"]["items"]) >= 3
	# Every block of the page names a card, chart or shortcut the page holds for some role.
	content = json.loads(frappe.db.get_value("Workspace", WORKSPACE, "content"))
	named = {block["data"].get(f"{block['type']}_name") for block in content if block["type"] != "header"}
	assert {*CARDS, INDEX_CARD, *CHARTS} <= named


def test_the_workspace_speaks_indonesian(world):
	user = email("operator", "A")
	frappe.db.set_value("User", user, "language", "id")
	frappe.db.commit()
	page = {"name": WORKSPACE, "title": WORKSPACE, "public": 1}
	try:
		desk = call(as_user(world, "operator", "A"), "frappe.desk.desktop.get_desktop_page", page=q(page))
	finally:
		frappe.db.set_value("User", user, "language", None)
		frappe.db.commit()
	cards = {card["number_card_name"]: card["label"] for card in desk["number_cards"]["items"]}
	charts = {chart["chart_name"]: chart["label"] for chart in desk["charts"]["items"]}
	shortcuts = {shortcut["link_to"]: shortcut["label"] for shortcut in desk["shortcuts"]["items"]}
	assert cards["Innovations This Year"] == "Inovasi Tahun Ini"
	assert cards[INDEX_CARD] == "Indeks IID Terverifikasi"
	assert charts["Innovations by Stage"] == "Inovasi per Tahapan"
	assert shortcuts["Workflow Action"] == "Menunggu Tindakan Saya"


# ------------------------------------------------------------------ number cards


@pytest.mark.parametrize("role_key,region_key", USERS)
def test_each_number_card_counts_what_the_user_sees(world, role_key, region_key):
	token = as_user(world, role_key, region_key)
	expected = EXPECTED[view(role_key, region_key)]
	for card, key in CARDS.items():
		method = frappe.db.get_value("Number Card", card, "method")
		# What Desk sends for a card of type Custom: its filters_json.
		answer = call(token, method, filters=frappe.db.get_value("Number Card", card, "filters_json"))
		assert answer["value"] == expected[key], f"{card} as {role_key} of {region_key}: {answer}"
		assert answer["route"] == ["List", "Innovation"]
	index = call(token, frappe.db.get_value("Number Card", INDEX_CARD, "method"), filters="{}")
	assert index["value"] == world.index[region_key]
	assert index["route"] == ["Form", "Region", REGIONS[region_key]]


def test_the_verified_index_is_the_users_own_region(world):
	assert world.index["A"] > 0 and world.index["B"] == 0
	method = frappe.db.get_value("Number Card", INDEX_CARD, "method")
	token = as_user(world, "operator", "A")
	own = call(token, method, filters=q({"region": REGIONS["A"]}))
	assert own["value"] == world.index["A"]
	foreign = rest("POST", f"/api/method/{method}", token, json={"filters": q({"region": REGIONS["B"]})})
	assert foreign.status_code == 403
	assert str(world.index["A"]) not in foreign.get_data(as_text=True)


def test_a_card_narrowed_by_filters_counts_within_the_users_records(world):
	method = frappe.db.get_value("Number Card", "Innovations This Year", "method")
	token = as_user(world, "verifier", "A")
	answer = call(token, method, filters=q({"agency": agency_name("A2")}))
	assert answer["value"] == 3 and answer["route_options"]["agency"] == agency_name("A2")
	last_year = call(token, method, filters=q({"year": world.year - 1}))
	assert last_year["value"] == 1
	operator = call(as_user(world, "operator", "A"), method, filters=q({"agency": agency_name("A2")}))
	assert operator["value"] == 0


# ------------------------------------------------------------------ charts


@pytest.mark.parametrize("role_key,region_key", USERS)
def test_each_chart_holds_only_the_users_innovations(world, role_key, region_key):
	token = as_user(world, role_key, region_key)
	expected = EXPECTED[view(role_key, region_key)]
	# Frappe 16 shows a link's title (the agency's name) where Frappe 15 shows the record's name.
	agency_key = {}
	for key in AGENCIES:
		agency_key[agency_name(key)] = key
		agency_key[frappe.db.get_value("Agency", agency_name(key), "agency_name")] = key
	for chart, key in CHARTS.items():
		for refresh in (1, 0):
			data = call(
				token,
				"frappe.desk.doctype.dashboard_chart.dashboard_chart.get",
				chart_name=chart,
				filters=frappe.db.get_value("Dashboard Chart", chart, "filters_json"),
				refresh=refresh,
			)
			got = dict(zip(data["labels"], data["datasets"][0]["values"], strict=True))
			if key == "agency":
				got = {agency_key[label]: count for label, count in got.items()}
			assert got == expected[key], f"{chart} as {role_key} of {region_key}: {got}"


# ------------------------------------------------------------------ shortcuts


@pytest.mark.parametrize("role_key,region_key", USERS)
def test_the_shortcut_counts_are_the_users_own(world, role_key, region_key):
	token = as_user(world, role_key, region_key)
	user = email(role_key, region_key)
	shortcuts = {row.label: row for row in frappe.get_doc("Workspace", WORKSPACE).shortcuts}
	# Desk evaluates the filter as JavaScript, where frappe.session.user is the user looking at it and
	# frappe.boot holds what the app's boot hook put there (the state a new innovation is born in).
	boot = frappe._dict()
	for hook in frappe.get_hooks("boot_session"):
		frappe.get_attr(hook)(boot)
	drafts = (
		shortcuts["My Drafts"]
		.stats_filter.replace("frappe.session.user", q(user))
		.replace("frappe.boot.inovasi_lifecycle.initial_state", q(boot.inovasi_lifecycle["initial_state"]))
	)
	awaiting = shortcuts["Awaiting My Action"]
	counts = {
		label: rest(
			"GET",
			"/api/method/frappe.client.get_count",
			token,
			query_string={"doctype": doctype, "filters": filters},
		).json["message"]
		for label, doctype, filters in (
			("My Drafts", "Innovation", drafts),
			("Awaiting My Action", awaiting.link_to, awaiting.stats_filter),
		)
	}
	assert counts["My Drafts"] == (1 if (role_key, region_key) == ("operator", "A") else 0)
	assert counts["Awaiting My Action"] == (1 if (role_key, region_key) == ("verifier", "A") else 0)


# ------------------------------------------------------------------ landing


@pytest.mark.parametrize("role_key,region_key", USERS)
def test_every_role_lands_on_the_workspace(world, role_key, region_key):
	from frappe.utils.user import UserPermissions

	user = email(role_key, region_key)
	assert frappe.db.get_value("User", user, "default_workspace") == WORKSPACE
	# What Desk boots with: /app opens the user's default workspace first, on Frappe 15 and 16.
	boot = UserPermissions(user).load_user()
	assert boot.default_workspace["name"] == WORKSPACE
	login = rest("POST", "/api/method/login", json={"usr": user, "pwd": PASSWORD})
	assert login.status_code == 200, login.get_data(as_text=True)[:300]
	# Frappe 15 sends the browser to the workspace itself; Frappe 16 to /app, which resolves to it.
	assert login.json["home_page"] in ("/app/inovasi-daerah", "/app")


def test_an_administrators_choice_of_landing_page_stands():
	chosen = frappe.get_doc(
		{
			"doctype": "User",
			"email": "chosen@ruangkerja.test",
			"first_name": "Chosen",
			"send_welcome_email": 0,
			"default_workspace": "Tools",
			"roles": [{"role": roles.VERIFIER}],
		}
	).insert(ignore_permissions=True)
	assert chosen.default_workspace == "Tools"
	# Emptied by an administrator later: a further change of the user keeps it empty.
	member = frappe.get_doc("User", make_user("member@ruangkerja.test", [roles.VIEWER]))
	assert member.default_workspace == WORKSPACE
	member.default_workspace = None
	member.save(ignore_permissions=True)
	member.add_roles(roles.REGIONAL_HEAD)
	assert not frappe.db.get_value("User", member.name, "default_workspace")
	# A user outside the app keeps Frappe's landing until given a role of the app.
	outsider = frappe.get_doc("User", make_user("outsider@ruangkerja.test", ["Blogger"]))
	assert not outsider.default_workspace
	outsider.add_roles(roles.OPERATOR)
	assert frappe.db.get_value("User", outsider.name, "default_workspace") == WORKSPACE
	assert not frappe.db.get_value("User", "Administrator", "default_workspace")


def test_users_who_joined_earlier_land_on_the_workspace_after_the_patch():
	earlier = make_user("earlier@ruangkerja.test", [roles.OPERATOR])
	chosen = make_user("chosen-earlier@ruangkerja.test", [roles.MANAGER])
	outsider = make_user("outsider-earlier@ruangkerja.test", ["Blogger"])
	frappe.db.set_value("User", earlier, "default_workspace", None)
	frappe.db.set_value("User", chosen, "default_workspace", "Tools")
	assert land_existing_users() >= 1
	assert frappe.db.get_value("User", earlier, "default_workspace") == WORKSPACE
	assert frappe.db.get_value("User", chosen, "default_workspace") == "Tools"
	assert not frappe.db.get_value("User", outsider, "default_workspace")
