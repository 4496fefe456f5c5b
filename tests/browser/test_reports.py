"""The programme team's view: the workspace, every script report with its chart, and the one-page PDF
profile of an innovation."""

import json
import re

from playwright.sync_api import expect

from tests.browser import desk

MANAGER = desk.demo_user("Innovation Manager")
# The Script Reports of every module folder (one folder per domain).
REPORTS = sorted(
	json.loads(path.read_text())["name"] for path in (desk.REPO / "inovasi_daerah").glob("*/report/*/*.json")
)
assert len(REPORTS) >= 8, REPORTS
# Reports that ask for a filter before they run, and a value of the demo data for it.
REQUIRED_FILTERS = {"Innovator History": {"nip": "199002202021032299"}}
# Reports that list one person's record and draw no chart.
WITHOUT_CHART = {"Innovator History"}


def test_the_workspace_shows_its_cards_and_charts(person):
	manager = person(MANAGER)
	manager.goto("/app/inovasi-daerah")
	desk.wait_for_desk(manager)
	workspace = manager.locator(".layout-main-section:visible").first
	cards = workspace.locator(".number-card, .widget.number-widget-box")
	expect(cards.first).to_be_visible(timeout=desk.SLOW)
	assert cards.count() >= 2
	# A card says "Memuat..." until its number arrives (a second request, after the card's settings); a
	# card whose request failed never shows one. Its title has no digits.
	for index in range(cards.count()):
		expect(cards.nth(index)).to_contain_text(re.compile(r"\d"), timeout=desk.SLOW)
	# The chart itself (frappe-charts draws an svg.frappe-chart), not the widget's icons.
	expect(workspace.locator(".widget.dashboard-widget-box svg.frappe-chart").first).to_be_visible(
		timeout=desk.SLOW
	)


def test_every_script_report_runs_with_its_chart(person):
	assert len(REPORTS) == 8, REPORTS
	manager = person(MANAGER)
	for report in REPORTS:
		# A report that needs a filter is opened with it in its address, as a link from another report does
		# (opened bare, Frappe's report view stops with an uncaught "Filter missing").
		query = "&".join(f"{key}={value}" for key, value in REQUIRED_FILTERS.get(report, {}).items())
		manager.goto(f"/app/query-report/{report}" + (f"?{query}" if query else ""))
		manager.wait_for_function(
			"(name) => window.frappe && frappe.query_report && frappe.query_report.report_name === name",
			arg=report,
			timeout=desk.SLOW,
		)
		desk.settle(manager)
		if manager.evaluate("() => !!frappe.query_report.prepared_report"):
			# Frappe 15 turns a report that once ran slowly into a prepared one: the user asks for a fresh
			# run, which the background worker makes.
			manager.locator(".page-head:visible .primary-action").first.click()
		rows = manager.locator(".report-wrapper:visible .dt-row:not(.dt-row-header):not(.dt-row-filter)")
		expect(rows.first, f"{report} shows rows").to_be_visible(timeout=2 * desk.SLOW)
		if report not in WITHOUT_CHART:
			chart = manager.locator(
				".chart-wrapper:visible svg.frappe-chart, .report-wrapper:visible .chart-container svg.frappe-chart"
			)
			expect(chart.first, f"{report} draws its chart").to_be_visible(timeout=desk.SLOW)
		desk.settle(manager)


def test_the_profile_pdf_downloads_from_the_innovation_form(person):
	manager = person(MANAGER)
	manager.goto("/app/innovation?workflow_state=Diterapkan")
	desk.wait_for_desk(manager)
	first = manager.locator(".list-row-container:visible .list-subject a[data-name]").first
	expect(first).to_be_visible(timeout=desk.SLOW)
	name = first.get_attribute("data-name")
	desk.open_form(manager, "Innovation", name)
	manager.locator('.page-head:visible .inner-group-button[data-label="Cetak"] > button').click()
	with manager.context.expect_page() as opened:
		manager.locator(
			'.page-head:visible .inner-group-button[data-label="Cetak"] .dropdown-item', has_text="Unduh PDF"
		).click()
	pdf_page = opened.value
	# The PDF opens in a new tab; its bytes are what the server sent.
	response = (
		pdf_page.wait_for_event("response", lambda r: "download_pdf" in r.url, timeout=desk.SLOW)
		if not (pdf_page.url and "download_pdf" in pdf_page.url)
		else None
	)
	body = manager.context.request.get(pdf_page.url).body() if response is None else response.body()
	assert body.startswith(b"%PDF"), body[:80]
