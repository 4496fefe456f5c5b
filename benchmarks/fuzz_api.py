"""Fuzz the served site's REST API from its OpenAPI description (Schemathesis + Hypothesis).

	scripts/fuzz-api                      # the usual way: a throwaway site, served, fuzzed and dropped

	python benchmarks/fuzz_api.py --spec docs/openapi.json --base-url http://127.0.0.1:PORT \\
		--site-path BENCH/sites/SITE --tokens TOKENS.json [--examples 25] [--seed N] [--report out.json]

It runs in its own virtual environment (Schemathesis' pins clash with Frappe's), never imports Frappe, and
reads the site's database directly. For every operation of the description and every role (operator and
verifier with their API token, guest with none) it draws --examples cases, half valid by the schema and
half invalid, and sends them. A share of the cases gets real names from the site (path names, Link fields,
method arguments, a copy of an existing record as the base of a create), so that requests also get past
"not found" and "link does not exist" and reach the app's own rules.

What it checks:
- no 5xx: each is recorded with a curl line and the traceback Frappe logged (read from the site's
  deferred Error Log queue in Redis: the error log is inserted by the scheduler, which does not run here);
- no partial write: a request answered 4xx changed none of the app's tables nor the records that hang off
  them (files, comments, versions, ToDos, emails, workflow actions, shares, tags, contacts), by a
  fingerprint of those tables taken before and after the request;
- every operation was tried for every role.
It exits non-zero when any of these fails.
"""

import argparse
import hashlib
import json
import random
import re
import sqlite3
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

MODULE = "Inovasi Daerah"
# Records that hang off the app's records: a refused request must not leave any of these behind either.
ATTACHED_TABLES = [
	"tabFile",
	"tabComment",
	"tabVersion",
	"tabToDo",
	"tabCommunication",
	"tabWorkflow Action",
	"tabDocShare",
	"tabTag Link",
	"tabContact",
	# The duplicate lookup's index, kept in step with every save of an innovation (portal/similar_index.py).
	"__inovasi_similar_doc",
	"__inovasi_similar_token",
]
# Not fingerprinted: tables Frappe writes on every request or on errors (Error Log, Access Log, Activity
# Log, sessions, the user's last_active); none of them is in the lists above.
STANDARD_COLUMNS = {
	"name",
	"owner",
	"creation",
	"modified",
	"modified_by",
	"docstatus",
	"idx",
	"parent",
	"parentfield",
	"parenttype",
	"workflow_state",
	"_user_tags",
	"_comments",
	"_assign",
	"_liked_by",
	"_seen",
	"amended_from",
}
# Method arguments named after what they hold (inovasi_daerah/api/, public_portal/, reports/).
ARGUMENT_DOCTYPES = {
	"region": "Region",
	"agency": "Agency",
	"period": "Assessment Period",
	"lab": "Innovation Lab",
	"innovation": "Innovation",
	"report_name": "Report",
	"user": "User",
}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


# ---------------------------------------------------------------- the site's database


class SiteDatabase:
	"""Read-only access to the site's database (SQLite file or MariaDB), from outside Frappe."""

	def __init__(self, site_path: Path):
		config = json.loads((site_path / "site_config.json").read_text())
		common_path = site_path.parent / "common_site_config.json"
		common = json.loads(common_path.read_text()) if common_path.exists() else {}
		self.config = {**common, **config}
		self.db_type = self.config.get("db_type", "mariadb")
		if self.db_type == "sqlite":
			path = site_path / "db" / f"{self.config['db_name']}.db"
			# Read-only: the fuzzer must never be the one that changes the data it watches.
			self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
			self.quote = '"'
		else:
			import pymysql

			self.conn = pymysql.connect(
				host=self.config.get("db_host", "localhost"),
				port=int(self.config.get("db_port") or 3306),
				user=self.config.get("db_user") or self.config["db_name"],
				password=self.config["db_password"],
				database=self.config["db_name"],
				unix_socket=self.config.get("db_socket"),
				charset="utf8mb4",
				autocommit=True,
			)
			self.quote = "`"

	def rows(self, sql: str, params=()) -> list[tuple]:
		if self.db_type != "sqlite":
			sql = sql.replace("?", "%s")
		cursor = self.conn.cursor()
		cursor.execute(sql, params)
		result = cursor.fetchall()
		cursor.close()
		return list(result)

	def table(self, name: str) -> str:
		return f"{self.quote}{name}{self.quote}"

	def tables(self) -> set[str]:
		if self.db_type == "sqlite":
			return {r[0] for r in self.rows("select name from sqlite_master where type = 'table'")}
		return {r[0] for r in self.rows("show tables")}

	def columns(self, table: str) -> list[str]:
		if self.db_type == "sqlite":
			return [r[1] for r in self.rows(f"pragma table_info({self.table(table)})")]
		return [r[0] for r in self.rows(f"show columns from {self.table(table)}")]

	def version(self):
		"""A value that changes whenever another connection commits (SQLite); None when not known."""
		if self.db_type == "sqlite":
			return self.rows("pragma data_version")[0][0]
		return None


