"""Without Frappe: which files are evidence (by their bytes), and how a spreadsheet cell is neutralised."""

import io
import zipfile

import pytest

from inovasi_daerah.access.spreadsheets import FORMULA_STARTS, neutral, neutral_rows
from inovasi_daerah.access.uploads import EVIDENCE_TYPES, is_evidence

PDF = b"%PDF-1.7\n%%EOF"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 "


def archive(members: dict[str, bytes]) -> bytes:
	out = io.BytesIO()
	with zipfile.ZipFile(out, "w") as zipped:
		for name, data in members.items():
			zipped.writestr(name, data)
	return out.getvalue()


def ooxml(part: str, *extra: str) -> bytes:
	return archive({"[Content_Types].xml": b"<Types/>", part: b"<x/>", **{name: b"" for name in extra}})


def odf(mimetype: bytes) -> bytes:
	return archive({"mimetype": mimetype, "content.xml": b"<x/>"})


GOOD = {
	"scan.pdf": PDF,
	"foto.jpg": JPEG,
	"foto.JPEG": JPEG,
	"foto.png": PNG,
	"foto.webp": WEBP,
	"laporan.docx": ooxml("word/document.xml"),
	"data.xlsx": ooxml("xl/workbook.xml"),
	"paparan.pptx": ooxml("ppt/presentation.xml"),
	"laporan.odt": odf(b"application/vnd.oasis.opendocument.text"),
	"data.ods": odf(b"application/vnd.oasis.opendocument.spreadsheet"),
}
BAD = {
	"page.html": b"<html><script>alert(1)</script></html>",
	"drawing.svg": b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>",
	"page.pdf": b"<html>not a pdf</html>",  # a page under a document's name
	"photo.png": JPEG,  # a picture, but not what its name says
	"riff.webp": b"RIFF\x24\x00\x00\x00WAVEfmt ",  # a sound file
	"macro.docx": ooxml("word/document.xml", "word/vbaProject.bin"),
	"sheet.docx": ooxml("xl/workbook.xml"),  # a workbook under a letter's name
	"text.ods": odf(b"application/vnd.oasis.opendocument.text"),
	"archive.docx": archive({"readme.txt": b"hi"}),
	"program.exe": b"MZ\x90\x00",
	"noextension": PDF,
	"empty.pdf": b"",
	"broken.xlsx": b"PK\x03\x04 not really",
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_documents_and_pictures_are_evidence(name):
	assert is_evidence(name, GOOD[name])


@pytest.mark.parametrize("name", sorted(BAD))
def test_anything_else_is_not(name):
	assert not is_evidence(name, BAD[name])


def test_every_evidence_type_has_a_good_example():
	assert {name.rsplit(".", 1)[-1].lower() for name in GOOD} == set(EVIDENCE_TYPES)


def test_a_citizen_may_send_only_photos_and_pdf():
	citizen = ("jpg", "jpeg", "png", "webp", "pdf")
	assert is_evidence("foto.png", PNG, citizen)
	assert not is_evidence("laporan.docx", GOOD["laporan.docx"], citizen)


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_text_that_starts_like_a_formula_is_kept_as_text(start):
	text = f'{start}HYPERLINK("http://x","y")'
	assert neutral(text) == "'" + text


@pytest.mark.parametrize("value", ["Antrean Daring", "Rp 5.000", "", " =not first", 12, -3.5, None])
def test_other_values_are_untouched(value):
	assert neutral(value) == value


def test_rows_are_neutralised_cell_by_cell():
	assert neutral_rows([["=1+1", 2], ("@x", "ok")]) == [["'=1+1", 2], ["'@x", "ok"]]
