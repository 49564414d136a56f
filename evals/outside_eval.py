"""Figures on the outside set (real customer text labelled blind): what `make eval` prints
beside the own test split. Pure functions over (truth, prediction, confidence) rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.classify.base import Item, Tag, Taxonomy
from assistant.classify.learning import VALENCE_GROUPS, valence_group
from evals.metrics import calibration_error, evaluate
from evals.outside_data import OutsideItem

MIN_CLASS = 15  # macro-F1 over the classes with at least this many items, as the sets


@dataclass(frozen=True)
class OutsideFigures:
    items: int
    phase_accuracy: float
    phase_macro_f1: float
    phase_classes: list[str]
    emotion_accuracy: float
    emotion_macro_f1: float
    emotion_classes: list[str]
    negative_as_positive: float  # share of negative messages given a positive emotion
    sentiment_macro_f1: float  # three classes: the sign of the emotion's valence
    phase_calibration: float
    emotion_calibration: float
    unknown: int  # items the classifier gave phase "unknown"

    def line(self) -> str:
        return (
            f"phase acc {self.phase_accuracy:.3f} F1 {self.phase_macro_f1:.3f} · "
            f"emotion acc {self.emotion_accuracy:.3f} F1 {self.emotion_macro_f1:.3f} · "
            f"neg→pos {self.negative_as_positive:.1%} · sentiment F1 "
            f"{self.sentiment_macro_f1:.3f} · ECE {self.phase_calibration:.3f}/"
            f"{self.emotion_calibration:.3f} · unknown {self.unknown} · n={self.items}"
        )


def _macro_f1(
    truth: Sequence[str], predicted: Sequence[str], min_class: int
) -> tuple[float, list[str]]:
    counts = Counter(truth)
    labels = sorted(set(truth) | set(predicted))
    report = evaluate(truth, predicted, labels)
    kept = [c for c in report.classes if counts[c.label] >= min_class]
    return (sum(c.f1 for c in kept) / len(kept) if kept else 0.0), [c.label for c in kept]


def figures(
    items: Sequence[OutsideItem], tags: Sequence[Tag], taxonomy: Taxonomy
) -> OutsideFigures:
    phase_rows = [(i.phase, t) for i, t in zip(items, tags, strict=True) if i.phase]
    emotion_rows = [(i.emotion, t) for i, t in zip(items, tags, strict=True) if i.emotion]
    p_truth = [str(p) for p, _ in phase_rows]
    p_pred = [t.phase for _, t in phase_rows]
    e_truth = [str(e) for e, _ in emotion_rows]
    e_pred = [t.emotion for _, t in emotion_rows]
    phase_f1, phase_classes = _macro_f1(p_truth, p_pred, MIN_CLASS)
    emotion_f1, emotion_classes = _macro_f1(e_truth, e_pred, MIN_CLASS)

    def sign(emotion: str) -> str:
        return VALENCE_GROUPS[valence_group(taxonomy.valence(emotion))]

    negatives = [(e, t) for e, t in emotion_rows if sign(str(e)) == "negative"]
    flipped = sum(sign(t.emotion) == "positive" for _, t in negatives)
    sentiment_f1, _ = _macro_f1([sign(e) for e in e_truth], [sign(e) for e in e_pred], 1)
    return OutsideFigures(
        items=len(items),
        phase_accuracy=sum(a == b for a, b in zip(p_truth, p_pred, strict=True))
        / max(len(p_truth), 1),
        phase_macro_f1=phase_f1,
        phase_classes=phase_classes,
        emotion_accuracy=sum(a == b for a, b in zip(e_truth, e_pred, strict=True))
        / max(len(e_truth), 1),
        emotion_macro_f1=emotion_f1,
        emotion_classes=emotion_classes,
        negative_as_positive=flipped / max(len(negatives), 1),
        sentiment_macro_f1=sentiment_f1,
        phase_calibration=calibration_error(
            [t.phase_confidence for _, t in phase_rows],
            [a == b for a, b in zip(p_truth, p_pred, strict=True)],
        ),
        emotion_calibration=calibration_error(
            [t.emotion_confidence for _, t in emotion_rows],
            [a == b for a, b in zip(e_truth, e_pred, strict=True)],
        ),
        unknown=sum(t.phase == "unknown" for t in tags),
    )


def as_items(items: Sequence[OutsideItem]) -> list[Item]:
    return [Item(id=i.id, text=i.text) for i in items]
