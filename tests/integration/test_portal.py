"""The public portal (issue 10): citizens' ideas through the real Web Form endpoint, the status page, triage,
the showcase, duplicate detection and merging.

The world is committed (REST requests run on their own connections) and removed at the end. Guests are
requests without a token; every path a guest might take to an idea or an unpublished innovation is tried.
"""

import base64
import io
import json
import re

import frappe
import pytest

from inovasi_daerah.access import roles
from inovasi_daerah.api import portal as portal_api
from inovasi_daerah.public_portal import ideas, similar_index
from tests.integration.conftest import SUMMARY
from tests.integration.helpers import (
	complete_proposal,
	make_agency,
	make_region,
	make_user,
	queued_recipients,
	rest,
)

REGION = "Kota Portal Uji"
OTHER_REGION = "Kota Portal Lain"
ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
VERIFIER = "verifikator@portal.test"
OTHER_VERIFIER = "verifikator-lain@portal.test"
OPERATOR = "operator@portal.test"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
# Personal and unpublished strings no guest may ever read.
SECRETS = ("Wargarahasia Sutisna", "rahasia.warga@example.com", "081299887766", "IdeRahasiaPortal")
HIDDEN = ("RancangRahasiaPortal", "19850505201001", "Tersembunyi Portal", "AnggotaRahasia")
PAGES_CHECKED: set[str] = set()


def idea_data(**values):
	return {
		"title": "Antrean puskesmas lewat WhatsApp",
		"problem": "Warga harus datang subuh untuk mengambil nomor antrean di puskesmas",
		"idea": "Pendaftaran antrean puskesmas memakai WhatsApp sehingga pasien datang sesuai jam",
		"location": "Puskesmas Sukamaju, pasien lansia",
		"full_name": "Budi Warga",
		"contact_email": "budi.warga@example.com",
		"contact_phone": "",
		"consent": 1,
		"doctype": "Public Idea",
		"web_form_name": ideas.WEB_FORM,
		**values,
	}


def submit(values: dict):
	return rest("POST", ACCEPT, data={"web_form": ideas.WEB_FORM, "data": json.dumps(values)})


def forget_rate_limits():
	frappe.cache.delete_keys("rl:")


def idea_count() -> int:
	return frappe.db.count("Public Idea", {"region": REGION})


def add_photo(innovation: str, file_name: str, content: bytes, stored_before_the_check: bool = False):
	if stored_before_the_check:
		add_unchecked_photo(innovation, file_name, content)
		return
	saved = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": file_name,
			"content": content,
			"attached_to_doctype": "Innovation",
			"attached_to_name": innovation,
		}
	).insert()
	doc = frappe.get_doc("Innovation", innovation)
	doc.append("photos", {"photo": saved.file_url, "caption": file_name})
	doc.save()


def add_unchecked_photo(innovation: str, file_name: str, content: bytes):
	"""A "photo" an old site may hold from before the app checked what is attached (access/uploads.py): its
	File and photo row written as they were stored then."""
	with open(frappe.get_site_path("private", "files", file_name), "wb") as stored:
		stored.write(content)
	url = f"/private/files/{file_name}"
	frappe.get_doc(
		{
			"doctype": "File",
			"name": frappe.generate_hash(length=10),
			"file_name": file_name,
			"file_url": url,
			"is_private": 1,
			"attached_to_doctype": "Innovation",
			"attached_to_name": innovation,
		}
	).db_insert()
	frappe.get_doc(
		{
			"doctype": "Innovation Photo",
			"name": frappe.generate_hash(length=10),
			"parent": innovation,
			"parenttype": "Innovation",
			"parentfield": "photos",
			"idx": frappe.db.count("Innovation Photo", {"parent": innovation}) + 1,
			"photo": url,
			"caption": file_name,
		}
	).db_insert()


