"""Benchmark: the HTTP server under load, as users meet it.

Starts the real server (`journey serve --dev --demo` in a fresh home: the sample shop is
loaded and tagged first), then:

1. 50 concurrent audit sessions of 10 turns each against that one server: errors (must be
   zero) and the p50/p95 latency of a turn (one POST /v1/audits/{id}/messages);
2. `POST /v1/classify` with 1,000 items: items/s, beside `journey classify` of the same
   1,000 items in a fresh process (process start included) in the same run, as a ratio.

    python -m evals.bench_api [--sessions 50] [--turns 10] [--items 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from assistant.ingest.pipeline import IngestOptions, read_records
from assistant.samples import sample_folder

TURNS = [
    "Why do customers abandon checkout and complain after delivery?",
    "First-time buyer on mobile",
    "1",
    "b2c",
    "2",
    "journey7",
    "yes",
    "1, 2, Instagram",
    "browse, compare",
    "1",
    "-1",
    "slow pages",
]
JOURNEY = str(Path(sys.executable).with_name("journey"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(home: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "JOURNEY_HOME": str(home)}
    command = [JOURNEY, "serve", "--dev", "--demo", "-w", "demo", "--port", str(port)]
    log = (home.parent / "server.log").open("wb")
    return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_ready(base: str, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/ready", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not become ready")


def audit_load(base: str, sessions: int, turns: int) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    gate = threading.Barrier(sessions)

    def one() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            try:
                started = client.post("/v1/audits", json={"lang": "en"})
                started.raise_for_status()
                audit_id = started.json()["id"]
            except httpx.HTTPError as exc:
                with lock:
                    errors.append(f"start: {exc}")
                return
            gate.wait()
            for text in TURNS[:turns]:
                t0 = time.perf_counter()
                try:
                    answer = client.post(f"/v1/audits/{audit_id}/messages", json={"text": text})
                    ok = answer.status_code == 200
                    problem = "" if ok else f"{answer.status_code} {answer.text[:120]}"
                except httpx.HTTPError as exc:
                    problem = f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    if problem:
                        errors.append(problem)

    threads = [threading.Thread(target=one) for _ in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def sample_items(count: int) -> list[dict[str, str]]:
    records, _ = read_records([sample_folder()], IngestOptions(workspace="bench"))
    texts = [r.text for r in records]
    return [{"id": str(n), "text": texts[n % len(texts)]} for n in range(count)]


def classify_api(base: str, items: list[dict[str, str]]) -> float:
    with httpx.Client(base_url=base, timeout=600) as client:
        client.post("/v1/classify", json={"items": items[:5]}).raise_for_status()
        t0 = time.perf_counter()
        answer = client.post("/v1/classify", json={"items": items})
        answer.raise_for_status()
        elapsed = time.perf_counter() - t0
    assert len(answer.json()["items"]) == len(items)
    return len(items) / elapsed


def classify_cli(folder: Path, items: list[dict[str, str]]) -> float:
    source, target = folder / "items.jsonl", folder / "tags.jsonl"
    source.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    env = {**os.environ, "JOURNEY_HOME": str(folder / "cli-home")}
    t0 = time.perf_counter()
    subprocess.run(
        [JOURNEY, "classify", str(source), "-o", str(target), "--classifier", "local"],
        env=env,
        check=True,
        capture_output=True,
    )
    return len(items) / (time.perf_counter() - t0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--items", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="journey-bench-api-") as tmp:
        folder = Path(tmp)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        t0 = time.perf_counter()
        server = start_server(folder / "home", port)
        try:
            wait_ready(base)
            print(
                f"server ready (sample shop loaded and tagged) in {time.perf_counter() - t0:.1f} s"
            )
            t1 = time.perf_counter()
            latencies, errors = audit_load(base, args.sessions, args.turns)
            wall = time.perf_counter() - t1
            items = sample_items(args.items)
            api_rate = classify_api(base, items)
        finally:
            server.terminate()
            server.wait(30)
        cli_rate = classify_cli(folder, items)
    ms = sorted(x * 1000 for x in latencies)
    p50 = statistics.median(ms) if ms else float("nan")
    p95 = ms[int(0.95 * (len(ms) - 1))] if ms else float("nan")
    print(
        f"audits: {args.sessions} concurrent sessions x {args.turns} turns = {len(ms)} turns "
        f"in {wall:.1f} s; errors {len(errors)}; turn p50 {p50:.0f} ms, p95 {p95:.0f} ms, "
        f"max {ms[-1] if ms else float('nan'):.0f} ms"
    )
    for problem in errors[:5]:
        print(f"  error: {problem}")
    print(
        f"classify {args.items} items: POST /v1/classify {api_rate:.0f} items/s; "
        f"journey classify (process start included) {cli_rate:.0f} items/s; "
        f"ratio {api_rate / cli_rate:.2f}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
