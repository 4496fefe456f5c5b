"""What a person does in Frappe Desk, as Playwright steps: log in, fill a form's fields by typing into
them, save, press the workflow actions Desk shows, read the message Desk puts up.

Selectors are Frappe's own markup (the same on Frappe 15 and 16): a field is `.frappe-control` with its
`data-fieldname`; Desk keeps earlier pages in the DOM, hidden, so every lookup is limited to what is
visible."""

import json
import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

REPO = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = re.search(
	r'^DEMO_PASSWORD = "(.+)"$', (REPO / "inovasi_daerah" / "demo" / "loader.py").read_text(), re.MULTILINE
).group(1)
DEMO_USERS = json.loads((REPO / "inovasi_daerah" / "demo" / "data" / "users.json").read_text())
# Desk calls that can take a while on a cold site (the first request builds caches and boot info).
SLOW = 60_000


def demo_user(role: str, agency: str | None = None, index: int = 0) -> str:
	"""The email of a demo user with the role (and agency)."""
	found = [
		u["email"] for u in DEMO_USERS if role in u["roles"] and (agency is None or u.get("agency") == agency)
	]
	return found[index]


def log_in(page: Page, user: str, password: str = DEMO_PASSWORD):
	"""Log in through the login page, as a person does (pages open relative to the site's address)."""
	page.goto("/login")
	page.fill("#login_email", user)
	page.fill("#login_password", password)
	page.click(".btn-login")
	page.wait_for_url("**/app**", timeout=SLOW)
	wait_for_desk(page)


def wait_for_desk(page: Page):
	page.wait_for_function("() => window.frappe && frappe.boot && frappe.boot.user", timeout=SLOW)


def open_form(page: Page, doctype: str, name: str | None = None):
	page.goto(f"/app/{slug(doctype)}/{name or 'new'}")
	wait_for_form(page, doctype)


def slug(doctype: str) -> str:
	return doctype.lower().replace(" ", "-")


def wait_for_form(page: Page, doctype: str):
	page.wait_for_function(
		"(doctype) => window.cur_frm && cur_frm.doctype === doctype && cur_frm.layout && !frappe.dom.freeze_count",
		arg=doctype,
		timeout=SLOW,
	)
	page.wait_for_load_state("networkidle")


def settle(page: Page):
	"""Wait until Desk has no request in flight (the actions menu is rebuilt after each refresh).

	The page's "networkidle" is reached once per navigation, so it alone does not wait for the calls Desk
	makes afterwards; Desk's own count of its calls in flight does."""
	page.wait_for_load_state("networkidle")
	page.wait_for_function("() => !frappe.dom.freeze_count && !frappe.request.ajax_count", timeout=SLOW)


def form_value(page: Page, fieldname: str):
	return page.evaluate("(f) => cur_frm.doc[f]", fieldname)


def form_name(page: Page) -> str:
	return page.evaluate("() => cur_frm.doc.name")


def field(page: Page, fieldname: str, scope: str = ".page-container:visible .form-layout") -> Locator:
	return page.locator(f'{scope} .frappe-control[data-fieldname="{fieldname}"]').first


def type_into(page: Page, fieldname: str, value: str, scope: str = ".page-container:visible .form-layout"):
	"""Fill a field the way its control takes input: text boxes, selects, links, the rich-text editor."""
	control = field(page, fieldname, scope)
	control.scroll_into_view_if_needed()
	kind = control.get_attribute("data-fieldtype")
	if kind == "Select":
		control.locator("select").select_option(label=value)
	elif kind == "Link":
		pick_link(page, control, value)
	elif kind == "Text Editor":
		editor = control.locator(".ql-editor[contenteditable=true]")
		editor.click()
		editor.fill(value)
	elif kind in ("Small Text", "Text", "Long Text", "Code"):
		control.locator("textarea").fill(value)
	elif kind == "Check":
		checkbox = control.locator("input[type=checkbox]")
		if bool(value) != checkbox.is_checked():
			checkbox.click()
	else:
		box = control.locator("input").first
		box.fill(str(value))
		box.press("Tab")


def pick_link(page: Page, control: Locator, value: str):
	"""Type into a link field and choose the suggestion whose value matches, as a person does."""
	box = control.locator("input").first
	box.click()
	box.fill(value)
	choice = control.locator(".awesomplete [role=option]", has_text=value).first
	choice.wait_for(state="visible", timeout=SLOW)
	choice.click()
	expect(box).not_to_have_value("")


