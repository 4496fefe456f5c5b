"""Seed what every site needs, insert-if-missing, so that re-running never overwrites an admin's edit."""

import json
from pathlib import Path

import frappe

from inovasi_daerah.access.roles import ROLES
from inovasi_daerah.lifecycle.workflows import install_workflow_data
from inovasi_daerah.public_portal.similar_index import create_tables as create_similarity_tables
from inovasi_daerah.reports.indexes import add_report_indexes

SETUP_DIR = Path(__file__).parent / "data"


def after_install():
	create_similarity_tables()
	seed_master_data()
	add_report_indexes()


def seed_master_data():
	create_roles()
	create_government_affairs()
	create_assessment_period(load_setup_data("iid_2026.json"))
	install_workflow_data()
	# After the workflows: a criteria set names the workflow step its gate opens.
	create_review_criteria_sets()
	create_notifications()
	create_programme_data()
	compile_translations()


def create_roles():
	for role_name in ROLES:
		if not frappe.db.exists("Role", role_name):
			frappe.get_doc({"doctype": "Role", "role_name": role_name, "desk_access": 1}).insert(
				ignore_permissions=True
			)


def load_setup_data(filename: str):
	return json.loads((SETUP_DIR / filename).read_text(encoding="utf-8"))


def create_government_affairs():
	for affair in load_setup_data("government_affairs.json"):
		if not frappe.db.exists("Government Affair", affair["affair_name"]):
			frappe.get_doc({"doctype": "Government Affair", **affair}).insert(ignore_permissions=True)


def create_review_criteria_sets():
	for criteria_set in load_setup_data("review_criteria_sets.json"):
		if not frappe.db.exists("Review Criteria Set", criteria_set["criteria_set_name"]):
			frappe.get_doc({"doctype": "Review Criteria Set", **criteria_set}).insert(ignore_permissions=True)


def create_assessment_period(catalogue: dict):
	"""The period and its indicator catalogue, each inserted only if missing (administrators edit them)."""
	period = catalogue["period"]
	name = frappe.db.get_value("Assessment Period", {"year": period["year"]})
	if not name:
		name = frappe.get_doc({"doctype": "Assessment Period", **period}).insert(ignore_permissions=True).name
	for indicator in catalogue["indicators"]:
		key = {
			"period": name,
			"aspect": indicator["aspect"],
			"number": indicator["number"],
			"sub_letter": indicator["sub_letter"] or "",
		}
		if not frappe.db.exists("IID Indicator", key):
			frappe.get_doc({"doctype": "IID Indicator", **indicator, "period": name}).insert(
				ignore_permissions=True
			)


def create_notifications():
	"""Editable (non-standard) notifications: administrators change their text and recipients freely."""
	for notification in load_setup_data("notifications.json"):
		if not frappe.db.exists("Notification", notification["name"]):
			frappe.get_doc({"doctype": "Notification", **notification}).insert(ignore_permissions=True)


def create_programme_data():
	"""The obstacle categories of monitoring reports (an editable list)."""
	for category in load_setup_data("obstacle_categories.json"):
		if not frappe.db.exists("Obstacle Category", category["category_name"]):
			frappe.get_doc({"doctype": "Obstacle Category", **category}).insert(ignore_permissions=True)


def compile_translations():
	"""Compile locale/*.po to the .mo files Frappe reads, so translations work without `bench build`."""
	from babel.messages.pofile import read_po
	from frappe.gettext.translate import get_locales, get_po_path, write_binary

	for locale in get_locales("inovasi_daerah"):
		with open(get_po_path("inovasi_daerah", locale), "rb") as po_file:
			write_binary("inovasi_daerah", read_po(po_file), locale)
