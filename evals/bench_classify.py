"""Benchmark: the local classifier through `journey classify` against the raw embedding rate.

    make bench   (or: python -m evals.bench_classify --items 5000)

Targets (issue 3): at least 800 items/s and a ratio to the raw embedding rate of the same
texts, in the same run, of at least 0.7. The model is trained (or loaded) before timing.
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


def main() -> int:
    parser = argparse.ArgumentParser(description="Local classifier throughput.")
    parser.add_argument("--items", type=int, default=5000)
    args = parser.parse_args()
    records = short_records(args.items, seed=11)
    texts = [r["text"] for r in records]
    embedder = UseEmbedder()
    with tempfile.TemporaryDirectory(prefix="journey-bench-") as tmp:
        services = Services(load_settings(), embedder=embedder)  # model cache: JOURNEY_HOME
        classifier = build_local(services)
        started = time.perf_counter()
        classifier.model()
        prepare = time.perf_counter() - started
        source = write_jsonl(
            [{"id": r["id"], "text": r["text"]} for r in records], Path(tmp) / "in.jsonl"
        )
        embedder.embed(texts[:64])
        started = time.perf_counter()
        embedder.embed(texts)
        embed_rate = len(texts) / (time.perf_counter() - started)
        started = time.perf_counter()
        count = classify_file(classifier, source, Path(tmp) / "out.jsonl")
        classify_rate = count / (time.perf_counter() - started)
        services.close()
    ratio = classify_rate / embed_rate
    print(f"items                    {count:>8,}")
    print(f"model ready in           {prepare:>8.1f} s (trained or loaded from the cache)")
    print(f"raw embedding rate       {embed_rate:>8,.0f} texts/s")
    print(f"journey classify rate    {classify_rate:>8,.0f} items/s  (target >= {RATE_TARGET:.0f})")
    print(f"classify / embedding     {ratio:>8.2f}  (target >= {RATIO_TARGET})")
    ok = classify_rate >= RATE_TARGET and ratio >= RATIO_TARGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
