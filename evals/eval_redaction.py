"""Redaction quality on the in-house corpus, per kind, and the redactor's speed.

    make eval                               (after the classifier eval)
    python -m evals.eval_redaction
    python -m evals.eval_redaction --errors tune       (what was missed or over-redacted)
    python -m evals.eval_redaction --predictions FILE  (score another redactor's spans:
                                                        JSONL {"id", "spans": [[start, end, kind]]})

Corpus: ``evals/data/redaction/src/`` (see ``evals/redaction_corpus.py``), split by source
file into *tune* (rules were tuned on it) and *report* (the newest blind set, only for the
figures).

Span level: a gold span is found when a predicted span of the same kind overlaps it (recall);
a predicted span is right when it overlaps a gold span of the same kind (precision). "any kind"
counts a gold span as hidden when any predicted span overlaps it (what matters for privacy).
Character level: the share of gold characters replaced, and of replaced characters that were
gold. Goals on the report half: recall >= 0.95 for names and >= 0.99 for every other kind,
precision >= 0.95 over all kinds. Exits 1 when the report half misses a goal.

Speed: redactions per second over 10,000 messages of the sample shop (mostly without personal
data, like real exports) and over the corpus repeated to 10,000 (dense with it), beside the
redactor this one replaced, measured on the same machine when it was replaced.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from evals.redaction_corpus import KINDS, Message, load

NAME_RECALL_GOAL = 0.95
PATTERN_RECALL_GOAL = 0.99
PRECISION_GOAL = 0.95
# The regex redactor before issue 14 (no names, birth dates, CVV, ...), measured beside this
# one on the same 2 shared cores: messages per second on the two speed sets below.
BEFORE_RATE = {"sample shop": 120_000, "corpus": 55_000}
# Ingest of short records with embedding and indexing, at best, on these machines.
INGEST_RATE = 1_000

Spans = list[tuple[int, int, str]]
Predict = Callable[[str], Spans]


@dataclass
class KindScore:
    kind: str
    gold: int = 0
    found: int = 0  # gold spans overlapped by a prediction of the same kind
    hidden: int = 0  # gold spans overlapped by a prediction of any kind (a PIN shown as [OTP])
    predicted: int = 0
    right: int = 0  # predictions overlapping a gold span of the same kind

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def hidden_share(self) -> float:
        return self.hidden / self.gold if self.gold else 1.0


@dataclass
class Scores:
    kinds: dict[str, KindScore]
    hidden: int  # gold spans overlapped by any prediction
    gold: int
    predicted: int
    right: int
    gold_chars: int
    covered_chars: int  # gold characters inside some prediction
    predicted_chars: int
    misses: list[tuple[str, str, str]]  # (id, kind, text)
    false: list[tuple[str, str, str]]

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(messages: Sequence[Message], predictions: dict[str, Spans]) -> Scores:
    kinds = {k: KindScore(k) for k in KINDS}
    hidden = gold_n = pred_n = right_n = 0
    gold_chars = covered = pred_chars = 0
    misses: list[tuple[str, str, str]] = []
    false: list[tuple[str, str, str]] = []
    for message in messages:
        gold = [(s.start, s.end, s.kind) for s in message.spans]
        pred = predictions.get(message.id, [])
        covered_mask = [False] * len(message.text)
        for start, end, _ in pred:
            for c in range(start, end):
                covered_mask[c] = True
        pred_chars += sum(covered_mask)
        for start, end, kind in gold:
            ks = kinds[kind]
            ks.gold += 1
            gold_n += 1
            gold_chars += end - start
            covered += sum(covered_mask[start:end])
            if any(_overlaps((start, end), (s, e)) for s, e, _ in pred):
                hidden += 1
                ks.hidden += 1
            if any(k == kind and _overlaps((start, end), (s, e)) for s, e, k in pred):
                ks.found += 1
            else:
                misses.append((message.id, kind, message.text[start:end]))
        for start, end, kind in pred:
            pred_n += 1
            ok = any(k == kind and _overlaps((start, end), (s, e)) for s, e, k in gold)
            if kind in kinds:
                kinds[kind].predicted += 1
                kinds[kind].right += ok
            right_n += ok
            if not ok:
                false.append((message.id, kind, message.text[start:end]))
    return Scores(
        kinds, hidden, gold_n, pred_n, right_n, gold_chars, covered, pred_chars, misses, false
    )


def goal_of(kind: str) -> float:
    return NAME_RECALL_GOAL if kind == "name" else PATTERN_RECALL_GOAL


def render(title: str, s: Scores) -> str:
    lines = [
        f"{title}",
        f"  {'kind':<11} {'gold':>5} {'recall':>7} {'hidden':>7} {'pred':>5} {'precision':>9}"
        "   goal (recall: right kind; hidden: any placeholder)",
    ]
    for kind in KINDS:
        k = s.kinds[kind]
        if not k.gold and not k.predicted:
            continue
        mark = "" if k.recall >= goal_of(kind) else "  <- under goal"
        lines.append(
            f"  {kind:<11} {k.gold:>5} {k.recall:>7.3f} {k.hidden_share:>7.3f} {k.predicted:>5}"
            f" {k.precision:>9.3f}"
            f"   recall >= {goal_of(kind):.2f}{mark}"
        )
    other = s.predicted - sum(k.predicted for k in s.kinds.values())
    if other:
        lines.append(f"  (other kinds predicted, e.g. url: {other}; all count against precision)")
    lines.append(
        f"  all kinds: precision {s.precision:.3f} (goal >= {PRECISION_GOAL:.2f}), "
        f"gold spans hidden by any placeholder {s.hidden}/{s.gold} = "
        f"{s.hidden / max(1, s.gold):.3f}"
    )
    char_p = s.covered_chars / max(1, s.predicted_chars)
    lines.append(
        f"  characters: {s.covered_chars / max(1, s.gold_chars):.3f} of gold replaced, "
        f"{char_p:.3f} of replaced were gold"
    )
    return "\n".join(lines)


def failures(s: Scores) -> list[str]:
    out = [
        f"{k.kind} recall {k.recall:.3f} < {goal_of(k.kind):.2f}"
        for k in s.kinds.values()
        if k.gold and k.recall < goal_of(k.kind)
    ]
    if s.precision < PRECISION_GOAL:
        out.append(f"precision {s.precision:.3f} < {PRECISION_GOAL:.2f}")
    return out


def own_predictions(messages: Sequence[Message], rules_only: bool = False) -> dict[str, Spans]:
    """The redactor's spans; ``rules_only``: without its learned step, to show what that adds."""
    from assistant.ingest.redact import find, scan_numbers
    from assistant.ingest.redact.names import take_names

    def spans(text: str) -> Spans:
        if not rules_only:
            return [(f.start, f.end, f.kind.lower()) for f in find(text)]
        scan = scan_numbers(text)
        take_names(scan)
        return [(f.start, f.end, f.kind.lower()) for f in sorted(scan.found)]

    return {m.id: spans(m.text) for m in messages}