@pytest.fixture(scope="module")
def world():
	frappe.set_user("Administrator")
	frappe.db.rollback()
	settings = frappe.get_single("Inovasi Daerah Settings")
	saved = {key: settings.get(key) for key in ("portal_region", "ideas_per_hour", "upload_max_mb")}
	make_region(REGION, parent=None)
	make_region(OTHER_REGION, parent=None)
	agency = make_agency("PRT", region=REGION)
	other_agency = make_agency("PRL", region=OTHER_REGION)
	make_user(VERIFIER, [roles.VERIFIER])
	make_user(OTHER_VERIFIER, [roles.VERIFIER])
	make_user(OPERATOR, [roles.OPERATOR])
	for region, user in ((REGION, VERIFIER), (OTHER_REGION, OTHER_VERIFIER)):
		doc = frappe.get_doc("Region", region)
		doc.append("members", {"user": user})
		doc.save()
	staffed = frappe.get_doc("Agency", agency)
	staffed.append("staff", {"user": OPERATOR})
	staffed.save()
	frappe.db.set_single_value(
		"Inovasi Daerah Settings", {"portal_region": REGION, "ideas_per_hour": 50, "upload_max_mb": 1}
	)
	published = frappe.get_doc(
		complete_proposal(
			agency=agency,
			title="Antrean Daring Puskesmas lewat WhatsApp",
			summary="Pasien mendaftar antrean puskesmas dari rumah melalui WhatsApp dan datang sesuai jadwal",
			design="<p>RancangRahasiaPortal</p>",
			team=[{"full_name": "AnggotaRahasia Portal", "nip": "198505052010011001", "team_role": "Ketua"}],
		)
	)
	published.update(
		{
			"is_public": 1,
			"problem": "Antrean panjang di puskesmas sejak subuh",
			"public_contact": "dinkes@portal.test",
		}
	)
	published.insert()
	add_photo(published.name, "foto-portal.png", PNG)
	# A page saved as a "photo" (today refused when attached; an old site may hold one): never served.
	add_photo(
		published.name, "halaman-portal.html", b"<script>alert(1)</script>", stored_before_the_check=True
	)
	hidden = frappe.get_doc(
		complete_proposal(
			agency=agency,
			title="Antrean Puskesmas Tersembunyi Portal",
			summary="Pendaftaran antrean puskesmas lewat WhatsApp untuk pasien lansia, belum dipublikasikan",
		)
	).insert()
	add_photo(hidden.name, "foto-Tersembunyi Portal.png", PNG)
	unrelated = frappe.get_doc(
		complete_proposal(
			agency=other_agency, title="Bank Sampah Sekolah", summary="Siswa menabung sampah plastik"
		)
	).insert()
	secret_idea = frappe.get_doc(
		{
			"doctype": "Public Idea",
			"title": "IdeRahasiaPortal taman baca",
			"problem": "Anak-anak tidak punya tempat membaca",
			"idea": "Taman baca di balai warga",
			"location": "RW 05",
			"full_name": "Wargarahasia Sutisna",
			"contact_email": "rahasia.warga@example.com",
			"contact_phone": "081299887766",
			"consent": 1,
		}
	).insert()
	frappe.db.set_value("Public Idea", secret_idea.name, "region", REGION)
	secret_file = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": "IdeRahasiaPortal.png",
			"content": PNG,
			"attached_to_doctype": "Public Idea",
			"attached_to_name": secret_idea.name,
		}
	).insert()
	frappe.db.commit()
	built = frappe._dict(
		agency=agency,
		other_agency=other_agency,
		published=published.name,
		hidden=hidden.name,
		unrelated=unrelated.name,
		secret_idea=secret_idea.name,
		secret_code=secret_idea.tracking_code,
		secret_file=secret_file.file_url,
	)
	forget_rate_limits()
	yield built
	frappe.set_user("Administrator")
	frappe.db.rollback()
	frappe.db.set_single_value("Inovasi Daerah Settings", saved)
	for name in frappe.get_all(
		"Public Idea", filters={"region": ("in", [REGION, OTHER_REGION])}, pluck="name"
	):
		frappe.delete_doc("Public Idea", name, force=True)
	for name in frappe.get_all(
		"Innovation", filters={"region": ("in", [REGION, OTHER_REGION])}, pluck="name"
	):
		for dependant in ("IID Submission", "Innovation State Change"):
			frappe.db.delete(dependant, {"innovation": name})
		frappe.db.delete("Comment", {"reference_name": name})
		frappe.delete_doc("Innovation", name, force=True)
	for name in (agency, other_agency):
		frappe.delete_doc("Agency", name, force=True)
	for region in (REGION, OTHER_REGION):
		frappe.delete_doc("Region", region, force=True)
	for user in (VERIFIER, OTHER_VERIFIER, OPERATOR):
		frappe.delete_doc("User", user, force=True)
	frappe.db.commit()
	forget_rate_limits()
	SUMMARY.append(
		f"portal: {len(PAGES_CHECKED)} guest paths checked for ideas, personal fields and unpublished innovations"
	)


