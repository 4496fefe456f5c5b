"""scripts/setup-demo's serving, on the lane's throwaway site: the printed address opens the login page
without any Host header of our own, Desk answers after logging in, and a background worker runs jobs."""

import socket
import subprocess
import time
from pathlib import Path

import frappe
import pytest

from tests.integration.conftest import BENCH, purge_queued_jobs

LIB = Path(__file__).resolve().parents[2] / "scripts" / "lib.sh"
NAME = "inovasi-test-serving"


def lib(command: str) -> str:
	return subprocess.run(
		["bash", "-c", f'source "{LIB}" && {command}'],
		check=True,
		capture_output=True,
		text=True,
		timeout=120,
	).stdout.strip()


def free_port() -> int:
	with socket.socket() as sock:
		sock.bind(("127.0.0.1", 0))
		return sock.getsockname()[1]


def curl(*args) -> subprocess.CompletedProcess:
	# curl resolves *.localhost to loopback by itself, as browsers do; no Host header is added.
	return subprocess.run(["curl", "-s", "--max-time", "20", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def served():
	port = free_port()
	url = lib(f'site_url "{frappe.local.site}" {port}')
	# The worker started here finds only the tests' own jobs (and no dropped site's, see conftest).
	purge_queued_jobs(frappe.local.site)
	lib(f'serve_bench "{BENCH}" {port} {NAME}')
	try:
		assert (
			subprocess.run(["bash", "-c", f'source "{LIB}" && wait_for_url "{url}/app" 60']).returncode == 0
		)
		yield url
	finally:
		lib(f'stop_bench "{BENCH}" {NAME}')


def test_the_printed_address_names_the_site_not_an_ip(served):
	assert served.startswith(f"http://{frappe.local.site}:")
	assert "127.0.0.1" not in served


def test_the_address_opens_the_login_page_and_desk_after_login(served, tmp_path):
	page = curl("-L", f"{served}/app")
	assert page.returncode == 0 and "login" in page.stdout.lower(), page.stdout[:300]
	jar = tmp_path / "cookies"
	login = curl(
		"-c",
		str(jar),
		"-X",
		"POST",
		f"{served}/api/method/login",
		"-d",
		"usr=Administrator",
		"-d",
		"pwd=admin",
	)
	assert '"Logged In"' in login.stdout, login.stdout[:300]
	desk = curl("-b", str(jar), "-o", "/dev/null", "-w", "%{http_code}", f"{served}/app")
	assert desk.stdout == "200"


def test_a_background_job_runs_within_a_minute(served):
	# At the front: the worker serves every site of the bench, and another site may have a backlog.
	job = frappe.enqueue("frappe.ping", queue="short", at_front=True)
	frappe.db.commit()
	deadline = time.monotonic() + 60
	while time.monotonic() < deadline and job.get_status(refresh=True) != "finished":
		time.sleep(1)
	assert job.get_status(refresh=True) == "finished"


def pids() -> dict:
	logs = Path(BENCH) / "logs"
	# No scheduler pid when another scheduler of the bench was running already (one per bench).
	return {
		part: (logs / f"{NAME}-{part}.pid").read_text().strip()
		for part in ("web", "worker", "scheduler")
		if (logs / f"{NAME}-{part}.pid").exists()
	}


def alive(pid: str) -> bool:
	return subprocess.run(["kill", "-0", pid], capture_output=True).returncode == 0


def test_serving_again_keeps_the_running_processes(served):
	before = pids()
	# Output captured through a pipe: the call returns only if nothing it started keeps the pipe open.
	port = served.rsplit(":", 1)[1]
	lib(f'serve_bench "{BENCH}" {port} {NAME} | cat')
	assert pids() == before
	assert all(alive(pid) for pid in before.values())


def test_stop_ends_the_server_worker_and_scheduler(served):
	# Last in this module: the fixture's own stop then finds nothing left to stop.
	before = pids()
	lib(f'stop_bench "{BENCH}" {NAME}')
	deadline = time.monotonic() + 20
	while time.monotonic() < deadline and any(alive(pid) for pid in before.values()):
		time.sleep(0.5)
	assert not any(alive(pid) for pid in before.values())
	assert curl("-o", "/dev/null", "-w", "%{http_code}", f"{served}/app").stdout == "000"
