"""On SQLite, a request that may write runs in one transaction and holds the write lock from its start,
so another request's commit in between cannot make its first write fail ("database is locked"); a
reading request keeps Frappe's autocommit."""

import sqlite3
from types import SimpleNamespace

import frappe
import pytest

from inovasi_daerah.access.integrity import begin_request_transaction


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