def message(response):
	return (response.json or {}).get("message") if response.is_json else None


def server_message(response) -> str:
	payload = response.json or {}
	return " ".join(
		json.loads(m).get("message", "") for m in json.loads(payload.get("_server_messages", "[]"))
	)


# ------------------------------------------------------------------ submitting


def test_a_guest_submits_an_idea_through_the_web_form_and_gets_a_tracking_code(world):
	forget_rate_limits()
	before = idea_count()
	data = idea_data(supporting_file="foto.png," + "data:image/png;base64," + base64.b64encode(PNG).decode())
	response = submit(data)
	assert response.status_code == 200, (response.json or {}).get("exc")
	code = message(response)["tracking_code"]
	assert re.fullmatch(r"UI-[2-9A-Z]{4}-[2-9A-Z]{4}", code)
	# The guest gets the code back, not the record (nor its name).
	assert set(message(response)) == {"doctype", "tracking_code"}
	assert idea_count() == before + 1
	stored = frappe.get_doc("Public Idea", {"tracking_code": code})
	assert (stored.status, stored.region, stored.full_name, stored.owner) == (
		"Baru",
		REGION,
		"Budi Warga",
		"Guest",
	)
	attached = frappe.get_doc("File", {"attached_to_name": stored.name, "attached_to_doctype": "Public Idea"})
	assert attached.is_private and stored.supporting_file == attached.file_url
	with open(attached.get_full_path(), "rb") as stored_file:
		assert stored_file.read() == PNG
	# It reaches the duplicate index at once.
	assert any(hit.name == stored.name for hit in similar_index.similar(REGION, data["idea"], limit=0))


@pytest.mark.parametrize(
	"change, expected",
	[
		({"homepage": "http://spam.example"}, "automated"),
		({"consent": 0}, "agree to be contacted"),
		({"contact_email": "", "contact_phone": ""}, "email address or a phone number"),
		({"title": "<script>alert(1)</script>"}, ""),
		({"supporting_file": "/files/existing.png"}, "from your device"),
		({"supporting_file": "x.exe,data:application/octet-stream;base64,TVqQAAMAAAAEAAAA"}, "Only photos"),
		(
			{
				"supporting_file": "foto.png,data:image/png;base64,"
				+ base64.b64encode(b"%PDF-1.4 not a png").decode()
			},
			"not the kind of file",
		),
		(
			{
				"supporting_file": "besar.pdf,data:application/pdf;base64,"
				+ base64.b64encode(b"%PDF-" + b"0" * 1_200_000).decode()
			},
			"larger than 1 MB",
		),
		({"name": "IDE-2026-00001"}, "cannot be changed"),
	],
	ids=[
		"honeypot",
		"no-consent",
		"no-contact",
		"markup",
		"file-url",
		"exe",
		"fake-png",
		"too-large",
		"edit",
	],
)
def test_a_refused_submission_says_why_and_leaves_nothing_behind(world, change, expected):
	forget_rate_limits()
	before_ideas, before_files = idea_count(), frappe.db.count("File", {"attached_to_doctype": "Public Idea"})
	response = submit(idea_data(**change))
	assert response.status_code in (403, 417), response.get_data(as_text=True)
	assert expected in server_message(response)
	assert idea_count() == before_ideas
	assert frappe.db.count("File", {"attached_to_doctype": "Public Idea"}) == before_files


