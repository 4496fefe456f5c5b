"""The seven Script Reports on a small data set whose figures are counted by hand below, run through
`frappe.desk.query_report.run` as every role: the numbers, the isolation of an operator's run, who may open
each report, and a run with the read replica configured."""

import datetime
import threading
from types import SimpleNamespace

import frappe
import pytest
from frappe.desk.query_report import run
from frappe.utils import getdate, today

from inovasi_daerah.access import roles
from inovasi_daerah.iid.projection import summary
from inovasi_daerah.overrides.prepared_reports import cancel_after_refused_run
from inovasi_daerah.programme import rules
from inovasi_daerah.programme.monitoring import settings
from tests.integration.helpers import complete_proposal, link, make_agency, make_region, make_user, rest

REGION = "Kota Laporan Uji"
YEAR = datetime.date.today().year
REPORTS = {
	"Innovation Target Attainment": "all",
	"Innovation Funnel": "all",
	"IID Projection": "region-wide",
	"Innovation Maturity": "all",
	"Agency Ranking": "region-wide",
	"Monitoring Overview": "all",
	"Innovator Credit": "all",
}
AGENCY_BOUND = {"operator", "agency-head"}
ROLE_OF = {
	"operator": roles.OPERATOR,
	"agency-head": roles.AGENCY_HEAD,
	"verifier": roles.VERIFIER,
	"reviewer": roles.REVIEWER,
	"regional-head": roles.REGIONAL_HEAD,
	"manager": roles.MANAGER,
	"viewer": roles.VIEWER,
}
NIP_X, NIP_Y = "198001012005011001", "198502022010012002"
# (agency, state, team, history: [(from, to, days)])
INNOVATIONS = {
	"a": ("L1", "Draf", [(NIP_X, "Ketua")], []),
	"b": (
		"L1",
		"Uji Coba",
		[],
		[
			("Draf", "Evaluasi Kelayakan", 2),
			("Evaluasi Kelayakan", "Menunggu Penetapan", 10),
			("Menunggu Penetapan", "Ditetapkan", 4),
			("Ditetapkan", "Uji Coba", 6),
		],
	),
	"c": (
		"L1",
		"Diterapkan",
		[(NIP_X, "Ketua"), (NIP_Y, "Anggota")],
		[
			("Draf", "Evaluasi Kelayakan", 4),
			("Evaluasi Kelayakan", "Menunggu Penetapan", 20),
			("Menunggu Penetapan", "Ditetapkan", 6),
			("Ditetapkan", "Uji Coba", 8),
			("Uji Coba", "Diterapkan", 90),
		],
	),
	"d": (
		"L1",
		"Tidak Layak",
		[],
		[("Draf", "Evaluasi Kelayakan", 8), ("Evaluasi Kelayakan", "Tidak Layak", 12)],
	),
	"e": (
		"L2",
		"Diterapkan",
		[(NIP_X, "Anggota")],
		[
			("Draf", "Evaluasi Kelayakan", 6),
			("Evaluasi Kelayakan", "Menunggu Penetapan", 30),
			("Menunggu Penetapan", "Ditetapkan", 5),
			("Ditetapkan", "Uji Coba", 10),
			("Uji Coba", "Diterapkan", 100),
		],
	),
	"f": (
		"L2",
		"Dikembangkan",
		[],
		[
			("Draf", "Evaluasi Kelayakan", 1),
			("Evaluasi Kelayakan", "Menunggu Penetapan", 15),
			("Menunggu Penetapan", "Ditetapkan", 7),
			("Ditetapkan", "Uji Coba", 9),
			("Uji Coba", "Diterapkan", 120),
			("Diterapkan", "Dikembangkan", 200),
		],
	),
}


def user(key):
	return f"laporan-{key}@example.com"


