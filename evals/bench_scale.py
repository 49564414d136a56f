"""Benchmark: tag workers on PostgreSQL and a Chroma server, and search at 100,000 records.

    make bench-scale   (or: python -m evals.bench_scale [--records 100000] [--workers 1,2,4])

Runs what users run, process start included, in fresh homes under a temporary folder:

1. 100,000 distinct records built from the sample shop's messages (evals/corpus.py);
2. PostgreSQL and a Chroma server on loopback (scripts/scale-up.sh, stopped at the end
   also on error or Ctrl-C), a fresh database `bench` on each; `journey ingest` of the
   file there and into a second home on SQLite and the embedded index;
3. for N workers: `journey tag --queue --classifier local`, then `journey worker
   --concurrency N --exit-when-idle` timed from start to exit (the tag cache emptied
   first, so every run classifies every record): items/s, the scaling ratio, each worker's
   peak memory, the CPU used by the workers, PostgreSQL and Chroma, and where a worker's
   time went (its --json report); checked in SQL: the job is done and every record has
   exactly one tag from it;
4. hybrid search on both setups: a warm `journey serve --dev` (GET /v1/search, p50/p95)
   and the cold `journey search` (median of 3).

Prints a table and what the figures say; writes them to .journey/bench/bench_scale.json.
Slow (40 min at 100,000 on two cores) and not part of `make test`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from evals import procstat
from evals.bench_api import JOURNEY, free_port, wait_ready
from evals.bench_ingest import QUERIES as INGEST_QUERIES
from evals.bench_ingest import percentile
from evals.corpus import varied_records, write_jsonl
from evals.scale_report import interpret, table

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / ".journey" / "bench" / "bench_scale.json"
WORKSPACE = "bench"

QUERIES = [  # the ingest benchmark's 20, and 30 more in both languages
    *INGEST_QUERIES,
    "cannot cancel my subscription",
    "kan ik met PayPal of Klarna betalen",
    "the manual is confusing",
    "foutcode E03 op het display",
    "BrewMaster 3000 lekt water",
    "AirFry Pro XL stopped heating",
    "BrewMaster Mini melkschuimer",
    "nobody answers the phone",
    "heel tevreden over de koffie",
    "delivery was two days late",
    "verkeerd product ontvangen",
    "charged twice for my order",
    "dubbel afgeschreven",
    "garantie vervalt",
    "warranty claim rejected",
    "retour sturen kost geld",
    "return label not working",
    "website traag op mobiel",
    "checkout page keeps crashing",
    "kortingscode werkt niet",
    "bestelling nog niet binnen",
    "where is my order",
    "track and trace niet bijgewerkt",
    "vriendelijke medewerker in de chat",
    "helpful support agent",
    "onderdelen niet leverbaar",
    "spare parts out of stock",
    "I want a replacement, not a repair",
    "ik wil een nieuwe, geen reparatie",
    "newsletter unsubscribe does not work",
]


@dataclass
class Setup:
    """One home: its environment for `journey`, and (on PostgreSQL) its database."""

    name: str
    env: dict[str, str]
    folder: Path
    conninfo: str = ""  # psycopg, for the checks in SQL
    servers: dict[str, int] = field(default_factory=dict)  # name -> pid of its tree


def journey_env(home: Path, models: Path, database_url: str = "", chroma_url: str = "") -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEY_")}
    env.update(
        JOURNEY_HOME=str(home),
        JOURNEY_MODEL_DIR=str(models),
        JOURNEY_DATABASE_URL=database_url,
        JOURNEY_CHROMA_URL=chroma_url,
        JOURNEY_LLM="",
        JOURNEY_WORKSPACE=WORKSPACE,
    )
    return env


@contextmanager
def engine_servers(folder: Path) -> Iterator[dict[str, str]]:
    """PostgreSQL and a Chroma server from the project's scripts, in ``folder``; stopped at
    the end whatever happens."""
    env = {**os.environ, "JOURNEY_SCALE_DIR": str(folder)}
    try:
        subprocess.run(["bash", "scripts/scale-up.sh"], cwd=ROOT, env=env, check=True)
        found: dict[str, str] = {}
        for name in ("env", "state"):
            for line in (folder / name).read_text().splitlines():
                key, _, value = line.removeprefix("export ").partition("=")
                found[key] = value
        yield found
    finally:
        subprocess.run(["bash", "scripts/scale-down.sh"], cwd=ROOT, env=env, check=False)


def server_setup(folder: Path, models: Path, found: dict[str, str]) -> Setup:
    """A fresh database and Chroma database `bench` on the servers, and a home using them."""
    import psycopg

    admin = found["JOURNEY_TEST_DATABASE_URL"].replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {WORKSPACE}")
    database = admin.rsplit("/", 1)[0] + f"/{WORKSPACE}"
    env = journey_env(
        folder / "home-servers",
        models,
        database_url=database.replace("postgresql://", "postgresql+psycopg://"),
        chroma_url=f"{found['JOURNEY_TEST_CHROMA_URL']}/{WORKSPACE}",
    )
    postmaster = int((Path(found["PGDATA"]) / "postmaster.pid").read_text().split()[0])
    servers = {"postgresql": postmaster, "chroma": int(found["CHROMA_PID"])}
    return Setup("PostgreSQL + Chroma server", env, folder, database, servers)


def sql(setup: Setup, statement: str, *params: Any) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(setup.conninfo, autocommit=True) as connection:
        cursor = connection.execute(statement, params)
        return list(cursor.fetchall()) if cursor.description else []


def server_cpu(setup: Setup) -> dict[str, float]:
    return {name: procstat.tree_cpu_seconds(pid) for name, pid in setup.servers.items()}


def journey(setup: Setup, *args: str) -> procstat.Run:
    """A `journey` command in the setup's home, timed and watched; fails loudly."""
    before = server_cpu(setup)
    run = procstat.run_watched([JOURNEY, *args], setup.env, setup.folder)
    if run.code != 0:
        raise SystemExit(f"journey {' '.join(args)} failed ({run.code}):\n{run.stderr[-3000:]}")
    after = server_cpu(setup)
    run.server_cpu = {k: round(after[k] - before[k], 1) for k in before}
    return run


