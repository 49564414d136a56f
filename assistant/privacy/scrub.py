"""Removing erased customer text from stored JSON (audit states, map versions, backlogs).

Pure functions, no I/O. A quote of an erased record is replaced by a note, its record id is
dropped from id lists (counts stay as they were), and any run of an erased text (or of one of
its quotes) of at least :data:`MIN_RUN` characters inside other text (an assistant's reply
that quoted it, a pain point named after it) becomes the same note.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

NOTE = "[quote removed: erased on request]"
MIN_RUN = 20  # shorter shared runs are ordinary phrases, not a customer's text
_WORD_START = re.compile(r"(?:^|(?<=\W))\w", re.UNICODE)


@dataclass
class Erased:
    """What to remove: record ids, and the texts (records, their quotes) they carried."""

    record_ids: set[str] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)

    def pieces(self) -> list[str]:
        """Every text worth looking for, longest first (a long match wins over its parts)."""
        found = {t.strip() for t in self.texts if len(t.strip()) >= 8}
        return sorted(found, key=len, reverse=True)


@dataclass
class Counts:
    quotes: int = 0  # quote objects of erased records replaced by the note
    ids: int = 0  # record ids dropped from lists
    mentions: int = 0  # runs of erased text inside other text


def _anchors(text: str) -> Iterable[tuple[int, str]]:
    """(start, window) at each word start: a window of MIN_RUN characters to search for."""
    if len(text) < MIN_RUN:
        yield 0, text
        return
    for match in _WORD_START.finditer(text):
        start = match.start()
        if start + MIN_RUN > len(text):
            break
        yield start, text[start : start + MIN_RUN]


def scrub_text(value: str, pieces: Collection[str]) -> tuple[str, int]:
    """``value`` with every run of an erased piece (at least MIN_RUN characters, or a whole
    short piece) replaced by the note; returns (text, how many runs)."""
    hits = 0
    for piece in pieces:
        if piece not in value and not any(w in value for _, w in _anchors(piece)):
            continue
        while piece in value:
            value = value.replace(piece, NOTE, 1)
            hits += 1
        for start, window in _anchors(piece):
            where = value.find(window)
            while where != -1:
                left, right = where, where + len(window)
                i, j = start, start + len(window)
                while left > 0 and i > 0 and value[left - 1] == piece[i - 1]:
                    left, i = left - 1, i - 1
                while right < len(value) and j < len(piece) and value[right] == piece[j]:
                    right, j = right + 1, j + 1
                value = value[:left] + NOTE + value[right:]
                hits += 1
                where = value.find(window, left + len(NOTE))
    return value, hits


def scrub(data: Any, erased: Erased, counts: Counts | None = None) -> tuple[Any, Counts]:
    """A copy of JSON-like ``data`` without the erased records' quotes, ids and text."""
    counts = counts or Counts()
    pieces = erased.pieces()
    ids = erased.record_ids

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("record_id") in ids and isinstance(node.get("text"), str):
                counts.quotes += 1
                return {**node, "record_id": "", "text": NOTE}
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            kept = [item for item in node if not (isinstance(item, str) and item in ids)]
            counts.ids += len(node) - len(kept)
            return [walk(item) for item in kept]
        if isinstance(node, str) and pieces:
            text, hits = scrub_text(node, pieces)
            counts.mentions += hits
            return text
        return node

    return walk(data), counts