class Fingerprint:
	"""A digest per watched table: the app's DocTypes (child tables included), its single's values and the
	records that hang off them. Compared before and after a request to see which tables it changed."""

	def __init__(self, db: SiteDatabase):
		self.db = db
		existing = db.tables()
		doctypes = db.rows("select name, issingle from tabDocType where module = ?", (MODULE,))
		self.singles = sorted(name for name, single in doctypes if single)
		watched = [f"tab{name}" for name, single in doctypes if not single] + ATTACHED_TABLES
		self.tables = sorted(t for t in watched if t in existing)
		self.queries = {}
		for table in self.tables:
			columns = db.columns(table)
			order = "name" if "name" in columns else columns[0]
			if db.db_type == "sqlite":
				# One string per table, built in SQLite: every column of every row, in a fixed order.
				row = "||char(31)||".join(f"quote({db.table(c)})" for c in columns)
				self.queries[table] = (
					f"select count(*), group_concat(r, char(30)) from "
					f"(select {row} as r from {db.table(table)} order by {db.table(order)})"
				)
		self.full_runs = 0
		self.full_seconds = 0.0
		self.calls = 0
		self.call_seconds = 0.0
		self._last = None
		self._last_version = None

	def snapshot(self) -> dict[str, str]:
		"""The digests now. On SQLite, when nobody committed since the last snapshot it is reused."""
		started = time.perf_counter()
		version = self.db.version()
		if self._last is None or version is None or version != self._last_version:
			full_started = time.perf_counter()
			self._last = self._compute()
			self._last_version = version
			self.full_runs += 1
			self.full_seconds += time.perf_counter() - full_started
		self.calls += 1
		self.call_seconds += time.perf_counter() - started
		return self._last

	def _compute(self) -> dict[str, str]:
		digests = {}
		if self.db.db_type == "sqlite":
			for table, query in self.queries.items():
				count, text = self.db.rows(query)[0]
				digests[table] = (
					f"{count}:{hashlib.blake2b((text or '').encode(), digest_size=16).hexdigest()}"
				)
		else:
			# MariaDB computes a live checksum of every row of every table in one statement.
			listed = ", ".join(self.db.table(t) for t in self.tables)
			for table, checksum in self.db.rows(f"checksum table {listed}"):
				digests[table.split(".", 1)[-1]] = str(checksum)
		if self.singles:
			marks = ", ".join("?" for _ in self.singles)
			values = self.db.rows(
				f"select doctype, field, value from tabSingles where doctype in ({marks}) order by doctype, field",
				tuple(self.singles),
			)
			digests["tabSingles"] = hashlib.blake2b(repr(values).encode(), digest_size=16).hexdigest()
		return digests

	def report(self) -> dict:
		return {
			"tables": len(self.tables) + bool(self.singles),
			"full_runs": self.full_runs,
			"full_ms_mean": round(1000 * self.full_seconds / max(self.full_runs, 1), 2),
			"per_request_ms_mean": round(1000 * self.call_seconds / max(self.calls, 1), 2),
		}


