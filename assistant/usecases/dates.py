"""Dates and ages as users type them: 2026-03-01, 01-03-2026, 30d, 12w, 6m."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from assistant.errors import InputError


def parse_age(value: str) -> timedelta | None:
    """An age such as 30d, 12w, 6m (a month is 30 days); None when ``value`` is not one."""
    match = re.fullmatch(r"\s*(\d+)\s*([dwm])\s*", value.lower())
    if not match:
        return None
    amount, unit = int(match.group(1)), match.group(2)
    return timedelta(days=amount * {"d": 1, "w": 7, "m": 30}[unit])


def parse_since(
    value: str | None, now: datetime | None = None, option: str = "since"
) -> datetime | None:
    """A date (2026-03-01, 01-03-2026) or an age such as 30d, 12w, 6m; ``option`` names the
    setting in the error message."""
    if not value:
        return None
    age = parse_age(value)
    if age is not None:
        return (now or datetime.now(UTC)).replace(tzinfo=None) - age
    from assistant.ingest.normalize import Rejected, parse_datetime

    try:
        parsed = parse_datetime(value)
    except Rejected as exc:
        raise InputError(
            f"{option} {value!r}: {exc}; use a date like 2026-03-01 or an age like 90d"
        ) from exc
    return parsed
