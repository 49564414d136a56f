#!/usr/bin/env bash
# `make test-scale`: the whole test suite on PostgreSQL and a Chroma server instead of
# SQLite and the embedded index. Starts both on loopback (scripts/scale-up.sh), gives every
# test its own database on them (tests/engines.py), and stops them at the end, also when
# the tests fail or the run is interrupted. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# A folder of its own per run: a benchmark or a second run using .scale keeps its servers.
export JOURNEY_SCALE_DIR=${JOURNEY_SCALE_DIR:-$PWD/.scale/test-$$}
trap 'bash scripts/scale-down.sh; rmdir "$JOURNEY_SCALE_DIR" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
bash scripts/scale-up.sh
# shellcheck disable=SC1091
. "$JOURNEY_SCALE_DIR/env"
status=0
.venv/bin/pytest "$@" || status=$?
echo "test-scale: PostgreSQL + Chroma server run took $(( $(date +%s) - started )) s"
exit "$status"
