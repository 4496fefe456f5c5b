"""IID: catalogue, evidence verification, stored scores, eligibility, projection, export and API access."""

import csv
import io

import frappe
import pytest

from inovasi_daerah import api
from inovasi_daerah.access import roles
from inovasi_daerah.iid.export import export_rows
from inovasi_daerah.iid.projection import projection
from tests.integration.helpers import link, make_agency, make_innovation, make_region, make_user, rest

PERIOD = "IID 2026"
LONG_DESIGN = "<p>" + " ".join(["kata"] * 320) + "</p>"


def sid(number):
	return frappe.db.get_value("IID Indicator", {"period": PERIOD, "aspect": "SID", "number": number})


def spd(number, sub_letter=""):
	return frappe.db.get_value(
		"IID Indicator", {"period": PERIOD, "aspect": "SPD", "number": number, "sub_letter": sub_letter}
	)


@pytest.fixture
def agency():
	make_region()
	return make_agency("IIDKES")


@pytest.fixture
def users(agency):
	operator = make_user("iid-operator@example.com", [roles.OPERATOR])
	link(agency, staff=[operator])
	return frappe._dict(operator=operator, verifier=make_user("iid-verifier@example.com", [roles.VERIFIER]))


def innovation(agency, **values):
	defaults = {
		"title": "Inovasi IID",
		"implementation_date": "2025-03-01",
		"design": LONG_DESIGN,
		"main_affair": "Kesehatan",
	}
	return make_innovation(agency, **{**defaults, **values}).name


def claim(name, indicator, level=3, year=2025, basis=None):
	return frappe.get_doc(
		{
			"doctype": "Innovation Indicator",
			"innovation": name,
			"indicator": indicator,
			"level": str(level),
			"measurement_basis": basis,
			"evidence": [{"link": f"https://bukti.example/{name}/{indicator}", "evidence_year": year}],
		}
	).insert()


def verify(row_name, status="Diterima", user="iid-verifier@example.com"):
	make_user(user, [roles.VERIFIER])
	frappe.set_user(user)
	try:
		doc = frappe.get_doc("Innovation Indicator", row_name)
		doc.verification_status = status
		doc.verifier_note = "Diperiksa"
		doc.save()
		return doc
	finally:
		frappe.set_user("Administrator")


def complete_mandatory(name, level=3):
	rows = []
	for number in (16, 17, 32, 33, 35):
		rows.append(claim(name, sid(number), level=level, basis="a" if number == 33 else None).name)
	for row in rows:
		verify(row)
	return rows


def submission(name):
	return frappe.db.get_value(
		"IID Submission",
		{"innovation": name, "period": PERIOD},
		["claimed_score", "verified_score", "is_eligible", "missing_mandatory", "eligibility_notes"],
		as_dict=True,
	)


def test_shipped_catalogue_has_the_official_maxima():
	weights = frappe.get_all("IID Indicator", filters={"period": PERIOD}, fields=["aspect", "weight"])
	assert sum(w.weight for w in weights if w.aspect == "SPD") * 3 == 63
	assert sum(w.weight for w in weights if w.aspect == "SID") * 3 == 111
	assert len([w for w in weights if w.aspect == "SID"]) == 20
	period = frappe.get_doc("Assessment Period", PERIOD)
	assert (period.divisor_floor, period.min_basic_services, period.count_cap, period.max_total) == (
		12,
		5,
		200,
		250,
	)


def test_changing_the_choice_after_verification_resets_it(agency, users):
	name = innovation(agency)
	frappe.set_user(users.operator)
	row = claim(name, sid(19), level=2)
	frappe.set_user("Administrator")
	assert verify(row.name).verified_by == users.verifier
	frappe.set_user(users.operator)
	doc = frappe.get_doc("Innovation Indicator", row.name)
	doc.level = "3"
	doc.verification_status = "Diterima"  # whatever the client sends
	doc.save()
	assert frappe.db.get_value("Innovation Indicator", row.name, ["verification_status", "verified_by"]) == (
		"Menunggu",
		None,
	)


def test_changing_the_evidence_after_verification_resets_it(agency, users):
	name = innovation(agency)
	row = claim(name, sid(20))
	verify(row.name, "Ditolak")
	frappe.set_user(users.operator)
	doc = frappe.get_doc("Innovation Indicator", row.name)
	doc.append("evidence", {"link": "https://bukti.example/baru", "evidence_year": 2026})
	doc.save()
	assert frappe.db.get_value("Innovation Indicator", row.name, "verification_status") == "Menunggu"


@pytest.mark.parametrize("status", ["Diterima", "Ditolak"])
def test_only_a_verifier_verifies(agency, users, status):
	name = innovation(agency)
	row = claim(name, sid(21))
	frappe.set_user(users.operator)
	doc = frappe.get_doc("Innovation Indicator", row.name)
	doc.verification_status = status
	doc.verifier_note = "Saya setujui sendiri"
	with pytest.raises(frappe.PermissionError):
		doc.save()
	frappe.set_user("Administrator")
	assert frappe.db.get_value("Innovation Indicator", row.name, "verification_status") == "Menunggu"


def test_evidence_outside_the_allowed_years_is_flagged(agency):
	name = innovation(agency)
	assert claim(name, sid(22), year=2022).evidence_outside_years == 1
	assert claim(name, sid(23), year=2024).evidence_outside_years == 0


def test_kemanfaatan_needs_a_measurement_basis(agency):
	name = innovation(agency)
	with pytest.raises(frappe.ValidationError, match="measurement basis"):
		claim(name, sid(33), basis=None)
	assert claim(name, sid(33), basis="c").measurement_basis == "c"


