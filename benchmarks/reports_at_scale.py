"""Each Script Report against the hand-written SQL that returns the same numbers, on a national data set.

    <bench>/env/bin/python benchmarks/reports_at_scale.py --bench ~/frappe-bench --site nat16.localhost

Load the data first with benchmarks/national_data.py. In one run, for each of the seven reports, it times:
- the report through `frappe.desk.query_report.run` as the Administrator (what Desk calls),
- a hand-written SQL aggregate returning the same figures, and checks the two agree,
- the same report as a restricted operator (one agency) and as a region's verifier;
and the REST list `/api/resource/Innovation` as the operator against the Administrator. Each timing is
the best of --runs. It prints one table of times and ratios (report / SQL, restricted / unrestricted).
Targets (issue 9): report ≤ 1.5 × its SQL and < 2 s on MariaDB; restricted ≤ 1.5 × unrestricted.
It creates two users on the site (a benchmark operator and verifier) and changes nothing else.
"""

import argparse
import os
import statistics
import sys
import time

from inovasi_daerah.access.model import MODULES

OPERATOR = "operator@benchmark.invalid"
VERIFIER = "verifier@benchmark.invalid"


def best_of(runs: int, work):
	timings, result = [], None
	for _ in range(runs):
		started = time.perf_counter()
		result = work()
		timings.append(time.perf_counter() - started)
	return min(timings), result


def sql(query: str, values: dict):
	import frappe

	return frappe.db.sql(query, dict(values), as_dict=True)  # the driver may rewrite the values it is given


# ------------------------------------------------------------------ hand-written SQL, one per report


def targets_sql(f):
	return sql(
		"""select a.name as agency, coalesce(t.target_count, 0) as target,
			coalesce(c.total, 0) as total, coalesce(c.counted, 0) as counted
		from `tabAgency` a
		left join `tabAgency Innovation Target` t on t.agency = a.name and t.year = %(year)s
		left join (
			select agency, count(*) as total,
				sum(case when workflow_state <> 'Tidak Layak' then 1 else 0 end) as counted
			from `tabInnovation` where creation >= %(start)s and creation < %(end)s group by agency
		) c on c.agency = a.name""",
		f,
	)


def targets_same(report, hand):
	mine = {r["agency"]: (r["target"], r["total"], r["counted"]) for r in report}
	theirs = {r.agency: (int(r.target), int(r.total), int(r.counted)) for r in hand}
	return mine == theirs


def funnel_sql(f):
	reached = sql(
		"""select c.to_state as state, count(distinct c.innovation) as reached
		from `tabInnovation State Change` c join `tabInnovation` i on i.name = c.innovation
		where i.creation >= %(start)s and i.creation < %(end)s group by c.to_state""",
		f,
	)
	medians = sql(
		"""select state, avg(days) as median from (
			select c.from_state as state, c.days_in_from_state as days,
				row_number() over (partition by c.from_state order by c.days_in_from_state, c.name) as position,
				count(c.name) over (partition by c.from_state) as stays
			from `tabInnovation State Change` c join `tabInnovation` i on i.name = c.innovation
			where c.from_state is not null and i.creation >= %(start)s and i.creation < %(end)s
		) ranked where 2 * position >= stays and 2 * position <= stays + 2 group by state""",
		f,
	)
	return {"reached": reached, "medians": medians}


def funnel_same(report, hand):
	by_state = {r["state"]: r for r in report if r.get("state")}
	reached = {r.state: int(r.reached) for r in hand["reached"]}
	medians = {r.state: round(float(r.median), 2) for r in hand["medians"]}
	return all(
		by_state[state]["reached"] == count for state, count in reached.items() if state != "Draf"
	) and all(by_state[state]["median_days"] == days for state, days in medians.items())


def projection_sql(f):
	return sql(
		"""select region, count(*) as claimed_count,
			sum(case when is_eligible = 1 then 1 else 0 end) as verified_count
		from `tabIID Submission` where period = %(period)s group by region""",
		f,
	)


def projection_same(report, hand):
	counts = {r.region: (int(r.claimed_count), int(r.verified_count)) for r in hand}
	rows = {r["region"]: (r["claimed_count"], r["verified_count"]) for r in report}
	return all(rows.get(region, (0, 0)) == pair for region, pair in counts.items())


def maturity_sql(f):
	return sql(
		"""select s.innovation, s.verified_score, coalesce(t.chosen, 0) as chosen,
			coalesce(t.with_evidence, 0) as with_evidence
		from `tabIID Submission` s
		left join (
			select r.innovation,
				sum(case when r.level is not null and r.level <> '' then 1 else 0 end) as chosen,
				sum(case when r.level is not null and r.level <> '' and r.name in (
					select e.parent from `tabIndicator Evidence` e where e.parenttype = 'Innovation Indicator'
				) then 1 else 0 end) as with_evidence
			from `tabInnovation Indicator` r
			where r.period = %(period)s and r.region = %(region)s group by r.innovation
		) t on t.innovation = s.innovation
		where s.period = %(period)s and s.region = %(region)s""",
		f,
	)


