"""The generated isolation test: every DocType of the app × every path to its rows × every role.

The DocTypes are found in the database (a DocType added later is covered without touching this file). The
world (access_world.py) holds two regions with two agencies each and a record of every DocType in each.
For each role, a user in region A (agency A1 for the agency-bound roles) reads through every path of the
access issue over REST; any foreign name, marker, person's name, NIP, file or count fails, and the
failure names the DocType, path and role. A summary of what was checked is printed at the end.
"""

import json

import frappe
import pytest

from inovasi_daerah.access.model import MODULES, REFERENCES, SCOPES, child_parents
from tests.integration import access_world
from tests.integration.access_world import ROLE_KEYS
from tests.integration.conftest import SUMMARY
from tests.integration.helpers import rest

CHECKED: dict[str, set] = {"triples": set(), "requests": 0}


@pytest.fixture(scope="module")
def world():
	built = access_world.build()
	yield built
	access_world.tear_down(built)
	report = (
		f"isolation: {len({t[0] for t in CHECKED['triples']})} DocTypes x "
		f"{len({t[1] for t in CHECKED['triples']})} paths x {len({t[2] for t in CHECKED['triples']})} roles, "
		f"{len(CHECKED['triples'])} combinations, {CHECKED['requests']} requests, 0 leaks"
	)
	SUMMARY.append(report)


def test_every_app_doctype_is_in_the_access_model():
	"""A DocType of the app's module that the model does not place fails here first."""
	missing = [dt for dt in access_world.app_doctypes() if dt not in SCOPES]
	assert not missing, f"add these DocTypes to inovasi_daerah/access/model.py SCOPES: {missing}"
	orphans = [dt for dt in access_world.app_child_doctypes() if dt not in child_parents()]
	assert not orphans, f"child tables held by no DocType of the app: {orphans}"


def q(value) -> str:
	return json.dumps(value, default=str)  # MariaDB hands back datetimes; requests carry them as text


class Probe:
	"""One user's view: sends requests and fails on any foreign token in what comes back."""

	def __init__(self, world, role_key):
		self.world = world
		self.role_key = role_key
		self.role = ROLE_KEYS[role_key]
		self.token = world.tokens[(role_key, "A")]
		self.foreign = access_world.foreign_tokens(world, self.role, "A")

	def call(self, doctype, path_name, method, url, asked: str = "", **kwargs):
		"""Send a request; `asked` is the foreign name the request itself names (echoed in its refusal)."""
		response = rest(method, url, self.token, **kwargs)
		CHECKED["requests"] += 1
		CHECKED["triples"].add((doctype, path_name, self.role_key))
		body = response.get_data(as_text=True)
		leaked = [token for token in self.foreign if token in body and token not in asked]
		if leaked:
			at = body.index(leaked[0])
			context = body[max(0, at - 300) : at + 200]
			raise AssertionError(
				f"LEAK: {doctype} via {path_name} as {self.role_key}: {leaked[:5]} in {response.status_code}: …{context}…"
			)
		return response

	def own(self, doctype):
		return [
			r
			for r in self.world.records
			if r.doctype == doctype and access_world.visible_to(r, self.role, "A")
		]

	def foreign_records(self, doctype):
		return [
			r
			for r in self.world.records
			if r.doctype == doctype and not access_world.visible_to(r, self.role, "A")
		]

	def test_names(self, doctype):
		return [r.name for r in self.world.records if r.doctype == doctype]

	def can_read(self, doctype):
		return frappe.has_permission(doctype, "read", user=access_world.email(self.role_key, "A"))

	def count_is_own(self, doctype, path_name, count):
		if self.can_read(doctype):
			assert count == len(self.own(doctype)), (
				f"LEAK or loss: {doctype} via {path_name} as {self.role_key}: count {count}, expected {len(self.own(doctype))}"
			)


def data(response):
	if response.status_code != 200:
		return None
	payload = response.json
	return payload.get("message", payload.get("data"))


# ------------------------------------------------------------------ the paths, one function each


def v1_list(p, dt):
	response = p.call(
		dt,
		"REST v1 list",
		"GET",
		f"/api/resource/{dt}",
		query_string={"fields": q(["*"]), "limit_page_length": 0},
	)
	rows = data(response)
	if rows is not None:
		listed = {row["name"] for row in rows}
		missing = [r.name for r in p.own(dt) if r.name not in listed]
		assert not missing, f"{dt} via REST v1 list as {p.role_key}: own records missing {missing}"