class ErrorLogQueue:
	"""The tracebacks of 5xx: Frappe defers its Error Log inserts to a Redis list that the scheduler empties
	(not running here), so they are read from there, after the ones already queued before a request."""

	def __init__(self, config: dict):
		import redis

		self.client = redis.Redis.from_url(config.get("redis_cache") or "redis://127.0.0.1:13000")
		self.key = f"{config['db_name']}|insert_queue_for_Error Log"
		self.seen = self._length()

	def _length(self) -> int:
		try:
			return self.client.llen(self.key)
		except Exception:
			return 0

	def new_tracebacks(self) -> list[str]:
		length = self._length()
		if length <= self.seen:
			self.seen = length
			return []
		entries = self.client.lrange(self.key, self.seen, length - 1)
		self.seen = length
		tracebacks = []
		for entry in entries:
			try:
				record = json.loads(entry)
			except ValueError:
				continue
			for item in record if isinstance(record, list) else [record]:
				if isinstance(item, str):
					item = json.loads(item)
				tracebacks.append(item.get("error") or "")
		return tracebacks


# ---------------------------------------------------------------- real names for the generated requests


class SiteValues:
	"""Names and field values read from the site, to put into a share of the generated requests."""

	def __init__(self, db: SiteDatabase):
		self.db = db
		self.existing = db.tables()
		self.app_doctypes = [r[0] for r in db.rows("select name from tabDocType where module = ?", (MODULE,))]
		self.links = defaultdict(dict)
		for parent, fieldname, target in db.rows(
			"select parent, fieldname, options from tabDocField where fieldtype = 'Link' and parent in "
			"(select name from tabDocType where module = ?)",
			(MODULE,),
		):
			self.links[parent][fieldname] = target
		self._names = {}
		self._rows = {}
		self.actions = sorted(
			{r[0] for r in db.rows("select action from `tabWorkflow Transition`".replace("`", db.quote))}
		)
		self.nips = [
			r[0]
			for r in db.rows("select distinct nip from `tabInnovation Team Member`".replace("`", db.quote))
			if r[0]
		][:50]

	def names(self, doctype: str) -> list[str]:
		if doctype not in self._names:
			table = f"tab{doctype}"
			names = []
			if table in self.existing:
				sql = f"select name from {self.db.table(table)} order by name limit 300"
				if doctype == "Report":
					sql = f"select name from {self.db.table(table)} where module = '{MODULE}' order by name"
				names = [r[0] for r in self.db.rows(sql)]
			self._names[doctype] = names
		return self._names[doctype]

	def rows(self, doctype: str) -> list[dict]:
		"""A few existing records' own values (no standard columns), the base of a realistic create."""
		if doctype not in self._rows:
			table = f"tab{doctype}"
			rows = []
			if table in self.existing:
				columns = [c for c in self.db.columns(table) if c not in STANDARD_COLUMNS]
				listed = ", ".join(self.db.table(c) for c in columns)
				for values in self.db.rows(
					f"select {listed} from {self.db.table(table)} order by name limit 20"
				):
					rows.append({c: v for c, v in zip(columns, values, strict=False) if v not in (None, "")})
			self._rows[doctype] = [{k: plain(v) for k, v in row.items()} for row in rows]
		return self._rows[doctype]


def plain(value):
	"""A database value as JSON can carry it."""
	if isinstance(value, int | float | str) or value is None:
		return value
	return str(value)


def resource_doctype(path: str) -> str | None:
	parts = path.split("/")
	if len(parts) >= 4 and parts[1:3] == ["api", "resource"] and not parts[3].startswith("{"):
		return unquote(parts[3])  # Schemathesis keeps the path as described, spaces percent-encoded
	return None


