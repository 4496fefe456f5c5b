"""Evidence is documents and pictures: what a file attached to the app's records may be, read from its bytes.

The IID's evidence is scans, photos and office documents; nothing else belongs on the app's records. A file
is taken when its content is what its name says: PDF, JPEG, PNG, WebP, or an office document (docx, xlsx,
pptx, odt, ods; no macros). A page (`.html`, `.svg`), a script or a program is refused whatever it is
called, and so is a file larger than the settings allow. No Frappe import: the rules are plain and tested
without a site.
"""

import io
import zipfile

IMAGE_AND_PDF = {
	"pdf": (b"%PDF-",),
	"jpg": (b"\xff\xd8\xff",),
	"jpeg": (b"\xff\xd8\xff",),
	"png": (b"\x89PNG\r\n\x1a\n",),
	"webp": (b"RIFF",),
}
# Office Open XML: the part every such document has.
OOXML_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
# OpenDocument: the first member, stored uncompressed, names the kind.
ODF_TYPES = {
	"odt": b"application/vnd.oasis.opendocument.text",
	"ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
EVIDENCE_TYPES = (*IMAGE_AND_PDF, *OOXML_PARTS, *ODF_TYPES)


def extension_of(file_name: str | None) -> str:
	name = (file_name or "").rsplit("/", 1)[-1]
	return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def is_evidence(file_name: str | None, content: bytes, allowed=EVIDENCE_TYPES) -> bool:
	"""Whether the content is the allowed kind of file its name says."""
	extension = extension_of(file_name)
	if extension not in allowed or not content:
		return False
	if extension in IMAGE_AND_PDF:
		if not content.startswith(IMAGE_AND_PDF[extension]):
			return False
		return extension != "webp" or content[8:12] == b"WEBP"
	try:
		with zipfile.ZipFile(io.BytesIO(content)) as archive:
			names = archive.namelist()
			if any(name.lower().endswith("vbaproject.bin") for name in names):
				return False  # a macro-enabled document under an ordinary name
			if extension in OOXML_PARTS:
				return "[Content_Types].xml" in names and OOXML_PARTS[extension] in names
			return bool(names) and names[0] == "mimetype" and archive.read("mimetype") == ODF_TYPES[extension]
	except (zipfile.BadZipFile, KeyError, ValueError):
		return False