def v1_get(p, dt):
	for record in p.foreign_records(dt):
		response = p.call(dt, "REST v1 get", "GET", f"/api/resource/{dt}/{record.name}", asked=record.name)
		assert response.status_code in (
			403,
			404,
		), f"{dt} {record.name} via REST v1 get as {p.role_key}: {response.status_code}"


def v2_list(p, dt):
	p.call(dt, "REST v2 list", "GET", f"/api/v2/document/{dt}", query_string={"fields": q(["*"]), "limit": 0})


def v2_get(p, dt):
	for record in p.foreign_records(dt):
		response = p.call(
			dt, "REST v2 get", "GET", f"/api/v2/document/{dt}/{record.name}/", asked=record.name
		)
		assert response.status_code in (
			403,
			404,
		), f"{dt} via REST v2 get as {p.role_key}: {response.status_code}"


def v2_count(p, dt):
	response = p.call(
		dt,
		"REST v2 count",
		"GET",
		f"/api/v2/doctype/{dt}/count",
		query_string={"filters": q([["name", "in", p.test_names(dt)]])},
	)
	if response.status_code == 200:
		p.count_is_own(dt, "REST v2 count", data(response))


def client_get_list(p, dt):
	p.call(
		dt,
		"frappe.client.get_list",
		"POST",
		"/api/method/frappe.client.get_list",
		json={"doctype": dt, "fields": ["*"], "limit_page_length": 0},
	)


def client_get_count(p, dt):
	response = p.call(
		dt,
		"frappe.client.get_count",
		"POST",
		"/api/method/frappe.client.get_count",
		json={"doctype": dt, "filters": [["name", "in", p.test_names(dt)]]},
	)
	if response.status_code == 200:
		p.count_is_own(dt, "frappe.client.get_count", data(response))


def client_get(p, dt):
	for record in p.foreign_records(dt):
		p.call(
			dt,
			"frappe.client.get",
			"POST",
			"/api/method/frappe.client.get",
			json={"doctype": dt, "name": record.name},
			asked=record.name,
		)
		p.call(
			dt,
			"frappe.client.get_value",
			"POST",
			"/api/method/frappe.client.get_value",
			json={"doctype": dt, "filters": {"name": record.name}, "fieldname": ["*"]},
			asked=record.name,
		)
		p.call(
			dt,
			"frappe.client.validate_link",
			"POST",
			"/api/method/frappe.client.validate_link",
			json={
				"doctype": dt,
				"docname": record.name,
				"fields": [
					f.fieldname
					for f in frappe.get_meta(dt).fields
					if f.fieldtype in ("Data", "Small Text", "Link")
				][:5],
			},
			asked=record.name,
		)


def report_view(p, dt):
	p.call(
		dt,
		"report view",
		"POST",
		"/api/method/frappe.desk.reportview.get",
		json={
			"doctype": dt,
			"fields": q(
				[f"`tab{dt}`.`name`"]
				+ [
					f"`tab{dt}`.`{f.fieldname}`"
					for f in frappe.get_meta(dt).fields
					if f.fieldtype in ("Data", "Small Text", "Link")
				][:8]
			),
			"page_length": 0,
		},
	)
	response = p.call(
		dt,
		"report view count",
		"POST",
		"/api/method/frappe.desk.reportview.get_count",
		json={"doctype": dt, "filters": q([[dt, "name", "in", p.test_names(dt)]])},
	)
	if response.status_code == 200:
		p.count_is_own(dt, "report view count", data(response))


def report_export(p, dt):
	p.call(
		dt,
		"report view export",
		"POST",
		"/api/method/frappe.desk.reportview.export_query",
		data={
			"doctype": dt,
			"file_format_type": "CSV",
			"fields": q([f"`tab{dt}`.`name`"]),
			"filters": q([]),
			"title": dt,
		},
	)


def group_by_counts(p, dt):
	meta = frappe.get_meta(dt)
	fields = ["owner", "assigned_to"] + [f.fieldname for f in meta.fields if f.fieldtype == "Link"][:3]
	for field in fields:
		response = p.call(
			dt,
			f"sidebar count ({field})",
			"POST",
			"/api/method/frappe.desk.listview.get_group_by_count",
			json={
				"doctype": dt,
				"current_filters": q([[dt, "name", "in", p.test_names(dt)]]),
				"field": field,
			},
		)
		rows = data(response)
		if rows is not None and field == "owner":
			p.count_is_own(dt, "sidebar count (owner)", sum(row["count"] for row in rows))


