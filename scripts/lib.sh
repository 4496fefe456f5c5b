# Shell helpers shared by scripts/setup-demo and scripts/test. Source it; it defines functions only.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
test_pins=(pytest==8.3.5 hypothesis==6.131.9 openapi-spec-validator==0.7.2)

# ---------------------------------------------------------------- what the system must have

# A bench's build and run needs on Debian and Ubuntu: git, the Python headers and venv module, a compiler
# and the libraries Frappe's dependencies compile against, cron (bench init writes a crontab), Redis,
# MariaDB, and the Pango and fonts WeasyPrint renders the app's PDF profile with.
BENCH_PACKAGES=(git curl cron build-essential pkg-config python3-dev python3-venv libffi-dev libssl-dev
	redis-server mariadb-server mariadb-client libmariadb-dev libpango-1.0-0 libpangoft2-1.0-0
	fonts-dejavu-core)
# Tier 3 drives Debian's Chromium; names ending in .localhost resolve through glibc's myhostname module.
BROWSER_PACKAGES=(chromium libnss-myhostname)

missing_packages() { # packages...
	local pkg
	for pkg in "$@"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
	done
}

# Install the missing packages with apt when running as root (not with INOVASI_NO_INSTALL=1); otherwise say
# which, and fail.
install_packages() { # packages...
	local missing
	mapfile -t missing < <(missing_packages "$@")
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" = 0 ] && [ -z "${INOVASI_NO_INSTALL:-}" ] && command -v apt-get >/dev/null; then
		echo "Installing ${missing[*]}"
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } >/dev/null ||
			{ echo "apt-get could not install ${missing[*]}"; return 1; }
		return 0
	fi
	echo "Missing system packages: ${missing[*]} (sudo apt-get install ${missing[*]})"
	return 1
}

# ---------------------------------------------------------------- a bench's settings

conf_get() { # bench key
	python3 -c "import json, sys; print(json.load(open(sys.argv[1])).get(sys.argv[2]) or '')" \
		"$1/sites/common_site_config.json" "$2" 2>/dev/null
}

conf_set() { # bench key value
	python3 - "$1/sites/common_site_config.json" "$2" "$3" <<'PY'
import json, sys
path, key, value = sys.argv[1:]
with open(path) as file:
	config = json.load(file)
config[key] = value
with open(path, "w") as file:
	json.dump(config, file, indent=1, sort_keys=True)
	file.write("\n")
PY
}

# MariaDB's administrative access, where Frappe 15 and 16 read it (root_password in the bench's
# common_site_config.json), so that creating and dropping sites never asks for it. A password that works
# (MARIADB_ROOT_PASSWORD, else the bench's) is used and remembered. As the system's root, on a Debian or
# Ubuntu MariaDB that lets root in through its socket only, a password is added beside the socket login
# (which keeps working) and remembered. Otherwise it says what to set, and fails.
db_admin_ready() { # bench
	local password=${MARIADB_ROOT_PASSWORD:-$(conf_get "$1" root_password)}
	if [ -n "$password" ] && MYSQL_PWD=$password mysql -uroot -h127.0.0.1 -e "select 1" >/dev/null 2>&1; then
		[ "$(conf_get "$1" root_password)" = "$password" ] || conf_set "$1" root_password "$password"
		return 0
	fi
	if [ "$(id -u)" = 0 ] && mysql -uroot -e "select 1" >/dev/null 2>&1; then
		password=$(python3 -c "import secrets; print(secrets.token_urlsafe(18))")
		mysql -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('$password')" ||
			return 1
		conf_set "$1" root_password "$password"
		echo "MariaDB's root may now also log in with the password kept in $1/sites/common_site_config.json"
		return 0
	fi
	echo "MariaDB's administrative access is unknown: set MARIADB_ROOT_PASSWORD, or root_password in $1/sites/common_site_config.json"
	return 1
}

# MariaDB as Frappe asks for it (utf8mb4, utf8mb4_unicode_ci): a Debian or Ubuntu server collates
# utf8mb4_general_ci, and Frappe 15 refuses to create a site on it. Configured (and restarted) as root.
mariadb_for_frappe() { # bench
	local settings
	settings=$(MYSQL_PWD=$(conf_get "$1" root_password) mysql -uroot -h127.0.0.1 -N -B -e \
		"select @@character_set_server, @@collation_server" 2>/dev/null | tr '\t' ' ')
	[ "$settings" = "utf8mb4 utf8mb4_unicode_ci" ] && return 0
	if [ "$(id -u)" != 0 ] || [ ! -d /etc/mysql/mariadb.conf.d ]; then
		echo "MariaDB must use character-set-server = utf8mb4 and collation-server = utf8mb4_unicode_ci (now: $settings)"
		return 1
	fi
	cat >/etc/mysql/mariadb.conf.d/99-frappe.cnf <<'CNF'
# Frappe's requirements (written by Inovasi Daerah's scripts/setup-demo)
[mysqld]
character-set-client-handshake = FALSE
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci

[mysql]
default-character-set = utf8mb4
CNF
	mysqladmin shutdown >/dev/null 2>&1 || MYSQL_PWD=$(conf_get "$1" root_password) mysqladmin -uroot -h127.0.0.1 shutdown
	for _ in $(seq 30); do mysqladmin ping >/dev/null 2>&1 || break; sleep 0.5; done
	mariadb_up
}

