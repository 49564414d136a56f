"""`journey worker`: tag queued jobs, batch by batch, alongside other workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from typing import Annotated, Any

import typer

from assistant.cli.data import open_services
from assistant.cli.ui import err, out, print_json


def worker(
    concurrency: Annotated[
        int,
        typer.Option(
            "--concurrency",
            "-c",
            min=1,
            max=64,
            help="Worker processes to run here (PostgreSQL; SQLite runs one).",
        ),
    ] = 1,
    exit_when_idle: Annotated[
        bool,
        typer.Option("--exit-when-idle", help="Stop once no queued job is left (batch runs)."),
    ] = False,
    poll: Annotated[
        float, typer.Option("--poll", min=0.05, help="Seconds between looks at an empty queue.")
    ] = 1.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Tag queued jobs (from `journey tag` or the API), sharing them with every other worker
    on the same database: each claims a batch, tags it and stores it at once, and a killed
    worker's batch goes to another. Ctrl-C stops after the current batch."""
    from assistant.usecases.worker import Worker, check_sqlite_single

    services = open_services()
    try:
        check_sqlite_single(services, concurrency)
        if concurrency > 1:
            code = _run_children(concurrency, exit_when_idle, poll, as_json)
            raise typer.Exit(code)
        stop = threading.Event()
        _stop_on(stop, signal.SIGTERM)
        engine = services.db.engine.url.render_as_string(hide_password=True)
        one = Worker(services)
        if not as_json:
            err.print(f"worker {one.id} on {engine}: waiting for tag jobs (Ctrl-C stops)")
        try:
            report = one.run(stop, exit_when_idle=exit_when_idle, poll=poll)
        except KeyboardInterrupt:
            stop.set()
            report = one.report
    finally:
        services.close()
    if as_json:
        print_json(report)
        return
    out.print(
        f"worker {report.worker}: {report.batches} batches, {report.items} records tagged "
        f"({report.cached} from cache) in {report.seconds:.1f} s"
        + (f" · {report.lost} taken over by others" if report.lost else "")
        + (f" · {report.failed} failed (see the job's error)" if report.failed else "")
    )


def _stop_on(stop: threading.Event, signum: int) -> None:
    """SIGTERM stops after the current batch, as Ctrl-C does."""

    def handler(_signum: int, _frame: Any) -> None:
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signum, handler)


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def child_env(env: dict[str, str], concurrency: int, cores: int) -> dict[str, str]:
    """Each worker's numpy gets its share of the cores. A BLAS thread pool per process sized
    for the whole machine oversubscribes it with N workers, and the pools' spinning threads
    burn the CPU (two workers on two cores tagged 3x slower than with one thread each). A
    thread count the user set stays."""
    threads = str(max(1, cores // concurrency))
    return {**{name: threads for name in BLAS_THREADS}, **env}


def _run_children(concurrency: int, exit_when_idle: bool, poll: float, as_json: bool) -> int:
    """N worker processes (one Python process each: tagging is CPU work the GIL would
    serialise in threads); this one waits for them and passes Ctrl-C / SIGTERM on."""
    args = [sys.executable, "-m", "assistant.cli.main", "worker", "--poll", str(poll)]
    if exit_when_idle:
        args.append("--exit-when-idle")
    if as_json:
        args.append("--json")
    env = child_env(dict(os.environ), concurrency, len(os.sched_getaffinity(0)))
    children = [subprocess.Popen(args, env=env) for _ in range(concurrency)]
    if not as_json:
        err.print(f"started {concurrency} worker processes: {[c.pid for c in children]}")

    def forward(signum: int, _frame: Any) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    codes = []
    for child in children:
        while True:
            try:
                codes.append(child.wait())
                break
            except KeyboardInterrupt:  # the children got the terminal's Ctrl-C too
                continue
    return max(codes, default=0)