def test_the_rate_limit_comes_from_the_settings(world):
	forget_rate_limits()
	frappe.db.set_single_value("Inovasi Daerah Settings", "ideas_per_hour", 2)
	frappe.db.commit()
	try:
		before = idea_count()
		statuses = [submit(idea_data(title=f"Ide batas {n}")).status_code for n in range(3)]
		assert statuses == [200, 200, 429]
		assert idea_count() == before + 2
		# Other web forms keep Frappe's own limit: this form's counter is its own.
	finally:
		frappe.db.set_single_value("Inovasi Daerah Settings", "ideas_per_hour", 50)
		frappe.db.commit()
		forget_rate_limits()


# ------------------------------------------------------------------ what a guest can read


def guest_paths(world):
	idea, innovation = world.secret_idea, world.hidden
	return [
		("GET", "/api/resource/Public Idea", {"query_string": {"fields": '["*"]'}}),
		("GET", f"/api/resource/Public Idea/{idea}", {}),
		("GET", "/api/v2/document/Public Idea", {"query_string": {"fields": '["*"]'}}),
		("GET", f"/api/v2/document/Public Idea/{idea}/", {}),
		("POST", "/api/method/frappe.client.get_list", {"json": {"doctype": "Public Idea", "fields": ["*"]}}),
		("POST", "/api/method/frappe.client.get", {"json": {"doctype": "Public Idea", "name": idea}}),
		(
			"POST",
			"/api/method/frappe.client.get_value",
			{"json": {"doctype": "Public Idea", "filters": {"name": idea}, "fieldname": ["*"]}},
		),
		("POST", "/api/method/frappe.client.get_count", {"json": {"doctype": "Public Idea"}}),
		(
			"POST",
			"/api/method/frappe.desk.reportview.get",
			{"data": {"doctype": "Public Idea", "fields": '["*"]'}},
		),
		(
			"POST",
			"/api/method/frappe.desk.search.search_link",
			{"data": {"doctype": "Public Idea", "txt": "IdeRahasia"}},
		),
		(
			"POST",
			"/api/method/frappe.desk.search.search_link",
			{"data": {"doctype": "Innovation", "txt": "Tersembunyi"}},
		),
		("POST", "/api/method/frappe.utils.global_search.search", {"data": {"text": "IdeRahasiaPortal"}}),
		(
			"GET",
			"/api/method/frappe.desk.form.load.getdoc",
			{"query_string": {"doctype": "Public Idea", "name": idea}},
		),
		(
			"GET",
			"/api/method/frappe.website.doctype.web_form.web_form.get_form_data",
			{"query_string": {"doctype": "Public Idea", "docname": idea, "web_form_name": ideas.WEB_FORM}},
		),
		(
			"GET",
			"/api/method/frappe.www.list.get_list_data",
			{"query_string": {"doctype": "Public Idea", "web_form_name": ideas.WEB_FORM}},
		),
		("GET", f"/{ideas.WEB_FORM}/{idea}", {}),
		("GET", f"/{ideas.WEB_FORM}/{idea}/edit", {}),
		("GET", f"/{ideas.WEB_FORM}/list", {}),
		("GET", world.secret_file, {}),
		("GET", "/api/resource/File", {"query_string": {"fields": '["*"]'}}),
		("GET", "/api/resource/Innovation", {"query_string": {"fields": '["*"]'}}),
		("GET", f"/api/resource/Innovation/{innovation}", {}),
		("GET", f"/api/resource/Innovation/{world.published}", {}),
		("GET", "/api/method/frappe.www.list.get_list_data", {"query_string": {"doctype": "Innovation"}}),
		("GET", "/inovasi", {}),
		("GET", "/inovasi?q=Antrean", {}),
		("GET", f"/inovasi/{world.published}", {}),
		("GET", f"/inovasi/{innovation}", {}),
		("GET", "/direktori-inovasi", {}),
		("GET", "/api/method/inovasi_daerah.api.portal.innovations", {}),
		(
			"GET",
			"/api/method/inovasi_daerah.api.portal.innovation",
			{"query_string": {"name": innovation}},
		),
		(
			"GET",
			"/api/method/inovasi_daerah.api.portal.innovation",
			{"query_string": {"name": world.published}},
		),
		(
			"GET",
			"/api/method/inovasi_daerah.api.portal.photo",
			{"query_string": {"innovation": innovation, "row": 1}},
		),
		(
			"POST",
			"/api/method/inovasi_daerah.api.portal.similar_for_citizen",
			{
				"data": {
					"title": "taman baca IdeRahasiaPortal",
					"idea": "Taman baca di balai warga anak membaca; antrean puskesmas lansia WhatsApp",
				}
			},
		),
		(
			"POST",
			"/api/method/inovasi_daerah.api.portal.similar_records",
			{"data": {"title": "IdeRahasiaPortal taman baca"}},
		),
		(
			"POST",
			"/api/method/inovasi_daerah.api.portal.merged_records",
			{"data": {"doctype": "Innovation", "name": world.published}},
		),
		(
			"GET",
			"/api/method/inovasi_daerah.api.portal.idea_status",
			{"query_string": {"code": world.secret_code}},
		),
		("GET", f"/lacak-usulan?kode={world.secret_code}", {}),
	]