def link_search(p, dt):
	for txt in ("", "Rahasia", "AKS"):
		p.call(
			dt,
			"link search",
			"POST",
			"/api/method/frappe.desk.search.search_link",
			json={"doctype": dt, "txt": txt, "page_length": 100},
		)
		p.call(
			dt,
			"search widget",
			"POST",
			"/api/method/frappe.desk.search.search_widget",
			json={"doctype": dt, "txt": txt, "page_length": 100},
		)


def global_search(p, dt):
	for text in ("Rahasia", "Anggota"):
		p.call(
			dt,
			"global search",
			"POST",
			"/api/method/frappe.utils.global_search.search",
			json={"text": text, "doctype": dt},
		)
		p.call(
			dt,
			"global search (all)",
			"POST",
			"/api/method/frappe.utils.global_search.search",
			json={"text": text},
		)


def desk_form(p, dt):
	for record in p.foreign_records(dt):
		p.call(
			dt,
			"Desk form",
			"GET",
			"/api/method/frappe.desk.form.load.getdoc",
			query_string={"doctype": dt, "name": record.name},
			asked=record.name,
		)
		p.call(
			dt,
			"Desk timeline",
			"GET",
			"/api/method/frappe.desk.form.load.get_docinfo",
			query_string={"doctype": dt, "name": record.name},
			asked=record.name,
		)


def print_view(p, dt):
	for record in p.foreign_records(dt):
		p.call(
			dt,
			"print",
			"GET",
			"/printview",
			query_string={"doctype": dt, "name": record.name},
			asked=record.name,
		)
		p.call(
			dt,
			"print html",
			"POST",
			"/api/method/frappe.www.printview.get_html_and_style",
			json={"doc": dt, "name": record.name},
			asked=record.name,
		)


DOCTYPE_PATHS = [
	v1_list,
	v1_get,
	v2_list,
	v2_get,
	v2_count,
	client_get_list,
	client_get_count,
	client_get,
	report_view,
	report_export,
	group_by_counts,
	link_search,
	global_search,
	desk_form,
	print_view,
]


@pytest.mark.parametrize("role_key", list(ROLE_KEYS))
def test_no_doctype_leaks_through_any_path(world, role_key):
	probe = Probe(world, role_key)
	doctypes = access_world.app_doctypes()
	assert len(doctypes) >= len(access_world.APP_DOCTYPES_FOR_PARAMETRIZE)
	for dt in doctypes:
		for path in DOCTYPE_PATHS:
			path(probe, dt)


@pytest.mark.parametrize("role_key", list(ROLE_KEYS))
def test_no_child_table_row_leaks(world, role_key):
	probe = Probe(world, role_key)
	for child in access_world.app_child_doctypes():
		for parent in child_parents()[child]:
			probe.call(
				child,
				"child table list",
				"GET",
				f"/api/resource/{child}",
				query_string={"parent": parent, "fields": q(["*"]), "limit_page_length": 0},
			)
			probe.call(
				child,
				"frappe.client.get_list (child)",
				"POST",
				"/api/method/frappe.client.get_list",
				json={"doctype": child, "parent": parent, "fields": ["*"], "limit_page_length": 0},
			)


@pytest.mark.parametrize("role_key", list(ROLE_KEYS))
def test_no_trace_of_a_foreign_record_leaks(world, role_key):
	"""The inbox, comments, versions, assignments, emails and files that point at the app's records."""
	probe = Probe(world, role_key)
	for doctype in REFERENCES:
		probe.call(
			doctype,
			"REST v1 list",
			"GET",
			f"/api/resource/{doctype}",
			query_string={"fields": q(["*"]), "limit_page_length": 0},
		)
		probe.call(
			doctype,
			"frappe.client.get_list",
			"POST",
			"/api/method/frappe.client.get_list",
			json={"doctype": doctype, "fields": ["*"], "limit_page_length": 0},
		)
	foreign_innovations = [r.name for r in probe.foreign_records("Innovation")]
	for name in frappe.get_all("File", filters={"file_name": ("like", "%Rahasia%")}, pluck="name"):
		file = frappe.get_doc("File", name)
		if file.attached_to_name in foreign_innovations or any(
			token in file.file_name for token in probe.foreign if token.startswith("Rahasia")
		):
			response = probe.call("File", "private file download", "GET", file.file_url)
			assert response.status_code in (
				403,
				404,
			), f"{file.file_url} as {role_key}: {response.status_code}"
			probe.call("File", "REST v1 get", "GET", f"/api/resource/File/{name}")