@pytest.fixture
def data():
	"""Never committed: every report runs in-process on this connection; each test's rollback removes it."""
	frappe.set_user("Administrator")
	make_region(REGION, parent=None)
	agencies = {key: make_agency(f"LAP{key}", region=REGION) for key in ("L1", "L2", "L3")}
	for key, role in ROLE_OF.items():
		make_user(user(key), [role])
	link(agencies["L1"], head=user("agency-head"), staff=[user("operator")])
	region = frappe.get_doc("Region", REGION)
	for key in ROLE_OF:
		if key not in AGENCY_BOUND:
			region.append("members", {"user": user(key)})
	region.save()
	for key, target in (("L1", 3), ("L2", 2), ("L3", 6)):
		frappe.get_doc(
			{
				"doctype": "Agency Innovation Target",
				"agency": agencies[key],
				"year": YEAR,
				"target_count": target,
			}
		).insert()
	names = {}
	for key, (agency, state, team, history) in INNOVATIONS.items():
		doc = frappe.get_doc(
			complete_proposal(
				agency=agencies[agency],
				title=f"Inovasi Laporan {key.upper()}",
				team=[
					{"full_name": f"Pegawai {nip[-4:]}", "nip": nip, "team_role": role} for nip, role in team
				],
			)
		).insert()
		doc.db_set("workflow_state", state)
		names[key] = doc.name
		for step, (old, new, days) in enumerate(history):
			change = frappe.get_doc(
				{
					"doctype": "Innovation State Change",
					"innovation": doc.name,
					"from_state": old,
					"to_state": new,
					"changed_on": f"{YEAR}-01-{step + 1:02d} 10:00:00",
					"days_in_from_state": days,
				}
			)
			change.flags.system_write = True
			change.insert(ignore_permissions=True)
	period = frappe.db.get_value("Assessment Period", {}, "name", order_by="year desc")
	sid = frappe.get_all(
		"IID Indicator",
		filters={"period": period, "aspect": "SID"},
		fields=["name", "weight"],
		order_by="number",
	)
	# c chooses two indicators (levels 2 and 3, one with evidence); e chooses one (level 1, no evidence).
	for key, indicator, level, evidence in (
		("c", sid[0], "2", True),
		("c", sid[1], "3", False),
		("e", sid[0], "1", False),
	):
		row = frappe.get_doc(
			{
				"doctype": "Innovation Indicator",
				"innovation": names[key],
				"indicator": indicator.name,
				"level": level,
			}
		)
		if evidence:
			row.append(
				"evidence",
				{"link": "https://contoh.go.id/bukti", "evidence_year": YEAR, "description": "Bukti"},
			)
		row.insert()
	obstacles = frappe.get_all("Obstacle Category", pluck="name", order_by="name", limit=2)
	for key, number, date, value, found in (
		("c", 1, f"{YEAR}-03-31", 100, []),
		("c", 2, f"{YEAR}-06-30", 150, [obstacles[0]]),
		("e", 1, f"{YEAR}-03-31", 40, obstacles),
	):
		frappe.get_doc(
			{
				"doctype": "Monitoring Report",
				"innovation": names[key],
				"year": YEAR,
				"period_number": number,
				"report_date": date,
				"progress": 25 * number,
				"status": "Terkendala" if found else "Sesuai Rencana",
				"obstacles": [{"obstacle_category": category} for category in found],
				"beneficiary_basis": "Jumlah penerima manfaat",
				"beneficiary_value": value,
			}
		).insert()
	for agency, nip, recipient in (("L1", NIP_X, "Inovator"), ("L2", None, "Perangkat Daerah")):
		frappe.get_doc(
			{
				"doctype": "Award",
				"award_type": "Penghargaan Daerah",
				"year": YEAR,
				"recipient_type": recipient,
				"region": REGION,
				"agency": agencies[agency],
				"innovation": names["c"] if nip else None,
				"innovator_nip": nip,
				"innovator_name": "Pegawai X" if nip else None,
			}
		).insert()
	yield frappe._dict(agencies=agencies, names=names, period=period, sid=sid, obstacles=obstacles)
	frappe.set_user("Administrator")
	frappe.db.rollback()


def answer(report, as_user="Administrator", **filters):
	frappe.set_user(as_user)
	try:
		result = run(report, filters={"region": REGION, **filters})
	finally:
		frappe.set_user("Administrator")
	return result


def rows_by(result, key):
	return {row[key]: frappe._dict(row) for row in result["result"] if isinstance(row, dict) and row.get(key)}