def realistic(case, draw, values: SiteValues) -> bool:
	"""Put real names into a share of the cases (drawn, so a seed repeats the run). Returns whether it did."""
	if not draw(st.integers(0, 2)):
		return False  # a third of the cases go out exactly as generated
	doctype = resource_doctype(case.operation.path)
	for parameter in list(case.path_parameters or {}):
		names = values.names(doctype) if doctype else []
		if names:
			case.path_parameters[parameter] = draw(st.sampled_from(names))
	if case.method.upper() == "POST" and doctype and isinstance(case.body, dict) and draw(st.booleans()):
		rows = values.rows(doctype)
		if rows:
			base = dict(draw(st.sampled_from(rows)))
			kept = {key: value for key, value in case.body.items() if draw(st.booleans())}
			case.body = {**base, **kept}
	for container in (case.query, case.body):
		if isinstance(container, dict):
			fill_arguments(container, doctype, draw, values)
	return True


def fill_arguments(container: dict, doctype: str | None, draw, values: SiteValues):
	links = values.links.get(doctype, {}) if doctype else {}
	if "doctype" in container and not doctype:
		container["doctype"] = draw(st.sampled_from(["Innovation", "IID Submission", *values.app_doctypes]))
	target_of_name = container.get("doctype") if isinstance(container.get("doctype"), str) else None
	for key in list(container):
		target = links.get(key) or ARGUMENT_DOCTYPES.get(key)
		if key == "name" and target_of_name:
			target = target_of_name
		if key == "action" and values.actions:
			container[key] = draw(st.sampled_from(values.actions))
		elif key == "nip" and values.nips:
			container[key] = draw(st.sampled_from(values.nips))
		elif key == "doc" and not doctype:
			names = values.names("Innovation")
			if names:
				container[key] = json.dumps({"doctype": "Innovation", "name": draw(st.sampled_from(names))})
		elif target and values.names(target) and draw(st.booleans()):
			container[key] = draw(st.sampled_from(values.names(target)))


# ---------------------------------------------------------------- the run


class ServerGone(Exception):
	"""The site stopped answering: the run ends there, it cannot tell good answers from bad ones."""


def operation_key(operation) -> str:
	return f"{operation.method.upper()} {operation.path}"


class Run:
	def __init__(self, args, schema, tokens: dict[str, str | None]):
		self.args = args
		self.schema = schema
		self.tokens = tokens
		self.db = SiteDatabase(Path(args.site_path))
		self.fingerprint = Fingerprint(self.db)
		self.values = SiteValues(self.db)
		self.errors = ErrorLogQueue(self.db.config)
		self.site_name = Path(args.site_path).name
		self.session = requests.Session()
		self.statuses = defaultdict(Counter)  # operation -> status -> count
		self.tried = defaultdict(set)  # role -> operations
		self.classes = defaultdict(Counter)  # role -> 2xx/4xx/5xx
		self.server_errors = []
		self.partial_writes = []
		self.writes_ok = Counter()  # 2xx answers to REST writes, and 2xx answers that changed data
		self.changed_by = Counter()  # operation -> 2xx answers that changed data
		self.realistic = 0
		self.requests = 0
		self.generation_errors = {}

	def send(self, case, role: str):
		# The description lists token and session auth; the role's own credentials replace generated ones.
		case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
		if case.cookies:
			case.cookies = {k: v for k, v in case.cookies.items() if k != "sid"}
		headers = {"X-Frappe-Site-Name": self.site_name, "Accept": "application/json"}
		if self.tokens.get(role):
			headers["Authorization"] = f"token {self.tokens[role]}"
		before = self.fingerprint.snapshot()
		self.session.cookies.clear()
		try:
			response = case.call(
				base_url=self.args.base_url, session=self.session, headers=headers, timeout=120
			)
			status = response.status_code
		except requests.ConnectionError as exc:
			raise ServerGone(f"{case.method} {case.formatted_path}: {exc}") from exc
		except requests.RequestException as exc:  # a timeout: reported as a server error
			response, status = None, 599
			error = f"{type(exc).__name__}: {exc}"
		after = self.fingerprint.snapshot()
		self.requests += 1
		key = operation_key(case.operation)
		self.statuses[key][status] += 1
		self.tried[role].add(key)
		self.classes[role][f"{status // 100}xx"] += 1
		changed = sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))
		request = self.curl(case, headers)
		if status >= 500:
			tracebacks = self.errors.new_tracebacks()
			frames = traceback_lines(tracebacks[-1]) if tracebacks else []
			self.server_errors.append(
				{
					"operation": key,
					"role": role,
					"status": status,
					"request": request,
					"response": (response.text[:500] if response is not None else error),
					"traceback": frames[-16:],
					"origin": origin(frames),
					"signature": signature(frames)
					or (response.text[:120] if response is not None else error),
				}
			)
		elif 400 <= status < 500 and changed:
			self.partial_writes.append(
				{
					"operation": key,
					"role": role,
					"status": status,
					"request": request,
					"tables": changed,
					"message": server_message(response),
				}
			)
		elif status < 300:
			if resource_doctype(case.operation.path) and case.method.upper() in WRITE_METHODS:
				self.writes_ok[f"{case.method.upper()} /api/resource"] += 1
			if changed:
				self.writes_ok["changed data"] += 1
				self.changed_by[key] += 1

	def curl(self, case, headers) -> str:
		shown = {k: ("token $API_KEY:$API_SECRET" if k == "Authorization" else v) for k, v in headers.items()}
		try:
			command = case.as_curl_command(headers=shown, base_url=self.args.base_url)
		except Exception as exc:
			command = f"(no curl line: {exc}) {case.method} {case.formatted_path} body={case.body!r}"[:2000]
		return command.replace("[Filtered]", "token $API_KEY:$API_SECRET")[:4000]

	def fuzz(self, operation, role: str, examples: int, run_seed: int):
		try:
			strategy = st.one_of(
				operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE)
			)
		except (
			Exception
		) as exc:  # an operation Schemathesis cannot generate for: reported, never skipped silently
			self.generation_errors[operation_key(operation)] = f"{type(exc).__name__}: {exc}"
			return

		@settings(
			max_examples=examples,
			database=None,
			deadline=None,
			phases=[Phase.explicit, Phase.generate],
			suppress_health_check=list(HealthCheck),
			verbosity=Verbosity.quiet,
			report_multiple_bugs=False,
		)
		@seed(run_seed)
		@given(case=strategy, data=st.data())
		def test(case, data):
			if realistic(case, data.draw, self.values):
				self.realistic += 1
			self.send(case, role)

		try:
			test()
		except ServerGone:
			raise
		except Exception as exc:
			self.generation_errors.setdefault(operation_key(operation), f"{type(exc).__name__}: {exc}"[:500])


