"""Run the integration tier against a real Frappe site, each test rolled back.

`scripts/test` creates a throwaway site and sets INOVASI_SITE and INOVASI_BENCH. Without them (or without
Frappe importable) the tier is not collected and the reason is reported.
"""

import os
from pathlib import Path

import pytest

SITE = os.environ.get("INOVASI_SITE")
# Lines the generated tests report (what they checked), printed at the end of the run.
SUMMARY: list[str] = []


def pytest_terminal_summary(terminalreporter):
	for line in SUMMARY:
		terminalreporter.write_line(line)


BENCH = os.environ.get("INOVASI_BENCH")

try:
	import frappe
	from frappe.installer import update_site_config
except ImportError:
	frappe = None

if frappe is None or not SITE or not BENCH:
	SKIP_REASON = (
		"Frappe is not importable here"
		if frappe is None
		else "INOVASI_SITE / INOVASI_BENCH not set; run the integration tier through scripts/test"
	)
	collect_ignore_glob = ["test_*.py"]

	def pytest_collection_modifyitems(config, items):
		config.issue_config_time_warning(pytest.PytestWarning(f"integration tier skipped: {SKIP_REASON}"), 2)

else:

	@pytest.fixture(scope="session", autouse=True)
	def frappe_site():
		sites_path = str(Path(BENCH) / "sites")
		# Frappe resolves ../logs and ../apps from the current directory.
		os.chdir(sites_path)
		frappe.init(site=SITE, sites_path=sites_path)
		frappe.connect()
		frappe.flags.in_test = True
		frappe.set_user("Administrator")
		# wkhtmltopdf (Frappe's patched build) cannot be installed here: workflow emails attach HTML prints.
		frappe.db.set_single_value("Print Settings", "send_print_as_pdf", 0)
		# Emails are only queued here (the scheduler is off), but queueing needs a sender, which a fresh
		# site lacks; REST requests read the site config file, so it goes there.
		# No worker runs here, so the jobs REST requests enqueue (emails, search index) only pile up.
		settings = {
			"mail_server": "127.0.0.1",
			"auto_email_id": "inovasi@example.com",
			"max_queued_jobs": 10000,
		}
		for key, value in settings.items():
			update_site_config(key, value)
			frappe.local.conf[key] = value
		frappe.db.commit()
		purge_queued_jobs(SITE)
		yield SITE
		frappe.db.rollback()
		purge_queued_jobs(SITE)
		frappe.destroy()

	def purge_queued_jobs(site):
		"""Drop this site's background jobs, and those of sites that no longer exist: the bench's queue is
		shared and outlives the test sites. A job of a dropped site left in a registry (its worker stopped
		mid-job) makes a new Frappe 15 worker quit at start: cleaning it up asks for the site's config."""
		from frappe.utils.background_jobs import get_queues
		from rq.registry import (
			DeferredJobRegistry,
			FailedJobRegistry,
			FinishedJobRegistry,
			ScheduledJobRegistry,
			StartedJobRegistry,
		)

		def stale(job) -> bool:
			job_site = (job.kwargs or {}).get("site") if job else None
			return (
				not job or job_site == site or (job_site and not (Path(BENCH) / "sites" / job_site).is_dir())
			)

		for queue in get_queues():
			for job in queue.get_jobs():
				if stale(job):
					job.delete()
			for registry_class in (
				StartedJobRegistry,
				FailedJobRegistry,
				FinishedJobRegistry,
				DeferredJobRegistry,
				ScheduledJobRegistry,
			):
				registry = registry_class(queue=queue)
				for job_id in registry.get_job_ids():
					job = queue.fetch_job(job_id)
					if stale(job):
						remove_from_registry(registry, job_id, job)

	def remove_from_registry(registry, job_id, job):
		try:
			registry.remove(job_id, delete_job=True)
		except NotImplementedError:
			# rq 2's started registry keeps "job id:execution id" entries and no remove(); a worker that
			# runs now (a served demo on the same bench) has entries there.
			for entry in registry.connection.zrange(registry.key, 0, -1):
				if entry.decode().split(":", 1)[0] == job_id:
					registry.connection.zrem(registry.key, entry)
			if job:
				job.delete()

	@pytest.fixture(autouse=True)
	def rollback():
		"""Each test runs in its own transaction and leaves nothing behind."""
		frappe.set_user("Administrator")
		frappe.db.rollback()
		frappe.db.begin()
		frappe.local.message_log = []
		yield
		frappe.db.rollback()
		frappe.set_user("Administrator")
