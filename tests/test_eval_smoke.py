"""A small version of `make eval` runs with the tests: quality must not collapse."""

from __future__ import annotations

from pathlib import Path

from evals.eval_classifier import SMOKE_THRESHOLDS, run


def test_smoke_eval_meets_its_thresholds(model_dir: Path) -> None:
    reports, _ = run(smoke=True, model_dir=model_dir)
    for head, limit in SMOKE_THRESHOLDS.items():
        assert reports[f"{head}/all"].macro_f1 >= limit, (head, reports[f"{head}/all"].macro_f1)
    assert sum(sum(row) for row in reports["phase/all"].confusion) >= 100