def traceback_lines(text: str) -> list[str]:
	"""The frames and the exception of a traceback, without the local variables Frappe logs with them."""
	lines = text.strip().splitlines()
	return [line for line in lines if len(line) - len(line.lstrip(" ")) < 6 and line.strip()]


def code_frames(frames: list[str]) -> list[str]:
	"""The `File ...` lines of Frappe's and the app's code (not the standard library's)."""
	return [
		f for f in frames if f.lstrip().startswith("File ") and ("/frappe/" in f or "/inovasi_daerah/" in f)
	]


def origin(frames: list[str]) -> str:
	"""Whose code raised: "app" when the innermost frame of Frappe's or the app's code is the app's;
	"Frappe via app" when Frappe raised on input the app's code passed on; else "Frappe"."""
	if not frames:
		return "unknown (no traceback logged)"
	code = code_frames(frames)
	if code and "/inovasi_daerah/" in code[-1]:
		return "app"
	return "Frappe via app" if any("/inovasi_daerah/" in f for f in code) else "Frappe"


def signature(frames: list[str]) -> str:
	"""Where and what: the innermost frame of Frappe's or the app's code and the exception's type."""
	if not frames:
		return ""
	where = code_frames(frames)
	spot = re.sub(r'^\s*File "[^"]*/(frappe|inovasi_daerah)/', r"\1/", where[-1]) if where else ""
	return f"{frames[-1].split(':')[0]} at {spot}"


def server_message(response) -> str:
	if response is None:
		return ""
	try:
		body = response.json()
	except ValueError:
		return response.text[:200]
	messages = body.get("_server_messages")
	if messages:
		try:
			return "; ".join(json.loads(m).get("message", "") for m in json.loads(messages))[:300]
		except (ValueError, AttributeError):
			return str(messages)[:300]
	return str(body.get("exception") or body.get("exc_type") or "")[:300]


