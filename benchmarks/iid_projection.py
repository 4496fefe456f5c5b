"""How much the stored per-innovation scores save: the app's projection against a join over indicator rows.

Run with a bench's Python against a site (everything it inserts is rolled back):

    cd ~/frappe-bench/sites && ../env/bin/python /path/to/benchmarks/iid_projection.py SITE [INNOVATIONS]

It inserts INNOVATIONS (default 10,000) submissions of one region with 20 verified indicator rows each,
then times, in the same run, (a) the projection's `summary()` (index, predicate, gaps), which aggregates
the stored IID Submission figures, and (b) the same sums computed by joining every indicator row of the period.
It prints both times and their ratio; no assertion, the numbers are for reading.
"""

import sys
import time

import frappe
from frappe.query_builder.functions import Sum
from frappe.utils import now

REGION = "Kota Benchmark (Demo)"
PERIOD = "IID 2026"


def best_of(runs: int, work) -> float:
	timings = []
	for _ in range(runs):
		started = time.perf_counter()
		work()
		timings.append(time.perf_counter() - started)
	return min(timings)


def seed(innovations: int):
	if not frappe.db.exists("Region", REGION):
		frappe.get_doc({"doctype": "Region", "region_name": REGION, "level": "Kota"}).insert()
	indicators = frappe.get_all(
		"IID Indicator", filters={"period": PERIOD, "aspect": "SID"}, fields=["name", "weight"]
	)
	stamp = now()
	common = {
		"creation": stamp,
		"modified": stamp,
		"owner": "Administrator",
		"modified_by": "Administrator",
		"docstatus": 0,
	}
	submissions, rows = [], []
	for number in range(innovations):
		innovation = f"BENCH-{number:07d}"
		total = 0
		for indicator in indicators:
			level = 1 + (number + len(indicator.name)) % 3
			score = indicator.weight * level
			total += score
			rows.append(
				{
					**common,
					"name": f"{innovation}-{indicator.name}",
					"innovation": innovation,
					"indicator": indicator.name,
					"period": PERIOD,
					"region": REGION,
					"level": str(level),
					"verification_status": "Diterima",
					"claimed_score": score,
					"verified_score": score,
					"weight": indicator.weight,
				}
			)
		submissions.append(
			{
				**common,
				"name": f"{innovation}-{PERIOD}",
				"innovation": innovation,
				"period": PERIOD,
				"region": REGION,
				"claimed_score": total,
				"verified_score": total,
				"is_eligible": 1,
			}
		)
	for doctype, records in (("IID Submission", submissions), ("Innovation Indicator", rows)):
		fields = list(records[0])
		frappe.db.bulk_insert(doctype, fields, [[r[f] for f in fields] for r in records], chunk_size=5000)
	return len(rows)


def joined_sums():
	row = frappe.qb.DocType("Innovation Indicator")
	sub = frappe.qb.DocType("IID Submission")
	per_innovation = (
		frappe.qb.from_(row)
		.join(sub)
		.on((sub.innovation == row.innovation) & (sub.period == row.period))
		.select(row.innovation, Sum(row.verified_score))
		.where((sub.region == REGION) & (row.period == PERIOD) & (sub.is_eligible == 1))
		.groupby(row.innovation)
		.run()
	)
	return sum(total for _, total in per_innovation)


def main(site: str, innovations: int):
	from inovasi_daerah.iid.projection import summary

	frappe.init(site=site, sites_path=".")
	frappe.connect()
	frappe.db.begin()
	try:
		started = time.perf_counter()
		row_count = seed(innovations)
		print(
			f"{frappe.db.db_type}: inserted {innovations} submissions and {row_count} indicator rows in {time.perf_counter() - started:.1f} s"
		)
		stored = best_of(3, lambda: summary(REGION, PERIOD, "verified"))
		joined = best_of(3, joined_sums)
		print(f"summary over stored figures:   {stored * 1000:.1f} ms")
		print(f"join over the indicator rows:   {joined * 1000:.1f} ms")
		print(f"ratio join / stored: {joined / stored:.1f}x")
	finally:
		frappe.db.rollback()
		frappe.destroy()


if __name__ == "__main__":
	main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
