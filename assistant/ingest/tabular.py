"""Tables of feedback: CSV with any delimiter, JSON arrays and JSON Lines, columns auto-mapped."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from assistant.errors import InputError
from assistant.ingest.jsonscan import get_path, iter_json_objects, iter_jsonl
from assistant.ingest.raw import ALIASES, FIELDS, RawItem, normalise_key
from assistant.models import Reject

ParseResult = Iterator[RawItem | Reject]


def parse_field_map(spec: str | None) -> dict[str, str]:
    """'text=body,created_at=date' -> {'text': 'body', 'created_at': 'date'}."""
    if not spec:
        return {}
    mapping: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        target, sep, column = part.partition("=")
        target, column = target.strip(), column.strip()
        if target == "id":
            target = "external_id"
        if not sep or not column or target not in FIELDS:
            raise InputError(
                f"--map {part!r} is not understood: use FIELD=COLUMN with FIELD one of "
                f"{', '.join(FIELDS)}"
            )
        mapping[target] = column
    return mapping


def resolve_columns(
    keys: Iterable[str], overrides: Mapping[str, str], file: str, samples: list[dict[str, Any]]
) -> dict[str, str]:
    """Decide which key feeds which field: --map first, then known names, then the longest text."""
    keys = list(keys)
    by_norm = {normalise_key(k): k for k in keys}
    mapping: dict[str, str] = {}
    for target, column in overrides.items():
        if column in keys or "." in column:
            mapping[target] = column
        elif normalise_key(column) in by_norm:
            mapping[target] = by_norm[normalise_key(column)]
        else:
            raise InputError(
                f"{file}: --map {target}={column}: there is no column {column!r}; "
                f"columns are: {', '.join(keys)}"
            )
    used = set(mapping.values())
    for target in FIELDS:
        if target in mapping:
            continue
        for alias in ALIASES[target]:
            key = by_norm.get(alias)
            if key is not None and key not in used:
                mapping[target] = key
                used.add(key)
                break
    if "text" not in mapping:
        mapping_text = _longest_text_column(keys, used, samples)
        if mapping_text is None:
            raise InputError(
                f"{file}: cannot tell which column holds the text; columns are: "
                f"{', '.join(keys)}. Use --map text=COLUMN"
            )
        mapping["text"] = mapping_text
    return mapping


def _longest_text_column(
    keys: list[str], used: set[str], samples: list[dict[str, Any]]
) -> str | None:
    best, best_len = None, 0.0
    for key in keys:
        if key in used:
            continue
        values = [v for s in samples if isinstance(v := s.get(key), str) and v.strip()]
        if not values:
            continue
        avg = sum(len(v) for v in values) / len(samples)
        if avg > best_len and any(" " in v for v in values):
            best, best_len = key, avg
    return best


def item_from_mapping(
    obj: Mapping[str, Any], mapping: Mapping[str, str], file: str, line: int
) -> RawItem:
    """Build a RawItem from one row/object; unmapped non-empty values go to metadata."""

    def value(target: str) -> Any:
        key = mapping.get(target)
        if key is None:
            return None
        if key in obj:
            return obj[key]
        return get_path(dict(obj), key) if "." in key else None

    def text_of(target: str) -> str:
        raw = value(target)
        return "" if raw is None else str(raw).strip()

    mapped = set(mapping.values())
    metadata = {
        k: v
        for k, v in obj.items()
        if k not in mapped and k is not None and v not in (None, "", [], {})
    }
    customer = value("customer")
    return RawItem(
        file=file,
        line=line,
        text=text_of("text"),
        title=text_of("title"),
        created_at=value("created_at"),
        rating=value("rating"),
        external_id=text_of("external_id"),
        customer=None if customer in (None, "") else str(customer),
        channel=text_of("channel"),
        source_type=text_of("source_type") or None,
        metadata=metadata,
    )


MAX_FIELD = 16 * 1024 * 1024  # characters per cell; the csv module's default is 131,072
_LINES = re.compile(r"(?<=\n)")


CUT_OFF = "the file ends inside a quoted field opened on this line: it looks cut off"
UNCLOSED_QUOTE = (
    "a quote opened on this line is never closed, so the row swallowed the lines after it; "
    "those lines were read again on their own (check quotes)"
)


def _csv_rows(
    lines: list[str], skip: int, dialect: Any, width: int
) -> list[tuple[int, list[str] | str]]:
    """(first line, fields or the reason it is unreadable) per data row after ``skip`` lines.

    A row that runs over several lines and still has the wrong number of fields comes from
    a quote that never closes; the csv module can also give up on a row (a huge field).
    Either way that row is rejected and reading starts again on the next line, so one bad
    row costs one row instead of the rest of the file.
    """
    rows: list[tuple[int, list[str] | str]] = []
    offset = skip
    while offset < len(lines):
        reader = csv.reader(io.StringIO("".join(lines[offset:])), dialect)
        last, restart = 0, None
        try:
            for row in reader:
                start, last = last + 1, reader.line_num
                if not row or all(not c.strip() for c in row):
                    continue
                if last > start and len(row) != width:
                    rows.append((offset + start, UNCLOSED_QUOTE))
                    restart = offset + start
                    break
                rows.append((offset + start, row))
        except csv.Error as exc:
            rows.append((offset + last + 1, f"unreadable row: {exc}"))
            restart = offset + last + 1
        if restart is None:
            break
        offset = restart
    if rows and isinstance(rows[-1][1], list) and _cut_inside_quotes(lines, rows[-1][0], dialect):
        rows[-1] = (rows[-1][0], CUT_OFF)
    return rows


def _cut_inside_quotes(lines: list[str], first: int, dialect: Any) -> bool:
    """Whether the text from line ``first`` (from 1) to the end leaves a quote open."""
    return "".join(lines[first - 1 :]).count(dialect.quotechar) % 2 == 1


def _dialect(sample: str) -> Any:
    """RFC 4180 quoting (as csv.writer, Excel and Google Sheets write it) with the delimiter
    the file uses. Only the delimiter is sniffed: the sniffer's guesses about quoting are
    wrong for valid files (a quoted field ending in a doubled quote and holding a comma)."""
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


def parse_csv(text: str, file: str, overrides: Mapping[str, str]) -> ParseResult:
    if not text.strip():
        yield Reject(file=file, line=1, reason="the file is empty")
        return
    csv.field_size_limit(MAX_FIELD)  # a 200,000-character ticket is still a ticket
    dialect = _dialect(text[:8192])
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        yield Reject(file=file, line=1, reason="the file is empty")
        return
    header = [h.strip() for h in header]
    if len(set(header)) != len(header):
        raise InputError(f"{file}: the header has repeated column names: {', '.join(header)}")
    rows = _csv_rows(_LINES.split(text), reader.line_num, dialect, len(header))
    samples = [dict(zip(header, r, strict=False)) for _, r in rows[:50] if isinstance(r, list)]
    mapping = resolve_columns(header, overrides, file, samples)
    for start, row in rows:
        if isinstance(row, str):
            yield Reject(file=file, line=start, reason=row)
            continue
        if len(row) != len(header):
            yield Reject(
                file=file,
                line=start,
                reason=f"row has {len(row)} fields but the header has {len(header)} "
                "(check quotes and delimiters)",
            )
            continue
        yield item_from_mapping(dict(zip(header, row, strict=True)), mapping, file, start)


def parse_json_records(
    text: str, file: str, overrides: Mapping[str, str], *, lines: bool
) -> ParseResult:
    """Generic JSON array / JSON Lines of flat (or nested, with --map a.b) objects."""
    source = iter_jsonl(text, file) if lines else iter_json_objects(text, file)
    pending: list[tuple[dict[str, Any], int] | Reject] = []
    mapping: dict[str, str] | None = None
    for entry in source:
        if mapping is None:
            pending.append(entry)
            objects = [e[0] for e in pending if not isinstance(e, Reject)]
            if len(objects) < 50:
                continue
            mapping = _mapping_for(objects, overrides, file)
            yield from _emit(pending, mapping, file)
            pending = []
        else:
            yield from _emit([entry], mapping, file)
    if pending:
        objects = [e[0] for e in pending if not isinstance(e, Reject)]
        if not objects:
            yield from (e for e in pending if isinstance(e, Reject))
            return
        mapping = _mapping_for(objects, overrides, file)
        yield from _emit(pending, mapping, file)


def _mapping_for(
    objects: list[dict[str, Any]], overrides: Mapping[str, str], file: str
) -> dict[str, str]:
    keys: dict[str, None] = {}
    for obj in objects:
        keys.update(dict.fromkeys(obj))
    return resolve_columns(keys, overrides, file, objects)


def _emit(
    entries: list[tuple[dict[str, Any], int] | Reject], mapping: dict[str, str], file: str
) -> ParseResult:
    for entry in entries:
        if isinstance(entry, Reject):
            yield entry
        else:
            yield item_from_mapping(entry[0], mapping, file, entry[1])