@pytest.mark.parametrize("role_key", list(ROLE_KEYS))
def test_number_cards_charts_and_reports_hold_only_the_users_records(world, role_key):
	"""Every Number Card, Dashboard Chart and Script Report of the app, found in the database."""
	probe = Probe(world, role_key)
	user = access_world.email(role_key, "A")
	for card in frappe.get_all("Number Card", filters={"module": ("in", MODULES)}, pluck="name"):
		doc = frappe.get_doc("Number Card", card)
		probe.call(
			"Number Card",
			f"number card {card}",
			"POST",
			"/api/method/frappe.desk.doctype.number_card.number_card.get_result",
			json={"doc": q(doc.as_dict()), "filters": q([])},
		)
		if doc.type == "Custom":  # what Desk calls for a custom card: its method
			probe.call(
				"Number Card",
				f"number card method {card}",
				"POST",
				f"/api/method/{doc.method}",
				json={"filters": "{}"},
			)
	for chart in frappe.get_all("Dashboard Chart", filters={"module": ("in", MODULES)}, pluck="name"):
		probe.call(
			"Dashboard Chart",
			f"dashboard chart {chart}",
			"POST",
			"/api/method/frappe.desk.doctype.dashboard_chart.dashboard_chart.get",
			json={"chart_name": chart, "refresh": 1},
		)
	for report in frappe.get_all("Report", filters={"module": ("in", MODULES)}, pluck="name"):
		roles_allowed = set(
			frappe.get_all("Has Role", filters={"parent": report, "parenttype": "Report"}, pluck="role")
		)
		response = probe.call(
			"Report",
			f"script report {report}",
			"POST",
			"/api/method/frappe.desk.query_report.run",
			json={"report_name": report, "filters": q({})},
		)
		if ROLE_KEYS[role_key] not in roles_allowed:
			assert response.status_code == 403, f"{report} ran for {user}"


def test_fail_closed_for_users_without_agency_or_region(world):
	"""An operator of no agency and a verifier of no region (on a site of several regions) see nothing, and are told why."""
	from tests.integration.helpers import make_user

	tokens = {
		"operator": make_user("lost-operator@akses.test", [ROLE_KEYS["operator"]], api=True),
		"verifier": make_user("lost-verifier@akses.test", [ROLE_KEYS["verifier"]], api=True),
	}
	frappe.db.commit()
	for key, token in tokens.items():
		for dt in ("Innovation", "Agency", "Region Indicator Value"):
			response = rest("GET", f"/api/resource/{dt}", token, query_string={"fields": q(["name"])})
			assert response.status_code == 200, response.text
			assert response.json["data"] == [], f"{key} without scope sees {dt}: {response.json['data'][:3]}"
			messages = json.dumps(response.json.get("_server_messages", ""))
			assert "agency" in messages or "region" in messages, f"{key} was not told why: {messages}"
		innovation = next(r.name for r in world.records if r.doctype == "Innovation")
		assert rest("GET", f"/api/resource/Innovation/{innovation}", token).status_code == 403


def test_a_province_member_sees_the_regions_under_it(world):
	"""Region scoping follows the Region tree: a province's verifier reaches its cities, not another's."""
	from tests.integration.helpers import make_user

	province = frappe.get_doc(
		{"doctype": "Region", "region_name": "Provinsi Akses PA", "level": "Provinsi"}
	).insert()
	frappe.db.set_value("Region", access_world.REGIONS["A"], "parent_province", province.name)
	token = make_user("province-verifier@akses.test", [ROLE_KEYS["verifier"]], api=True)
	province.append("members", {"user": "province-verifier@akses.test"})
	province.save()
	frappe.db.commit()
	try:
		response = rest(
			"GET",
			"/api/resource/Innovation",
			token,
			query_string={"fields": q(["agency"]), "limit_page_length": 0},
		)
		agencies = {row["agency"] for row in response.json["data"]}
		assert agencies == {access_world.agency_name("A1"), access_world.agency_name("A2")}
	finally:
		frappe.db.set_value("Region", access_world.REGIONS["A"], "parent_province", None)
		frappe.delete_doc("Region", province.name, force=True)
		frappe.delete_doc("User", "province-verifier@akses.test", force=True)
		frappe.db.commit()