# ---------------------------------------------------------------- sites

# Whether a site of the bench was made to the end: its config names a database the site answers from.
site_complete() { # bench site
	[ -f "$1/sites/$2/site_config.json" ] &&
		frappe_cli "$1" --site "$2" list-apps >/dev/null 2>&1
}

# A site whose creation failed leaves its folder, and on MariaDB its database and user, behind; the next
# creation of the same name would trip over them. Remove all of it.
remove_site() { # bench site
	local bench=$1 site=$2 db
	db=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1])).get('db_name', ''))" \
		"$bench/sites/$site/site_config.json" 2>/dev/null)
	frappe_cli "$bench" drop-site "$site" --force --no-backup >/dev/null 2>&1
	if [ -n "$db" ] && command -v mysql >/dev/null; then
		MYSQL_PWD=$(conf_get "$bench" root_password) mysql -uroot -h127.0.0.1 -e \
			"DROP DATABASE IF EXISTS \`$db\`; DROP USER IF EXISTS '$db'@'localhost'; DROP USER IF EXISTS '$db'@'%'" \
			>/dev/null 2>&1
	fi
	rm -rf "${bench:?}/sites/${site:?}" "$bench/archived/sites/$site"*
}

# ---------------------------------------------------------------- lanes of the test command

# The lanes a bench can run, named by the Frappe it holds: Frappe 16 runs on SQLite and MariaDB, Frappe 15
# on MariaDB only. Prints "lane bench db" lines; nothing for a path without a bench.
bench_lanes() { # bench
	local version
	[ -x "$1/env/bin/python" ] || return 0
	version=$(frappe_version "$1") || return 0
	case ${version%%.*} in
	15) echo "v15-mariadb $1 mariadb" ;;
	16) printf 'v16-sqlite %s sqlite\nv16-mariadb %s mariadb\n' "$1" "$1" ;;
	*) echo "v${version%%.*}-mariadb $1 mariadb" ;;
	esac
}

# The lanes of several benches, each lane once (the first bench that offers it): "lane bench db" lines.
offered_lanes() { # bench...
	local bench
	for bench in "$@"; do bench_lanes "$bench"; done | awk '!seen[$1]++'
}

# Start the bench's Redis servers (cache and queue) unless they already answer.
redis_up() { # bench
	local conf port
	for conf in "$1"/config/redis_cache.conf "$1"/config/redis_queue.conf; do
		[ -f "$conf" ] || continue
		port=$(awk '$1 == "port" { print $2 }' "$conf")
		redis-cli -p "$port" ping >/dev/null 2>&1 && continue
		command -v redis-server >/dev/null || { echo "redis-server is not installed (apt-get install redis-server)"; return 1; }
		(cd "$1/config" && redis-server "$conf" --daemonize yes </dev/null >/dev/null 2>&1) || return 1
		for _ in $(seq 20); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.25; done
	done
}

# Start MariaDB unless it already answers.
mariadb_up() {
	mysqladmin ping >/dev/null 2>&1 && return 0
	command -v mysqld_safe >/dev/null || { echo "MariaDB is not installed (apt-get install mariadb-server)"; return 1; }
	# /run is emptied at boot; the server needs its socket directory.
	[ "$(id -u)" = 0 ] && mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null
	(setsid mysqld_safe </dev/null >/dev/null 2>&1 &)
	for _ in $(seq 60); do mysqladmin ping >/dev/null 2>&1 && return 0; sleep 0.5; done
	echo "MariaDB did not start"
	return 1
}

# Install Python packages into an interpreter, with pip or (for uv-made venvs without pip) uv.
pip_install() { # python packages...
	local py=$1
	shift
	if "$py" -m pip --version >/dev/null 2>&1; then
		"$py" -m pip install -q "$@"
	else
		uv pip install -q --python "$py" "$@"
	fi
}