def test_a_guest_reads_no_idea_no_personal_field_and_no_unpublished_innovation(world):
	forget_rate_limits()
	for method, path, kwargs in guest_paths(world):
		response = rest(method, path, **kwargs)
		PAGES_CHECKED.add(f"{method} {path}")
		body = response.get_data(as_text=True)
		# A name the request itself carries may be echoed (a refusal names what was asked for).
		asked = f"{path} {json.dumps(kwargs)}"
		for token in (*SECRETS, *HIDDEN, world.secret_idea, world.hidden):
			if token in asked:
				continue
			assert token not in body, (
				f"{token!r} reached a guest through {method} {path} ({response.status_code})"
			)
	forget_rate_limits()


def test_an_attachment_marked_public_is_written_private(world):
	"""An upload that asks to be public is kept out of the public folder from the start."""
	assert world.secret_file.startswith("/private/files/")
	assert rest("GET", world.secret_file.replace("/private/files/", "/files/")).status_code == 404
	token = make_user(VERIFIER, [roles.VERIFIER], api=True)
	frappe.db.commit()
	response = rest(
		"POST",
		"/api/method/upload_file",
		token,
		data={
			"doctype": "Public Idea",
			"docname": world.secret_idea,
			"is_private": "0",
			"file": (io.BytesIO(PNG + b"unggahan"), "unggahan-publik.png"),
		},
	)
	assert response.status_code == 200, response.get_data(as_text=True)
	uploaded = message(response)
	assert uploaded["is_private"] == 1 and uploaded["file_url"].startswith("/private/files/")
	assert rest("GET", "/files/unggahan-publik.png").status_code == 404
	frappe.delete_doc("File", uploaded["name"], force=True)
	frappe.db.commit()


def test_the_showcase_shows_published_innovations_with_their_public_fields_only(world):
	listed = message(rest("GET", "/api/method/inovasi_daerah.api.portal.innovations"))
	names = {row["name"] for row in listed}
	assert world.published in names and world.hidden not in names
	row = next(row for row in listed if row["name"] == world.published)
	assert "design" not in row and "team" not in row and "budget" not in row and "initiator_name" not in row
	assert row["public_contact"] == "dinkes@portal.test"
	page = rest("GET", f"/inovasi/{world.published}").get_data(as_text=True)
	assert "Antrean Daring Puskesmas" in page and "dinkes@portal.test" in page
	assert rest("GET", f"/inovasi/{world.hidden}").status_code == 404
	directory = rest("GET", "/direktori-inovasi")
	assert directory.status_code == 200 and "Antrean Daring Puskesmas" in directory.get_data(as_text=True)
	filtered = rest("GET", "/inovasi", query_string={"stage": "Penerapan"}).get_data(as_text=True)
	assert "Antrean Daring Puskesmas" not in filtered  # a draft is at the Inisiatif stage
	assert "Antrean Daring Puskesmas" in rest(
		"GET", "/inovasi", query_string={"stage": "Inisiatif"}
	).get_data(as_text=True)


