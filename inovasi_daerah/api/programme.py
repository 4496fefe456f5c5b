"""The programme's endpoints: a Lab Inovasi cohort's funnel and launch, an innovator's history."""

import frappe


@frappe.whitelist()
@frappe.read_only()
def lab_funnel(lab: str) -> dict:
	"""A Lab Inovasi cohort's funnel, from ideas to innovations delivering with monitoring."""
	from inovasi_daerah.programme.lab import funnel

	frappe.get_doc("Innovation Lab", lab).check_permission("read")
	return funnel(lab)


@frappe.whitelist(methods=["POST"])
def launch_lab(lab: str, launch_date: str | None = None) -> int:
	"""Deliver: record the launch date on every verified innovation of the cohort, in one action."""
	from inovasi_daerah.programme.lab import launch

	return launch(lab, launch_date)


@frappe.whitelist()
@frappe.read_only()
def innovator_history(nip: str) -> dict:
	"""A person's innovations (role, stage reached) and awards, by NIP, among the records the user may read."""
	from inovasi_daerah.programme.innovators import innovator_history as history

	return history(nip)
