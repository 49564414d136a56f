"""Replace personal data in customer texts by typed placeholders, fast and offline.

``redact(text)`` returns the cleaned text and how many of each kind it replaced.  Kinds
(placeholder ``[KIND]``, count key ``KIND``):

* ``EMAIL``    e-mail addresses.
* ``URL``      links that carry secrets or personal data: secret-looking query keys
               (token, key, session, code, auth, sig, password, email, ...), random-looking
               path segments or values (long mixed tokens, UUIDs, long hex), user:password@,
               e-mail addresses inside the link, auth/reset/verify links with an argument,
               and parcel-tracking links that contain a postcode.
               Plain links (``https://keukenkompas.nl/brewmaster-3000``) stay, and nothing
               inside a kept link is redacted by the other rules.
* ``IBAN``     known country code, exact length for that country, mod-97 check; with or
               without spaces, any case.
* ``CARD``     13-19 digits starting with 2-6, Luhn check; one block, or blocks of 3-6
               digits (first block of 4) separated consistently by spaces or dashes.
* ``BSN``      9 digits passing the 11-proef, either after a context word (BSN,
               burgerservicenummer, sofinummer; separators allowed there) or as a bare
               9-digit token, unless an order/invoice/reference word precedes it.
* ``PHONE``    Dutch national numbers (10 digits starting with a single 0, any grouping
               with spaces, dashes, dots or parentheses) and international numbers (``+``
               or ``00`` prefix, optional ``(0)`` trunk, plausible length per country code).
               A bare 10-digit number starting with 0 is a phone; ``2026048213`` is not,
               and neither is a date followed by a time (``03-04-2026 09:15``).
* ``ADDRESS``  a Dutch street name (``...straat``, ``...laan``, ``...weg``, ...) with house
               number, optionally followed by postcode and city; or a postcode with a house
               number (``1012 AB 5``, ``1012AB 12a``).
* ``POSTCODE`` a bare Dutch postcode only after a context word (postcode, zip); other bare
               postcodes stay, because "3000 XL" style model names look the same.

Rules run in a fixed order (e-mail, IBAN, card, BSN with context, phone, bare BSN,
address, postcode) so that longer, validated numbers are taken before looser patterns
can eat their digits.  Placeholders contain no digits, so ``redact`` is idempotent.
Only Dutch address forms are recognised; English street addresses are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import parse_qsl, urlsplit

__all__ = ["RedactionResult", "redact"]


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text and how many placeholders of each kind were put in."""

    text: str
    counts: dict[str, int]


# --------------------------------------------------------------------------- helpers

_DIGIT = re.compile(r"\d")
_NON_DIGIT = re.compile(r"\D+")
_DIGIT_RUN = re.compile(r"\d+")
# Every number rule (IBAN, card, phone, BSN) needs nine digits close together.
_LONG_NUMBER = re.compile(r"\d(?:[ .()-]{0,2}\d){8}")


def _bump(counts: dict[str, int], kind: str, n: int = 1) -> None:
    counts[kind] = counts.get(kind, 0) + n


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _bsn_ok(digits: str) -> bool:
    """The Dutch 11-proef for a 9-digit BSN."""
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum((9 - i) * (ord(ch) - 48) for i, ch in enumerate(digits[:8]))
    total -= ord(digits[8]) - 48
    return total % 11 == 0


# --------------------------------------------------------------------------- e-mail

_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,24}(?![\w-])"
)


# --------------------------------------------------------------------------- URLs

