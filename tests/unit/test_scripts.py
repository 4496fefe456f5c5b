"""The README's two commands decide things before they touch the network: which lanes a bench runs (named by
the Frappe it holds), which Python runs tier 1, and whether MariaDB's administrative access is known. These
are checked here with stand-in commands (a bench's Python that names its Frappe, a Python without venv, a
MariaDB client that refuses), so a fresh machine's surprises show here first."""

import os
import subprocess
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[2] / "scripts" / "lib.sh"


def shell(script: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
	return subprocess.run(
		["bash", "-c", f'source "{LIB}"; {script}', "lib", *args],
		capture_output=True,
		text=True,
		env={**os.environ, "INOVASI_NO_INSTALL": "1", **(env or {})},
		timeout=60,
	)


def fake_bench(root: Path, name: str, version: str) -> Path:
	"""A folder that looks like a bench whose Python imports a Frappe of `version`."""
	bench = root / name
	python = bench / "env" / "bin" / "python"
	python.parent.mkdir(parents=True)
	python.write_text(f"#!/bin/sh\necho {version}\n")
	python.chmod(0o755)
	(bench / "sites").mkdir()
	(bench / "sites" / "common_site_config.json").write_text("{}")
	return bench


@pytest.mark.parametrize(
	("version", "lanes"),
	[("15.55.1", ["v15-mariadb"]), ("16.0.0-dev", ["v16-sqlite", "v16-mariadb"])],
)
def test_a_bench_runs_the_lanes_of_the_frappe_it_holds(tmp_path, version, lanes):
	bench = fake_bench(tmp_path, "frappe-bench", version)
	result = shell('bench_lanes "$1"', str(bench))
	assert result.returncode == 0, result.stderr
	assert [line.split()[0] for line in result.stdout.splitlines()] == lanes
	assert all(line.split()[1] == str(bench) for line in result.stdout.splitlines())


def test_a_frappe_15_bench_at_the_default_path_is_the_v15_lane(tmp_path):
	"""setup-demo makes ~/frappe-bench a Frappe 15 bench where Python is older than 3.14."""
	default = fake_bench(tmp_path, "frappe-bench", "15.55.1")
	result = shell('offered_lanes "$1" "$2"', str(default), str(tmp_path / "frappe-bench-v15"))
	assert result.stdout.split() == ["v15-mariadb", str(default), "mariadb"]


def test_each_lane_is_offered_once(tmp_path):
	v16 = fake_bench(tmp_path, "frappe-bench", "16.0.0-dev")
	v15 = fake_bench(tmp_path, "frappe-bench-v15", "15.55.1")
	same = shell('offered_lanes "$1" "$2"', str(v15), str(fake_bench(tmp_path, "another-v15", "15.50.0")))
	assert [line.split()[1] for line in same.stdout.splitlines()] == [str(v15)]
	both = shell('offered_lanes "$1" "$2"', str(v16), str(v15))
	assert [line.split()[0] for line in both.stdout.splitlines()] == [
		"v16-sqlite",
		"v16-mariadb",
		"v15-mariadb",
	]


def test_a_path_without_a_bench_offers_no_lane(tmp_path):
	result = shell('bench_lanes "$1"', str(tmp_path / "nothing-here"))
	assert (result.returncode, result.stdout) == (0, "")


def test_tier_1_without_a_venv_module_says_so_and_gives_no_interpreter(tmp_path):
	"""A Python that has no pytest and cannot make a virtual environment (Debian without python3-venv)."""
	python = tmp_path / "python3"
	python.write_text('#!/bin/sh\necho "ensurepip is not available" >&2\nexit 1\n')
	python.chmod(0o755)
	result = shell('unit_test_python "$1"', str(python), env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
	assert result.returncode != 0
	assert result.stdout == ""
	assert "python3-venv" in result.stderr
	assert not (tmp_path / "cache" / "inovasi-daerah" / "unit-venv").exists()


def mysql_stub(tmp_path: Path, script: str) -> dict:
	"""A MariaDB client that behaves as `script` says, first on the PATH."""
	stubs = tmp_path / "bin"
	stubs.mkdir()
	mysql = stubs / "mysql"
	mysql.write_text(f"#!/bin/sh\n{script}\n")
	mysql.chmod(0o755)
	return {"PATH": f"{stubs}:{os.environ['PATH']}"}


def test_unknown_database_access_says_what_to_set_and_never_prompts(tmp_path):
	bench = fake_bench(tmp_path, "frappe-bench", "15.55.1")
	refusing = mysql_stub(tmp_path, "echo 'Access denied' >&2; exit 1")
	result = shell(
		'db_admin_ready "$1" </dev/null', str(bench), env={**refusing, "MARIADB_ROOT_PASSWORD": ""}
	)
	assert result.returncode != 0
	assert "MARIADB_ROOT_PASSWORD" in result.stdout


def test_a_working_password_is_remembered_where_frappe_reads_it(tmp_path):
	bench = fake_bench(tmp_path, "frappe-bench", "15.55.1")
	accepting = mysql_stub(tmp_path, '[ "$MYSQL_PWD" = "rahasia" ] || exit 1')
	result = shell(
		'db_admin_ready "$1" && conf_get "$1" root_password',
		str(bench),
		env={**accepting, "MARIADB_ROOT_PASSWORD": "rahasia"},
	)
	assert result.returncode == 0, result.stdout + result.stderr
	assert result.stdout.strip().splitlines()[-1] == "rahasia"