def test_target_attainment_counts_each_agency_and_the_ones_with_none(data):
	result = answer("Innovation Target Attainment", year=YEAR)
	rows = rows_by(result, "agency")
	l1, l2, l3 = (rows[data.agencies[key]] for key in ("L1", "L2", "L3"))
	assert (l1.target, l1.total, l1.counted, l1.proposed, l1.trial, l1.implemented, l1.rejected) == (
		3,
		4,
		3,
		1,
		1,
		1,
		1,
	)
	assert (l1.attainment, l1.meets_target) == (100.0, 1)
	assert (l2.target, l2.counted, l2.implemented, l2.attainment, l2.meets_target) == (2, 2, 2, 100.0, 1)
	assert (l3.target, l3.total, l3.attainment, l3.meets_target) == (6, 0, 0.0, 0)
	figures = {item["label"]: item["value"] for item in result["report_summary"]}
	assert figures["Agencies Without Innovation"] == 1
	assert figures["Agencies Meeting Target"] == 2
	assert figures["Overall Attainment (%)"] == round(100 * 5 / 11, 2)
	assert result["chart"]["data"]["datasets"][0]["values"] == [1, 0, 0, 2, 0]
	assert (
		rows_by(answer("Innovation Target Attainment", year=YEAR - 1), "agency")[data.agencies["L1"]].total
		== 0
	)


def test_funnel_counts_conversion_and_median_days(data):
	rows = rows_by(answer("Innovation Funnel", year=YEAR), "state")
	reached = {state: row.reached for state, row in rows.items()}
	assert reached["Draf"] == 6
	assert (reached["Evaluasi Kelayakan"], reached["Menunggu Penetapan"], reached["Ditetapkan"]) == (5, 4, 4)
	assert (reached["Uji Coba"], reached["Diterapkan"], reached["Dikembangkan"], reached["Tidak Layak"]) == (
		4,
		3,
		1,
		1,
	)
	assert rows["Evaluasi Kelayakan"].conversion == round(100 * 5 / 6, 2)
	assert rows["Diterapkan"].conversion == 75.0
	assert rows["Tidak Layak"].conversion is None  # off the main path
	assert (rows["Draf"].current, rows["Diterapkan"].current, rows["Uji Coba"].current) == (1, 2, 1)
	medians = {state: row.median_days for state, row in rows.items()}
	# Draf: 1 2 4 6 8 · Evaluasi: 10 12 15 20 30 · Penetapan: 4 5 6 7 · Ditetapkan: 6 8 9 10 · Uji Coba: 90 100 120
	assert (medians["Draf"], medians["Evaluasi Kelayakan"], medians["Menunggu Penetapan"]) == (4, 15, 5.5)
	assert (medians["Ditetapkan"], medians["Uji Coba"], medians["Diterapkan"]) == (8.5, 100, 200)
	assert medians["Dikembangkan"] is None  # nobody left it yet


def test_iid_projection_equals_the_projection_api_and_prices_the_gaps(data):
	frappe.set_user("Administrator")
	result = answer("IID Projection", period=data.period)
	row = rows_by(result, "region")[REGION]
	claimed, verified = (summary(REGION, data.period, basis) for basis in ("claimed", "verified"))
	assert row.claimed_index == claimed["index"] and row.verified_index == verified["index"]
	assert row.claimed_count == 2  # c and e have a submission
	assert row.verified_count == verified["innovation_count"] == 0
	assert row.empty_seats == verified["empty_seats"]
	assert row.points_unverified == round(claimed["index"] - verified["index"], 2)
	assert row.basic_services_required == frappe.db.get_value(
		"Assessment Period", data.period, "min_basic_services"
	)


def test_maturity_counts_chosen_indicators_and_their_evidence(data):
	rows = rows_by(answer("Innovation Maturity", period=data.period), "innovation")
	c, e = rows[data.names["c"]], rows[data.names["e"]]
	weights = [indicator.weight for indicator in data.sid[:2]]
	assert c.claimed_score == weights[0] * 2  # a choice without evidence claims nothing
	assert (c.chosen, c.with_evidence, c.evidence_completeness, c.accepted) == (2, 1, 50.0, 0)
	assert (e.chosen, e.with_evidence, e.evidence_completeness) == (1, 0, 0.0)
	assert e.claimed_score == 0
	assert set(rows) == {data.names["c"], data.names["e"]}


