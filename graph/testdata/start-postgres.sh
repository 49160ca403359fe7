#!/bin/sh
# start-postgres.sh starts (once) a throw-away PostgreSQL server for the
# graph package's tests and prints the URL to put in DIPLOGRAPH_TEST_POSTGRES:
#
#   export DIPLOGRAPH_TEST_POSTGRES="$(graph/testdata/start-postgres.sh)"
#   go test ./graph/
#   graph/testdata/start-postgres.sh stop
#
# It is idempotent: a server already running in the directory is reused.
# PostgreSQL refuses to run as root, so as root it runs the server as an
# unprivileged user (DIPLOGRAPH_PG_USER, default pgtest, created if missing).
# Settings: DIPLOGRAPH_PG_DIR (data directory, default $TMPDIR/diplograph-pg),
# DIPLOGRAPH_PG_PORT (default 55432). Only the URL goes to standard output.
set -eu

dir="${DIPLOGRAPH_PG_DIR:-${TMPDIR:-/tmp}/diplograph-pg}"
port="${DIPLOGRAPH_PG_PORT:-55432}"
user="${DIPLOGRAPH_PG_USER:-pgtest}"
db=diplograph_test

pg_ctl_bin="$(command -v pg_ctl || true)"
if [ -z "$pg_ctl_bin" ]; then
	echo "start-postgres.sh: pg_ctl not found on PATH (install PostgreSQL)" >&2
	exit 1
fi
bindir="$(dirname "$pg_ctl_bin")"

# as runs a command as the server's user (the current one unless root).
as() {
	if [ "$(id -u)" = 0 ]; then
		su "$user" -s /bin/sh -c "$*"
	else
		sh -c "$*"
	fi
}

if [ "${1:-}" = stop ]; then
	if [ -f "$dir/PG_VERSION" ]; then
		as "'$bindir/pg_ctl' -D '$dir' -m fast stop" >&2 || true
	fi
	exit 0
fi

if [ "$(id -u)" = 0 ]; then
	if ! id "$user" >/dev/null 2>&1; then
		useradd -m "$user" >&2
	fi
	mkdir -p "$dir"
	chown "$user" "$dir"
	chmod 700 "$dir"
else
	mkdir -p "$dir"
	chmod 700 "$dir"
fi

if [ ! -f "$dir/PG_VERSION" ]; then
	as "'$bindir/initdb' -D '$dir' -U postgres -A trust" >&2
fi

if ! as "'$bindir/pg_ctl' -D '$dir' status" >/dev/null 2>&1; then
	as "'$bindir/pg_ctl' -D '$dir' -l '$dir/server.log' -w -o \"-k '$dir' -p $port -h 127.0.0.1\" start" >&2
fi

psql_bin="$(command -v psql || echo "$bindir/psql")"
exists="$("$psql_bin" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")"
if [ "$exists" != 1 ]; then
	"$psql_bin" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE $db" >&2
fi

echo "postgres://postgres@127.0.0.1:$port/$db?sslmode=disable"