def json_objects(text: str) -> list[Any]:
    """Every JSON value printed one after another (N workers print N reports)."""
    decoder, found, at = json.JSONDecoder(), [], 0
    text = text.strip()
    while at < len(text):
        value, end = decoder.raw_decode(text, at)
        found.append(value)
        at = end
        while at < len(text) and text[at].isspace():
            at += 1
    return found


def ingest(setup: Setup, source: Path) -> dict[str, Any]:
    run = journey(setup, "ingest", str(source), "-w", WORKSPACE, "--json")
    report = json_objects(run.stdout)[-1]
    return {
        "stored": report["stored"],
        "duplicates": report["duplicates"],
        "rejected": report["rejected"],
        "seconds": round(run.seconds, 1),
        "records_per_s": round(report["stored"] / run.seconds, 1),
        "peak_rss_mb": round(max(run.peaks.values(), default=0.0)),
        "server_cpu_s": run.server_cpu,
    }


def tag_with_workers(setup: Setup, workers: int, records: int) -> dict[str, Any]:
    sql(setup, "DELETE FROM tag_cache")  # else the second run answers from the cache
    queued = journey(setup, "tag", "--queue", "--classifier", "local", "-w", WORKSPACE, "--json")
    job = json_objects(queued.stdout)[-1]
    args = ["worker", "--concurrency", str(workers), "--exit-when-idle", "--poll", "0.2"]
    run = journey(setup, *args, "--json")
    reports = json_objects(run.stdout)
    root = min(run.peaks) if run.peaks else 0
    worker_peaks = [mb for pid, mb in run.peaks.items() if workers == 1 or pid != root]
    timings: dict[str, float] = {}
    for report in reports:
        for step, seconds in report.get("timings", {}).items():
            timings[step] = round(timings.get(step, 0.0) + seconds, 1)
    return {
        "workers": workers,
        "job": job["id"],
        "queue_seconds": round(queued.seconds, 1),
        "seconds": round(run.seconds, 1),
        "items_per_s": round(records / run.seconds, 1),
        "worker_rss_mb": [round(mb) for mb in sorted(worker_peaks)],
        "parent_rss_mb": round(run.peaks.get(root, 0.0)) if workers > 1 else None,
        "worker_cpu_s": round(run.cpu_seconds, 1),
        "server_cpu_s": run.server_cpu,
        "machine_busy": round(run.machine_busy, 3),
        # the share of the machine's CPU that the workers and the servers used
        "bench_share": round(
            (run.cpu_seconds + sum(run.server_cpu.values()))
            / (run.seconds * (os.cpu_count() or 1)),
            3,
        ),
        "batches": sum(r["batches"] for r in reports),
        "lost": sum(r["lost"] for r in reports),
        "failed": sum(r["failed"] for r in reports),
        "timings_s": timings,
        "check": check_job(setup, job["id"], records),
    }