def test_agency_ranking_orders_and_marks_the_top_three(data):
	result = answer("Agency Ranking", year=YEAR, period=data.period)
	ranked = [
		(row["agency"], row["rank"], row["top_three"], row["innovations"], row["awards"])
		for row in result["result"]
	]
	# Maturity and verified share tie at 0; awards tie at 1; L1 has more innovations; L3 has nothing.
	assert ranked == [
		(data.agencies["L1"], 1, 1, 4, 1),
		(data.agencies["L2"], 2, 1, 2, 1),
		(data.agencies["L3"], 3, 0, 0, 0),
	]


def test_monitoring_overview_latest_report_trend_staleness_and_obstacles(data):
	result = answer("Monitoring Overview", year=YEAR)
	rows = rows_by(result, "innovation")
	# An innovation on trial is monitored (the state's meaning), so b, on trial without a report, is listed.
	assert set(rows) == {data.names[key] for key in ("b", "c", "e", "f")}
	b, c, e, f = (rows[data.names[key]] for key in ("b", "c", "e", "f"))
	assert b.report_date is None and b.stale == 0  # a trial state does not go inactive without monev
	assert (str(c.report_date), c.progress, c.beneficiary_value, c.beneficiary_trend) == (
		f"{YEAR}-06-30",
		50,
		150,
		50.0,
	)
	assert (e.beneficiary_value, e.beneficiary_trend) == (40, None)
	assert f.report_date is None and f.stale == 1  # implemented, never monitored
	months = rules.whole_months_between(getdate(f"{YEAR}-06-30"), getdate(today()))
	assert c.stale == int(months >= settings().stale_warning_months)
	chart = result["chart"]["data"]
	assert dict(zip(chart["labels"], chart["datasets"][0]["values"], strict=True)) == {
		data.obstacles[0]: 2,
		data.obstacles[1]: 1,
	}


def test_innovator_credit_per_nip(data):
	rows = rows_by(answer("Innovator Credit"), "nip")
	x, y = rows[NIP_X], rows[NIP_Y]
	assert (x.innovations, x.ketua, x.anggota, x.implemented, x.awards) == (3, 2, 1, 2, 1)
	assert (y.innovations, y.ketua, y.anggota, y.implemented, y.awards) == (1, 0, 1, 1, 0)
	assert x.furthest_stage == y.furthest_stage == "Diterapkan"


def test_an_operators_run_holds_only_its_agency(data):
	own = data.agencies["L1"]
	foreign_names = {data.names[key] for key in ("e", "f")} | {data.agencies["L2"], data.agencies["L3"]}
	for report, audience in REPORTS.items():
		if audience != "all":
			continue
		result = answer(report, user("operator"), year=YEAR, period=data.period)
		text = frappe.as_json(result)
		assert not [name for name in foreign_names if name in text], f"{report} shows another agency"
	targets = rows_by(answer("Innovation Target Attainment", user("operator"), year=YEAR), "agency")
	assert list(targets) == [own]
	funnel = rows_by(answer("Innovation Funnel", user("operator"), year=YEAR), "state")
	assert funnel["Draf"].reached == 4 and funnel["Evaluasi Kelayakan"].reached == 3
	assert (funnel["Draf"].median_days, funnel["Evaluasi Kelayakan"].median_days) == (
		4,
		12,
	)  # 2 4 8 · 10 12 20
	x = rows_by(answer("Innovator Credit", user("operator")), "nip")[NIP_X]
	assert (x.innovations, x.ketua, x.anggota, x.implemented, x.awards) == (2, 2, 0, 1, 1)


def test_each_report_opens_for_its_roles_only(data):
	opened, refused = 0, 0
	for role_key in ROLE_OF:
		for report, audience in REPORTS.items():
			allowed = role_key != "reviewer" and (audience == "all" or role_key not in AGENCY_BOUND)
			if allowed:
				result = answer(report, user(role_key), year=YEAR, period=data.period)
				assert result["result"], f"{report} is empty for {role_key}: {frappe.local.message_log}"
				opened += 1
			else:
				with pytest.raises(frappe.PermissionError):
					answer(report, user(role_key), year=YEAR, period=data.period)
				refused += 1
	assert (opened, refused) == (
		2 * 5 + 4 * 7,
		7 + 2 * 2,
	)  # agency-bound, region-wide; reviewer, agency-bound