_URL = re.compile(r"(?<![@\w.])(?:https?://|www\.)[^\s<>\"'\[\]{}|\\^`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\"*)"
_SECRET_KEY_PART = re.compile(
    r"token|secret|sess|passw|pwd|apikey|api[-_]?key|signature|credential|jwt|nonce"
    r"|auth(?!or)|otp|e-?mail|phone|iban|bsn"
)
_SECRET_KEY_WORD = re.compile(
    r"(?:^|[-_.])(?:key|code|sig|sid|hash|pin|ticket|pass|mail|hmac|tel|k)(?:$|[-_.\[])"
)
_AUTH_SEGMENT = re.compile(
    r"^(?:reset|reset[-_]?password|password[-_]?reset|wachtwoord(?:[-_]?\w+)?|auth|oauth|sso"
    r"|login|magic(?:[-_]?link)?|verify|verification|verifieer|confirm|bevestig(?:en)?"
    r"|activate|activation|activeer|unsubscribe|afmelden|uitschrijven|invite|invitation"
    r"|token|otp|callback)$",
    re.IGNORECASE,
)
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)
_TRACKING_URL = re.compile(r"track|trace|zending|parcel|shipment|pakket", re.IGNORECASE)
_URL_POSTCODE = re.compile(r"(?<![A-Za-z0-9])[1-9]\d{3}(?:%20|\+)?[A-Z]{2}(?![A-Za-z0-9])")
_HEX_RUN = re.compile(r"[0-9a-fA-F]{24,}")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]{16,}")


def _char_class(ch: str) -> int:
    if ch.isdigit():
        return 0
    return 1 if ch.islower() else 2


def _looks_random(value: str) -> bool:
    """Long tokens that look generated rather than written: UUIDs, hex, mixed runs."""
    if len(value) < 16:
        return False
    if _UUID.search(value):
        return True
    for match in _HEX_RUN.finditer(value):
        run = match.group()
        if any(c.isdigit() for c in run) and any(c.isalpha() for c in run):
            return True
    for match in _ALNUM_RUN.finditer(value):
        run = match.group()
        if len(run) >= 32 and any(c.isdigit() for c in run):
            return True
        classes = [_char_class(c) for c in run]
        switches = sum(1 for a, b in pairwise(classes) if a != b)
        if switches >= 6:
            return True
    return False


