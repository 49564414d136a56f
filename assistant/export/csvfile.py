"""CSV text that Excel, Google Sheets, Miro and Jira all import the same way.

RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted; a UTF-8 BOM
in front so Excel reads "één" as UTF-8 rather than in the local code page (left out for
importers that would read it as part of the first column's name). A text that
starts like a formula (``=``, ``@``, ``+``/``-`` not followed by a number) gets a leading
apostrophe so a spreadsheet shows it instead of evaluating it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
_NUMBER = re.compile(r"[+-]?\d+([.,]\d+)?%?")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (
        text[:1] in ("+", "-") and not _NUMBER.fullmatch(text)
    ):
        return "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], bom: bool = True) -> str:
    """The whole file: BOM, header row and rows, every line ending in CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return (BOM if bom else "") + out.getvalue()