def main():
	parser = argparse.ArgumentParser(
		description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
	)
	parser.add_argument("--spec", required=True, help="the OpenAPI description (JSON)")
	parser.add_argument(
		"--base-url", required=True, help="where the site is served, e.g. http://127.0.0.1:8123"
	)
	parser.add_argument("--site-path", required=True, help="the site's folder, BENCH/sites/SITE")
	parser.add_argument(
		"--tokens", required=True, help='JSON file {"operator": "key:secret", "verifier": ...}'
	)
	parser.add_argument("--examples", type=int, default=25, help="cases per operation and role")
	parser.add_argument("--seed", type=int, help="Hypothesis seed (printed; pass it again to repeat a run)")
	parser.add_argument("--roles", default="operator,verifier,guest")
	parser.add_argument("--only", help="fuzz only operations whose 'METHOD /path' contains this text")
	parser.add_argument("--report", help="write the report as JSON here")
	args = parser.parse_args()

	run_seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
	started = time.monotonic()
	spec = json.loads(Path(args.spec).read_text())
	schema = schemathesis.openapi.from_dict(spec, config=SchemathesisConfig())
	operations, invalid = [], []
	for result in schema.get_all_operations():
		try:
			operations.append(result.ok())
		except Exception as exc:
			invalid.append(str(exc)[:300])
	described = sorted({operation_key(o) for o in operations})
	if args.only:
		operations = [o for o in operations if args.only in operation_key(o)]
	# Deletes last: they remove the demo records the other operations' realistic cases name.
	operations.sort(key=lambda o: (o.method.upper() == "DELETE", operation_key(o)))
	tokens = json.loads(Path(args.tokens).read_text())
	roles = args.roles.split(",")
	tokens = {role: tokens.get(role) for role in roles}
	run = Run(args, schema, tokens)
	print(
		f"fuzzing {len(operations)} operations x {len(roles)} roles x {args.examples} examples, seed {run_seed}",
		flush=True,
	)
	gone = None
	for number, operation in enumerate(operations, 1):
		try:
			for role in roles:
				op_seed = run_seed ^ zlib.crc32(f"{role} {operation_key(operation)}".encode())
				run.fuzz(operation, role, args.examples, op_seed)
		except ServerGone as exc:
			gone = str(exc)
			print(f"the site stopped answering, at {gone[:300]}", flush=True)
			break
		if number % 10 == 0 or number == len(operations):
			print(
				f"  {number}/{len(operations)} operations, {run.requests} requests, "
				f"{len(run.server_errors)} 5xx, {len(run.partial_writes)} partial writes "
				f"({time.monotonic() - started:.0f} s)",
				flush=True,
			)
	report = build_report(run, args, described, operations, invalid, run_seed, time.monotonic() - started)
	print_report(report)
	if args.report:
		Path(args.report).write_text(json.dumps(report, indent=1, ensure_ascii=False))
		print(f"report: {args.report}")
	if gone:
		sys.exit(2)
	failed = (
		report["server_errors_count"] or report["partial_writes_count"] or report["never_tried"] or invalid
	)
	sys.exit(1 if failed else 0)


def build_report(run: Run, args, described, operations, invalid, run_seed, seconds) -> dict:
	expected = {operation_key(o) for o in operations}
	never = {role: sorted(expected - run.tried[role]) for role in run.tokens if expected - run.tried[role]}
	totals = Counter()
	for counter in run.classes.values():
		totals.update(counter)
	return {
		"spec": args.spec,
		"seed": run_seed,
		"examples_per_operation": args.examples,
		"operations_in_description": len(described),
		"operations_fuzzed": len(operations),
		"invalid_operations": invalid,
		"operations_tried": {role: len(run.tried[role]) for role in run.tokens},
		"never_tried": never,
		"generation_errors": run.generation_errors,
		"requests": run.requests,
		"requests_with_site_names": run.realistic,
		"status_classes": dict(sorted(totals.items())),
		"status_classes_by_role": {role: dict(sorted(c.items())) for role, c in run.classes.items()},
		"status_codes": dict(sorted(sum(run.statuses.values(), Counter()).items())),
		"writes_2xx": dict(run.writes_ok),
		"writes_2xx_by_operation": dict(run.changed_by.most_common()),
		"server_errors_count": len(run.server_errors),
		"server_errors_by_origin": dict(Counter(e["origin"] for e in run.server_errors)),
		"server_error_groups": group_errors(run.server_errors),
		"server_errors": run.server_errors,
		"partial_writes_count": len(run.partial_writes),
		"partial_writes": run.partial_writes,
		"fingerprint": run.fingerprint.report(),
		"per_operation": {op: dict(sorted(c.items())) for op, c in sorted(run.statuses.items())},
		"duration_s": round(seconds, 1),
	}


