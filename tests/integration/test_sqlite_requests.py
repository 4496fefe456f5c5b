"""On SQLite, a request that may write runs in one transaction and holds the write lock from its start,
so another request's commit in between cannot make its first write fail ("database is locked"); a
reading request keeps Frappe's autocommit."""

import sqlite3
import threading
from types import SimpleNamespace

import frappe
import pytest
from frappe.utils.background_jobs import execute_job
from frappe.utils.password import update_password

from inovasi_daerah.access import roles
from inovasi_daerah.overrides.sqlite_locks import begin_request_transaction
from tests.integration.helpers import make_user, rest


@pytest.fixture(autouse=True)
def sqlite_only():
	if frappe.db.db_type != "sqlite":
		pytest.skip("SQLite only: MariaDB connections are transactional and lock rows, not the database")


def other_writer_can_write() -> bool:
	"""Whether a second connection (another request, the worker) can take the write lock right now."""
	other = sqlite3.connect(frappe.db.get_db_path(), timeout=0, isolation_level=None)
	try:
		other.execute("BEGIN IMMEDIATE")
		other.execute("ROLLBACK")
		return True
	except sqlite3.OperationalError as error:
		assert "locked" in str(error)
		return False
	finally:
		other.close()


@pytest.fixture
def request_of():
	def begin(method):
		# A request starts on a connection without a transaction; Frappe's rollback opens the next one.
		frappe.db.rollback()
		frappe.db._conn.rollback()
		frappe.local.request = SimpleNamespace(method=method)
		begin_request_transaction()

	had_request = hasattr(frappe.local, "request")
	earlier = getattr(frappe.local, "request", None)
	yield begin
	if had_request:
		frappe.local.request = earlier
	else:
		del frappe.local.request
	frappe.db.__dict__.pop("begin", None)  # the request's connection object is this test's here
	frappe.db._conn.rollback()
	frappe.db.rollback()


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_a_request_that_may_write_holds_the_write_lock_from_its_start(request_of, method):
	request_of(method)
	assert frappe.db._conn.in_transaction
	assert not other_writer_can_write()
	frappe.db._conn.rollback()  # the request ends (its connection closes)
	assert other_writer_can_write()


def test_a_reading_request_keeps_frappes_autocommit_and_blocks_no_writer(request_of):
	request_of("GET")
	assert not frappe.db._conn.in_transaction
	assert other_writer_can_write()


def test_a_writing_request_that_commits_halfway_keeps_the_write_lock(request_of):
	"""Login and others commit in the middle; what they write after must not meet a stale snapshot."""
	request_of("POST")
	frappe.db.commit()
	assert frappe.db._conn.in_transaction
	assert not other_writer_can_write()
	frappe.db.rollback()
	assert not other_writer_can_write(), "the next transaction of the request holds the lock again"


def test_a_request_begun_deferred_before_the_hook_is_moved_to_the_write_lock(request_of):
	"""Frappe may have begun a deferred transaction before the hook runs (after its own commit): the hook
	ends it and holds the lock from there."""
	frappe.db.rollback()
	frappe.db._conn.rollback()
	frappe.db.sql("BEGIN")
	frappe.local.request = SimpleNamespace(method="POST")
	begin_request_transaction()
	assert frappe.db._conn.in_transaction
	assert not other_writer_can_write()


LOGIN_USER = "sqlite-login@example.com"


@pytest.fixture
def login_user():
	make_user(LOGIN_USER, [roles.OPERATOR])
	update_password(LOGIN_USER, "Masuk#2026-sqlite")
	frappe.db.commit()
	yield LOGIN_USER
	frappe.delete_doc("User", LOGIN_USER, force=True)
	frappe.db.commit()


def test_every_write_of_a_login_holds_the_write_lock(login_user):
	"""A login writes (its session, the user's last login, an activity log) before any before_request hook
	runs. Frappe began its later writes deferred: a login that met the worker's commit between its reads
	and its writes answered 500 ("database is locked", seen in the browser tier). Each write must run in a
	transaction that took the lock at its start (BEGIN IMMEDIATE)."""
	from frappe.database.sqlite.database import SQLiteDatabase  # Frappe 15 has none

	writes, begun = [], {}
	original = SQLiteDatabase.sql
	test_thread = threading.get_ident()

	def watch(db, query, *args, **kwargs):
		if threading.get_ident() != test_thread:
			statement = str(query).strip().upper()
			if statement.startswith("BEGIN"):
				begun[id(db)] = statement
			elif statement.startswith(("INSERT", "UPDATE", "DELETE")):
				in_transaction = bool(db._conn and db._conn.in_transaction)
				writes.append((statement.split("(")[0][:40], in_transaction and begun.get(id(db))))
		return original(db, query, *args, **kwargs)

	with pytest.MonkeyPatch.context() as patch:
		patch.setattr(SQLiteDatabase, "sql", watch)
		response = rest("POST", "/api/method/login", json={"usr": login_user, "pwd": "Masuk#2026-sqlite"})
	assert response.status_code == 200, response.text
	assert writes, "the login wrote nothing"
	assert [write for write in writes if write[1] != "BEGIN IMMEDIATE"] == []


seen_by_job = {}


def probe_job():
	"""A background job that records whether another writer could write while it ran."""
	seen_by_job["lock held"] = not other_writer_can_write()


def test_a_background_job_holds_the_write_lock_and_gives_it_back():
	"""The worker's jobs do not pass through before_request; one that met a request's commit between its
	reads and its writes failed with "database is locked" (a workflow email not sent)."""
	frappe.db.rollback()
	frappe.db._conn.rollback()
	seen_by_job.clear()
	execute_job(frappe.local.site, probe_job, None, "probe", {}, is_async=False)
	assert seen_by_job == {"lock held": True}
	assert other_writer_can_write(), "the job gave the lock back"
	assert "begin" not in frappe.db.__dict__
