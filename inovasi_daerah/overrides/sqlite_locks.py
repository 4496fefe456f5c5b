"""Request, login and job hooks (hooks.py) that make SQLite sites safe for several writers.

On SQLite, each request that may write, each login (it writes before before_request runs) and each
background job holds the write lock from its start and gives it back at its end. MariaDB needs none of it.
"""

import types

import frappe


def begin_request_transaction():
	"""Run each request that may write in one transaction on SQLite too (hooks.py before_request).

	Frappe's SQLite connection starts in autocommit mode and only opens a transaction after its first
	commit or rollback, so a request refused halfway would keep its earlier writes, and a write lock taken
	to serialise two actions would be released at once. MariaDB connections are transactional already.

	Such a request (anything but GET and HEAD; Frappe's writing endpoints refuse GET) takes SQLite's write
	lock at once (BEGIN IMMEDIATE), waiting for another writer to finish. A deferred transaction reads
	first and then fails to write as soon as another request or job has committed in between ("database is
	locked", which Frappe reports as a deadlock): a person saving a form while the worker sent the last
	action's emails got "Deadlock Occurred". A GET keeps Frappe's own autocommit: the bookkeeping writes
	of reading requests (sessions, a dashboard chart's last sync) would otherwise fail the same way, and
	taking the write lock for every read would queue all of Desk behind one writer."""
	request = getattr(frappe.local, "request", None)
	if request is None or request.method in ("GET", "HEAD"):
		return
	hold_write_lock()


def hold_write_lock():
	"""Take SQLite's write lock for the rest of the request or job (see begin_request_transaction).

	Also hooks.py before_login and before_job: a login writes (its session, the user's last login, an
	activity log) before any before_request hook runs, and the worker's jobs pass through none; a login
	or a job that met another commit between its reads and its writes failed with "database is locked"
	(a login answering 500, a workflow email never sent)."""
	if frappe.db.db_type != "sqlite":
		return
	if not frappe.db._conn:  # connected lazily, on the first query
		frappe.db.connect()
	if "begin" in frappe.db.__dict__ and frappe.db._conn.in_transaction:
		return  # held since the login
	# Frappe's commit (and rollback) starts the next transaction with begin(): a request that commits
	# halfway, as login does, keeps the write lock for what it writes after. Set on this request's
	# connection object only.
	frappe.db.begin = types.MethodType(begin_immediate, frappe.db)
	if frappe.db._conn.in_transaction:
		# Begun deferred by Frappe after an earlier commit: its snapshot goes stale at the next writer's
		# commit. What it holds is Frappe's own bookkeeping, which Frappe commits anyway; the commit
		# begins the next transaction with the lock.
		frappe.db.commit()
	else:
		frappe.db.begin()


def release_write_lock(response=None, request=None):
	"""Give the write lock back once the request's or job's work is committed (hooks.py after_request and
	after_job): Frappe has begun the next transaction by then, and the connection may stay open until the
	response is sent."""
	db = getattr(frappe.local, "db", None)
	if db is None or "begin" not in db.__dict__:
		return
	del db.begin
	if db._conn and db._conn.in_transaction:
		db._conn.rollback()  # nothing is written after the final commit (sync_database)


def begin_immediate(db, *, read_only=False):
	"""SQLite's BEGIN IMMEDIATE in place of Frappe's deferred BEGIN (see begin_request_transaction)."""
	if read_only or frappe.flags.read_only:
		return type(db).begin(db, read_only=read_only)
	if not db._conn.in_transaction:
		db.sql("BEGIN IMMEDIATE")