ensure_test_deps() { # python
	"$1" -c "import pytest, hypothesis, openapi_spec_validator" 2>/dev/null || pip_install "$1" "${test_pins[@]}" || return 1
	ensure_app_deps "$1"
}

# The app's own dependencies, pinned in pyproject.toml (the unit tier needs them too).
ensure_app_deps() { # python
	"$1" -c "import Sastrawi, rapidfuzz" 2>/dev/null && return 0
	local pins
	pins=$("$1" -c "import sys, tomllib; print(*tomllib.load(open(sys.argv[1], 'rb'))['project']['dependencies'])" \
		"$repo/pyproject.toml") || return 1
	# shellcheck disable=SC2086 # one word per pin
	pip_install "$1" $pins
}

# A Python for tier 1: the given one when it has (or takes) the test packages, else a virtual environment
# of it in the user's cache (a system Python marked "externally managed" refuses pip installs).
unit_test_python() { # python
	if ensure_test_deps "$1" >/dev/null 2>&1; then
		echo "$1"
		return
	fi
	local venv=${XDG_CACHE_HOME:-$HOME/.cache}/inovasi-daerah/unit-venv
	if [ ! -x "$venv/bin/python" ]; then
		# Debian and Ubuntu ship the venv module apart (python3-venv); a failed attempt leaves a venv without pip.
		"$1" -m venv "$venv" >&2 ||
			{ rm -rf "$venv" && install_packages python3-venv >&2 && "$1" -m venv "$venv" >&2; } ||
			{ rm -rf "$venv"; echo "no virtual environment of $1 could be made (apt-get install python3-venv)" >&2; return 1; }
	fi
	ensure_test_deps "$venv/bin/python" >&2 || return 1
	echo "$venv/bin/python"
}

# A Python for tier 3 (browser tests): a virtual environment in the user's cache with the pins of
# tests/browser/requirements.txt, kept apart from the bench (Playwright brings its own dependencies).
browser_test_python() {
	local venv=${XDG_CACHE_HOME:-$HOME/.cache}/inovasi-daerah/browser-venv
	local requirements="$repo/tests/browser/requirements.txt"
	if [ ! -x "$venv/bin/python" ]; then
		python3 -m venv "$venv" >&2 ||
			{ rm -rf "$venv" && install_packages python3-venv >&2 && python3 -m venv "$venv" >&2; } ||
			{ rm -rf "$venv"; return 1; }
	fi
	if ! cmp -s "$requirements" "$venv/requirements.txt"; then
		"$venv/bin/python" -m pip install -q -r "$requirements" >&2 || return 1
		cp "$requirements" "$venv/requirements.txt"
	fi
	echo "$venv/bin/python"
}

# Names ending in .localhost resolve to this machine in browsers and curl by themselves, but not for
# other programs (the realtime server calls the site back by the name the browser used). glibc's
# "myhostname" module resolves them; install it when missing and we may.
localhost_names_resolve() {
	getent hosts inovasi-check.localhost >/dev/null && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q libnss-myhostname >/dev/null 2>&1
	fi
	getent hosts inovasi-check.localhost >/dev/null
}

# Point the bench's inovasi_daerah at this checkout (a symlink), so the bench runs this code.
link_app() { # bench
	local target="$1/apps/inovasi_daerah"
	if [ -e "$target" ] && [ ! -L "$target" ] && [ "$(cd "$target" && pwd -P)" != "$(cd "$repo" && pwd -P)" ]; then
		echo "$target is a separate copy of the app; not replacing it with this checkout"
		return 1
	fi
	ln -sfn "$repo" "$target"
	grep -qx inovasi_daerah "$1/sites/apps.txt" || printf '\ninovasi_daerah\n' >>"$1/sites/apps.txt"
	sed -i '/^$/d' "$1/sites/apps.txt"
	local py="$1/env/bin/python"
	# Checked from / so that the current directory cannot stand in for an installed package.
	(cd / && "$py" -c "import inovasi_daerah, sys; sys.exit(not inovasi_daerah.__file__.startswith('$repo'))") \
		2>/dev/null || pip_install "$py" --no-deps -e "$repo"
	ensure_app_deps "$py"
}

# Frappe's CLI for a bench, without the `bench` wrapper (which refuses to run as root).
frappe_cli() { # bench args...
	local bench=$1
	shift
	(cd "$bench/sites" && "$bench/env/bin/python" -m frappe.utils.bench_helper frappe "$@")
}

frappe_version() { # bench
	"$1/env/bin/python" -c "import frappe; print(frappe.__version__)" 2>/dev/null
}

# ---------------------------------------------------------------- serving a bench (setup-demo, tests)

