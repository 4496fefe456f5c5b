"""Frappe (15 and 16) starts a timer with each script report run that, after 15 seconds, turns the report
into a prepared (background) one for good; it cancels the timer only when the run succeeds. A run our
report refuses (a missing or invalid filter) thus made the report a background report 15 seconds later,
for every user. After such a request, the timer of that run is cancelled (hooks.py after_request)."""

import threading

import frappe

from inovasi_daerah.access.model import MODULES


def cancel_after_refused_run(response=None, request=None):
	if response is None or response.status_code < 400:
		return
	site = getattr(frappe.local, "site", None)
	for thread in threading.enumerate():
		if (
			isinstance(thread, threading.Timer)
			and getattr(thread.function, "__name__", "") == "enable_prepared_report"
			and thread.kwargs.get("site") == site
			and app_report(thread.kwargs.get("report"))
		):
			thread.cancel()


def app_report(name) -> bool:
	return bool(name) and frappe.db.get_value("Report", name, "module") in MODULES
