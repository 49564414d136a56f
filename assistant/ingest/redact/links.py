"""E-mail addresses, and links: a link that carries a secret or personal data goes as a whole
(``URL``); a plain link stays, and nothing inside it is touched by the other rules."""

from __future__ import annotations

import re
from itertools import pairwise
from urllib.parse import parse_qsl, urlsplit

from assistant.ingest.redact.scan import Scan

EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,24}(?![\w-])"
)

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


def looks_random(value: str) -> bool:
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
    if "@" in url and EMAIL.search(url):
        return True
    params = parse_qsl(parts.query, keep_blank_values=True)
    if "=" in parts.fragment:
        params += parse_qsl(parts.fragment, keep_blank_values=True)
    for key, value in params:
        low = key.lower()
        if value and (_SECRET_KEY_PART.search(low) or _SECRET_KEY_WORD.search(low)):
            return True
        if looks_random(value):
            return True
    if _TRACKING_URL.search(url) and _URL_POSTCODE.search(url):
        return True  # parcel links with a postcode open the delivery address
    segments = [s for s in parts.path.split("/") if s]
    if any(looks_random(s) for s in segments):
        return True
    for i, segment in enumerate(segments):
        if _AUTH_SEGMENT.match(segment):
            later = segments[i + 1 :]
            if any(len(s) >= 8 for s in later) or any(v for _, v in params):
                return True
    return False


def _url_length(raw: str) -> int:
    """Length of a matched link without the sentence punctuation after it."""
    url = raw
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return len(url)


# a password inside a connection string: "postgres://app_rw:Vq7#pL2x!Rz9@10.0.4.17:5432/db"
_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@\[]{1,64}:([^\s@/\[]{1,128})@", re.I)


def take_links(scan: Scan) -> None:
    """Secret links become ``URL``; plain links are masked so no other rule reads inside."""
    for match in list(_URL.finditer(scan.masked)):
        end = match.start() + _url_length(match.group())
        url = scan.text[match.start() : end]
        scan.take(match.start(), end, "URL" if _secret_url(url) else None)
    for match in list(_CREDENTIALS.finditer(scan.masked)):
        scan.take(match.start(1), match.end(1), "PASSWORD")


# written out against spam harvesters: "jan [at] example [dot] nl", "jan.smit at gmail dot com"
_AT = r"(?: ?[\[({<]at[\])}>] ?| (?:at|apenstaartje) )"
_DOT = r"(?: ?[\[({<](?:dot|punt)[\])}>] ?| (?:dot|punt) )"
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+" + _AT + r"[A-Za-z0-9-]+(?:(?:" + _DOT + r"|\.)[A-Za-z0-9-]+)*"
    r"(?:" + _DOT + r"|\.)(?i:com|nl|be|de|uk|co\.uk|org|net|eu|fr|io|info|me|biz)(?![\w-])",
    re.IGNORECASE,
)
_SPELLED_HINTS = (
    "[at]",
    "(at)",
    "{at}",
    "<at>",
    " dot ",
    "[dot]",
    "(dot)",
    " punt ",
    "apenstaartje",
)


def take_emails(scan: Scan) -> None:
    if "@" in scan.text:
        scan.take_all(EMAIL, "EMAIL")
    if scan.mentions(*_SPELLED_HINTS):
        scan.take_all(_SPELLED_EMAIL, "EMAIL")
