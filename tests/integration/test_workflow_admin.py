"""An administrator's change to the workflow survives migrate and patch re-runs; restore and diff work."""

import os
import subprocess
import sys
from pathlib import Path

import frappe
import pytest

from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.lifecycle.workflows import restore_workflow, workflow_differences
from inovasi_daerah.patches.v0_1 import seed_master_data

WORKFLOW = "Innovation Lifecycle"


def frappe_cli(*args):
	"""Frappe's CLI on this site in its own process, as `bench --site SITE ...` runs it."""
	bench = Path(os.environ["INOVASI_BENCH"])
	frappe.db.commit()  # nothing of ours may hold the database while another process writes
	return subprocess.run(
		[sys.executable, "-m", "frappe.utils.bench_helper", "frappe", "--site", frappe.local.site, *args],
		cwd=bench / "sites",
		capture_output=True,
		text=True,
		timeout=600,
	)


@pytest.fixture
def edited_workflow():
	workflow = frappe.get_doc("Workflow", WORKFLOW)
	if not frappe.db.exists("Workflow State", "Ditinjau Ulang"):
		frappe.get_doc({"doctype": "Workflow State", "workflow_state_name": "Ditinjau Ulang"}).insert()
	# A state the app understands: the Workflow form fills in the meanings of the chosen phase.
	workflow.append(
		"states",
		{
			"state": "Ditinjau Ulang",
			"doc_status": "0",
			"allow_edit": "Innovation Verifier",
			"inovasi_phase": "Implementation",
			**meanings.phase_defaults("Implementation"),
		},
	)
	workflow.append(
		"transitions",
		{
			"state": "Vakum",
			"action": "Kembangkan",
			"next_state": "Ditinjau Ulang",
			"allowed": "Innovation Verifier",
		},
	)
	next(
		row for row in workflow.states if row.state == "Menunggu Penetapan"
	).allow_edit = "Innovation Manager"
	workflow.save()
	frappe.db.commit()
	yield
	frappe.db.rollback()  # a fresh snapshot: the CLI may have written meanwhile
	restore_workflow(WORKFLOW)
	frappe.db.commit()


def test_admin_edit_survives_migrate_and_patch_rerun(edited_workflow):
	result = frappe_cli("migrate")
	assert result.returncode == 0, result.stderr[-2000:]
	seed_master_data.execute()
	frappe.db.commit()
	frappe.clear_cache()
	workflow = frappe.get_doc("Workflow", WORKFLOW)
	assert "Ditinjau Ulang" in {row.state for row in workflow.states}
	assert (
		next(row for row in workflow.states if row.state == "Menunggu Penetapan").allow_edit
		== "Innovation Manager"
	)
	assert any(row.next_state == "Ditinjau Ulang" for row in workflow.transitions)


def test_diff_lists_the_admin_changes_and_restore_undoes_them(edited_workflow):
	differences = workflow_differences(WORKFLOW)
	assert "state added: Ditinjau Ulang" in differences
	assert any(line.startswith("state Menunggu Penetapan: allow_edit") for line in differences)
	assert any("transition added: ('Vakum', 'Kembangkan', 'Ditinjau Ulang'" in line for line in differences)
	restore_workflow(WORKFLOW)
	assert workflow_differences(WORKFLOW) == []


def test_bench_commands_report_and_restore(edited_workflow):
	diff = frappe_cli("inovasi-workflow-diff")
	assert diff.returncode == 0, diff.stderr[-2000:]
	assert "state added: Ditinjau Ulang" in diff.stdout
	restored = frappe_cli("inovasi-workflow-restore", "--yes")
	assert restored.returncode == 0, restored.stderr[-2000:]
	assert "is as shipped" in frappe_cli("inovasi-workflow-diff").stdout
