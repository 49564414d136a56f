#!/usr/bin/env bash
# Stops what scripts/scale-up.sh started (the Chroma server, the PostgreSQL cluster) and
# removes their data. Safe to run twice, or when nothing runs. --quiet: no output when
# there is nothing to stop.
set -uo pipefail
cd "$(dirname "$0")/.."
SCALE=${JOURNEY_SCALE_DIR:-$PWD/.scale}
STATE=$SCALE/state

if [ ! -f "$STATE" ]; then
    [ "${1:-}" = "--quiet" ] || echo "scale-down: nothing to stop"
    exit 0
fi

PG_BIN="" PGDATA="" RUN_AS="" CHROMA_PID=""
# shellcheck disable=SC1090
. "$STATE"

if [ -n "$CHROMA_PID" ] && kill -0 "$CHROMA_PID" 2>/dev/null \
    && ps -p "$CHROMA_PID" -o args= | grep -q chroma; then
    echo "scale-down: stopping the Chroma server (pid $CHROMA_PID)"
    kill "$CHROMA_PID" 2>/dev/null
    for _ in $(seq 1 50); do
        kill -0 "$CHROMA_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$CHROMA_PID" 2>/dev/null || true
fi

if [ -n "$PGDATA" ] && [ -f "$PGDATA/postmaster.pid" ]; then
    echo "scale-down: stopping PostgreSQL ($PGDATA)"
    if [ -n "$RUN_AS" ]; then
        runuser -u "$RUN_AS" -- "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null
    else
        "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null
    fi
fi

[ -z "$PGDATA" ] || rm -rf "$PGDATA"
rm -rf "$SCALE/chroma" "$SCALE/env" "$STATE"
exit 0