def test_photos_are_served_while_published_and_only_as_images(world):
	path = "/api/method/inovasi_daerah.api.portal.photo"
	shown = rest("GET", path, query_string={"innovation": world.published, "row": 1})
	assert shown.status_code == 200 and shown.get_data() == PNG
	assert shown.headers["Content-Disposition"].startswith("inline")
	assert rest("GET", path, query_string={"innovation": world.published, "row": 2}).status_code == 404
	assert rest("GET", path, query_string={"innovation": world.hidden, "row": 1}).status_code == 404
	detail = message(
		rest(
			"GET",
			"/api/method/inovasi_daerah.api.portal.innovation",
			query_string={"name": world.published},
		)
	)
	assert [photo["caption"] for photo in detail["photos"]] == ["foto-portal.png"]


def test_the_status_page_answers_from_the_code_alone(world):
	forget_rate_limits()
	frappe.db.set_value(
		"Public Idea", world.secret_idea, "public_reply", "Sedang dikaji bersama Dinas Pendidikan"
	)
	frappe.db.commit()
	try:
		answer = message(
			rest(
				"GET",
				"/api/method/inovasi_daerah.api.portal.idea_status",
				query_string={"code": world.secret_code.lower().replace("-", "")},
			)
		)
		assert answer == {
			"code": world.secret_code,
			"status": "Baru",
			"public_reply": "Sedang dikaji bersama Dinas Pendidikan",
		}
		page = rest("GET", "/lacak-usulan", query_string={"kode": world.secret_code}).get_data(as_text=True)
		assert "Sedang dikaji bersama Dinas Pendidikan" in page
		assert (
			message(
				rest(
					"GET",
					"/api/method/inovasi_daerah.api.portal.idea_status",
					query_string={"code": "UI-2222-2222"},
				)
			)
			is None
		)
	finally:
		frappe.db.set_value("Public Idea", world.secret_idea, "public_reply", None)
		frappe.db.commit()
		forget_rate_limits()


# ------------------------------------------------------------------ triage


def new_idea(**values):
	frappe.set_user("Guest")
	try:
		doc = frappe.get_doc({k: v for k, v in idea_data(**values).items() if k != "web_form_name"})
		return doc.insert(ignore_permissions=True)
	finally:
		frappe.set_user("Administrator")


def test_accepting_an_idea_makes_a_draft_innovation_of_the_chosen_agency_initiated_by_masyarakat(world):
	idea = new_idea()
	frappe.set_user(VERIFIER)
	innovation_name = portal_api.accept_idea(idea.name, world.agency, reply="Diteruskan ke Dinas Kesehatan")
	frappe.set_user("Administrator")
	innovation = frappe.get_doc("Innovation", innovation_name)
	assert (innovation.workflow_state, innovation.initiator_type, innovation.agency) == (
		"Draf",
		"Masyarakat",
		world.agency,
	)
	assert innovation.source_idea == idea.name and "Budi Warga" not in (innovation.initiator_name or "")
	idea.reload()
	assert (idea.status, idea.innovation, idea.agency, idea.triaged_by) == (
		"Diterima",
		innovation_name,
		world.agency,
		VERIFIER,
	)
	assert "budi.warga@example.com" in queued_recipients("Public Idea", idea.name)
	with pytest.raises(frappe.ValidationError, match="already triaged"):
		frappe.set_user(VERIFIER)
		portal_api.reject_idea(idea.name, reply="Terlambat")


