"""No formula leaves the app: a spreadsheet cell whose text starts like a formula is written as text.

A title such as `=HYPERLINK("http://…?c="&A1,"Lihat bukti")` is a live formula once a verifier opens the
export in Excel or LibreOffice (OWASP "CSV injection"). As OWASP recommends, a text that begins with `=`,
`+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe: the value stays readable, and the
spreadsheet shows it as text.

One rule serves every path that turns records into a spreadsheet: inside `neutral_spreadsheets()` Frappe's
writers (its CSV writers and its XLSX maker) neutralise what they write. The app's own exports run in it,
and so do Frappe's export endpoints for the app's DocTypes and reports (overrides/exports.py).
"""

import contextlib
from io import BytesIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PREFIX = "'"


def neutral(value):
	"""The value as a spreadsheet must show it: text that starts like a formula gets a leading apostrophe."""
	if isinstance(value, str) and value.startswith(FORMULA_STARTS):
		return PREFIX + value
	return value


def neutral_rows(rows):
	return [[neutral(value) for value in row] if isinstance(row, list | tuple) else row for row in rows]


def neutral_workbook(content: bytes) -> bytes:
	"""An XLSX with no formula cell and no text that starts like one. Read after Frappe has written it,
	since Frappe turns HTML into text while writing (`<b>=1+1</b>` becomes a formula there)."""
	import openpyxl

	workbook = openpyxl.load_workbook(BytesIO(content))
	changed = False
	for sheet in workbook.worksheets:
		for row in sheet.iter_rows():
			for cell in row:
				text = cell.value
				if isinstance(text, str) and (cell.data_type == "f" or text.startswith(FORMULA_STARTS)):
					cell.value = neutral(text)
					cell.data_type = "s"
					changed = True
	if not changed:
		return content
	out = BytesIO()
	workbook.save(out)
	return out.getvalue()


@contextlib.contextmanager
def neutral_spreadsheets():
	"""Frappe's spreadsheet writers neutralise what they write while the block runs (one request or job:
	a gunicorn worker and an RQ worker run one at a time)."""
	from frappe.desk import utils as desk_utils
	from frappe.utils import csvutils, xlsxutils

	make_xlsx, get_csv_bytes = xlsxutils.make_xlsx, desk_utils.get_csv_bytes
	writerow = csvutils.UnicodeWriter.writerow

	def neutral_make_xlsx(*args, **kwargs):
		return BytesIO(neutral_workbook(make_xlsx(*args, **kwargs).getvalue()))

	def neutral_csv_bytes(data, csv_params):
		return get_csv_bytes(neutral_rows(data), csv_params)

	def neutral_writerow(self, row):
		return writerow(self, [neutral(value) for value in row])

	xlsxutils.make_xlsx, desk_utils.get_csv_bytes = neutral_make_xlsx, neutral_csv_bytes
	csvutils.UnicodeWriter.writerow = neutral_writerow
	try:
		yield
	finally:
		xlsxutils.make_xlsx, desk_utils.get_csv_bytes = make_xlsx, get_csv_bytes
		csvutils.UnicodeWriter.writerow = writerow