def maturity_same(report, hand):
	mine = {r["innovation"]: (r["chosen"], r["with_evidence"]) for r in report}
	return mine == {r.innovation: (int(r.chosen), int(r.with_evidence)) for r in hand}


def ranking_sql(f):
	return sql(
		"""select a.name as agency, coalesce(c.innovations, 0) as innovations, coalesce(w.awards, 0) as awards,
			coalesce(s.average_maturity, 0) as average_maturity
		from `tabAgency` a
		left join (select agency, count(*) as innovations from `tabInnovation`
			where creation >= %(start)s and creation < %(end)s and region = %(region)s group by agency) c
			on c.agency = a.name
		left join (select agency, avg(verified_score) as average_maturity from `tabIID Submission`
			where period = %(period)s and region = %(region)s group by agency) s on s.agency = a.name
		left join (select agency, count(*) as awards from `tabAward`
			where year = %(year)s and region = %(region)s group by agency) w on w.agency = a.name
		where a.region = %(region)s""",
		f,
	)


def ranking_same(report, hand):
	mine = {r["agency"]: (r["innovations"], r["awards"], r["average_maturity"]) for r in report}
	theirs = {
		r.agency: (int(r.innovations), int(r.awards), round(float(r.average_maturity), 2)) for r in hand
	}
	return mine == theirs


def monitoring_sql(f):
	return sql(
		"""select i.name as innovation, m.progress
		from `tabInnovation` i
		left join (
			select innovation, progress, row_number() over (
				partition by innovation order by report_date desc, name desc) as recency
			from `tabMonitoring Report` where year = %(year)s and region = %(region)s
		) m on m.innovation = i.name and m.recency = 1
		where i.region = %(region)s and i.workflow_state in ('Diterapkan', 'Dikembangkan', 'Vakum')""",
		f,
	)


def monitoring_same(report, hand):
	mine = {r["innovation"]: r["progress"] for r in report}
	return mine == {r.innovation: r.progress for r in hand}


def credit_sql(f):
	return sql(
		"""select m.nip, count(distinct m.parent) as innovations,
			sum(case when m.team_role = 'Ketua' then 1 else 0 end) as ketua,
			sum(case when i.workflow_state in ('Diterapkan', 'Dikembangkan') then 1 else 0 end) as implemented
		from `tabInnovation Team Member` m
		join `tabInnovation` i on i.name = m.parent and m.parenttype = 'Innovation'
		where i.region = %(region)s and m.nip is not null and m.nip <> ''
		group by m.nip""",
		f,
	)


def credit_same(report, hand):
	mine = {r["nip"]: (r["innovations"], r["ketua"], r["implemented"]) for r in report}
	return mine == {r.nip: (int(r.innovations), int(r.ketua), int(r.implemented)) for r in hand}


# (report, its filters, the hand-written SQL, how to compare, whether an operator may open it)
CASES = (
	("Innovation Target Attainment", ("year",), targets_sql, targets_same, True),
	("Innovation Funnel", ("year",), funnel_sql, funnel_same, True),
	("IID Projection", ("period",), projection_sql, projection_same, False),
	("Innovation Maturity", ("period", "region"), maturity_sql, maturity_same, True),
	("Agency Ranking", ("year", "period", "region"), ranking_sql, ranking_same, False),
	("Monitoring Overview", ("year", "region"), monitoring_sql, monitoring_same, True),
	("Innovator Credit", ("region",), credit_sql, credit_same, True),
)


def benchmark_users(region: str, agency: str):
	import frappe

	from inovasi_daerah.access import roles

	for email, role in ((OPERATOR, roles.OPERATOR), (VERIFIER, roles.VERIFIER)):
		if not frappe.db.exists("User", email):
			user = frappe.get_doc(
				{"doctype": "User", "email": email, "first_name": role, "send_welcome_email": 0}
			)
			user.append("roles", {"role": role})
			user.insert(ignore_permissions=True)
	if not frappe.db.exists("Agency Member", {"parent": agency, "user": OPERATOR}):
		doc = frappe.get_doc("Agency", agency)
		doc.append("staff", {"user": OPERATOR})
		doc.flags.system_write = True
		doc.save(ignore_permissions=True)
	if not frappe.db.exists("Region Member", {"parent": region, "user": VERIFIER}):
		doc = frappe.get_doc("Region", region)
		doc.append("members", {"user": VERIFIER})
		doc.flags.system_write = True
		doc.save(ignore_permissions=True)
	frappe.db.commit()


