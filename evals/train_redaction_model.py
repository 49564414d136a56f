"""Train the redactor's learned step (``assistant/ingest/redact/learned.py``) on the
redaction corpus's tune split, and say how well it does on writers it was not trained on.

    python -m evals.train_redaction_model            # leave-one-writer-out report, then fit all
    python -m evals.train_redaction_model --no-save  # report only
    python -m evals.train_redaction_model --quick    # leave out only the newest writers
    python -m evals.train_redaction_model --no-save --hold-out "blind4[0-5]"  # in one fold

Candidates are the values with a digit that the rules leave when their secret steps
(passwords, one-time codes, card extras, dates of birth) are switched off and what they took
as a national ID, plate or postcode is handed back (the words around it stay as the rules
left them), so the model learns those kinds from every example, not only from the ones the
rules miss. A candidate's label is the kind of the gold span it overlaps (none for a part of
an address: a flat's or a house's number); candidates on other gold kinds (phones, IBANs...)
are left out. The report trains on every writer but one (the in-house messages, and each
blind set's annotator) and scores the one left out, for each threshold: that is how it would
do on a writer it has not seen. The report split (the newest blind set) is never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from assistant.classify.softmax import fit
from assistant.ingest.redact import scan_numbers
from assistant.ingest.redact.births import take_birth_dates
from assistant.ingest.redact.card_extras import take_card_extras
from assistant.ingest.redact.codes import take_codes
from assistant.ingest.redact.learned import (
    CLASSES,
    WEIGHTS,
    WIDE_KINDS,
    Candidate,
    LearnedModel,
    candidate_features,
    vectorize,
    widened,
)
from assistant.ingest.redact.names import take_names
from assistant.ingest.redact.passwords import take_passwords
from assistant.ingest.redact.scan import Scan
from evals.redaction_corpus import REPORT, Message, load

SECRET_STEPS = (take_passwords, take_codes, take_card_extras, take_birth_dates)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
L2 = 1e-4
STEPS = 200
EXAMPLES = Path(__file__).resolve().parents[1] / "knowledge" / "examples"


def writer_of(message: Message) -> str:
    """Who wrote it: a blind set's annotators (``blind2``...), a training set's writer
    (``en_traina``...) or ``inhouse``."""
    full = message.id.rsplit("-", 1)[0]
    stem = full.split("_", 1)[1]
    if stem.startswith("train"):
        return full  # each training set had its own writer
    return stem if stem == "fresh" or stem.startswith("blind") else "inhouse"


def hand_back(scan: Scan, kinds: Sequence[str] = WIDE_KINDS) -> None:
    """Unmask what the rules took as one of ``kinds``: the model learns those from every
    example, with the rest of the text as the rules leave it at run time."""
    for found in [f for f in scan.found if f.kind in kinds]:
        scan.masked = (
            scan.masked[: found.start]
            + scan.text[found.start : found.end]
            + scan.masked[found.end :]
        )
    scan.found = [f for f in scan.found if f.kind not in kinds]


def _scanned(text: str) -> Scan:
    scan = scan_numbers(text, skip=SECRET_STEPS)
    take_names(scan)
    hand_back(scan)
    return scan


def _value(scan: Scan, cand: Candidate) -> str:
    """The candidate's value and, apart by a tab, what it is widened over its groups."""
    value = cand.value(scan.masked)
    if cand.spoken:
        return value
    return value + "\t" + scan.masked[slice(*widened(scan.masked, cand.start, cand.end))]


def examples(
    messages: Sequence[Message],
) -> tuple[list[list[str]], np.ndarray, list[str], list[str]]:
    """Each candidate's features, its class index, its writer and its value (and, after a
    tab, its widened value)."""
    values: list[str] = []
    feats: list[list[str]] = []
    labels: list[int] = []
    writers: list[str] = []
    for message in messages:
        scan = _scanned(message.text)
        cands, cand_feats = candidate_features(scan)
        for cand, f in zip(cands, cand_feats, strict=True):
            gold = [s.kind for s in message.spans if s.start < cand.end and cand.start < s.end]
            kind = gold[0].upper() if gold else "none"
            if kind == "ADDRESS":
                kind = "none"  # a flat's or a house's number: no kind the model gives
            if kind not in CLASSES:
                continue  # a phone, postcode...: another rule's business
            feats.append(f)
            values.append(_value(scan, cand))
            labels.append(CLASSES.index(kind))
            writers.append(writer_of(message))
    return feats, np.array(labels, dtype=np.int64), writers, values


def negatives() -> tuple[list[list[str]], list[str]]:
    """Candidates from the shipped example texts (knowledge/examples: reviews, complaints,
    chats, social posts) in which the full redactor finds no secret: order numbers, prices,
    points, years and codes as customers really write them, all labelled ``none``."""
    feats: list[list[str]] = []
    values: list[str] = []
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if not isinstance(text, str) or not any(c.isdigit() for c in text):
                continue
            if any(f.kind in CLASSES for f in scan_numbers(text).found):
                continue
            scan = _scanned(text)
            cands, cand_feats = candidate_features(scan)
            feats.extend(cand_feats)
            values.extend(_value(scan, c) for c in cands)
    return feats, values


