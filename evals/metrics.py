"""Classification metrics as pure functions: accuracy, per-class P/R/F1, macro-F1, confusion."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel


class ClassScore(BaseModel):
    label: str
    precision: float
    recall: float
    f1: float
    support: int


class Report(BaseModel):
    accuracy: float
    macro_f1: float
    classes: list[ClassScore]
    confusion: list[list[int]]  # rows: truth, columns: prediction, in ``labels`` order
    labels: list[str]
    calibration_error: float | None = None  # when confidences were given


def evaluate(
    truth: Sequence[str],
    predicted: Sequence[str],
    labels: Sequence[str],
    confidences: Sequence[float] | None = None,
) -> Report:
    index = {label: i for i, label in enumerate(labels)}
    confusion = [[0] * len(labels) for _ in labels]
    for t, p in zip(truth, predicted, strict=True):
        confusion[index[t]][index[p]] += 1
    classes = []
    for i, label in enumerate(labels):
        tp = confusion[i][i]
        predicted_i = sum(row[i] for row in confusion)
        actual_i = sum(confusion[i])
        precision = tp / predicted_i if predicted_i else 0.0
        recall = tp / actual_i if actual_i else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        classes.append(
            ClassScore(label=label, precision=precision, recall=recall, f1=f1, support=actual_i)
        )
    present = [c for c in classes if c.support]
    correct = sum(confusion[i][i] for i in range(len(labels)))
    return Report(
        accuracy=correct / max(len(truth), 1),
        macro_f1=sum(c.f1 for c in present) / max(len(present), 1),
        classes=classes,
        confusion=confusion,
        labels=list(labels),
        calibration_error=None
        if confidences is None
        else calibration_error(
            confidences, [t == p for t, p in zip(truth, predicted, strict=True)]
        ),
    )


def calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> float:
    """Expected calibration error: the gap between confidence and accuracy, weighted by how
    many predictions fall in each confidence bin."""
    total = len(confidences)
    if total == 0:
        return 0.0
    error = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [i for i, c in enumerate(confidences) if low < c <= high or (b == 0 and c == 0.0)]
        if members:
            accuracy = sum(correct[i] for i in members) / len(members)
            confidence = sum(confidences[i] for i in members) / len(members)
            error += len(members) / total * abs(accuracy - confidence)
    return error


def render(report: Report, title: str) -> str:
    calibration = (
        f" · calibration error {report.calibration_error:.3f}"
        if report.calibration_error is not None
        else ""
    )
    lines = [
        f"{title}: accuracy {report.accuracy:.3f} · macro-F1 {report.macro_f1:.3f}{calibration}",
        f"  {'class':<15}{'prec':>7}{'recall':>8}{'f1':>7}{'n':>6}",
    ]
    for c in report.classes:
        lines.append(
            f"  {c.label:<15}{c.precision:>7.3f}{c.recall:>8.3f}{c.f1:>7.3f}{c.support:>6}"
        )
    short = [label[:5] for label in report.labels]
    lines.append("  confusion (rows = truth, columns = predicted):")
    lines.append("  " + " " * 15 + "".join(f"{s:>6}" for s in short))
    for label, row in zip(report.labels, report.confusion, strict=True):
        lines.append(f"  {label:<15}" + "".join(f"{n:>6}" for n in row))
    return "\n".join(lines)
