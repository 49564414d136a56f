"""Helpers for the browser tests: the server in a subprocess, a page that records console errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
START_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def journey_command() -> list[str]:
    script = Path(sys.executable).with_name("journey")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "assistant.cli.main"]


class Server:
    """`journey serve --dev` in a subprocess, with its own data folder."""

    def __init__(self, home: Path, *, dev: bool = True) -> None:
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = home / "server.log"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("JOURNEY_") and k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")
        }
        self.env["JOURNEY_HOME"] = str(home / "home")
        self.env["JOURNEY_MODEL_DIR"] = str(home / "models")
        self.env["PYTHONPATH"] = str(ROOT)
        args = [*journey_command(), "serve", "--port", str(self.port)]
        if dev:
            args.append("--dev")
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            args, cwd=home, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.wait_ready()

    def journey(self, *args: str) -> str:
        done = subprocess.run(
            [*journey_command(), *args],
            cwd=self.home,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return done.stdout

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"journey serve exited early:\n{self.tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"journey serve did not answer in {START_TIMEOUT:.0f} s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        self.log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.log.close()


class ConsoleWatch:
    """Every console error and uncaught exception of the page, to fail the test on."""

    def __init__(self, page: Any, allowed: Callable[[str], bool] | None = None) -> None:
        self.errors: list[str] = []
        self.allowed = allowed or (lambda _text: False)
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))

    def _console(self, message: Any) -> None:
        if message.type == "error" and not self.allowed(message.text):
            location = message.location or {}
            self.errors.append(f"{message.text} ({location.get('url', '')})")

    def check(self) -> None:
        assert not self.errors, "console errors:\n" + "\n".join(self.errors)


def open_page(browser: Any, server: Server, **context: Any) -> tuple[Any, Any, ConsoleWatch]:
    options: dict[str, Any] = {"base_url": server.url, "accept_downloads": True}
    options.update(context)
    ctx = browser.new_context(**options)
    ctx.set_default_timeout(30_000)
    page = ctx.new_page()
    return ctx, page, ConsoleWatch(page)
