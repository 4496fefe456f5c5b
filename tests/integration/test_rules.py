"""Every rule of the foundation rejects bad input with a translated message and writes nothing."""

import frappe
import pytest

from tests.integration.helpers import (
	TEST_REGION,
	complete_proposal,
	make_agency,
	make_innovation,
	make_region,
)

NIP = "198503122010011005"


@pytest.fixture
def agency():
	make_region()
	return make_agency("DINKES")


def assert_refused(doc_or_callable, message_part, doctype=None):
	"""The action raises a ValidationError naming the problem, and the table is unchanged."""
	before = frappe.db.count(doctype) if doctype else None
	with pytest.raises(frappe.ValidationError) as error:
		doc_or_callable() if callable(doc_or_callable) else doc_or_callable.insert()
	assert message_part in str(error.value)
	if doctype:
		assert frappe.db.count(doctype) == before


def test_region_must_match_the_agencys(agency):
	make_region("Kota Lain Uji")
	doc = frappe.get_doc(complete_proposal(agency=agency, region="Kota Lain Uji"))
	assert_refused(doc, "does not match the region of agency", "Innovation")


def test_region_is_filled_from_the_agency(agency):
	assert make_innovation(agency).region == TEST_REGION


@pytest.mark.parametrize(
	"dates",
	[
		{"trial_start_date": "2025-05-01", "trial_end_date": "2025-04-30"},
		{"trial_end_date": "2025-06-01", "implementation_date": "2025-05-31"},
		{"trial_start_date": "2025-06-01", "implementation_date": "2025-01-01"},
	],
)
def test_dates_must_be_in_order(agency, dates):
	assert_refused(
		frappe.get_doc(complete_proposal(agency=agency, **dates)), "Dates must be in order", "Innovation"
	)


def test_dates_in_order_and_equal_are_accepted(agency):
	doc = make_innovation(
		agency, trial_start_date="2025-01-01", trial_end_date="2025-01-01", implementation_date="2025-01-01"
	)
	assert doc.name


def test_budget_cannot_be_negative(agency):
	assert_refused(frappe.get_doc(complete_proposal(agency=agency, budget=-1)), "between 0 and", "Innovation")


@pytest.mark.parametrize("nip", ["12345", "19850312201001100A", "1985031220100110051"])
def test_nip_must_be_18_digits(agency, nip):
	doc = frappe.get_doc(complete_proposal(agency=agency, team=[{"full_name": "Sari", "nip": nip}]))
	assert_refused(doc, "must be exactly 18 digits", "Innovation")


def test_nip_typed_with_spaces_is_stored_as_digits(agency):
	doc = make_innovation(agency, team=[{"full_name": "Sari", "nip": "19850312 201001 1 005"}])
	assert doc.team[0].nip == NIP


def test_nip_unique_within_a_team(agency):
	team = [{"full_name": "Sari", "nip": NIP}, {"full_name": "Budi", "nip": NIP}]
	assert_refused(
		frappe.get_doc(complete_proposal(agency=agency, team=team)), "already used in row 1", "Innovation"
	)


def test_update_with_bad_team_changes_nothing(agency):
	doc = make_innovation(agency, team=[{"full_name": "Sari", "nip": NIP}])
	doc.append("team", {"full_name": "Budi", "nip": NIP})
	doc.title = "Judul Baru"
	assert_refused(doc.save, "already used")
	assert frappe.db.get_value("Innovation", doc.name, "title") == "Layanan Antrean Puskesmas Daring"
	assert frappe.db.count("Innovation Team Member", {"parent": doc.name}) == 1


def test_agency_cannot_become_its_own_ancestor(agency):
	child = make_agency("PKM-A", parent=agency, agency_type="Puskesmas")
	grandchild = make_agency("PKM-A1", parent=child, agency_type="UPTD")
	top = frappe.get_doc("Agency", agency)
	top.parent_agency = grandchild
	assert_refused(top.save, "cannot become its own ancestor")
	assert not frappe.db.get_value("Agency", agency, "parent_agency")
	top.reload()
	top.parent_agency = agency
	assert_refused(top.save, "cannot become its own ancestor")