def train(
    x: np.ndarray, y: np.ndarray, threshold: float, wide_threshold: float | None = None
) -> LearnedModel:
    model = fit(x, y, len(CLASSES), l2=L2, steps=STEPS)
    return LearnedModel(model.weights, model.bias, threshold, wide_threshold)


def held_out_report(
    x: np.ndarray,
    y: np.ndarray,
    writers: list[str],
    values: list[str],
    only: Callable[[str], bool] | None = None,
    together: bool = False,
) -> str:
    """Leave-one-writer-out scores (each writer, or those ``only`` picks, or those left out
    ``together`` in one fold), and a table of recall and precision per kind and threshold on
    the writers left out."""
    probs = np.zeros((len(y), len(CLASSES)), dtype=np.float32)
    scored = np.zeros(len(y), dtype=bool)
    folds = sorted({w for w in writers if only is None or only(w)})
    for fold in [folds] if together else [[w] for w in folds]:
        held = np.array([w in fold for w in writers])
        model = train(x[~held], y[~held], 0.5)
        probs[held] = model.scores_matrix(x[held])
        scored |= held
    y = y[scored]
    kept = [v for v, s in zip(values, scored, strict=True) if s]
    lines = [
        "threshold  "
        + "  ".join(f"{c.lower():>11}" for c in CLASSES[1:])
        + "   hidden  precision  false+   (per kind: recall/precision)"
    ]
    positive = y > 0
    for t in THRESHOLDS:
        picker = LearnedModel(np.zeros(0), np.zeros(0), t)
        picked = [picker.pick(p, *v.split("\t")) for p, v in zip(probs[scored], kept, strict=True)]
        best = np.array([CLASSES.index(k) if k else 0 for k in picked])
        taken = best > 0
        cells = []
        for k in range(1, len(CLASSES)):
            right = (best == k) & (y == k)
            recall = right.sum() / max((y == k).sum(), 1)
            cells.append(f"{recall:5.3f}/{right.sum() / max((best == k).sum(), 1):5.3f}")
        hidden = (taken & positive).sum() / max(positive.sum(), 1)
        precision = (taken & positive).sum() / max(taken.sum(), 1)
        false_pos = int((taken & ~positive).sum())
        lines.append(
            f"{t:9.2f}  " + "  ".join(cells) + f"   {hidden:6.3f}  {precision:9.3f}  {false_pos:6d}"
        )
    return "\n".join(lines)


def _recent(writer: str) -> bool:
    """A training set's writer, or one of the ten newest blind sets' annotators in tune."""
    newest = int(REPORT.removeprefix("_blind")) - 1
    number = writer.removeprefix("blind")
    return "train" in writer or (number.isdigit() and int(number) > newest - 10)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument(
        "--wide-threshold",
        type=float,
        default=0.7,
        help="the threshold for national IDs, plates and postcodes",
    )
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="leave out only the training writers and the ten newest blind sets' annotators",
    )
    parser.add_argument("--no-report", action="store_true", help="only fit and save")
    parser.add_argument(
        "--hold-out", metavar="REGEX", help="leave out the writers matching REGEX in one fold"
    )
    parser.add_argument(
        "--without", metavar="WRITER", help="fit without this writer (blind45...) to measure on it"
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where to save the weights")
    args = parser.parse_args(argv)
    feats, y, writers, values = examples(load("tune"))
    neg_feats, neg_values = negatives()
    feats += neg_feats
    values += neg_values
    y = np.concatenate([y, np.zeros(len(neg_feats), dtype=np.int64)])
    writers += ["examples"] * len(neg_feats)
    x = vectorize(feats)
    counts = Counter(CLASSES[k] for k in y)
    print(
        f"{len(y)} candidates from {len(set(writers))} writers: "
        + ", ".join(f"{k} {n}" for k, n in counts.most_common())
    )
    if not args.no_report:
        if args.hold_out:
            pattern = re.compile(args.hold_out)
            table = held_out_report(x, y, writers, values, pattern.fullmatch, together=True)
        else:
            table = held_out_report(x, y, writers, values, _recent if args.quick else None)
        print("leave-one-writer-out (model alone, on the values the rules' secret steps see):")
        print(table)
    if not args.no_save:
        keep = np.array([w != args.without for w in writers])
        train(x[keep], y[keep], args.threshold, args.wide_threshold).save(args.out)
        print(
            f"wrote {args.out} (threshold {args.threshold}, {args.wide_threshold} for IDs,"
            f" plates and postcodes; {int(keep.sum())} candidates)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