def test_bad_filters_are_refused_with_a_message(data):
	with pytest.raises(frappe.ValidationError, match="does not exist"):
		answer("Innovation Funnel", agency="Dinas Yang Tidak Ada")
	with pytest.raises(frappe.ValidationError, match="Year must be between"):
		answer("Innovation Target Attainment", year=99999)
	# Called here without a request: end the refused runs' prepared-report timers as a request's end does.
	cancel_after_refused_run(SimpleNamespace(status_code=417))


def test_a_refused_run_leaves_the_report_an_ordinary_one():
	"""Frappe's 15-second timer of a refused run would have made the report a background report for good."""
	email = "report-timer@example.com"
	token = make_user(email, [roles.MANAGER], api=True)
	frappe.db.commit()  # the request runs on its own connection
	try:
		response = rest(
			"POST",
			"/api/method/frappe.desk.query_report.run",
			token,
			json={"report_name": "Innovation Funnel", "filters": {"agency": "Dinas Yang Tidak Ada"}},
		)
	finally:
		frappe.delete_doc("User", email, force=True)
		frappe.db.commit()
	assert 400 <= response.status_code < 500, response.text
	pending = [
		thread
		for thread in threading.enumerate()
		if isinstance(thread, threading.Timer)
		and getattr(thread.function, "__name__", "") == "enable_prepared_report"
		and thread.kwargs.get("report") == "Innovation Funnel"
		and not thread.finished.is_set()
	]
	assert not pending, "the refused run's timer is still waiting to make the report a prepared one"
	frappe.db.rollback()
	assert not frappe.db.get_value("Report", "Innovation Funnel", "prepared_report")


def test_reports_and_cards_read_from_the_replica_when_configured():
	"""With `read_from_replica`, each report, number card and the API read on a second connection (the
	replica; here the same database, so it sees only what was committed) and answer as the primary does."""
	frappe.set_user("Administrator")
	region = make_region("Kota Replika Uji", parent=None)
	agency = make_agency("REPL", region=region)
	innovation = frappe.get_doc(complete_proposal(agency=agency, title="Inovasi Replika")).insert()
	frappe.db.commit()
	swaps = []
	connect = frappe.connect_replica

	def spy():
		switched = connect()
		swaps.append(switched and frappe.local.db is not frappe.local.primary_db)
		return switched

	from inovasi_daerah import api
	from inovasi_daerah.api import reports as cards

	period = frappe.db.get_value("Assessment Period", {}, "name", order_by="year desc")
	reads = {
		report: lambda report=report: run(report, filters={"region": region})["result"] for report in REPORTS
	}
	for card in (
		"innovations_this_year",
		"innovations_in_trial",
		"innovations_implemented",
		"region_verified_index",
	):
		reads[card] = lambda card=card: getattr(cards, card)(filters={"region": region})
	reads["api.iid_projection"] = lambda: api.iid_projection(region, period)
	reads["api.report_rows"] = lambda: api.report_rows("Innovation Funnel", {"region": region})["rows"]
	conf = frappe.local.conf
	try:
		primary = {name: read() for name, read in reads.items()}
		assert primary["innovations_this_year"]["value"] == 1  # the committed innovation is seen
		frappe.connect_replica = spy
		conf.read_from_replica, conf.replica_host = 1, conf.db_host or "127.0.0.1"
		for name, read in reads.items():
			for attribute in ("replica_db", "primary_db"):  # each request starts without a replica
				if hasattr(frappe.local, attribute):
					delattr(frappe.local, attribute)
			swaps_before = len(swaps)
			assert read() == primary[name], name
			assert swaps[swaps_before:] and swaps[swaps_before], f"{name} did not read from the replica"
		assert frappe.local.db.sql("select 1")  # the primary is back after each read
	finally:
		frappe.connect_replica = connect
		conf.pop("read_from_replica", None)
		conf.pop("replica_host", None)
		for attribute in ("replica_db", "primary_db"):
			if hasattr(frappe.local, attribute):
				delattr(frappe.local, attribute)
		frappe.db.rollback()
		frappe.delete_doc("Innovation", innovation.name, force=True)
		frappe.delete_doc("Agency", agency, force=True)
		frappe.delete_doc("Region", region, force=True)
		frappe.db.commit()
