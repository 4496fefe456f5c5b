"""The print format "Profil Inovasi" and its PDF download (printing/profile.py), rendered with WeasyPrint:
a valid one-page PDF with the innovation's title for a user who may read it, 403 and no PDF for anyone else."""

import io
import os

import frappe
import pytest
from frappe.utils import escape_html, get_url
from pypdf import PdfReader

from inovasi_daerah.access import roles
from inovasi_daerah.lifecycle.profile import fetch_public_file, render_pdf
from tests.integration.helpers import complete_proposal, link, make_agency, make_region, make_user, rest

DOWNLOAD = "/api/method/inovasi_daerah.api.lifecycle.download_pdf"
TITLE = "Profil Inovasi Uji Cetak PDF"
MEMBER = "Siti Rahmawati Uji Cetak"
OTHER_REGION = "Kota Uji Cetak Lain"
PERIOD = "IID 2026"
USERS = {
	"operator": roles.OPERATOR,
	"other-operator": roles.OPERATOR,
	"other-viewer": roles.VIEWER,
}


def email(key: str) -> str:
	return f"pdf-{key}@example.com"


@pytest.fixture(scope="module")
def world():
	"""An implemented innovation with a team member, an indicator choice and a monitoring report, and users
	with API tokens; committed, since REST runs on its own connection, and removed afterwards."""
	frappe.set_user("Administrator")
	make_region()
	make_region(OTHER_REGION)
	agency = make_agency("PDFKES")
	other_agency = make_agency("PDFDIK")
	tokens = {key: make_user(email(key), [role], api=True) for key, role in USERS.items()}
	link(agency, staff=[email("operator")])
	link(other_agency, staff=[email("other-operator")])
	region = frappe.get_doc("Region", OTHER_REGION)
	region.append("members", {"user": email("other-viewer")})
	region.save()
	innovation = (
		frappe.get_doc(
			complete_proposal(
				agency=agency,
				title=TITLE,
				summary="Pasien mengambil nomor antrean dari rumah.",
				implementation_date="2025-03-01",
				team=[{"full_name": MEMBER, "nip": "198001012005012001", "team_role": "Ketua"}],
			)
		)
		.insert()
		.name
	)
	frappe.db.set_value("Innovation", innovation, "workflow_state", "Diterapkan")
	indicator = frappe.db.get_value("IID Indicator", {"period": PERIOD, "aspect": "SID", "number": 16})
	frappe.get_doc(
		{
			"doctype": "Innovation Indicator",
			"innovation": innovation,
			"indicator": indicator,
			"level": "2",
			"evidence": [{"link": "https://bukti.example/pdf", "evidence_year": 2025}],
		}
	).insert()
	frappe.get_doc(
		{
			"doctype": "Monitoring Report",
			"innovation": innovation,
			"year": 2026,
			"period_number": 1,
			"report_date": "2026-03-31",
			"progress": 60,
			"status": "Sesuai Rencana",
			"beneficiary_basis": "Jumlah penerima manfaat",
			"beneficiary_value": 1250,
		}
	).insert()
	frappe.db.commit()
	yield frappe._dict(tokens=tokens, innovation=innovation, indicator=indicator)
	frappe.db.rollback()
	frappe.set_user("Administrator")
	for doctype in ("Monitoring Report", "Innovation Indicator", "IID Submission", "Innovation State Change"):
		if frappe.db.exists("DocType", doctype):
			for name in frappe.get_all(doctype, filters={"innovation": innovation}, pluck="name"):
				frappe.delete_doc(doctype, name, force=True)
	frappe.delete_doc("Innovation", innovation, force=True)
	for key in USERS:
		frappe.delete_doc("User", email(key), force=True)
	for name in (agency, other_agency):
		frappe.delete_doc("Agency", name, force=True)
	frappe.delete_doc("Region", OTHER_REGION, force=True)
	frappe.db.commit()


def download(world, who):
	return rest("GET", DOWNLOAD, world.tokens[who], query_string={"name": world.innovation})


def test_a_reader_downloads_a_one_page_pdf_with_the_title(world):
	response = download(world, "operator")
	assert response.status_code == 200, response.text[:500]
	assert response.mimetype == "application/pdf"
	assert response.data.startswith(b"%PDF")
	assert f"Profil Inovasi {world.innovation}.pdf" in response.headers["Content-Disposition"]
	pdf = PdfReader(io.BytesIO(response.data))
	text = " ".join(page.extract_text() for page in pdf.pages)
	assert TITLE in " ".join(text.split()), text
	assert MEMBER in " ".join(text.split()), text
	assert len(pdf.pages) == 1


@pytest.mark.parametrize("who", ["other-operator", "other-viewer"])
def test_a_user_outside_the_innovation_gets_403_and_no_pdf(world, who):
	response = download(world, who)
	assert response.status_code == 403
	assert not response.data.startswith(b"%PDF")
	assert TITLE not in response.get_data(as_text=True)


def test_no_pdf_without_login(world):
	response = rest("GET", DOWNLOAD, query_string={"name": world.innovation})
	assert response.status_code in (401, 403)
	assert not response.data.startswith(b"%PDF")


def test_the_print_format_is_installed_and_renders_the_profile(world):
	print_format = frappe.get_doc("Print Format", "Profil Inovasi")
	assert (print_format.doc_type, print_format.standard, print_format.custom_format) == (
		"Innovation",
		"Yes",
		1,
	)
	html = frappe.get_print("Innovation", world.innovation, "Profil Inovasi")
	assert TITLE in html
	assert MEMBER in html
	# The dependants: the indicator choice of the latest period and the latest monitoring report.
	assert escape_html(frappe.db.get_value("IID Indicator", world.indicator, "indicator_name")) in html
	assert "2026-T1" in html


def test_the_print_format_refuses_a_user_outside_the_innovation(world):
	frappe.set_user(email("other-operator"))
	# v15 answers a record the user may not print as not found, v16 as not permitted.
	with pytest.raises((frappe.PermissionError, frappe.DoesNotExistError)):
		frappe.get_print("Innovation", world.innovation, "Profil Inovasi")
	frappe.clear_last_message()


@pytest.fixture
def public_file():
	path = frappe.get_site_path("public", "files", "profil-uji-lampiran.txt")
	with open(path, "w") as file:
		file.write("lampiran publik")
	yield path
	os.remove(path)


def test_the_pdf_reaches_only_public_files_and_inline_data(public_file):
	"""The design is user HTML: its links must not make the server fetch the network or local files."""
	assert fetch_public_file(get_url() + "/files/profil-uji-lampiran.txt")["string"] == b"lampiran publik"
	assert fetch_public_file("data:text/plain,ok")["mime_type"] == "text/plain"
	for url in (
		"file:///etc/hostname",
		"http://127.0.0.1:9/files/profil-uji-lampiran.txt",
		get_url() + "/files/../site_config.json",
		get_url() + "/files/%2e%2e/site_config.json",
		get_url() + "/private/files/profil-uji-lampiran.txt",
		get_url() + "/api/method/frappe.auth.get_logged_user",
	):
		with pytest.raises(ValueError):
			fetch_public_file(url)
	html = (
		'<html><head><link rel="attachment" href="/files/profil-uji-lampiran.txt">'
		'<link rel="attachment" href="file:///etc/hostname">'
		'<link rel="attachment" href="http://127.0.0.1:9/rahasia"></head><body>Lampiran</body></html>'
	)
	# Only the public file is embedded; the other two are left out (WeasyPrint logs them).
	attachments = PdfReader(io.BytesIO(render_pdf(html))).attachments
	assert list(attachments.values()) == [[b"lampiran publik"]]
