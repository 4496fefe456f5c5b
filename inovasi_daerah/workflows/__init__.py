"""Workflow definitions shipped as data and created insert-if-missing (never as fixtures)."""

import json
from pathlib import Path

import frappe

WORKFLOW_DIR = Path(__file__).parent


def load_definition(name: str) -> dict:
	return json.loads((WORKFLOW_DIR / f"{name}.json").read_text(encoding="utf-8"))


def lifecycle_states() -> list[str]:
	return [row["state"] for row in load_definition("innovation_lifecycle")["states"]]


def create_workflow_states(definition: dict):
	for row in definition["states"]:
		if not frappe.db.exists("Workflow State", row["state"]):
			frappe.get_doc(
				{"doctype": "Workflow State", "workflow_state_name": row["state"], "style": row.get("style")}
			).insert(ignore_permissions=True)


def install_workflow_data():
	create_workflow_states(load_definition("innovation_lifecycle"))