def read_predictions(path: Path) -> dict[str, Spans]:
    out: dict[str, Spans] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["id"]] = [(int(s), int(e), str(k)) for s, e, k in row["spans"]]
    return out


def speed(texts: Sequence[str], rounds: int = 3) -> float:
    from assistant.ingest.redact import redact

    best = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            redact(text)
        best = max(best, len(texts) / (time.perf_counter() - started))
    return best


def speed_report(n: int = 10_000) -> str:
    from evals.corpus import short_records

    corpus = [m.text for m in load()]
    sets = {
        "sample shop": [r["text"] for r in short_records(n)],
        "corpus": [corpus[i % len(corpus)] for i in range(n)],
    }
    lines = [f"speed ({n:,} messages each, best of 3):"]
    for name, texts in sets.items():
        rate = speed(texts)
        before = BEFORE_RATE[name]
        extra = 1e6 / rate - 1e6 / before
        lines.append(
            f"  {name:<12} {rate:>9,.0f} msg/s ({1e6 / rate:6.1f} us/msg)   "
            f"before: {before:,} msg/s ({1e6 / before:.1f} us/msg)   "
            f"extra {extra:.0f} us/msg = {extra * INGEST_RATE / 1e4:.1f}% of ingest "
            f"at {INGEST_RATE:,} records/s"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--predictions", type=Path, help="score these spans instead")
    parser.add_argument("--errors", choices=("tune", "report"), help="list misses and extras")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--rules-only", action="store_true", help="leave the learned step out (what it adds)"
    )
    args = parser.parse_args(argv)

    results: dict[str, Scores] = {}
    by_kind: dict[str, int] = defaultdict(int)
    for split in ("tune", "report"):
        messages = load(split)
        preds = (
            read_predictions(args.predictions)
            if args.predictions
            else own_predictions(messages, args.rules_only)
        )
        results[split] = score(messages, preds)
        by_kind[split] = len(messages)
        print(render(f"{split} half ({len(messages)} messages)", results[split]))
        print()
    if args.errors:
        s = results[args.errors]
        for ident, kind, text in s.misses:
            print(f"MISS  {ident:<22} {kind:<10} {text!r}")
        for ident, kind, text in s.false:
            print(f"EXTRA {ident:<22} {kind:<10} {text!r}")
        print()
    if not args.no_speed and not args.predictions:
        print(speed_report())
        print()
    failed = failures(results["report"])
    if failed:
        print("report half under goal: " + "; ".join(failed))
        return 1
    print("report half: every goal met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
