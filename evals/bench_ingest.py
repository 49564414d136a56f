"""Benchmark: ingest throughput against the raw embedding rate, and hybrid search latency.

    make bench            (or: python -m evals.bench_ingest --records 20000)

Targets (issue 2): ingest rate / raw embedding rate >= 0.6 on 20,000 short records,
hybrid search p95 <= 50 ms at that size. Prints its figures; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from assistant.index.embeddings import UseEmbedder
from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.models import SearchFilters
from assistant.search import search
from assistant.services import Services
from assistant.settings import Settings
from evals.corpus import short_records, write_jsonl

RATIO_TARGET = 0.6
P95_TARGET_MS = 50.0

QUERIES = [
    "verzendkosten pas zichtbaar bij afrekenen",
    "hidden shipping costs at checkout",
    "pakket beschadigd aangekomen",
    "parcel arrived damaged",
    "terugbetaling duurt lang",
    "refund still not received",
    "abonnement opzeggen lukt niet",
    "cancel my subscription",
    "kan ik met PayPal betalen",
    "handleiding onduidelijk",
    "foutcode E03",
    "BrewMaster 3000",
    "AirFry Pro XL",
    "KK-2026-048213",
    "klantenservice niet bereikbaar",
    "great coffee machine",
    "bezorging te laat",
    "wrong item delivered",
    "factuur klopt niet",
    "BonenBox",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--searches", type=int, default=400)
    args = parser.parse_args()

    records = short_records(args.records)
    texts = [r["text"] for r in records]
    embedder = UseEmbedder()
    embedder.embed(texts[:64])  # load the model before timing anything

    started = time.perf_counter()
    embedder.embed(texts)
    embed_seconds = time.perf_counter() - started
    embed_rate = len(texts) / embed_seconds

    with tempfile.TemporaryDirectory(prefix="journey-bench-") as tmp:
        path = write_jsonl(records, Path(tmp) / "short.jsonl")
        services = Services(Settings(home=Path(tmp) / "home"), embedder=embedder)
        started = time.perf_counter()
        report = ingest(services, [path], IngestOptions(workspace="bench"))
        ingest_seconds = time.perf_counter() - started
        ingest_rate = report.stored / ingest_seconds

        search(services, "bench", "warm up")  # first query loads the indexes
        latencies: list[float] = []
        for i in range(args.searches):
            query = QUERIES[i % len(QUERIES)]
            filters = SearchFilters(source_type="ticket") if i % 4 == 3 else SearchFilters()
            t0 = time.perf_counter()
            search(services, "bench", query, filters, k=10)
            latencies.append((time.perf_counter() - t0) * 1000)
        services.close()

    ratio = ingest_rate / embed_rate
    p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    print(
        f"records                 {report.stored:>10,}  (read {report.read:,}, "
        f"rejected {report.rejected}, duplicates {report.duplicates})"
    )
    print(f"raw embedding rate      {embed_rate:>10,.0f} texts/s  ({embed_seconds:.1f} s)")
    print(f"end-to-end ingest rate  {ingest_rate:>10,.0f} records/s  ({ingest_seconds:.1f} s)")
    print(f"ingest / embedding      {ratio:>10.2f}  (target >= {RATIO_TARGET})")
    print(
        f"hybrid search p50       {p50:>10.1f} ms  ({len(latencies)} queries, k=10, "
        f"1 in 4 filtered)"
    )
    print(f"hybrid search p95       {p95:>10.1f} ms  (target <= {P95_TARGET_MS:.0f} ms)")
    ok = ratio >= RATIO_TARGET and p95 <= P95_TARGET_MS
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
