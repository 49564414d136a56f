"""Which parser reads a file: from --format, else from the file's name and first bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from assistant.errors import InputError
from assistant.ingest.conversations import parse_chat_text, parse_intercom, parse_zendesk
from assistant.ingest.raw import RawItem
from assistant.ingest.tabular import parse_csv, parse_json_records
from assistant.models import Reject

FORMATS = ("auto", "csv", "json", "jsonl", "chat", "zendesk", "intercom", "reviews")
_TEXT_EXTS = {".txt", ".log", ".chat", ".md"}
_CSV_EXTS = {".csv", ".tsv"}
_JSONL_EXTS = {".jsonl", ".ndjson"}

Parser = Callable[[str, str, Mapping[str, str]], Iterator[RawItem | Reject]]


def detect_format(path: Path, text: str) -> str:
    """Guess the format of a file from its extension and its first characters."""
    ext = path.suffix.lower()
    head = text[:4096]
    if ext in _CSV_EXTS:
        return "csv"
    if ext in _JSONL_EXTS or (ext == ".json" and _looks_like_jsonl(text)):
        first = head.split("\n", 1)[0]
        if _is_zendesk(first):
            return "zendesk-lines"
        if '"conversation_parts"' in first:
            return "intercom-lines"
        return "jsonl"
    if ext == ".json":
        if _is_zendesk(head) or '"tickets"' in head:
            return "zendesk"
        if '"conversation_parts"' in head or '"conversation.list"' in head:
            return "intercom"
        return "json"
    if ext in _TEXT_EXTS:
        return "chat"
    raise InputError(
        f"{path}: cannot tell the format from the name; pass --format with one of "
        f"{', '.join(FORMATS[1:])}"
    )


def _looks_like_jsonl(text: str) -> bool:
    lines = [line for line in text[:8192].split("\n") if line.strip()]
    return len(lines) > 1 and all(
        line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines[:-1]
    )


def _is_zendesk(head: str) -> bool:
    return '"subject"' in head and ('"comments"' in head or '"description"' in head)


def parser_for(fmt: str, path: Path, text: str) -> tuple[Parser, str | None]:
    """Return the parser and the default source type for a format ('auto' resolved first)."""
    if fmt == "auto":
        fmt = detect_format(path, text)
    elif fmt == "reviews":
        fmt = (
            "reviews-json"
            if path.suffix.lower() in {".json", ".jsonl", ".ndjson"}
            else "reviews-csv"
        )
    elif fmt in ("zendesk", "intercom") and path.suffix.lower() in _JSONL_EXTS:
        fmt = f"{fmt}-lines"
    elif fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    lines = fmt.endswith("-lines") or (fmt == "reviews-json" and path.suffix.lower() != ".json")
    table: dict[str, tuple[Parser, str | None]] = {
        "csv": (parse_csv, None),
        "reviews-csv": (parse_csv, "review"),
        "json": (lambda t, f, m: parse_json_records(t, f, m, lines=False), None),
        "jsonl": (lambda t, f, m: parse_json_records(t, f, m, lines=True), None),
        "reviews-json": (lambda t, f, m: parse_json_records(t, f, m, lines=lines), "review"),
        "chat": (lambda t, f, m: parse_chat_text(t, f), "chat"),
        "zendesk": (lambda t, f, m: parse_zendesk(t, f), "ticket"),
        "zendesk-lines": (lambda t, f, m: parse_zendesk(t, f, lines=True), "ticket"),
        "intercom": (lambda t, f, m: parse_intercom(t, f), "chat"),
        "intercom-lines": (lambda t, f, m: parse_intercom(t, f, lines=True), "chat"),
    }
    return table[fmt]
