"""IBANs: a country code, two check digits and up to 30 letters and digits, checked by mod 97.
The country's own length is tried first; any other length from 15 to 34 that passes the
checksum is taken too, so an IBAN of a country missing from the table, or one a writer
made up with the right check digits but the wrong length, still goes."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan

# --------------------------------------------------------------------------- IBAN

_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
# (read out in small groups, the country may stand apart: "NL 53 ABNA 0437 7602 18")
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}) ?\d{2}[ -]?[A-Za-z0-9]")


def iban_length(country: str) -> int:
    """The IBAN length of ``country`` (34, the longest any has, when it is not known)."""
    return _IBAN_LENGTHS.get(country, 34)


def iban_ok(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


def _iban_chars(text: str, start: int, limit: int) -> tuple[list[str], list[int]]:
    """Up to ``limit`` letters and digits from ``start`` (single spaces or dashes between
    groups), and the end offset after each of them."""
    chars: list[str] = []
    ends: list[int] = []
    j = start
    end = len(text)
    while j < end and len(chars) < limit:
        ch = text[j]
        if ch.isascii() and ch.isalnum():
            chars.append(ch)
            j += 1
            ends.append(j)
        elif ch in " -" and j + 1 < end and text[j + 1].isascii() and text[j + 1].isalnum():
            j += 1
        else:
            break
    return chars, ends


def _iban_end(text: str, start: int, country: str) -> int:
    """End of the IBAN at ``start``, or 0. The country's own length first; else any length
    from 15 to 34 that ends a group and passes mod 97 (a writer's German IBAN of 24
    characters, a country missing from the table)."""
    length = _IBAN_LENGTHS.get(country.upper())
    chars, ends = _iban_chars(text, start, 34)
    if length is not None and len(chars) >= length:
        j = ends[length - 1]
        if not (j < len(text) and text[j].isalnum()) and iban_ok("".join(chars[:length]).upper()):
            return j
    if length is None and not country.isupper():
        return 0  # "ab12 ...": an unknown code needs capitals
    for n in range(len(chars), 14, -1):
        j = ends[n - 1]
        if j < len(text) and text[j].isalnum():
            continue  # inside a group
        if (
            n != length
            and _looks_printed(text[start:j], chars[4:n])
            and iban_ok("".join(chars[:n]).upper())
        ):
            return j
    return 0


def _looks_printed(span: str, bban: list[str]) -> bool:
    """An IBAN of an unexpected length is taken only as IBANs are printed: one unbroken
    token or groups of four, and mostly digits after the check digits. At any length from
    15 to 34 one text in five passes mod 97 somewhere ("LK21 XMV has had the engine ...")."""
    groups = re.split(r"[ -]", span)
    if len(groups) > 1 and any(len(g) != 4 for g in groups[:-1]):
        return False
    return sum(ch.isdigit() for ch in bban) * 2 >= len(bban)


def take_ibans(scan: Scan) -> None:
    text = scan.masked
    pos = 0
    for match in list(_IBAN_START.finditer(text)):
        start = match.start()
        if start < pos:
            continue
        j = _iban_end(text, start, match.group(1))
        if j:
            scan.take(start, j, "IBAN")
            pos = j
