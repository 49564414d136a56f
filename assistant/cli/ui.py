"""Console helpers shared by the commands: consoles, progress bars, JSON output, errors."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

if TYPE_CHECKING:
    from assistant.kb.schema import Lang

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

SHOW_AFTER = 1.0  # seconds: short jobs stay quiet


class RateColumn(ProgressColumn):
    """Items per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")


class LazyProgress:
    """A progress bar that appears only once a job has run for more than a second."""

    def __init__(self, description: str, enabled: bool = True) -> None:
        self.description = description
        self.enabled = enabled and err.is_terminal
        self.started = time.monotonic()
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._progress is None:
            if time.monotonic() - self.started < SHOW_AFTER and done < total:
                return
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                RateColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=total)
        assert self._task is not None
        self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextmanager
def progress(description: str, enabled: bool = True) -> Iterator[LazyProgress]:
    bar = LazyProgress(description, enabled)
    try:
        yield bar
    finally:
        bar.close()


@contextmanager
def preparing(enabled: bool = True, local_model: str = "fast") -> Iterator[None]:
    """A spinner while classifiers load. The local models ship trained; only changed
    examples or another embedding model make the first run train one (then it is cached)."""
    if not (enabled and err.is_terminal):
        yield
        return
    with err.status(f"Loading the {local_model} local classifier…"):
        yield


def print_json(value: Any) -> None:
    from pydantic import BaseModel  # loaded already when value is a model; --help skips it

    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def lang_option(value: str) -> Lang:
    """A --lang value, checked by the knowledge base's one language check, as a usage error."""
    from assistant.errors import InputError
    from assistant.kb.schema import KnowledgeError, check_lang

    try:
        return check_lang(value)
    except KnowledgeError as exc:
        raise InputError(f"--lang: {exc}") from None
