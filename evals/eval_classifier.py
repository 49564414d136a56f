"""Evaluate the local classifier on labelled data it never learned from.

    make eval                       (full test split, fast and accurate local models;
                                     fails under the thresholds)
    python -m evals.eval_classifier --local-model fast
    python -m evals.eval_classifier --smoke     (a quick subset, used by `make test`)

Own test split: ``evals/data/test_examples.jsonl`` (many domains, NL/EN) and the sample shop's
labels (``evals/data/labels/*.csv``), neither of which is in ``knowledge/examples/``; written
by the same hands as the training examples, so it overstates what real text gets.

Outside set: ``evals/data/outside/`` (real customer text nobody here wrote, labelled blind by
three annotators, see ``evals/outside_data.py``): its *report* split is printed beside the
own split per language, with the gap. With JOURNEY_LLM set the LLM classifier is scored on it
too.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

from assistant.classify.base import UNKNOWN_PHASE, Classifier, Item
from assistant.classify.factory import build_local
from assistant.ingest.pipeline import IngestOptions, read_records
from assistant.samples import sample_folder
from assistant.services import Services
from assistant.settings import load_settings
from evals.metrics import Report, evaluate, render
from evals.outside_data import load as load_outside
from evals.outside_eval import OutsideFigures, as_items, figures

DATA = Path(__file__).resolve().parent / "data"
# Set from what each local model reaches (see the closing notes); a drop below fails the eval.
# The own split's emotion figures fell (0.82 -> 0.78) when the examples took in real text: the
# own split is written like the old examples, so it rewards memory (see the outside lines).
THRESHOLDS = {
    "fast": {"phase": 0.82, "emotion": 0.76},
    "accurate": {"phase": 0.85, "emotion": 0.76},
}
SMOKE_THRESHOLDS = {"phase": 0.65, "emotion": 0.55}


def shop_labels() -> dict[str, tuple[str, str]]:
    """The sample shop's labels: item id -> (phase, emotion). A repeated id is an error."""
    labels: dict[str, tuple[str, str]] = {}
    for name in ("reviews.csv", "chats.csv", "tickets.csv"):
        with (DATA / "labels" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["item_id"] in labels:
                    raise ValueError(f"labels/{name}: item {row['item_id']} is labelled twice")
                labels[row["item_id"]] = (row["phase"], row["emotion"])
    return labels


def test_split() -> list[tuple[str, str, str, str, float | None]]:
    """(set, text, phase, emotion, rating) for every held-out labelled item; the shop's
    reviews carry their star rating, as they do when `journey tag` reads them."""
    rows = []
    for line in (DATA / "test_examples.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append(("examples", r["text"], r["phase"], r["emotion"], None))
    labels = shop_labels()
    records, _ = read_records([sample_folder()], IngestOptions(workspace="eval"))
    for record in records:
        if record.external_id in labels:
            phase, emotion = labels[record.external_id]
            rows.append(("shop", record.text, phase, emotion, record.rating))
    return rows


def outside(classifier: Classifier, split: str = "report") -> dict[str, OutsideFigures]:
    """Figures per language on one split of the outside set (real text, labelled blind)."""
    out: dict[str, OutsideFigures] = {}
    for lang in ("en", "nl"):
        items = [i for i in load_outside(split) if i.lang == lang]
        if items:
            out[lang] = figures(items, classifier.classify(as_items(items)), classifier.taxonomy)
    return out


def llm_outside() -> list[str]:
    """The outside set through the LLM classifier when JOURNEY_LLM is set (with its prompts'
    definitions and abstention), so a team can compare the paths on its own key."""
    settings = load_settings()
    if not settings.llm:
        return ["llm: JOURNEY_LLM is not set, the LLM path is not evaluated"]
    from assistant.classify.factory import build_classifier

    classifier = build_classifier(Services(settings), "llm", concurrency=8, batch_size=4)
    return [
        f"llm {settings.llm}: outside {lang} (report split): {found.line()}"
        for lang, found in outside(classifier).items()
    ]


def run(
    smoke: bool = False, model_dir: Path | None = None, local_model: str = "fast"
) -> tuple[dict[str, Report], float, dict[str, OutsideFigures]]:
    rows = test_split()
    if smoke:
        rows = rows[::6]
    # the data folder's model cache (JOURNEY_HOME/models), shared with `make run`
    overrides: dict[str, object] = {"local_model": local_model}
    if model_dir:
        overrides["model_dir"] = model_dir
    settings = load_settings(**overrides)
    classifier = build_local(Services(settings))
    started = time.perf_counter()
    tags = classifier.classify(
        [Item(id=str(i), text=r[1], rating=r[4]) for i, r in enumerate(rows)]
    )
    seconds = time.perf_counter() - started
    taxonomy = classifier.taxonomy
    reports: dict[str, Report] = {}
    for subset in ("all", "examples", "shop"):
        pick = [i for i, r in enumerate(rows) if subset == "all" or r[0] == subset]
        reports[f"phase/{subset}"] = evaluate(
            [rows[i][2] for i in pick],
            [tags[i].phase for i in pick],
            [*taxonomy.phase_ids, UNKNOWN_PHASE],
            [tags[i].phase_confidence for i in pick],
        )
        reports[f"emotion/{subset}"] = evaluate(
            [rows[i][3] for i in pick],
            [tags[i].emotion for i in pick],
            taxonomy.emotion_ids,
            [tags[i].emotion_confidence for i in pick],
        )
    return reports, seconds, ({} if smoke else outside(classifier))


def main() -> int:
    parser = argparse.ArgumentParser(description="Evaluate the local classifier.")
    parser.add_argument("--smoke", action="store_true", help="A quick subset for make test.")
    parser.add_argument(
        "--local-model",
        choices=["fast", "accurate", "both"],
        default="both",
        help="Which local model to evaluate (--smoke: fast).",
    )
    args = parser.parse_args()
    modes = ["fast"] if args.smoke else ["fast", "accurate"]
    if args.local_model != "both" and not args.smoke:
        modes = [args.local_model]
    failed: list[str] = []
    summary: list[str] = []
    for mode in modes:
        reports, seconds, outside_figures = run(args.smoke, local_model=mode)
        for name, report in reports.items():
            if args.smoke and not name.endswith("/all"):
                continue
            print(render(report, f"{mode} {name}"))
            print()
        limits = SMOKE_THRESHOLDS if args.smoke else THRESHOLDS[mode]
        failed += [
            f"{mode} {k} macro-F1 {reports[f'{k}/all'].macro_f1:.3f} < {v}"
            for k, v in limits.items()
            if reports[f"{k}/all"].macro_f1 < v
        ]
        scores = " · ".join(
            f"{k} {reports[f'{k}/{subset}'].macro_f1:.3f} ({subset})"
            for k in ("phase", "emotion")
            for subset in ("all", "examples", "shop")
        )
        items = sum(sum(row) for row in reports["phase/all"].confusion)
        summary.append(f"{mode}: {scores} · {items} items in {seconds:.1f} s · thresholds {limits}")
        own = reports["phase/all"].accuracy, reports["emotion/all"].accuracy
        for lang, found in outside_figures.items():
            summary.append(
                f"  outside {lang} (report split): {found.line()}\n"
                f"    gap to the own split (accuracy): phase {found.phase_accuracy - own[0]:+.3f}, "
                f"emotion {found.emotion_accuracy - own[1]:+.3f}"
            )
    if not args.smoke:
        summary += llm_outside()
    print("\n".join(summary))
    print("FAIL: " + "; ".join(failed) if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
