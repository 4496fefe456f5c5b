"""The demo innovations' lifecycle history: the demo loads each innovation in its stage, so its way there
(Innovation State Change rows, the funnel report's medians) is made here, deterministically, around the
dates the innovation carries (trial start, implementation). Its creation moves back to when it was drafted."""

from datetime import datetime, timedelta

import frappe
from frappe.utils import get_datetime, getdate, now_datetime

# The way most demo innovations travelled through the shipped workflow (the demo's data names its states).
MAIN_PATH = (
	"Draf",
	"Evaluasi Kelayakan",
	"Menunggu Penetapan",
	"Ditetapkan",
	"Uji Coba",
	"Diterapkan",
	"Dikembangkan",
)
# Typical stays (days) before an innovation moves on, by state.
STAYS = {
	"Draf": (5, 30),
	"Menunggu Izin Atasan": (2, 10),
	"Evaluasi Kelayakan": (14, 45),
	"Revisi": (7, 30),
	"Menunggu Penetapan": (10, 40),
	"Ditetapkan": (7, 30),
	"Uji Coba": (90, 180),
	"Diterapkan": (120, 300),
}
# Side states and the main-path state they are reached from.
SIDE_EXITS = {
	"Tidak Layak": "Evaluasi Kelayakan",
	"Revisi": "Evaluasi Kelayakan",
	"Vakum": "Diterapkan",
	"Dihentikan": "Uji Coba",
}


def path_to(state: str, rng) -> list[str]:
	"""A plausible way from Draf to `state`: sometimes through the agency head, sometimes one revision."""
	if state == "Menunggu Izin Atasan":
		return ["Draf", state]
	last = SIDE_EXITS.get(state, state)
	path = list(MAIN_PATH[: MAIN_PATH.index(last) + 1])
	if state in SIDE_EXITS:
		path.append(state)
	if len(path) > 1 and rng.random() < 0.5:
		path.insert(1, "Menunggu Izin Atasan")
	if "Menunggu Penetapan" in path and rng.random() < 0.25:
		at = path.index("Evaluasi Kelayakan")
		path[at + 1 : at + 1] = ["Revisi", "Evaluasi Kelayakan"]
	return path


def entry_dates(path: list[str], anchors: dict[str, datetime], now: datetime, rng) -> list[datetime]:
	"""When each step of `path` was entered, walking back from the last one; anchors are kept when they fit."""
	dates = [None] * len(path)
	dates[-1] = anchors.get(path[-1]) or now - timedelta(days=rng.randint(3, 40))
	dates[-1] = min(dates[-1], now - timedelta(hours=1))
	for i in range(len(path) - 2, -1, -1):
		low, high = STAYS.get(path[i], (7, 30))
		guess = dates[i + 1] - timedelta(days=rng.randint(low, high), hours=rng.randint(0, 23))
		anchor = anchors.get(path[i])
		dates[i] = anchor if anchor and anchor < dates[i + 1] else guess
	return dates


def load_state_history(innovations: list, rng) -> int:
	if not innovations or frappe.db.exists(
		"Innovation State Change", {"innovation": ("in", [row.name for row in innovations])}
	):
		return 0
	now = now_datetime()
	rows = []
	for innovation in innovations:
		anchors = {
			state: get_datetime(getdate(value)).replace(hour=9)
			for state, value in (
				("Uji Coba", innovation.trial_start_date),
				("Diterapkan", innovation.implementation_date),
			)
			if value
		}
		path = path_to(innovation.workflow_state, rng)
		dates = entry_dates(path, anchors, now, rng)
		# The innovation was drafted when its history begins.
		frappe.db.set_value("Innovation", innovation.name, "creation", dates[0], update_modified=False)
		for step in range(1, len(path)):
			days = (dates[step] - dates[step - 1]).total_seconds() / 86400
			rows.append(
				(
					frappe.generate_hash(length=12),
					now,
					now,
					"Administrator",
					"Administrator",
					innovation.name,
					innovation.title,
					path[step - 1],
					path[step],
					dates[step],
					"Administrator",
					round(days, 2),
				)
			)
	fields = (
		"name",
		"creation",
		"modified",
		"owner",
		"modified_by",
		"innovation",
		"innovation_title",
		"from_state",
		"to_state",
		"changed_on",
		"changed_by",
		"days_in_from_state",
	)
	frappe.db.bulk_insert("Innovation State Change", fields, rows)
	return len(rows)
