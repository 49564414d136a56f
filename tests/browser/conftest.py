"""The web app in a real headless Chromium (Debian's package, driven by Playwright).

`make test-browser` installs chromium when it is missing (scripts/setup-browser.sh) and
runs these with JOURNEY_BROWSER_TESTS=1; a plain `pytest` skips them. Each run starts the
real server (`journey serve --dev`) on a free port with its own JOURNEY_HOME, fails on any
console error in the page, and saves a screenshot of each view (in .journey/screenshots/,
or JOURNEY_SCREENSHOTS).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.browser_kit import CHROMIUM, ROOT, Server

ENABLED = os.environ.get("JOURNEY_BROWSER_TESTS") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without JOURNEY_BROWSER_TESTS=1, skip the tests that need the browser or the server."""
    if ENABLED:
        return
    skip = pytest.mark.skip(reason="browser tests run with `make test-browser`")
    here = Path(__file__).parent
    for item in items:
        needs = set(getattr(item, "fixturenames", ())) & {"browser", "server"}
        if needs and here in Path(str(item.fspath)).parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup-browser.sh (make test-browser does)")
    return CHROMIUM


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("server"))
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(chromium_path), args=["--no-sandbox"]
        )
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(os.environ.get("JOURNEY_SCREENSHOTS") or ROOT / ".journey" / "screenshots")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder
