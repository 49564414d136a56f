"""A small version of `make eval` runs with the tests: quality must not collapse."""

from __future__ import annotations

from pathlib import Path

from evals.eval_classifier import SMOKE_THRESHOLDS, run


def test_smoke_eval_meets_its_thresholds(model_dir: Path) -> None:
    reports, _, _ = run(smoke=True, model_dir=model_dir)
    for head, limit in SMOKE_THRESHOLDS.items():
        assert reports[f"{head}/all"].macro_f1 >= limit, (head, reports[f"{head}/all"].macro_f1)
    assert sum(sum(row) for row in reports["phase/all"].confusion) >= 100


def test_calibration_error_is_zero_when_confidence_matches_accuracy() -> None:
    from evals.metrics import calibration_error, evaluate

    assert calibration_error([0.75] * 4, [True, True, True, False]) == 0.0
    assert calibration_error([1.0, 1.0], [False, False]) == 1.0
    report = evaluate(["a", "b"], ["a", "a"], ["a", "b"], [0.5, 0.5])
    assert report.calibration_error == 0.0 and report.accuracy == 0.5