def test_triage_is_for_the_ideas_region_and_its_verifiers_only(world):
	idea = new_idea()
	frappe.set_user(OTHER_VERIFIER)
	with pytest.raises(frappe.PermissionError):
		portal_api.accept_idea(idea.name, world.other_agency)
	frappe.set_user(OPERATOR)
	with pytest.raises(frappe.PermissionError):
		portal_api.reject_idea(idea.name, reply="Tidak")
	frappe.set_user(VERIFIER)
	with pytest.raises(frappe.ValidationError):
		portal_api.accept_idea(idea.name, world.other_agency)  # an agency of another region
	with pytest.raises(frappe.ValidationError, match="reply"):
		portal_api.reject_idea(idea.name, reply="  ")
	portal_api.reject_idea(idea.name, reply="Sudah menjadi program provinsi")
	frappe.set_user("Administrator")
	assert ideas.status_of(idea.tracking_code)["public_reply"] == "Sudah menjadi program provinsi"


def test_a_forged_status_or_code_is_not_taken_from_the_request(world):
	forget_rate_limits()
	response = submit(
		idea_data(
			status="Diterima", tracking_code="UI-AAAA-AAAA", region=OTHER_REGION, innovation=world.published
		)
	)
	assert response.status_code == 200
	stored = frappe.get_doc("Public Idea", {"tracking_code": message(response)["tracking_code"]})
	assert (stored.status, stored.region, stored.innovation) == ("Baru", REGION, None)
	assert stored.tracking_code != "UI-AAAA-AAAA"


# ------------------------------------------------------------------ duplicates


def test_the_lookup_finds_a_paraphrase_and_does_not_flag_an_unrelated_idea(world):
	paraphrase = "Daftar antrean di puskesmas cukup lewat WhatsApp dari rumah, pasien datang sesuai jadwal"
	hits = similar_index.similar(REGION, paraphrase, limit=0)
	assert world.published in {hit.name for hit in hits}
	assert not similar_index.similar(REGION, "Pelatihan membatik untuk ibu-ibu PKK di kecamatan", limit=0)
	# A guest sees the published innovation only, never the similar unpublished one or an idea's text.
	forget_rate_limits()
	seen = message(
		rest(
			"POST",
			"/api/method/inovasi_daerah.api.portal.similar_for_citizen",
			data={"idea": paraphrase},
		)
	)
	assert [item["url"] for item in seen["innovations"]] == [f"/inovasi/{world.published}"]
	# An operator of the agency sees in Desk the unpublished innovation a guest never sees, with a link.
	frappe.set_user(OPERATOR)
	desk = portal_api.similar_records(
		title="Pendaftaran antrean puskesmas untuk lansia",
		text="Pasien lansia mendaftar antrean puskesmas lewat WhatsApp",
		agency=world.agency,
	)
	assert world.hidden in {hit.name for hit in desk}
	assert all(hit.url == f"/app/{hit.doctype.lower().replace(' ', '-')}/{hit.name}" for hit in desk)
	assert len(desk) <= 5 and all(hit.doctype == "Innovation" for hit in desk)  # no ideas for an operator


def test_merging_keeps_both_records_linked_and_the_duplicates_comments_visible(world):
	original = frappe.get_doc("Innovation", world.published)
	draft = frappe.get_doc(
		complete_proposal(agency=world.agency, title="Antrean WhatsApp puskesmas (ganda)")
	).insert()
	draft.add_comment("Comment", "Catatan pada duplikat")
	idea = new_idea(title="Antrean puskesmas WA")
	frappe.set_user(VERIFIER)
	portal_api.merge_innovation(draft.name, original.name)
	portal_api.mark_duplicate(idea.name, "Innovation", original.name)
	merged = portal_api.merged_records("Innovation", original.name)
	frappe.set_user("Administrator")
	assert frappe.db.get_value("Innovation", draft.name, "duplicate_of") == original.name
	assert frappe.db.get_value("Public Idea", idea.name, ["status", "duplicate_of"]) == (
		"Duplikat",
		original.name,
	)
	by_name = {record.name: record for record in merged}
	assert set(by_name) == {draft.name, idea.name}
	assert "Catatan pada duplikat" in by_name[draft.name].comments[0].content
	frappe.set_user(VERIFIER)
	with pytest.raises(frappe.ValidationError):
		portal_api.merge_innovation(original.name, original.name)