def group_errors(errors: list[dict]) -> list[dict]:
	"""5xx by where and what was raised, most frequent first."""
	groups = {}
	for error in errors:
		group = groups.setdefault(
			(error["origin"], error["signature"]),
			{
				"origin": error["origin"],
				"signature": error["signature"],
				"count": 0,
				"operations": [],
				"roles": [],
			},
		)
		group["count"] += 1
		group.setdefault("example", error)
		for field, value in (("operations", error["operation"]), ("roles", error["role"])):
			if value not in group[field]:
				group[field].append(value)
	return sorted(groups.values(), key=lambda g: -g["count"])


def print_report(report: dict):
	print("\n== fuzz report")
	print(f"operations in the description: {report['operations_in_description']}")
	tried = ", ".join(f"{role} {count}" for role, count in report["operations_tried"].items())
	print(f"operations tried per role:     {tried} (of {report['operations_fuzzed']} fuzzed)")
	for role, missing in report["never_tried"].items():
		print(f"  never tried as {role}: {', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}")
	for key, error in report["generation_errors"].items():
		print(f"  could not generate for {key}: {error}")
	for error in report["invalid_operations"]:
		print(f"  invalid operation in the description: {error}")
	print(
		f"requests sent:                 {report['requests']} "
		f"({report['requests_with_site_names']} with names from the site)"
	)
	print(f"status classes:                {report['status_classes']}")
	for role, classes in report["status_classes_by_role"].items():
		print(f"  {role:9} {classes}")
	print(f"status codes:                  {report['status_codes']}")
	writes = report["writes_2xx"]
	rest = ", ".join(f"{k} {v}" for k, v in sorted(writes.items()) if k != "changed data") or "none"
	print(
		f"2xx writes:                    {writes.get('changed data', 0)} requests answered 2xx changed data; "
		f"REST writes answered 2xx: {rest}"
	)
	for op, count in list(report["writes_2xx_by_operation"].items())[:12]:
		print(f"  {count:4} {op}")
	print(
		f"5xx responses:                 {report['server_errors_count']} (target 0) {report['server_errors_by_origin']}"
	)
	for group in report["server_error_groups"]:
		print(f"  {group['count']} x [{group['origin']}] {group['signature']}")
		print(
			f"    operations: {', '.join(group['operations'][:6])}{' ...' if len(group['operations']) > 6 else ''}"
		)
		print(f"    roles: {', '.join(group['roles'])}; e.g. {group['example']['request'][:300]}")
		for line in group["example"]["traceback"][-4:]:
			print(f"    | {line}")
	print(f"partial writes (4xx changed data): {report['partial_writes_count']} (target 0)")
	for write in report["partial_writes"][:20]:
		print(f"  {write['status']} {write['operation']} as {write['role']}: {', '.join(write['tables'])}")
		print(f"    {write['request'][:400]}")
		print(f"    message: {write['message']}")
	fp = report["fingerprint"]
	print(
		f"fingerprint:                   {fp['tables']} tables, {fp['full_ms_mean']} ms a full read "
		f"({fp['full_runs']} reads), {fp['per_request_ms_mean']} ms a snapshot on average"
	)
	print(f"seed:                          {report['seed']} (examples {report['examples_per_operation']})")
	print(f"duration:                      {report['duration_s']} s")


if __name__ == "__main__":
	main()
