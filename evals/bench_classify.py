"""Benchmark: `journey classify` as a user runs it, in a fresh home, against the raw
embedding rate of the same texts measured in the same run.

    make bench   (or: python -m evals.bench_classify --items 5000 --accurate-items 5000)

Each mode runs the real command in a new process with an empty JOURNEY_HOME and an empty
model cache, so process start, loading the shipped model and the encoders are all in the
figure; then runs it a second time in the same home. Targets (issue 12): the fast model at
least 0.6x the raw USE rate, the accurate model at least 0.8x the raw e5 rate, and the first
run in a fresh home about as fast as the second (nothing is trained).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant.index.embeddings import E5Embedder, Embedder, UseEmbedder
from evals.corpus import short_records, write_jsonl

TARGETS = {"fast": 0.6, "accurate": 0.8}
FIRST_RUN_SLOWER = 1.25  # the first run in a fresh home may be at most this much slower
JOURNEY = Path(sys.executable).with_name("journey")


def raw_rate(encoder: Embedder, texts: list[str]) -> float:
    encoder.embed(texts[:64])  # loaded before timing
    started = time.perf_counter()
    encoder.embed(texts)
    return len(texts) / (time.perf_counter() - started)


def classify_run(home: Path, source: Path, mode: str) -> float:
    """Seconds for one `journey classify` process, start to exit."""
    env = {**os.environ, "JOURNEY_HOME": str(home), "JOURNEY_MODEL_DIR": str(home / "models")}
    for key in ("JOURNEY_LLM", "JOURNEY_EMBEDDINGS", "JOURNEY_LOCAL_MODEL"):
        env.pop(key, None)
    command = [str(JOURNEY), "classify", str(source), "-o", str(home / "out.jsonl")]
    command += ["--classifier", "local", "--local-model", mode]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def measure(mode: str, items: int) -> tuple[float, float, float]:
    """(raw encoder texts/s, first run items/s, second run items/s)."""
    records = short_records(items, seed=11)
    texts = [r["text"] for r in records]
    encoder: Embedder = UseEmbedder() if mode == "fast" else E5Embedder()
    rate = raw_rate(encoder, texts)
    with tempfile.TemporaryDirectory(prefix="journey-bench-") as tmp:
        home = Path(tmp) / "home"
        source = write_jsonl(
            [{"id": r["id"], "text": r["text"]} for r in records], Path(tmp) / "in.jsonl"
        )
        first = items / classify_run(home, source, mode)
        second = items / classify_run(home, source, mode)
    return rate, first, second


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000, help="fast model items (0: skip)")
    parser.add_argument("--accurate-items", type=int, default=5000, help="0 = skip it")
    args = parser.parse_args()
    ok = True
    runs = [(mode, n) for mode, n in (("fast", args.items), ("accurate", args.accurate_items)) if n]
    for mode, items in runs:
        rate, first, second = measure(mode, items)
        encoder = "USE" if mode == "fast" else "e5"
        ratio = first / rate
        passed = ratio >= TARGETS[mode] and first * FIRST_RUN_SLOWER >= second
        ok = ok and passed
        print(f"{mode} local model, {items:,} items, journey classify in a fresh home")
        print(f"  raw {encoder} embedding rate   {rate:>8,.0f} texts/s")
        print(f"  first run (fresh home)   {first:>8,.0f} items/s  (process start included)")
        print(f"  second run               {second:>8,.0f} items/s")
        print(f"  first run / raw {encoder:<5}    {ratio:>8.2f}  (target >= {TARGETS[mode]})")
        print(f"  {'ok' if passed else 'MISSED'}")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