def test_stored_scores_follow_the_rows(agency):
	name = innovation(agency)
	row = claim(name, sid(19), level=3)  # weight 2
	claim(name, sid(24), level=1)  # weight 1
	assert submission(name).claimed_score == 7 and submission(name).verified_score == 0
	verify(row.name)
	assert submission(name).verified_score == 6
	frappe.delete_doc("Innovation Indicator", row.name)
	assert submission(name).claimed_score == 1


def test_eligibility_filters(agency):
	eligible = innovation(agency, title="Layak")
	complete_mandatory(eligible)
	assert submission(eligible).is_eligible == 1

	early = innovation(agency, title="Terlalu awal", implementation_date="2023-06-01")
	complete_mandatory(early)
	assert submission(early).is_eligible == 0
	assert "outside the period's window" in submission(early).eligibility_notes

	short = innovation(agency, title="Terlalu pendek", design="<p>Singkat saja.</p>")
	complete_mandatory(short)
	assert "shorter than the minimum" in submission(short).eligibility_notes

	partial = innovation(agency, title="Wajib kurang")
	verify(claim(partial, sid(16)).name)
	assert submission(partial).is_eligible == 0
	assert "Kecepatan" in submission(partial).missing_mandatory


def test_changing_the_innovation_updates_eligibility(agency):
	name = innovation(agency)
	complete_mandatory(name)
	assert submission(name).is_eligible == 1
	doc = frappe.get_doc("Innovation", name)
	doc.implementation_date = "2026-02-01"
	doc.save()
	assert submission(name).is_eligible == 0


def test_projection_claimed_at_least_verified_and_matches_the_formula(agency):
	region = frappe.db.get_value("Agency", agency, "region")
	full = innovation(agency, title="Matang")
	complete_mandatory(full)  # 16 (3), 17 (2), 32 (2), 33 (3), 35 (4): weights 14 x level 3 = 42
	claim(full, sid(19), level=3)  # claimed only: weight 2 x 3 = 6
	value = frappe.get_doc(
		{
			"doctype": "Region Indicator Value",
			"region": region,
			"indicator": spd(12),
			"level": "2",
			"evidence": [{"link": "https://bukti.example/spd12", "evidence_year": 2025}],
		}
	).insert()
	claimed = projection(region, PERIOD, "claimed")
	verified = projection(region, PERIOD, "verified")
	assert claimed["index"] >= verified["index"]
	assert claimed["spd_score"] == 4 and verified["spd_score"] == 0
	# verified: (0 + 42 / 12 + 0 [1 basic service < 5]) / 250 x 100 = 1.40
	assert verified["average_maturity"] == 3.5 and verified["count_score"] == 0
	assert verified["index"] == 1.4 and verified["predicate"] == "Kurang Inovatif"
	assert verified["empty_seats"] == 11 and verified["basic_services_missing"] == 4
	assert (
		"Pendidikan" in verified["uncovered_basic_services"]
		and "Kesehatan" not in verified["uncovered_basic_services"]
	)
	assert verified["marginal_gain_maximum"] > verified["marginal_gain_average"] > 0
	value.verification_status = "Diterima"
	value.save()
	assert projection(region, PERIOD, "verified")["spd_score"] == 4


def test_export_has_only_eligible_verified_rows_in_form_order(agency):
	region = frappe.db.get_value("Agency", agency, "region")
	good = innovation(agency, title="Diekspor")
	complete_mandatory(good)
	claim(good, sid(19))  # not verified: not exported
	bad = innovation(agency, title="Tidak diekspor", implementation_date="2020-01-01")
	complete_mandatory(bad)
	rows = export_rows(region, PERIOD)
	assert {row[0] for row in rows} == {good}
	assert [row[5] for row in rows] == ["16", "17", "32", "33", "35"]
	assert all(row[10].startswith("https://bukti.example/") for row in rows)
	frappe.local.response = frappe._dict()
	api.export_iid(region, PERIOD, "CSV")
	content = frappe.local.response.filecontent
	parsed = list(csv.reader(io.StringIO(content.decode() if isinstance(content, bytes) else content)))
	assert len(parsed) == 6 and parsed[1][0] == good
	frappe.local.response = frappe._dict()
	api.export_iid(region, PERIOD, "XLSX")
	assert frappe.local.response.filecontent[:2] == b"PK"


def test_copy_period_to_a_new_year():
	from inovasi_daerah.iid.doctype.assessment_period.assessment_period import copy_to_year

	name = copy_to_year(PERIOD, 2027)
	copy = frappe.get_doc("Assessment Period", name)
	assert copy.year == 2027 and str(copy.implementation_window_start) == "2025-01-01"
	assert frappe.db.count("IID Indicator", {"period": name}) == 40
	assert len(copy.predicates) == 3


@pytest.fixture(scope="module")
def two_regions():
	frappe.set_user("Administrator")
	make_region("Kota IID Satu")
	make_region("Kota IID Dua")
	mine = make_agency("IIDA", region="Kota IID Satu")
	token = make_user("iid-agency-user@example.com", [roles.OPERATOR], api=True)
	link(mine, staff=["iid-agency-user@example.com"])
	frappe.db.commit()
	yield token
	frappe.db.delete("Agency Member", {"parent": mine})
	frappe.delete_doc("User", "iid-agency-user@example.com", force=True)
	frappe.db.commit()


def test_api_refuses_another_regions_data_to_an_agency_user(two_regions):
	def call(region):
		return rest(
			"GET",
			"/api/method/inovasi_daerah.api.iid.iid_projection",
			two_regions,
			query_string={"region": region, "period": PERIOD, "basis": "claimed"},
		)

	own = call("Kota IID Satu")
	assert own.status_code == 200, own.text
	assert own.json["message"]["predicate"] == "Tidak Dapat Dinilai"
	refused = call("Kota IID Dua")
	assert refused.status_code == 403
	assert "own region" in refused.text
