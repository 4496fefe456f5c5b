#!/usr/bin/env python3
"""Write inovasi_daerah/demo/data/iid_2026.json: the demo region's IID 2026 data (deterministic, standard library only).

Every implemented demo innovation gets SID indicator choices with evidence, in the verification states a
real verifier's desk shows mid-window; the region gets its SPD values. Regenerate after changing the demo
innovations or the 2026 catalogue.
"""

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMPLEMENTED = ("Diterapkan", "Dikembangkan", "Vakum")
# The share of rows a verifier has already accepted / rejected; the rest wait.
STATUS_WEIGHTS = {"Diterima": 78, "Menunggu": 14, "Ditolak": 8}
LEVEL_WEIGHTS = {1: 20, 2: 40, 3: 40}


def main():
	rng = random.Random(20260601)
	catalogue = json.loads((ROOT / "inovasi_daerah/setup/data/iid_2026.json").read_text(encoding="utf-8"))
	innovations = json.loads((ROOT / "inovasi_daerah/demo/data/innovations.json").read_text(encoding="utf-8"))
	sid = [i for i in catalogue["indicators"] if i["aspect"] == "SID"]
	spd = [i for i in catalogue["indicators"] if i["aspect"] == "SPD"]
	data = {
		"period_year": catalogue["period"]["year"],
		"region_values": [region_value(rng, indicator) for indicator in spd],
		"innovations": [
			{"title": row["title"], "agency": row["agency"], "indicators": choices(rng, row, sid)}
			for row in innovations
			if row["workflow_state"] in IMPLEMENTED
		],
	}
	target = ROOT / "inovasi_daerah/demo/data/iid_2026.json"
	target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
	rows = sum(len(item["indicators"]) for item in data["innovations"])
	print(
		f"{target}: {len(data['innovations'])} innovations, {rows} indicator rows, {len(spd)} region values"
	)


def pick(rng, weights: dict):
	return rng.choices(list(weights), weights=list(weights.values()))[0]


def evidence(rng, key: str) -> list[dict]:
	year = rng.choices([2026, 2025, 2024, 2022], weights=[30, 45, 20, 5])[0]
	return [
		{
			"link": f"https://drive.sukamaju.demo/iid-2026/{key}",
			"evidence_year": year,
			"description": "Data dukung",
		}
	]


def row(rng, indicator: dict, key: str) -> dict:
	status = pick(rng, STATUS_WEIGHTS)
	bases = indicator.get("measurement_bases") or []
	return {
		"number": indicator["number"],
		"sub_letter": indicator["sub_letter"],
		"level": pick(rng, LEVEL_WEIGHTS),
		"measurement_basis": rng.choice(bases)["code"] if bases else None,
		"verification_status": status,
		"verifier_note": "Bukti tidak memuat nama inovasi." if status == "Ditolak" else None,
		"evidence": evidence(rng, key),
	}


def choices(rng, innovation: dict, sid: list[dict]) -> list[dict]:
	"""Mandatory indicators almost always, the others as a maturing innovation would fill them."""
	chosen = [i for i in sid if (i["is_mandatory"] and rng.random() < 0.93) or rng.random() < 0.6]
	slug = innovation["title"].split(" (")[0].lower().replace(" ", "-")[:40]
	return [row(rng, indicator, f"{slug}/{indicator['number']}") for indicator in chosen]


def region_value(rng, indicator: dict) -> dict:
	value = row(rng, indicator, f"spd/{indicator['number']}{indicator['sub_letter']}")
	value["verification_status"] = "Diterima" if rng.random() < 0.85 else "Menunggu"
	value["verifier_note"] = None
	del value["measurement_basis"]  # measurement bases belong to innovation indicators only
	return value


if __name__ == "__main__":
	main()
