# Two commands from a fresh clone: `make run` and `make test`. Both create ./.venv when it
# is missing and install the project with its dev extras, pinned by constraints.txt.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.journey-installed

.PHONY: run test lint typecheck unit bench bench-scale eval train install clean test-browser \
        test-scale

# Loads and tags the demo workspace (idempotent), then serves the web app and the API on
# loopback in dev mode (no keys). `journey demo` shows the same data in the terminal.
run: $(STAMP)
	@echo "Journey Audit: http://127.0.0.1:8000/  (loading the demo workspace first; Ctrl-C stops)"
	$(BIN)/journey serve --dev --workspace demo --demo --host 127.0.0.1 --port 8000

test: $(STAMP) lint typecheck unit

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed (set PYTHON=python3.11)"'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

# The web app in headless Chromium: Debian's chromium (installed when missing), driven by
# Playwright; starts `journey serve --dev` itself. Not part of `make test`.
test-browser: $(STAMP)
	sh scripts/setup-browser.sh
	JOURNEY_BROWSER_TESTS=1 $(BIN)/pytest tests/browser

# The whole suite on PostgreSQL and a Chroma server (issue 15): installs Debian's postgresql
# when missing, starts a private cluster and `chroma run` on loopback under .scale/, gives
# every test its own database there, and stops both at the end. Not part of `make test`.
test-scale: $(STAMP)
	bash scripts/test-scale.sh

# Benchmarks print their figures; they are slow and not part of `make test`.
# Every benchmark runs even when an earlier one misses its target; the exit code says if any did.
bench: $(STAMP)
	@status=0; \
	$(BIN)/python -m evals.bench_startup || status=1; \
	$(BIN)/python -m evals.bench_ingest || status=1; \
	$(BIN)/python -m evals.bench_classify || status=1; \
	$(BIN)/python -m evals.bench_llm || status=1; \
	$(BIN)/python -m evals.bench_audit || status=1; \
	$(BIN)/python -m evals.bench_api || status=1; \
	exit $$status

# Tag workers on PostgreSQL and a Chroma server (issue 15): 100,000 records ingested, tagged
# with 1, 2 and 4 `journey worker` processes (items/s, scaling, memory per worker, CPU of the
# servers), hybrid search on both setups; prints the figures and what they predict, writes
# .journey/bench/bench_scale.json. Starts and stops the servers itself (scripts/scale-up.sh).
# Long (40 min on two cores here): not part of `make test`, `make bench` or .ci/run.
# BENCH_SCALE_ARGS="--records 20000" for a shorter run.
bench-scale: $(STAMP)
	$(BIN)/python -m evals.bench_scale $(BENCH_SCALE_ARGS)

# The local models ship trained: rebuild them after changing knowledge/examples (a unit test
# fails while the shipped weights do not match the examples).
train: $(STAMP)
	$(BIN)/python -m assistant.classify.shipped build

# Classifier quality on the held-out test split, with per-class scores; fails under thresholds.
eval: $(STAMP)
	$(BIN)/python -m evals.eval_classifier
	$(BIN)/python -m evals.eval_redaction

clean:
	rm -rf $(VENV) .journey .pytest_cache .mypy_cache .ruff_cache build *.egg-info
