"""The analysis period, the one before it, and how a count moved between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

Trend = Literal["new", "up", "down", "flat"]
TREND_MIN_CHANGE = 0.25  # a relative change that counts as up or down...
TREND_MIN_DIFF = 2  # ...when the counts also differ by at least this much


@dataclass(frozen=True)
class Period:
    """``start < when <= end`` is this period; the previous one has the same length.

    Without an end or a length there is one period holding everything (dated or not).
    """

    end: datetime | None = None
    days: int | None = None

    @property
    def bounded(self) -> bool:
        return self.end is not None and self.days is not None

    @property
    def start(self) -> datetime | None:
        if self.end is None or self.days is None:
            return None
        return self.end - timedelta(days=self.days)

    @property
    def previous_start(self) -> datetime | None:
        if self.end is None or self.days is None:
            return None
        return self.end - timedelta(days=2 * self.days)

    def which(self, when: datetime | None) -> Literal["current", "previous"] | None:
        """Which period ``when`` falls in (None: neither, or undated in a bounded period)."""
        if self.end is None or self.days is None:
            return "current"
        start, before = self.end - timedelta(days=self.days), self.previous_start
        assert before is not None
        if when is None or when > self.end or when <= before:
            return None
        return "current" if when > start else "previous"


def trend(current: int, previous: int, comparable: bool = True) -> Trend:
    """new / up / down / flat. ``comparable`` is False when the previous period has no data:
    then nothing can be called new, and every trend is flat."""
    if not comparable:
        return "flat"
    if previous == 0:
        return "new" if current > 0 else "flat"
    diff = current - previous
    if abs(diff) < TREND_MIN_DIFF or abs(diff) / previous < TREND_MIN_CHANGE:
        return "flat"
    return "up" if diff > 0 else "down"
