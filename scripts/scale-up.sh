#!/usr/bin/env bash
# Starts the engines of a larger setup on loopback, for `make test-scale` and for trying
# JOURNEY_DATABASE_URL / JOURNEY_CHROMA_URL by hand:
#   - a private PostgreSQL cluster (Debian's postgresql, installed with apt-get when missing),
#     trust authentication on 127.0.0.1 only, a database `journey`;
#   - a Chroma server (`chroma run` from the chromadb package in .venv).
# Both live under .scale/ (or JOURNEY_SCALE_DIR) on free ports; .scale/env holds their URLs
# as JOURNEY_TEST_DATABASE_URL and JOURNEY_TEST_CHROMA_URL. scripts/scale-down.sh stops both.
# The cluster runs without fsync: it is for tests and trials, never for data worth keeping.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCALE=${JOURNEY_SCALE_DIR:-$ROOT/.scale}
PYTHON=${PYTHON_BIN:-$ROOT/.venv/bin/python}
CHROMA=${CHROMA_BIN:-$ROOT/.venv/bin/chroma}

say() { echo "scale-up: $*"; }
fail() { echo "scale-up: $*" >&2; exit 1; }

[ -x "$PYTHON" ] || fail "$PYTHON is missing: run make install first"
[ -x "$CHROMA" ] || fail "$CHROMA is missing: run make install first (chromadb provides it)"

# Leftovers of an earlier run that was not stopped (killed shell, power cut) go first.
bash scripts/scale-down.sh --quiet || true
mkdir -p "$SCALE"

pg_bindir() {
    local dir
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

if ! PG_BIN=$(pg_bindir); then
    command -v apt-get >/dev/null 2>&1 \
        || fail "PostgreSQL is not installed and apt-get is not available: install PostgreSQL 15"
    say "installing Debian's postgresql (apt-get)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        postgresql >/dev/null
    PG_BIN=$(pg_bindir) || fail "apt-get finished but no PostgreSQL binaries were found"
fi

# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user
# (created by the Debian package), else to the current user.
RUN_AS=""
if [ "$(id -u)" -eq 0 ]; then
    getent passwd postgres >/dev/null || fail "no 'postgres' user to run PostgreSQL as"
    RUN_AS=postgres
fi
as_owner() {  # from / : the project folder may be closed to the cluster's owner
    if [ -n "$RUN_AS" ]; then
        (cd / && runuser -u "$RUN_AS" -- "$@")
    else
        "$@"
    fi
}

# The cluster's folder must be reachable by its owner; a project folder under a private
# parent (e.g. /root) is not, and then a temporary folder is used instead.
PGDATA=$SCALE/pg
mkdir -p "$PGDATA"
[ -z "$RUN_AS" ] || chown "$RUN_AS" "$PGDATA"
if ! as_owner test -w "$PGDATA"; then
    rmdir "$PGDATA"
    PGDATA=$(mktemp -d /tmp/journey-scale-pg.XXXXXX)
    chown "$RUN_AS" "$PGDATA"
fi
chmod 700 "$PGDATA"

free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
PG_PORT=$(free_port)
CHROMA_PORT=$(free_port)
while [ "$CHROMA_PORT" = "$PG_PORT" ]; do CHROMA_PORT=$(free_port); done

# What scale-down needs, written before anything starts so a failure half-way is undone.
cat >"$SCALE/state" <<EOF
PG_BIN=$PG_BIN
PGDATA=$PGDATA
RUN_AS=$RUN_AS
EOF

LOCALE_ARGS=(--locale=C.UTF-8)
locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$' || LOCALE_ARGS=(--no-locale)
say "PostgreSQL cluster in $PGDATA on 127.0.0.1:$PG_PORT"
as_owner "$PG_BIN/initdb" -D "$PGDATA" -U journey -A trust -E UTF8 "${LOCALE_ARGS[@]}" \
    --no-sync --no-instructions >"$SCALE/initdb.log" 2>&1 \
    || { cat "$SCALE/initdb.log" >&2; fail "initdb failed"; }
cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''  # TCP on loopback only (a socket path has a length limit)
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
as_owner "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 start >/dev/null \
    || { cat "$PGDATA/server.log" >&2 || true; fail "PostgreSQL did not start"; }
DATABASE_URL="postgresql+psycopg://journey@127.0.0.1:$PG_PORT/journey"
"$PYTHON" - "$PG_PORT" <<'EOF'
import sys

import psycopg

with psycopg.connect(f"host=127.0.0.1 port={sys.argv[1]} user=journey dbname=postgres",
                     autocommit=True) as connection:
    connection.execute("CREATE DATABASE journey")
EOF

say "Chroma server in $SCALE/chroma on 127.0.0.1:$CHROMA_PORT"
mkdir -p "$SCALE/chroma"
"$CHROMA" run --path "$SCALE/chroma" --host 127.0.0.1 --port "$CHROMA_PORT" \
    >"$SCALE/chroma.log" 2>&1 </dev/null &
echo "CHROMA_PID=$!" >>"$SCALE/state"
CHROMA_URL="http://127.0.0.1:$CHROMA_PORT"
"$PYTHON" - "$CHROMA_URL" <<'EOF' || { tail -20 "$SCALE/chroma.log" >&2; fail "Chroma did not start"; }
import sys
import time
import urllib.request

deadline = time.monotonic() + 60
while True:
    try:
        with urllib.request.urlopen(sys.argv[1] + "/api/v2/heartbeat", timeout=2):
            break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit(1)
        time.sleep(0.2)
EOF

cat >"$SCALE/env" <<EOF
export JOURNEY_TEST_DATABASE_URL=$DATABASE_URL
export JOURNEY_TEST_CHROMA_URL=$CHROMA_URL
EOF
say "ready: . $SCALE/env  (JOURNEY_TEST_DATABASE_URL=$DATABASE_URL, JOURNEY_TEST_CHROMA_URL=$CHROMA_URL)"