# The address a browser opens: the site's own name. Names ending in .localhost resolve to loopback in
# browsers and curl by themselves, and gunicorn picks the site from that host name.
site_url() { # site port
	echo "http://$1:$2"
}

# Start a command detached from the caller (own session, output to its log, no terminal or pipe kept
# open), unless its pid file names a live process.
start_detached() { # pidfile logfile dir command...
	local pidfile=$1 log=$2 dir=$3
	shift 3
	if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
		return 0
	fi
	(cd "$dir" && exec setsid "$@" >>"$log" 2>&1 </dev/null) &
	echo $! >"$pidfile"
}

# A demo or test site sends no mail: mute_emails keeps every email in the queue, unsent. Muting alone
# makes Frappe 15 fall back to a dummy outgoing account without an address, on which every email and
# every bell notification that carries one fails ("'NoneType' object has no attribute 'encode'"); an
# outgoing server named in the site config, never contacted while muted, is the account a real site has.
mute_site_mail() { # bench site
	frappe_cli "$1" --site "$2" set-config mute_emails 1 >/dev/null &&
		frappe_cli "$1" --site "$2" set-config mail_server localhost >/dev/null &&
		frappe_cli "$1" --site "$2" set-config auto_email_id noreply@sukamaju.demo >/dev/null
}

# What `bench start` runs from the Procfile, on loopback: the web server, the realtime (socket.io)
# server, a background worker and the scheduler, with pid files and logs named `<name>-web` etc. in the
# bench's logs folder. Safe to call again while they run.
# DEV_SERVER=true, as `bench start` sets it, makes Desk reach the realtime server on its own port
# (socketio_port); without a proxy in front, Desk would ask the web server, which has no socket.io, and
# log a connection error on every page.
serve_bench() { # bench port [name]
	local bench=$1 port=$2 name=${3:-inovasi} py="$1/env/bin/python"
	local logs="$bench/logs"
	start_detached "$logs/$name-web.pid" "$logs/$name-web.log" "$bench/sites" \
		env DEV_SERVER=true "$bench/env/bin/gunicorn" -b "127.0.0.1:$port" -w 2 -t 120 --preload \
		--access-logfile - --access-logformat '%(t)s "%(r)s" %(s)s %(M)sms' \
		'frappe.app:application_with_statics()'
	# One realtime server per bench serves all its sites on socketio_port; another serve_bench of the
	# same bench finds it running and its own start ends at once (the port is taken).
	if command -v node >/dev/null && ! realtime_up "$bench"; then
		start_detached "$logs/$name-socketio.pid" "$logs/$name-socketio.log" "$bench" \
			node apps/frappe/socketio.js
	fi
	start_detached "$logs/$name-worker.pid" "$logs/$name-worker.log" "$bench/sites" \
		"$py" -m frappe.utils.bench_helper frappe worker --queue short,default,long
	# Frappe runs one scheduler per bench (a lock file); with another one running, ours would quit at once.
	scheduler_running "$bench" ||
		start_detached "$logs/$name-scheduler.pid" "$logs/$name-scheduler.log" "$bench/sites" \
			"$py" -m frappe.utils.bench_helper frappe schedule
}

stop_bench() { # bench [name]
	local pidfile name=${2:-inovasi}
	for pidfile in "$1/logs/$name-"{web,socketio,worker,scheduler}.pid; do
		[ -f "$pidfile" ] || continue
		kill -- "-$(cat "$pidfile")" 2>/dev/null || kill "$(cat "$pidfile")" 2>/dev/null
		rm -f "$pidfile"
	done
}

# Whether a scheduler of the bench holds its lock file (config/scheduler_process, as Frappe takes it).
scheduler_running() { # bench
	"$1/env/bin/python" - "$1/config/scheduler_process" <<'PY' 2>/dev/null
import sys
from filelock import FileLock, Timeout
try:
    FileLock(sys.argv[1]).acquire(blocking=False).lock.release()
except Timeout:
    sys.exit(0)
sys.exit(1)
PY
}

# Whether the bench's realtime server answers on its socketio_port.
realtime_up() { # bench
	local port
	port=$("$1/env/bin/python" -c "import json, sys; print(json.load(open(sys.argv[1])).get('socketio_port', 9000))" \
		"$1/sites/common_site_config.json" 2>/dev/null) || return 1
	curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/socket.io/?EIO=4&transport=polling"
}

# Wait until the URL answers a plain request, as a browser would send it (no extra headers).
wait_for_url() { # url [seconds]
	local url=$1 seconds=${2:-60}
	for _ in $(seq $((seconds * 2))); do
		curl -fsL -o /dev/null --max-time 5 "$url" && return 0
		sleep 0.5
	done
	return 1
}
