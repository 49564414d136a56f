"""Walk the objects of a JSON export one by one, keeping each object's line number.

A broken export still gives up every object before the break: the break becomes one reject.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from typing import Any

from assistant.models import Reject

_LIST_KEYS = (
    "tickets",
    "conversations",
    "reviews",
    "items",
    "records",
    "data",
    "results",
    "messages",
)
_WS = re.compile(r"\s*")


class LineIndex:
    """Character offset -> 1-based line number."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos)


def iter_json_objects(text: str, file: str) -> Iterator[tuple[dict[str, Any], int] | Reject]:
    """Yield (object, line) for each item of a JSON export, or a Reject where it breaks."""
    lines = LineIndex(text)
    decoder = json.JSONDecoder()
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    if pos >= len(text):
        yield Reject(file=file, line=1, reason="the file is empty")
        return
    if text[pos] == "{":
        match = re.search(r'"(' + "|".join(_LIST_KEYS) + r')"\s*:\s*\[', text)
        if match is None:
            try:
                obj, _ = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                yield Reject(file=file, line=exc.lineno, reason=f"invalid JSON: {exc.msg}")
                return
            yield obj, lines.line(pos)
            return
        pos = match.end() - 1
    if text[pos] != "[":
        yield Reject(file=file, line=lines.line(pos), reason="expected a JSON array of objects")
        return
    pos += 1
    while True:
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= len(text):
            yield Reject(
                file=file, line=lines.line(pos), reason="invalid JSON: the array never ends"
            )
            return
        if text[pos] == "]":
            return
        try:
            obj, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield Reject(
                file=file,
                line=lines.line(exc.pos),
                reason=f"invalid JSON: {exc.msg}; nothing after this point could be read",
            )
            return
        if isinstance(obj, dict):
            yield obj, lines.line(pos)
        else:
            yield Reject(file=file, line=lines.line(pos), reason="expected a JSON object")
        pos = _WS.match(text, end).end()  # type: ignore[union-attr]
        if pos < len(text) and text[pos] == ",":
            pos += 1
        elif pos < len(text) and text[pos] != "]":
            yield Reject(
                file=file,
                line=lines.line(pos),
                reason="invalid JSON: expected ',' or ']'; nothing after this point could be read",
            )
            return


def iter_jsonl(text: str, file: str) -> Iterator[tuple[dict[str, Any], int] | Reject]:
    """Yield (object, line) per non-empty line of a JSON Lines file."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(file=file, line=number, reason=f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield Reject(file=file, line=number, reason="expected a JSON object on this line")
            continue
        yield obj, number


def get_path(obj: dict[str, Any], path: str) -> Any:
    """Look up 'a.b.c' in nested dicts; None when any step is missing."""
    value: Any = obj
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value