def _secret_url(url: str) -> bool:
    """True when a link carries a secret or personal data and must go as a whole."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        netloc = parts.netloc
    except ValueError:
        return True
    if "@" in netloc or (":" in netloc and not netloc.rsplit(":", 1)[1].isdigit()):
        return True
    if "@" in url and _EMAIL.search(url):
        return True
    params = parse_qsl(parts.query, keep_blank_values=True)
    if "=" in parts.fragment:
        params += parse_qsl(parts.fragment, keep_blank_values=True)
    for key, value in params:
        low = key.lower()
        if value and (_SECRET_KEY_PART.search(low) or _SECRET_KEY_WORD.search(low)):
            return True
        if _looks_random(value):
            return True
    if _TRACKING_URL.search(url) and _URL_POSTCODE.search(url):
        return True  # parcel links with a postcode open the delivery address
    segments = [s for s in parts.path.split("/") if s]
    if any(_looks_random(s) for s in segments):
        return True
    for i, segment in enumerate(segments):
        if _AUTH_SEGMENT.match(segment):
            later = segments[i + 1 :]
            if any(len(s) >= 8 for s in later) or any(v for _, v in params):
                return True
    return False


def _split_url(raw: str) -> tuple[str, str]:
    """Separate sentence punctuation from the end of a matched link."""
    url = raw
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url, raw[len(url) :]


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
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})\d{2} ?[A-Za-z0-9]")


def _iban_ok(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


def _redact_ibans(text: str, counts: dict[str, int]) -> str:
    out: list[str] = []
    pos = 0
    end = len(text)
    for match in _IBAN_START.finditer(text):
        start = match.start()
        length = _IBAN_LENGTHS.get(match.group(1).upper())
        if start < pos or length is None:
            continue
        chars: list[str] = []
        j = start
        while j < end and len(chars) < length:
            ch = text[j]
            if ch.isascii() and ch.isalnum():
                chars.append(ch)
                j += 1
            elif ch == " " and j + 1 < end and text[j + 1].isascii() and text[j + 1].isalnum():
                j += 1
            else:
                break
        if len(chars) != length or (j < end and text[j].isalnum()):
            continue
        if not _iban_ok("".join(chars).upper()):
            continue
        out.append(text[pos:start])
        out.append("[IBAN]")
        _bump(counts, "IBAN")
        pos = j
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------- cards, phones

# A run of digit groups joined by single separators; "+" / "(" openers for phones.
_NUMBER_RUN = re.compile(
    r"(?<![\w#€$£+-])(?<!\d[.,])"
    r"(?:\(?\+|\()?\d+(?:(?:[ .-]|[ ]?\(|\)[ .-]?)\d+)*\)?"
)
_TRUNK = re.compile(r"\(0\)")
# "03-04-2026 09:15" is a date and a time, not 0304202609.
_DATE_START = re.compile(r"\(?\d{1,2}([-./])\d{1,2}\1(?:19|20)\d\d(?!\d)")

# Plausible digit counts (country code included) for international numbers.
_INTL_LENGTHS: dict[str, tuple[int, int]] = {
    "1": (11, 11),
    "7": (11, 11),
    "31": (11, 11),
    "32": (10, 11),
    "33": (11, 11),
    "34": (11, 11),
    "39": (10, 13),
    "44": (11, 12),
    "49": (10, 15),
}


def _intl_ok(digits: str) -> bool:
    if not digits or digits[0] == "0":
        return False
    bounds = _INTL_LENGTHS.get(digits[:1]) or _INTL_LENGTHS.get(digits[:2]) or (9, 15)
    if not bounds[0] <= len(digits) <= bounds[1]:
        return False
    return not (digits.startswith("31") and digits[2] == "0")


def _phone_ok(span: str) -> bool:
    if span.count("(") != span.count(")") or _DATE_START.match(span):
        return False
    if span.startswith("+") or span.startswith("(+"):
        return _intl_ok(_NON_DIGIT.sub("", _TRUNK.sub("", span)))
    digits = _NON_DIGIT.sub("", span)
    if digits.startswith("00"):
        return _intl_ok(digits[2:])
    return len(digits) == 10 and digits[0] == "0"


def _phone_start(run: str, tokens: list[tuple[int, int]], i: int) -> int | None:
    """Where a phone starting at digit group i would begin, or None if it cannot start there."""
    start = tokens[i][0]
    if start > 0 and run[start - 1] == "+":
        start -= 1
    if start > 0 and run[start - 1] == "(":
        start -= 1
    if run[start] not in "+(" and run[tokens[i][0]] != "0":
        return None
    if start > 0 and run[start - 1] != " ":
        return None
    return start


def _card_ok(span: str) -> bool:
    digits = _NON_DIGIT.sub("", span)
    if not 13 <= len(digits) <= 19 or digits[0] not in "23456":
        return False
    if len(digits) != len(span):
        groups = re.split(r"[ -]", span)
        separators = {ch for ch in span if not ch.isdigit()}
        if len(separators) != 1 or len(groups[0]) != 4:
            return False
        if any(not 3 <= len(g) <= 6 for g in groups[1:]):
            return False
    return _luhn_ok(digits)


def _card_start(run: str, tokens: list[tuple[int, int]], i: int) -> int | None:
    start = tokens[i][0]
    if run[start] not in "23456":
        return None
    if start > 0 and run[start - 1] != " ":
        return None
    return start


_StartFn = Callable[[str, list[tuple[int, int]], int], "int | None"]


def _find_spans(
    run: str, valid: Callable[[str], bool], start_at: _StartFn
) -> list[tuple[int, int]]:
    """Non-overlapping, longest valid spans of whole digit groups inside one number run."""
    tokens = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(run)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        start = start_at(run, tokens, i)
        found = False
        if start is not None:
            for j in range(min(len(tokens) - 1, i + 7), i - 1, -1):
                stop = tokens[j][1]
                piece = run[start:stop]
                if stop < len(run) and run[stop] == ")" and piece.count("(") > piece.count(")"):
                    stop += 1
                    piece = run[start:stop]
                if valid(piece):
                    spans.append((start, stop))
                    i = j + 1
                    found = True
                    break
        if not found:
            i += 1
    return spans


def _replace_spans(run: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    pieces: list[str] = []
    pos = 0
    for start, stop in spans:
        pieces.append(run[pos:start])
        pieces.append(placeholder)
        pos = stop
    pieces.append(run[pos:])
    return "".join(pieces)


def _redact_numbers(text: str, counts: dict[str, int]) -> str:
    """Cards first, then phones, inside each run of digit groups."""

    def replace(match: re.Match[str]) -> str:
        run = match.group()
        if len(run) < 9:
            return run
        spans = _find_spans(run, _card_ok, _card_start)
        if spans:
            _bump(counts, "CARD", len(spans))
            run = _replace_spans(run, spans, "[CARD]")
        spans = _find_spans(run, _phone_ok, _phone_start)
        if spans:
            _bump(counts, "PHONE", len(spans))
            run = _replace_spans(run, spans, "[PHONE]")
        return run

    return _NUMBER_RUN.sub(replace, text)


# --------------------------------------------------------------------------- BSN

_BSN_CONTEXT = re.compile(
    r"\b(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofi-?nummer|sofi)\b"
    r"[^\d\n]{0,25}?(\d(?:[ .-]?\d){8})(?!\w|[.,-]\d)",
    re.IGNORECASE,
)
_BSN_BARE = re.compile(r"(?<![\w#€$£/+.,:-])\d{9}(?!\w|[.,:/-]\d)")
_NOT_BSN_CONTEXT = re.compile(
    r"(?:\b(?:order|bestel|factuur|invoice|klant|customer|referentie|reference|ref|track"
    r"|zending|shipment|pakket|parcel|artikel|article|sku|ean|ticket|case|dossier|transacti"
    r"|kvk|btw|vat)\w*|\w*(?:nummer|number)|\b(?:nr|no|id)|#)[^\w]{0,4}$",
    re.IGNORECASE,
)


def _redact_bsn_context(text: str, counts: dict[str, int]) -> str:
    def replace(match: re.Match[str]) -> str:
        number = match.group(1)
        if not _bsn_ok(_NON_DIGIT.sub("", number)):
            return match.group()
        _bump(counts, "BSN")
        start = match.start(1) - match.start()
        return match.group()[:start] + "[BSN]"

    return _BSN_CONTEXT.sub(replace, text)


def _redact_bsn_bare(text: str, counts: dict[str, int]) -> str:
    def replace(match: re.Match[str]) -> str:
        number = match.group()
        if not _bsn_ok(number):
            return number
        before = text[max(0, match.start() - 30) : match.start()]
        if _NOT_BSN_CONTEXT.search(before):
            return number
        _bump(counts, "BSN")
        return "[BSN]"

    return _BSN_BARE.sub(replace, text)


# --------------------------------------------------------------------------- addresses

_STREET_SUFFIX = (
    r"(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|dreef|hof"
    r"|plantsoen|boulevard|baan|ring|wal|burgwal|haven|kanaal|markt|park|allee|erf|oord)"
)
# Words that start multi-word street names ("Van Baerlestraat", "Prins Hendrikkade").
_STREET_PREFIX = (
    r"(?:Van|De|Den|Der|Het|Sint|St\.|Prins|Prinses|Koning|Koningin|Graaf|Hertog|Burgemeester"
    r"|Dokter|Dr\.|Generaal|Admiraal|Pastoor|Kardinaal|Professor|Prof\.|Mr\.|Eerste|Tweede"
    r"|Derde|Nieuwe|Oude|Korte|Lange|Hoge|Lage|Grote|Kleine|Noord|Zuid|Oost|West|Binnen"
    r"|Buiten|Achter|Voor|Jan|Johan|Willem|Pieter|Hendrik|Jacob|Cornelis|Frederik)"
)
_HOUSE_NUMBER = r"[1-9]\d{0,4}(?:-?[A-Za-z](?![\w])|-\d{1,4}(?!\d))?(?![\w%]|[.,:/]\d)"
_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w])"
_STREET_ADDRESS = re.compile(
    r"(?:\b" + _STREET_PREFIX + r" (?:(?:van|de|der|den|het|ter|ten) )*){0,3}"
    r"\b[A-Z][\w'-]*?"
    + _STREET_SUFFIX
    + r" (?:nr\.? ?)?"
    + _HOUSE_NUMBER
    + r"(?:,? ?"
    + _POSTCODE
    + r"(?:,? [A-Z][a-zà-ÿ'-]+)?)?"
)
_POSTCODE_HOUSE = re.compile(
    r"(?<![\w-])"
    + _POSTCODE
    + r",? (?:(?:nr|huisnummer)\.? ?)?"
    + _HOUSE_NUMBER
    + r"(?! ?(?:x\b|stuks?\b|keer\b|pcs\b|pieces\b|items\b|%|€))"  # "3000 XL 2 stuks"
)
_STREET_HINT = re.compile(_STREET_SUFFIX + r" (?:nr\.? ?)?[1-9]")
_POSTCODE_HINT = re.compile(r"[1-9]\d{3} ?[A-Za-z]{2}(?![\w])")
_POSTCODE_CONTEXT = re.compile(
    r"(\b(?i:postcode|post code|postal code|zip ?code|zip)\b[\s:]*)"
    r"([1-9]\d{3} ?[A-Za-z]{2})(?![\w])"
)


def _sub_count(
    pattern: re.Pattern[str], repl: str, text: str, counts: dict[str, int], kind: str
) -> str:
    new, n = pattern.subn(repl, text)
    if n:
        _bump(counts, kind, n)
    return new


# --------------------------------------------------------------------------- driver


def _redact_plain(text: str, counts: dict[str, int]) -> str:
    """Every rule except links, on text that holds no kept link."""
    if "@" in text:
        text = _sub_count(_EMAIL, "[EMAIL]", text, counts, "EMAIL")
    if not _DIGIT.search(text):
        return text
    if _LONG_NUMBER.search(text):
        text = _redact_ibans(text, counts)
        text = _redact_bsn_context(text, counts)
        text = _redact_numbers(text, counts)
        text = _redact_bsn_bare(text, counts)
    if _STREET_HINT.search(text):
        text = _sub_count(_STREET_ADDRESS, "[ADDRESS]", text, counts, "ADDRESS")
    if _POSTCODE_HINT.search(text):
        text = _sub_count(_POSTCODE_HOUSE, "[ADDRESS]", text, counts, "ADDRESS")
        new, n = _POSTCODE_CONTEXT.subn(r"\1[POSTCODE]", text)
        if n:
            _bump(counts, "POSTCODE", n)
            text = new
    return text


def redact(text: str) -> RedactionResult:
    """Replace personal data in ``text`` by ``[KIND]`` placeholders; pure and idempotent."""
    if not text:
        return RedactionResult(text, {})
    has_link = "://" in text or "www." in text or "WWW." in text
    if not has_link and "@" not in text and not _DIGIT.search(text):
        return RedactionResult(text, {})
    counts: dict[str, int] = {}
    if not has_link:
        return RedactionResult(_redact_plain(text, counts), counts)
    pieces: list[str] = []
    pos = 0
    for match in _URL.finditer(text):
        url, tail = _split_url(match.group())
        pieces.append(_redact_plain(text[pos : match.start()], counts))
        if _secret_url(url):
            pieces.append("[URL]")
            _bump(counts, "URL")
        else:
            pieces.append(url)
        pieces.append(tail)
        pos = match.end()
    pieces.append(_redact_plain(text[pos:], counts))
    return RedactionResult("".join(pieces), counts)
