"""Benchmark: the local classifier through `journey classify` against the raw embedding rate.

    make bench   (or: python -m evals.bench_classify --items 5000)

Targets (issue 3), for the fast local model (the default): at least 800 items/s and a ratio
to the raw embedding rate of the same texts, in the same run, of at least 0.7. The accurate
model (USE and e5 stacked) is measured too, on fewer items: its figures are printed, with no
target (it trades speed for better tags). Models are trained (or loaded) before timing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from assistant.classify.factory import build_local
from assistant.classify.jobs import classify_file
from assistant.index.embeddings import UseEmbedder
from assistant.services import Services
from assistant.settings import load_settings
from evals.corpus import short_records, write_jsonl

RATE_TARGET = 800.0
RATIO_TARGET = 0.7


def measure(local_model: str, items: int, embedder: UseEmbedder) -> tuple[float, float, float]:
    """(seconds to get the model ready, raw embedding texts/s, classify items/s)."""
    records = short_records(items, seed=11)
    texts = [r["text"] for r in records]
    with tempfile.TemporaryDirectory(prefix="journey-bench-") as tmp:
        # the model cache of JOURNEY_HOME, shared with `make run` and `make eval`
        services = Services(load_settings(local_model=local_model), embedder=embedder)
        classifier = build_local(services)
        started = time.perf_counter()
        classifier.model()
        prepare = time.perf_counter() - started
        source = write_jsonl(
            [{"id": r["id"], "text": r["text"]} for r in records], Path(tmp) / "in.jsonl"
        )
        encoder = services.local_embedder  # what the classifier reads texts with
        encoder.embed(texts[:64])
        started = time.perf_counter()
        encoder.embed(texts)
        embed_rate = len(texts) / (time.perf_counter() - started)
        started = time.perf_counter()
        count = classify_file(classifier, source, Path(tmp) / "out.jsonl")
        classify_rate = count / (time.perf_counter() - started)
        services.close()
    return prepare, embed_rate, classify_rate


def main() -> int:
    parser = argparse.ArgumentParser(description="Local classifier throughput.")
    parser.add_argument("--items", type=int, default=5000, help="items for the fast model")
    parser.add_argument("--accurate-items", type=int, default=1000, help="0 = skip it")
    args = parser.parse_args()
    embedder = UseEmbedder()
    ok = True
    runs = [("fast", args.items)]
    if args.accurate_items:
        runs.append(("accurate", args.accurate_items))
    for mode, items in runs:
        prepare, embed_rate, classify_rate = measure(mode, items, embedder)
        ratio = classify_rate / embed_rate
        fast = mode == "fast"
        rate_note = f"(target >= {RATE_TARGET:.0f})" if fast else "(no target)"
        ratio_note = f"(target >= {RATIO_TARGET})" if fast else ""
        print(f"{mode} local model, {items:,} items")
        print(f"  model ready in           {prepare:>8.1f} s (trained or loaded from the cache)")
        print(f"  raw embedding rate       {embed_rate:>8,.0f} texts/s")
        print(f"  journey classify rate    {classify_rate:>8,.0f} items/s  {rate_note}")
        print(f"  classify / embedding     {ratio:>8.2f}  {ratio_note}".rstrip())
        if fast:
            ok = classify_rate >= RATE_TARGET and ratio >= RATIO_TARGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
