"""Postcodes in a table's postcode column: an export pasted into a ticket, with a header row
that names its columns ("order_id;naam;email;telefoon;straat;postcode;plaats"), then rows
whose postcode may be a bare number no other rule would take ("...;Brugsesteenweg 512;9030;
Mariakerke"). Only cells with a postcode's shape are taken."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan

_HEAD = re.compile(
    r"(?i:postcode|post code|postal ?code|postalcode|zip|zip ?code|zipcode|plz|code postal|cp"
    r"|postnummer|postnr|post_code|postal_code|zip_code)"
)
_SHAPE = re.compile(
    r"(?:[A-Z]{1,2}-)?\d{4,5}|[1-9]\d{3} ?[A-Za-z]{2}|\d{3} \d\d"
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
)
_SEPARATORS = (";", "\t", "|", ",")


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Each cell's span in ``line``, without the spaces around it."""
    spans = []
    start = 0
    for part in line.split(sep):
        end = start + len(part)
        lead = len(part) - len(part.lstrip())
        spans.append((start + lead, start + len(part.rstrip())))
        start = end + 1
    return spans


def take_table_postcodes(scan: Scan) -> None:
    if not scan.mentions("post", "zip", "plz", "cp"):
        return
    text = scan.masked
    column, sep = -1, ""
    pos = 0
    for line in text.split("\n"):
        if column < 0:
            for candidate in _SEPARATORS:
                if line.count(candidate) < 2:
                    continue
                heads = [
                    i
                    for i, (a, b) in enumerate(_cells(line, candidate))
                    if _HEAD.fullmatch(line, a, b)
                ]
                if heads:
                    column, sep = heads[0], candidate
                    break
        elif line.count(sep) >= 2:
            spans = _cells(line, sep)
            if len(spans) > column:
                a, b = spans[column]
                if _SHAPE.fullmatch(line, a, b):
                    scan.take(pos + a, pos + b, "POSTCODE")
        else:
            column = -1  # the table ended
        pos += len(line) + 1
