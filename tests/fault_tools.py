"""What the fault tests start and break: a Chroma server of their own that they can stop
and start again, and a real HTTP server (uvicorn in a thread) for raw-socket requests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


class ChromaProcess:
    """`chroma run` on 127.0.0.1 with its data in ``path``; stop() and start() at will."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        log = (self.path.parent / "chroma.log").open("ab")
        self._process = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
             "--port", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        wait_until_up(f"{self.url}/api/v2/heartbeat")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=30)
            self._process = None

    def wipe(self) -> None:
        """Lose every vector (a server restarted on an empty volume)."""
        shutil.rmtree(self.path, ignore_errors=True)


@contextmanager
def chroma_server(path: Path) -> Iterator[ChromaProcess]:
    server = ChromaProcess(path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def http_server(app: Any) -> Iterator[int]:
    """The app served by uvicorn on a free loopback port, in a thread of this process."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", seconds=30)
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=30)
