"""What processes cost while a benchmark runs, read from /proc (Linux): peak memory of each
process of a tree, CPU seconds of a tree, and how busy the whole machine was."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int) -> list[str]:
    """/proc/PID/stat after the command name (which may hold spaces): field 3 onwards."""
    raw = Path(f"/proc/{pid}/stat").read_text()
    return raw[raw.rindex(")") + 2 :].split()


def descendants(root: int) -> list[int]:
    """``root`` and every process below it that runs now."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int(_stat_fields(int(entry.name))[1])
        except (OSError, ValueError, IndexError):
            continue
        parents.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds (user + system) used so far by ``root``'s tree: each live process's own
    time plus that of the children it has reaped (an exited backend counts in its parent)."""
    total = 0
    for pid in descendants(root):
        try:
            fields = _stat_fields(pid)
        except (OSError, IndexError):
            continue
        total += sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
    return total / TICK


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident memory (VmHWM), MB; None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    except OSError:
        return ""


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


@dataclass
class TreeWatch:
    """Samples a process tree every ``every`` seconds while it runs: the peak memory of
    each of its processes, by pid, with its command line."""

    root: int
    every: float = 0.2
    peaks: dict[int, float] = field(default_factory=dict)
    commands: dict[int, str] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> TreeWatch:
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            for pid in descendants(self.root):
                rss = peak_rss_mb(pid)
                if rss is None:
                    continue
                self.peaks[pid] = max(rss, self.peaks.get(pid, 0.0))
                if pid not in self.commands:
                    self.commands[pid] = cmdline(pid)
            self._stop.wait(self.every)


@dataclass
class Run:
    """A finished command: wall time, exit code, output, CPU seconds of its whole tree
    (from the kernel's accounting of reaped children), and the peaks seen while it ran."""

    seconds: float
    code: int
    stdout: str
    stderr: str
    cpu_seconds: float
    peaks: dict[int, float]
    commands: dict[int, str]
    machine_busy: float  # share of the machine's CPU in use meanwhile, any process
    server_cpu: dict[str, float] = field(default_factory=dict)  # filled in by the caller


def run_watched(args: list[str], env: dict[str, str], cwd: Path) -> Run:
    """Runs ``args`` to the end (process start included in the time) while sampling it."""
    out, err = cwd / "run.out", cwd / "run.err"
    busy0, total0 = machine_ticks()
    started = time.perf_counter()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(args, env=env, stdout=stdout, stderr=stderr)
        with TreeWatch(process.pid) as watch:
            _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    busy1, total1 = machine_ticks()
    return Run(
        seconds=seconds,
        code=process.returncode,
        stdout=out.read_text(encoding="utf-8", errors="replace"),
        stderr=err.read_text(encoding="utf-8", errors="replace"),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peaks=dict(watch.peaks),
        commands=dict(watch.commands),
        machine_busy=(busy1 - busy0) / max(1, total1 - total0),
    )
