"""One retry policy for every model call: which errors are worth another try, and how long
to wait before it (the server's ``Retry-After`` when it gives one, else exponential backoff
with jitter)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class RetryPolicy:
    """``retries`` more tries after the first; waits grow from ``base_delay`` to ``max_delay``."""

    retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 10.0

    def __post_init__(self) -> None:
        if self.retries < 0 or self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("retries and delays must be >= 0")

    def delay(self, attempt: int, exc: BaseException, jitter: float) -> float:
        """How long to wait before retry number ``attempt`` (1-based) after ``exc``."""
        return backoff_delay(attempt, exc, self.base_delay, self.max_delay, jitter)


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (``Retry-After`` / ``retry-after-ms``), if any."""
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    try:
        if (ms := headers.get("retry-after-ms")) is not None:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def error_kind(exc: BaseException) -> tuple[str, bool]:
    """(kind, retryable) for an exception raised by a model call."""
    import openai

    if isinstance(exc, openai.APITimeoutError | TimeoutError) or "Timeout" in type(exc).__name__:
        return "timeout", True
    if isinstance(exc, openai.APIConnectionError | ConnectionError):
        return "connection", True
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        if status == 429:
            return "rate_limit", True
        if status >= 500:
            return "server_error", True
        if status in (408, 409):
            return f"http_{status}", True
        return f"http_{status}", False
    return "unexpected", False


def backoff_delay(
    attempt: int, exc: BaseException, base: float, maximum: float, jitter: float
) -> float:
    """The server's Retry-After when it gave one (capped at ``maximum``, or at 60 s when
    ``maximum`` is lower: a server asking for 30 s is obeyed), else exponential backoff with
    jitter (``jitter`` in 0..1)."""
    wait = retry_after(exc)
    if wait is not None:
        return min(wait, max(maximum, 60.0))
    delay = min(maximum, base * 2 ** (attempt - 1))
    return delay / 2 + jitter * delay / 2