def api_key(user: str) -> str:
	import frappe

	doc = frappe.get_doc("User", user)
	secret = frappe.generate_hash(length=15)
	doc.api_key = doc.api_key or frappe.generate_hash(length=15)
	doc.api_secret = secret
	doc.save(ignore_permissions=True)
	frappe.db.commit()
	return f"token {doc.api_key}:{secret}"


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--bench", default=os.path.expanduser("~/frappe-bench"))
	parser.add_argument("--site", required=True)
	parser.add_argument("--runs", type=int, default=3)
	args = parser.parse_args()
	sites = os.path.join(os.path.abspath(os.path.expanduser(args.bench)), "sites")
	os.chdir(sites)
	sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
	import frappe

	frappe.init(site=args.site, sites_path=sites)
	frappe.connect()
	from frappe.desk.query_report import run
	from frappe.utils import get_test_client

	year = 2026
	period = frappe.db.get_value("Assessment Period", {"year": year}) or frappe.db.get_value(
		"Assessment Period", {}, "name", order_by="year desc"
	)
	# A typical regency: the region holding the median number of innovations.
	per_region = frappe.db.sql(
		"select region, count(*) from `tabInnovation` group by region order by count(*), region"
	)
	region = per_region[len(per_region) // 2][0]
	agency = frappe.db.sql(
		"select agency from `tabInnovation` where region = %s group by agency order by count(*) desc limit 1",
		region,
	)[0][0]
	benchmark_users(region, agency)
	# Frappe turns a report that once ran longer than 15 s into a prepared (queued) report; time it direct.
	switched = frappe.get_all(
		"Report", filters={"module": ("in", MODULES), "prepared_report": 1}, pluck="name"
	)
	if switched:
		print("run directly again (Frappe had made them prepared reports): " + ", ".join(switched))
		frappe.db.set_value("Report", {"name": ("in", switched)}, "prepared_report", 0)
		frappe.db.commit()
	values = {
		"year": year,
		"start": f"{year}-01-01",
		"end": f"{year + 1}-01-01",
		"period": period,
		"region": region,
	}
	counts = {
		dt: frappe.db.count(dt)
		for dt in ("Region", "Agency", "Innovation", "Innovation Indicator", "Monitoring Report")
	}
	print(
		f"site {args.site} ({frappe.db.db_type}), Frappe {frappe.__version__}; "
		+ ", ".join(f"{n:,} {dt}" for dt, n in counts.items())
	)
	print(f"region {region} ({per_region[len(per_region) // 2][1]} innovations), operator of {agency}\n")

	header = (
		"report",
		"rows",
		"report s",
		"SQL s",
		"report/SQL",
		"same",
		"operator s",
		"op/admin",
		"verifier s",
		"ver/admin",
	)
	table = []
	failures = []
	for report, keys, hand_sql, same, operator_may in CASES:
		filters = {key: values[key] for key in keys}
		frappe.set_user("Administrator")
		report_time, result = best_of(
			args.runs, lambda report=report, filters=filters: run(report, filters=filters)
		)
		sql_time, hand = best_of(args.runs, lambda hand_sql=hand_sql: hand_sql(dict(values)))
		agrees = same(result["result"], hand)
		row = [
			report,
			len(result["result"]),
			report_time,
			sql_time,
			report_time / sql_time,
			"yes" if agrees else "NO",
		]
		for user, allowed in ((OPERATOR, operator_may), (VERIFIER, True)):
			if not allowed:
				row += ["-", "-"]
				continue
			frappe.set_user(user)
			restricted, _ = best_of(
				args.runs, lambda report=report, filters=filters: run(report, filters=filters)
			)
			row += [restricted, restricted / report_time]
		frappe.set_user("Administrator")
		table.append(row)
		if not agrees:
			failures.append(report)

	# The REST list, through Frappe's request handling, as the operator and as the Administrator.
	client = get_test_client()
	frappe.set_user("Administrator")
	tokens = {OPERATOR: api_key(OPERATOR), "Administrator": api_key("Administrator")}
	list_times = {}
	for user, token in tokens.items():
		list_times[user], response = best_of(
			args.runs,
			lambda token=token: client.get(
				"/api/resource/Innovation",
				query_string={"fields": '["name","title","workflow_state"]', "limit_page_length": 20},
				headers={"Authorization": token, "Host": args.site},
			),
		)
		assert response.status_code == 200, response.get_data(as_text=True)[:300]
	table.append(
		[
			"REST /api/resource/Innovation (20)",
			20,
			list_times["Administrator"],
			None,
			None,
			"-",
			list_times[OPERATOR],
			list_times[OPERATOR] / list_times["Administrator"],
			"-",
			"-",
		]
	)

	def cell(value):
		if value is None:
			return "-"
		if isinstance(value, float):
			return f"{value:.3f}"
		return str(value)

	widths = [max(len(cell(r[i])) for r in [header, *table]) for i in range(len(header))]
	print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
	print("-|-".join("-" * w for w in widths))
	for r in table:
		print(" | ".join(cell(v).ljust(w) for v, w in zip(r, widths, strict=True)))
	ratios = [r[4] for r in table if isinstance(r[4], float)]
	print(
		f"\nreport/SQL: median {statistics.median(ratios):.2f}, max {max(ratios):.2f}; slowest report {max(r[2] for r in table[:-1]):.3f} s"
	)
	if failures:
		print("reports that disagree with their SQL: " + ", ".join(failures))
		sys.exit(1)
	frappe.destroy()


if __name__ == "__main__":
	main()
