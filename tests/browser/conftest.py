"""Tier 3: people doing their work in Desk and on the portal, in Chromium, against a served demo site.

`scripts/test` serves the lane's site with the demo region loaded and sets INOVASI_URL (and
INOVASI_BENCH, INOVASI_BROWSER_ARTIFACTS). Without a served site or a Chromium the tier is skipped, with
the reason. Every page a test opens is watched: an uncaught exception or a console error fails the
test, unless the test expects that very refusal (`refusal_expected`). A failing test leaves a
screenshot of each of its pages in INOVASI_BROWSER_ARTIFACTS."""

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

URL = os.environ.get("INOVASI_URL", "").rstrip("/")
BENCH = os.environ.get("INOVASI_BENCH")
CHROMIUM = os.environ.get("INOVASI_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("INOVASI_BROWSER_ARTIFACTS") or tempfile.mkdtemp(prefix="inovasi-browser-"))
# Flags for a machine without a screen, a sandbox or a way out: Chromium's own background connections
# (updates, sync, QUIC probes) are refused by the closed network, many at a time.
CHROMIUM_ARGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-dev-shm-usage",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
]


def skip_reason() -> str | None:
	try:
		import playwright  # noqa: F401
	except ImportError:
		return "Playwright is not installed in this Python (scripts/test makes a virtual environment for it)"
	if not URL:
		return "INOVASI_URL not set: run the browser tier through scripts/test, which serves a demo site"
	if not Path(CHROMIUM).exists():
		return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
	if BENCH and not (Path(BENCH) / "sites" / "assets" / "assets.json").exists():
		return f"Desk's assets are not built in {BENCH} (bench build)"
	return None


SKIP_REASON = skip_reason()
if SKIP_REASON:
	collect_ignore_glob = ["test_*.py"]

	def pytest_collection_modifyitems(config, items):
		config.issue_config_time_warning(pytest.PytestWarning(f"browser tier skipped: {SKIP_REASON}"), 2)

else:
	from playwright.sync_api import sync_playwright

	from tests.browser import desk

	@pytest.hookimpl(wrapper=True, tryfirst=True)
	def pytest_runtest_makereport(item, call):
		report = yield
		setattr(item, f"report_{report.when}", report)
		return report

	@pytest.fixture(scope="session")
	def browser():
		with sync_playwright() as playwright:
			chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
			yield chromium
			chromium.close()

	# Errors of Frappe's own front end that the app cannot cause or prevent; each is reported at the end
	# of the run (how often it was seen), never counted as a pass of the page.
	FRAPPE_ERRORS = [
		(
			re.compile(r"Failed to execute 'removeChild' on 'Node'"),
			"frappe-charts redraws a chart whose svg was already detached (makeChartArea); "
			"https://github.com/frappe/charts/pull/347",
		),
	]
	KNOWN_SEEN: list[str] = []

	def pytest_terminal_summary(terminalreporter):
		if KNOWN_SEEN:
			terminalreporter.write_line(
				f"known Frappe front-end errors seen (not failures): {len(KNOWN_SEEN)}"
			)
			for line in KNOWN_SEEN:
				terminalreporter.write_line(f"  {line}")

	def safe_text(response) -> str:
		try:
			return response.text()[-1500:]
		except Exception as error:  # the body may be gone once the page navigated on
			return f"(no body: {error})"

	class ConsoleWatch:
		"""What the pages of one test logged as errors, except inside an expected refusal."""

		def __init__(self):
			self.problems: list[str] = []
			self.tolerated: list[str] = []
			self.expecting_refusal = False

		def watch(self, page, who: str):
			page.on(
				"console", lambda msg: msg.type == "error" and self.note(who, page, f"console: {msg.text}")
			)
			page.on(
				"pageerror",
				lambda error: self.note(who, page, f"uncaught: {error} {(error.stack or '')[:1500]}"),
			)
			# A server error is never expected, not even inside a refusal.
			page.on(
				"response",
				lambda response: response.status >= 500
				and self.problems.append(
					f"{who}: {response.status} from {response.url}: {safe_text(response)}"
				),
			)

		def note(self, who, page, text):
			line = f"{who} on {page.url}: {text[:400]}"
			known = next((reason for pattern, reason in FRAPPE_ERRORS if pattern.search(text)), None)
			if known:
				KNOWN_SEEN.append(f"{line[:200]} [{known}]")
			else:
				(self.tolerated if self.expecting_refusal else self.problems).append(line)

		@contextlib.contextmanager
		def refusal_expected(self):
			"""A refused request is answered 417 with the server's reason; Frappe's request code logs the
			failed request and the server's traceback to the console, and its workflow code leaves the
			rejected call unhandled. Those lines are the refusal itself, not a fault of the page."""
			self.expecting_refusal = True
			try:
				yield
			finally:
				self.expecting_refusal = False

	@pytest.fixture
	def console():
		return ConsoleWatch()

	@pytest.fixture
	def person(browser, console, request):
		"""person(user) opens a browser of its own for the user, logged in, in Indonesian; person(None) is
		a guest. `phone=True` gives a phone-sized window; `password` is the Administrator's (the demo users
		share one)."""
		contexts = []
		pages = []

		def open_browser(user: str | None, phone: bool = False, password: str | None = None):
			size = {"width": 412, "height": 915} if phone else {"width": 1440, "height": 1000}
			context = browser.new_context(
				locale="id-ID",
				viewport=size,
				is_mobile=phone,
				has_touch=phone,
				accept_downloads=True,
				base_url=URL,
			)
			context.set_default_timeout(30_000)
			contexts.append(context)
			page = context.new_page()
			pages.append((user or "guest", page))
			console.watch(page, user or "guest")
			if user:
				desk.log_in(page, user, password or desk.DEMO_PASSWORD)
			return page

		yield open_browser
		failed = any(
			getattr(request.node, f"report_{when}", None) and getattr(request.node, f"report_{when}").failed
			for when in ("setup", "call")
		)
		if failed:
			folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.nodeid)
			folder.mkdir(parents=True, exist_ok=True)
			for index, (who, page) in enumerate(pages):
				with contextlib.suppress(Exception):
					page.screenshot(path=str(folder / f"{index}-{who}.png"), full_page=True)
			print(f"screenshots of the failed test: {folder}")
		for context in contexts:
			context.close()
		if not failed:
			assert not console.problems, "pages logged errors:\n" + "\n".join(console.problems)
