"""The figures of `make bench-scale` as a table, and what they say, from the numbers alone."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

SETUPS = (("servers", "PostgreSQL + Chroma server"), ("sqlite", "SQLite + embedded index"))
STEPS = (
    ("classify", "classification"),
    ("index", "vector index metadata"),
    ("finish", "finish (tags, batch, job)"),
    ("claim", "claim"),
    ("read", "read records"),
)


def table(f: dict[str, Any]) -> str:
    lines = [
        f"bench-scale: {f['records']:,} records, {f['cores']} cores, batch {f['batch']}, "
        f"load average before {f['load_before']:.1f}, {f.get('minutes', '?')} min in all",
        "",
        f"{'ingest (journey ingest)':<34}{'records/s':>10}{'seconds':>9}{'peak RSS':>10}",
    ]
    for key, name in SETUPS:
        i = f["ingest"][key]
        lines.append(
            f"  {name:<32}{i['records_per_s']:>10,.0f}{i['seconds']:>9,.0f}"
            f"{i['peak_rss_mb']:>7} MB   stored {i['stored']:,}, duplicates {i['duplicates']}"
        )
    lines += [
        "",
        "tag, local classifier, `journey worker --concurrency N --exit-when-idle`, "
        "PostgreSQL + Chroma server:",
        f"  {'N':>2}{'items/s':>9}{'ratio':>7}{'seconds':>9}{'RSS/worker':>12}"
        f"{'CPU s: workers':>16}{'ms/rec':>8}{'postgres':>10}{'chroma':>8}"
        f"{'machine':>9}{'ours':>6}  check",
    ]
    base = f["tag"][0]["items_per_s"]
    for r in f["tag"]:
        c = r["check"]
        rss = f"{len(r['worker_rss_mb'])}x{max(r['worker_rss_mb'], default=0)}"
        lines.append(
            f"  {r['workers']:>2}{r['items_per_s']:>9,.0f}{r['items_per_s'] / base:>7.2f}"
            f"{r['seconds']:>9,.0f}{rss + ' MB':>12}{r['worker_cpu_s']:>16,.0f}"
            f"{r['worker_cpu_s'] / c['total'] * 1000:>8.1f}"
            f"{r['server_cpu_s'].get('postgresql', 0):>10,.0f}"
            f"{r['server_cpu_s'].get('chroma', 0):>8,.0f}{r['machine_busy']:>8.0%}"
            f"{r['bench_share']:>6.0%}  "
            + ("ok" if c["ok"] else "FAILED")
            + f": job {c['status']}, done {c['done']:,}/{c['total']:,}, tags {c['tags']:,} "
            f"({c['tagged_by_this_job']:,} by this job), untagged {c['untagged']}, "
            f"batches retried {c['batches_retried']}"
        )
    for r in f["tag"]:
        shares = step_shares(r)
        lines.append(
            f"  worker time, N={r['workers']}: "
            + ", ".join(f"{label} {shares.get(step, 0):.0%}" for step, label in STEPS)
            + f" (of {sum(r['timings_s'].values()):,.0f} worker-seconds; parent process "
            f"{r['parent_rss_mb'] or '-'} MB; queueing the job {r['queue_seconds']} s)"
        )
    lines += [
        "",
        f"{'hybrid search, k=10 (GET /v1/search)':<38}{'p50':>8}{'p95':>8}"
        f"{'cold CLI':>10}{'server':>9}",
    ]
    for key, name in SETUPS:
        s = f["search"][key]
        lines.append(
            f"  {name:<36}{s['p50_ms']:>5.0f} ms{s['p95_ms']:>5.0f} ms"
            f"{s['cold_cli_median_ms']:>7} ms"
            f"{s['server_rss_mb']:>6} MB   ({s['queries']} queries, half filtered; "
            f"{s['empty_answers']} empty; ready in {s['server_ready_s']} s)"
        )
    return "\n".join(lines)


def step_shares(run: dict[str, Any]) -> dict[str, float]:
    timings = run["timings_s"]
    total = sum(timings.values()) or 1.0
    return {step: seconds / total for step, seconds in timings.items()}


def interpret(f: dict[str, Any]) -> str:
    runs = f["tag"]
    cores = f["cores"]
    records = f["ingest"]["servers"]["stored"]
    base = runs[0]
    said = []
    stop = None  # the worker count after which one more step gained under 15 %
    for prev, run in pairwise(runs):
        if run["items_per_s"] / prev["items_per_s"] < 1.15:
            stop = prev["workers"]
            break
    ratios = ", ".join(
        f"{r['workers']} workers {r['items_per_s'] / base['items_per_s']:.2f}x" for r in runs[1:]
    )
    widest = runs[-1]
    shares = step_shares(widest)
    server_cpu = sum(widest["server_cpu_s"].values())
    said.append(
        f"Scaling against {base['workers']} worker ({base['items_per_s']:,.0f} items/s): {ratios}. "
        + (
            f"It stops after {stop} worker(s) on this {cores}-core machine: "
            if stop
            else "It has not stopped within the counts measured: "
        )
        + f"a worker is CPU-bound (classification takes {shares.get('classify', 0):.0%} of its "
        f"time), so workers beyond the cores only take turns on them (the machine was "
        f"{widest['machine_busy']:.0%} busy with {widest['workers']}), and PostgreSQL and the "
        f"Chroma server run on the same cores ({server_cpu:,.0f} CPU s of "
        f"{widest['worker_cpu_s'] + server_cpu:,.0f} in that run)."
    )
    per_record = [r["worker_cpu_s"] / records * 1000 for r in runs]
    if max(per_record) > 1.3 * per_record[0]:
        said.append(
            "A worker's CPU per record rose with the count ("
            + ", ".join(
                f"{r['workers']}: {ms:.1f} ms" for r, ms in zip(runs, per_record, strict=True)
            )
            + "): the processes compete for the same cores and caches, so more workers than "
            "cores cost CPU as well as time."
        )
    # what the machine does when its cores all go to workers: the run with as many as cores
    best = next(
        (r for r in runs if r["workers"] == cores), max(runs, key=lambda r: r["items_per_s"])
    )
    per_machine = cores * records / best["worker_cpu_s"]
    pg = best["server_cpu_s"].get("postgresql", 0.0) / records
    chroma = best["server_cpu_s"].get("chroma", 0.0) / records
    finish = best["timings_s"].get("finish", 0.0) / max(1, best["batches"])
    ceilings = {
        "PostgreSQL": 1 / pg if pg else float("inf"),
        "the Chroma server": 1 / chroma if chroma else float("inf"),
    }
    first = min(ceilings, key=lambda k: ceilings[k])
    said.append(
        f"For M machines like this one: items/s ≈ {per_machine:,.0f} × M (a worker used "
        f"{best['worker_cpu_s'] / records * 1000:.1f} ms of CPU per record; "
        f"{best['items_per_s']:,.0f} measured here with {best['workers']}, the servers and other "
        "work on the same cores), until "
        f"a shared server saturates. Per record PostgreSQL used {pg * 1000:.2f} ms of CPU "
        f"(claims, tags, finishing) and the Chroma server {chroma * 1000:.2f} ms (metadata "
        f"updates): one core each carries about {ceilings['PostgreSQL']:,.0f} and "
        f"{ceilings['the Chroma server']:,.0f} items/s, so {first} saturates first, at about "
        f"{ceilings[first] / per_machine:,.1f} machines per server core. Each finish also "
        f"takes the job's row lock once per batch ({finish * 1000:.0f} ms per finish here "
        f"at most held, {f['batch']} records each): a ceiling of about "
        f"{f['batch'] / finish if finish else float('inf'):,.0f} items/s per job, which "
        f"bigger batches (JOURNEY_WORKER_BATCH) raise."
    )
    others = [r["machine_busy"] - r["bench_share"] for r in runs]
    if max(others) > 0.1:
        said.append(
            f"This machine was shared: other processes used {min(others):.0%}-{max(others):.0%}"
            " of its CPU during the tag runs, so the items/s and ratios above are lower and "
            "noisier than on an idle machine; the CPU seconds per record, and the predictions "
            "built on them, depend much less on it."
        )
    memory = [mb for r in runs for mb in r["worker_rss_mb"]]
    if memory:
        said.append(
            f"Memory: {min(memory)}-{max(memory)} MB peak per worker process (the encoder is "
            "memory-mapped, so much of it is shared between workers on one machine)."
        )
    search = f["search"]
    said.append(
        f"Search at {records:,} records: p95 {search['servers']['p95_ms']:.0f} ms on the servers "
        f"against {search['sqlite']['p95_ms']:.0f} ms on SQLite and the embedded index "
        "(loopback here; a network adds its round trips to the servers' figure)."
    )
    return "\n".join(said)
