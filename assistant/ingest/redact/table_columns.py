"""Values in a table's named column: an export pasted into a ticket, with a header row that
names its columns ("order_id;naam;email;telefoon;straat;postcode;plaats"), then rows whose
value no other rule would take: a postcode that is a bare number ("...;Brugsesteenweg 512;
9030;Mariakerke"; only cells with a postcode's shape), a password in a password manager's
export ("name,url,username,password" then "Webmail,https://...,w.koster,Kr0kus-Veld")."""

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


_PASSWORD_HEAD = re.compile(r"(?i:password|passwd|pwd|pass|wachtwoord|passwort|mot de passe)")
_PASSWORD_CELL = re.compile(r"[^\s\ue000\[\]]{4,64}")


def take_table_postcodes(scan: Scan) -> None:
    if scan.mentions("post", "zip", "plz", "cp"):
        _take_column(scan, _HEAD, _SHAPE, "POSTCODE")


def take_table_passwords(scan: Scan) -> None:
    if scan.mentions("pass", "pwd", "wachtwoord", "passwort", "mot de passe"):
        _take_column(scan, _PASSWORD_HEAD, _PASSWORD_CELL, "PASSWORD")


def _take_column(scan: Scan, head: re.Pattern[str], shape: re.Pattern[str], kind: str) -> None:
    """The cells of the first column whose header ``head`` names, where they have ``shape``."""
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
                    if head.fullmatch(line, a, b)
                ]
                if heads:
                    column, sep = heads[0], candidate
                    break
        elif line.count(sep) >= 2:
            spans = _cells(line, sep)
            if len(spans) > column:
                a, b = spans[column]
                if shape.fullmatch(line, a, b):
                    scan.take(pos + a, pos + b, kind)
        else:
            column = -1  # the table ended
        pos += len(line) + 1