def test_agency_abbreviation_unique_within_region(agency):
	doc = frappe.get_doc(
		{
			"doctype": "Agency",
			"agency_name": "Dinas Kesehatan Dua",
			"abbreviation": "dinkes",
			"region": TEST_REGION,
			"agency_type": "OPD",
		}
	)
	assert_refused(doc, "already used by agency", "Agency")


def test_same_abbreviation_in_another_region_is_fine(agency):
	make_region("Kota Lain Uji")
	assert make_agency("DINKES", region="Kota Lain Uji") == "DINKES - Kota Lain Uji"


def test_parent_agency_must_be_in_the_same_region(agency):
	make_region("Kota Lain Uji")
	doc = frappe.get_doc(
		{
			"doctype": "Agency",
			"agency_name": "UPTD",
			"abbreviation": "UPTD-X",
			"region": "Kota Lain Uji",
			"agency_type": "UPTD",
			"parent_agency": agency,
		}
	)
	assert_refused(doc, "belongs to region", "Agency")


def test_one_research_unit_per_region(agency):
	make_agency("BAPPEDA", is_research_unit=1)
	doc = frappe.get_doc(
		{
			"doctype": "Agency",
			"agency_name": "BRIDA",
			"abbreviation": "BRIDA",
			"region": TEST_REGION,
			"agency_type": "OPD",
			"is_research_unit": 1,
		}
	)
	assert_refused(doc, "already has a coordinating research unit", "Agency")


def make_target(agency, year=2026, target_count=6):
	return frappe.get_doc(
		{"doctype": "Agency Innovation Target", "agency": agency, "year": year, "target_count": target_count}
	)


@pytest.mark.parametrize("target_count", [0, -3])
def test_target_at_least_one(agency, target_count):
	assert_refused(
		make_target(agency, target_count=target_count), "between 1 and 1,000", "Agency Innovation Target"
	)


def test_target_unique_per_agency_and_year(agency):
	make_target(agency).insert()
	assert_refused(
		make_target(agency, target_count=3), "already has a target for 2026", "Agency Innovation Target"
	)
	make_target(agency, year=2027).insert()
	assert (
		frappe.db.get_value("Agency Innovation Target", {"agency": agency, "year": 2026}, "target_count") == 6
	)


def test_province_cannot_have_a_parent():
	make_region()
	doc = frappe.get_doc(
		{
			"doctype": "Region",
			"region_name": "Provinsi Salah",
			"level": "Provinsi",
			"parent_province": "Provinsi Uji Integrasi",
		}
	)
	assert_refused(doc, "no parent province", "Region")


def test_basic_service_flag_only_in_its_group():
	doc = frappe.get_doc("Government Affair", "Statistik")
	doc.is_basic_service = 1
	assert_refused(doc.save, "can be basic-service affairs")
	assert frappe.db.get_value("Government Affair", "Statistik", "is_basic_service") == 0


def test_messages_are_translated_to_indonesian(agency):
	frappe.local.lang = "id"
	try:
		doc = frappe.get_doc(complete_proposal(agency=agency, budget=-5))
		with pytest.raises(frappe.ValidationError) as error:
			doc.insert()
		assert "harus antara 0 dan" in str(error.value)
	finally:
		frappe.local.lang = "en"


class TestProposalCompleteness:
	def test_complete_proposal(self, agency):
		doc = make_innovation(agency)
		assert doc.is_proposal_complete()
		assert doc.get_missing_proposal_parts() == []
		doc.validate_proposal_complete()

	def test_missing_parts_are_listed_by_label(self, agency):
		doc = make_innovation(agency, design="<p> </p>", benefit=None, planned_trial_months=0)
		assert not doc.is_proposal_complete()
		missing = doc.get_missing_proposal_parts()
		assert missing == [
			"Design and Main Changes (Rancang Bangun dan Pokok Perubahan)",
			"Benefit (Manfaat)",
			"Planned Trial Period (Months)",
		]
		with pytest.raises(frappe.ValidationError) as error:
			doc.validate_proposal_complete()
		assert "Benefit (Manfaat)" in str(error.value)
