"""Benchmark: start-up of the real CLI, a fresh process each run, as a user types it.

    make bench            (or: python -m evals.bench_startup --runs 5)

Targets (issue 13): `journey --help` under 0.3 s and `journey search` on a small workspace
under 1 s end to end, each the median of --runs runs. The workspace is the bundled sample
shop (420 records), ingested into a temporary JOURNEY_HOME (which unpacks the encoder
into that home's model cache, as a user's first command that embeds does); one search and
one help run untimed first.
Prints the figures (with the processes' CPU time and the machine's load, which other
work on a shared machine inflates); exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

HELP_TARGET = 0.3
SEARCH_TARGET = 1.0
QUERY = "te laat"
WORKSPACE = "bench"


def journey_command() -> list[str]:
    """The installed `journey` script next to this interpreter, else the module."""
    script = Path(sys.executable).parent / "journey"
    return [str(script)] if script.exists() else [sys.executable, "-m", "assistant.cli.main"]


def environment(home: Path) -> dict[str, str]:
    """The caller's environment with a fresh data folder and offline, default settings.

    Python may cache bytecode, as it does for a user (pip compiles an installed package; an
    editable one is compiled on first import), into a folder of its own: with
    PYTHONDONTWRITEBYTECODE set, as some shells and sandboxes do, every run would compile
    the project's modules again (about 40 ms here) and measure that instead.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEY_")}
    env["JOURNEY_HOME"] = str(home)
    env["JOURNEY_MODEL_DIR"] = str(home / "models")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / "bytecode")
    return env


def run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run; fails loudly if the command does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def timed(args: list[str], env: dict[str, str], cwd: Path, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds over ``runs`` fresh processes."""
    results = [run(args, env, cwd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command")
    args = parser.parse_args()

    journey = journey_command()
    samples = Path(str(files("assistant.samples") / "shop"))
    with tempfile.TemporaryDirectory(prefix="journey-startup-") as tmp:
        home = Path(tmp) / "home"
        env = environment(home)
        cwd = Path(tmp)  # no .env of the caller's folder
        run([*journey, "ingest", str(samples), "--workspace", WORKSPACE], env, cwd)
        search = [*journey, "search", QUERY, "--workspace", WORKSPACE]
        first_wall, _ = run(search, env, cwd)  # the first search of a new home
        run([*journey, "--help"], env, cwd)  # compiles what only the help imports
        help_wall, help_cpu = timed([*journey, "--help"], env, cwd, args.runs)
        search_wall, search_cpu = timed(search, env, cwd, args.runs)
        shutil.rmtree(home, ignore_errors=True)

    load = os.getloadavg()[0]
    cores = os.cpu_count() or 1
    print(
        f"journey --help            {help_wall:6.2f} s  (cpu {help_cpu:.2f} s; "
        f"median of {args.runs}; target < {HELP_TARGET} s)"
    )
    print(
        f"journey search            {search_wall:6.2f} s  (cpu {search_cpu:.2f} s; "
        f"median of {args.runs}; 420 sample records; target < {SEARCH_TARGET} s)"
    )
    print(f"first search of a home    {first_wall:6.2f} s  (caches not yet warm; no target)")
    print(f"machine load              {load:6.2f}    ({cores} cores; other work slows the runs)")
    ok = help_wall < HELP_TARGET and search_wall < SEARCH_TARGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