def check_job(setup: Setup, job_id: int, records: int) -> dict[str, Any]:
    """In SQL: the job is done, counted every record, and each record has one tag, written
    by this job."""
    status, done, total, created = sql(
        setup, "SELECT status, done, total, created_at FROM jobs WHERE id = %s", job_id
    )[0]
    (tags, fresh, untagged, doubled, retried) = sql(
        setup,
        """SELECT
             (SELECT count(*) FROM tags WHERE workspace = %s),
             (SELECT count(*) FROM tags WHERE workspace = %s AND tagged_at >= %s),
             (SELECT count(*) FROM records r WHERE r.workspace = %s
                AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.record_id = r.id)),
             (SELECT count(*) FROM (SELECT record_id FROM tags WHERE workspace = %s
                GROUP BY record_id HAVING count(*) <> 1) AS d),
             (SELECT count(*) FROM job_batches WHERE job_id = %s AND attempts > 1)""",
        WORKSPACE,
        WORKSPACE,
        created,
        WORKSPACE,
        WORKSPACE,
        job_id,
    )[0]
    ok = (status, done, total, tags, fresh, untagged, doubled) == (
        "done",
        records,
        records,
        records,
        records,
        0,
        0,
    )
    return {
        "ok": ok,
        "status": status,
        "done": done,
        "total": total,
        "tags": tags,
        "tagged_by_this_job": fresh,
        "untagged": untagged,
        "records_with_not_one_tag": doubled,
        "batches_retried": retried,
    }


def search_latency(setup: Setup, rounds: int = 2) -> dict[str, Any]:
    """Warm: `journey serve --dev` answering GET /v1/search; cold: `journey search`."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (setup.folder / f"serve-{port}.log").open("wb")
    command = [JOURNEY, "serve", "--dev", "--workspace", WORKSPACE, "--port", str(port)]
    server = subprocess.Popen(command, env=setup.env, stdout=log, stderr=subprocess.STDOUT)
    latencies: list[float] = []
    empty = 0
    try:
        started = time.perf_counter()
        wait_ready(base)
        ready = time.perf_counter() - started
        with httpx.Client(base_url=base, timeout=120) as client:
            client.get("/v1/search", params={"q": "warm up"}).raise_for_status()
            for n in range(rounds):
                for query in QUERIES:
                    params: dict[str, Any] = {"q": query, "k": 10}
                    if n % 2:
                        params["source_type"] = "ticket"
                    t0 = time.perf_counter()
                    answer = client.get("/v1/search", params=params)
                    latencies.append((time.perf_counter() - t0) * 1000)
                    answer.raise_for_status()
                    empty += not answer.json()["hits"]
        rss = procstat.peak_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(60)
        log.close()
    cold = []
    for query in QUERIES[:3]:
        run = journey(setup, "search", query, "-w", WORKSPACE, "--json")
        empty += not json_objects(run.stdout)[-1]["hits"]
        cold.append(run.seconds * 1000)
    return {
        "queries": len(latencies),
        "empty_answers": empty,
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "server_ready_s": round(ready, 1),
        "server_rss_mb": round(rss or 0),
        "cold_cli_median_ms": round(statistics.median(cold)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2,4", help="Worker counts, comma-separated.")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    figures: dict[str, Any] = {
        "records": args.records,
        "cores": os.cpu_count(),
        "load_before": procstat.load_average(),
        "batch": int(os.environ.get("JOURNEY_WORKER_BATCH", "256")),
    }
    folder = Path(tempfile.mkdtemp(prefix="journey-bench-scale-"))
    try:
        t0 = time.perf_counter()
        source = write_jsonl(varied_records(args.records), folder / "records.jsonl")
        warm = write_jsonl(varied_records(20, seed=1), folder / "warm.jsonl")
        say(f"{args.records:,} records written in {time.perf_counter() - t0:.0f} s")
        models = folder / "models"
        sqlite = Setup(
            "SQLite + embedded index", journey_env(folder / "home-sqlite", models), folder
        )
        with engine_servers(folder / "scale") as found:
            servers = server_setup(folder, models, found)
            for setup in (servers, sqlite):  # schema, models unpacked: not in the timings
                journey(setup, "ingest", str(warm), "-w", "warmup")
            for key, setup in (("servers", servers), ("sqlite", sqlite)):
                say(f"ingest on {setup.name} ...")
                figures.setdefault("ingest", {})[key] = ingest(setup, source)
                say(f"  {figures['ingest'][key]}")
            stored = figures["ingest"]["servers"]["stored"]
            for n in counts:
                say(f"tagging with {n} worker(s) ...")
                run = tag_with_workers(servers, n, stored)
                figures.setdefault("tag", []).append(run)
                say(f"  {run['items_per_s']} items/s, check {run['check']}")
            for key, setup in (("servers", servers), ("sqlite", sqlite)):
                say(f"search on {setup.name} ...")
                figures.setdefault("search", {})[key] = search_latency(setup)
        figures["minutes"] = round((time.perf_counter() - t0) / 60, 1)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(figures))
    print()
    print(interpret(figures))
    print(f"\nfigures: {OUTPUT.relative_to(ROOT)}")
    ok = all(run["check"]["ok"] for run in figures["tag"])
    return 0 if ok else 1


def say(text: str) -> None:
    print(f"bench-scale: {text}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