def save(page: Page):
	"""Ctrl+S, as Desk's keyboard shortcut; waits until the form is saved (or a message says why not)."""
	page.keyboard.press("Control+s")
	page.wait_for_function(
		"() => (!cur_frm.is_new() && !cur_frm.is_dirty() && !frappe.dom.freeze_count) || document.querySelector('.modal.show .msgprint')",
		timeout=SLOW,
	)
	settle(page)


def submit(page: Page):
	"""Press the form's primary button (Submit, on a saved submittable record) and confirm."""
	page.locator(".page-head:visible .primary-action").first.click()
	page.locator(".modal.show .btn-primary").first.click()
	page.wait_for_function("() => cur_frm.doc.docstatus === 1 && !frappe.dom.freeze_count", timeout=SLOW)


def edit_table_cell(page: Page, table: str, idx: int, fieldname: str, value: str):
	"""Click a cell of a child table's grid and type into it, as a person edits a row in place."""
	row = field(page, table).locator(f'.grid-body .grid-row[data-idx="{idx}"]').first
	cell = row.locator(f'.grid-static-col[data-fieldname="{fieldname}"]').first
	cell.scroll_into_view_if_needed()
	cell.click()
	box = cell.locator("input").first
	box.fill(value)
	box.blur()  # the change reaches the row when the box loses focus, as when clicking elsewhere


def add_table_row(page: Page, table: str, values: dict[str, str]):
	"""Add a row to a child table in the grid and type its values into the row's own form."""
	grid = field(page, table)
	grid.scroll_into_view_if_needed()
	grid.locator(".grid-add-row").click()
	row = grid.locator(".grid-row").filter(has=page.locator(".row-index")).last
	row.locator(".btn-open-row, .grid-row-open").first.click()
	scope = ".grid-row-open"
	for fieldname, value in values.items():
		type_into(page, fieldname, value, scope=scope)
	page.locator(f"{scope} .grid-collapse-row").first.click()


# Desk's "Actions" (Tindakan) menu: the workflow's actions are its `user-action` items.
ACTION_ITEMS = ".page-head:visible .actions-btn-group li.user-action a"


def actions_menu(page: Page) -> Locator:
	return page.locator(".page-head:visible .actions-btn-group > button").first


def workflow_action(page: Page, action: str):
	"""Open Desk's actions menu and press the workflow action by its (translated) label."""
	settle(page)
	actions_menu(page).click()
	page.locator(ACTION_ITEMS, has_text=action).first.click()


def action_labels(page: Page) -> list[str]:
	"""The workflow actions Desk offers in the actions menu of the open form (none: the menu is hidden).

	Desk rebuilds the menu after each refresh, from a request of its own, so the labels are read until two
	readings a second apart agree."""
	read = """() => {
		const group = [...document.querySelectorAll(".page-head .actions-btn-group")].find((g) => g.offsetParent);
		if (!group) return [];
		return [...group.querySelectorAll("li.user-action a")].map((a) => a.textContent.trim()).filter(Boolean);
	}"""
	settle(page)
	labels = page.evaluate(read)
	for _ in range(10):
		page.wait_for_timeout(1000)
		settle(page)
		again = page.evaluate(read)
		if again == labels:
			return labels
		labels = again
	return labels


def wait_for_state(page: Page, state: str):
	page.wait_for_function(
		"(state) => cur_frm.doc.workflow_state === state && !frappe.dom.freeze_count", arg=state, timeout=SLOW
	)


def message(page: Page) -> str:
	"""The text of the message dialog Desk shows (msgprint / throw), once it is up."""
	dialog = page.locator(".modal.show .msgprint").first
	dialog.wait_for(state="visible", timeout=SLOW)
	return dialog.inner_text()


def close_dialog(page: Page):
	page.locator(".modal.show .btn-modal-close, .modal.show [data-dismiss=modal]").first.click()
	page.locator(".modal.show").first.wait_for(state="hidden")


def dialog_field(page: Page, fieldname: str, value: str):
	type_into(page, fieldname, value, scope=".modal.show")


def dialog_primary(page: Page):
	page.locator(".modal.show .btn-primary").first.click()
