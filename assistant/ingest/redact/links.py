"""E-mail addresses, and links: a link's own secret (a token parameter, a key before the host,
a generated path segment) goes as ``TOKEN`` and the rest of the link stays readable; a link
that carries personal data (an e-mail address, a postcode) goes as a whole (``URL``); a plain
link stays, and nothing inside a link is touched by the other rules."""

from __future__ import annotations

import re
from itertools import pairwise
from urllib.parse import parse_qsl, urlsplit

from assistant.ingest.redact.scan import Scan
from assistant.ingest.redact.spoken_emails import spoken_emails

EMAIL = re.compile(
    # a local part with a letter or digit: not "the account ending in ...@gmail.com"
    r"(?<![\w.%+-])(?![.%+-]*@)[\w.%+-]+@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,24}(?![\w-])"
)

# the machine itself or every address, and four single digits (a version: no one's address
# is written so): "127.0.0.1", "0.0.0.0", "since patch 1.0.3.7"
NO_ONES_ADDRESS = re.compile(r"127\.\d+\.\d+\.\d+|0\.0\.0\.0|\d\.\d\.\d\.\d")

_URL = re.compile(
    r"(?<![@\w.])(?:https?://|www\.|(?<![/-])[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    # a link written without its scheme, known by its domain and a path: "streamflix.nl/confirm/..."
    r"\.(?:nl|be|com|net|org|eu|de|fr|io|app|co\.uk|uk|ie|es|it|at|ch)/(?=\w))"
    # not past a comma: "Gmail,https://mail.google.com,h.v@...", nor a semicolon but a
    # parameter's ("...;jsessionid=..."): "Mail;https://mail.example.com;j.devries;..."
    r"(?:[^\s<>\"'\[\]{}|\\^`,;]|;(?=[\w.-]+=))+",
    re.IGNORECASE,
)
# a cheap test before the links are read: a scheme, "www." or a domain before a path
LINK_HINT = re.compile(
    r"://|www\.|\.(?:nl|be|com|net|org|eu|de|fr|io|app|uk|ie|es|it|at|ch)/\w", re.IGNORECASE
)
_URL_TRAILING = ".,;:!?'\"*)"
_SECRET_KEY_PART = re.compile(
    r"token|secret|sess|passw|pwd|apikey|api[-_]?key|signature|credential|jwt|nonce"
    r"|auth(?!or)|otp|e-?mail|phone|iban|bsn|activation"
)
_SECRET_KEY_WORD = re.compile(
    # (an eSIM's activation code: "activate?ac=LPA1$smdp...")
    r"(?:^|[-_.])(?:key|code|sig|sid|hash|pin|ticket|pass|mail|hmac|tel|k|ac)(?:$|[-_.\[])"
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


def short_key(value: str) -> bool:
    """A short generated key, as links carry one: "dhl.link/d/Qz7vN2pLx8Rk" (10 to 15 letters
    and digits, both cases, switching at almost every character, digits in two places or more;
    "iPhone15Pro" and "AirFryProXL2" are not)."""
    if not (10 <= len(value) < 16 and value.isalnum() and value.isascii()):
        return False
    classes = [_char_class(c) for c in value]
    digit_runs = sum(1 for a, b in pairwise([1, *classes]) if b == 0 and a != 0)
    switches = sum(1 for a, b in pairwise(classes) if a != b)
    return len(set(classes)) == 3 and digit_runs >= 2 and switches >= 8  # not "AirFryProXL2"


# a public link shortener's id opens a public page, nothing of one person's: "https://t.co/Lm3Hq8yXfP"
_PUBLIC_SHORTENER = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t\.co|bit\.ly|tinyurl\.com|goo\.gl|ow\.ly|buff\.ly|lnkd\.in"
    r"|youtu\.be|amzn\.to|fb\.me|instagr\.am)/",
    re.IGNORECASE,
)


# a generated id after its type's short prefix, as a user's own link carries one:
# "app.taskboard.io/u/u_9f3e2a71c0b4" (hex with three digits and three letters at least)
_PREFIXED_HEX = re.compile(r"[A-Za-z]{1,4}_(?=(?:[a-f]*\d){3})(?=(?:\d*[a-f]){3})[0-9a-f]{10,40}")


def _generated(value: str, url: str) -> bool:
    return (
        looks_random(value)
        or _PREFIXED_HEX.fullmatch(value) is not None
        or (short_key(value) and not _PUBLIC_SHORTENER.match(url))
    )


def _short_token_key(key: str, value: str) -> bool:
    """A token under a key of a letter or two: "lock?t=lk_9Wb3Rf7Tn2Hy" (not a time: "?t=42s")."""
    return key in ("t", "tk", "tok") and (looks_random(value) or short_key(value.split("_")[-1]))


def _secret_url(url: str) -> bool:
    """True when a link carries a secret or personal data and must go as a whole."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        netloc = parts.netloc
    except ValueError:
        return True
    if "@sha256:" in parts.path:
        return False  # a container image's digest: "registry.example.io/api@sha256:3f9c..."
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
        if _generated(value, url) or _short_token_key(low, value):
            return True
    if _TRACKING_URL.search(url) and _URL_POSTCODE.search(url):
        return True  # parcel links with a postcode open the delivery address
    segments = [s for s in parts.path.split("/") if s]
    if any(_generated(s, url) for s in segments):
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
# or with no user at all: "redis://:r3d1s-st4ging@10.0.4.18:6379/0"
_CREDENTIALS = re.compile(r"\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@\[]{0,64}:([^\s@/\[]{1,128})@", re.I)


# where a link's secret sits, so only it goes and the link stays readable: the key before the
# host ("https://8f2c...@o448.ingest.sentry.io"), a parameter ("reset?token=a7F3..."), a
# generated path segment ("hooks.slack.com/services/T04QX8R2L/B06H7LZ1K9P/vQ3n...")
_PARAM = re.compile(r"[?&#;]([^=&#;?]+)=([^&#;]+)")
_USERINFO = re.compile(r"^[a-z][a-z0-9+.-]*://([^/@\s]+)@", re.IGNORECASE)
_SEGMENT = re.compile(r"/([^/?#]+)")
_PERSONAL_KEY = re.compile(r"e-?mail|mail$|phone|tel$|iban|bsn|zip|postcode|name")
_HOOK_SEGMENTS = frozenset(("services", "hooks", "webhook", "webhooks"))


def _secret_parts(url: str) -> list[tuple[int, int, str]]:
    """Spans of ``url`` that are secrets of their own (tokens, keys, a password before the
    host) with their kind, or [] when the secret is not one part (an e-mail address, a
    postcode in a parcel link)."""
    parts: list[tuple[int, int, str]] = []
    encoded = False
    user = _USERINFO.match(url)
    if user and ":" in user.group(1):  # "https://x-access-token:ghp_7mQz...@github.com"
        secret = user.start(1) + user.group(1).index(":") + 1
        kind = "TOKEN" if looks_random(url[secret : user.end(1)]) else "PASSWORD"
        parts.append((secret, user.end(1), kind))
    elif user and looks_random(user.group(1)):
        parts.append((*user.span(1), "TOKEN"))
    for param in _PARAM.finditer(url):
        key, value = param.group(1).lower(), param.group(2)
        if EMAIL.fullmatch(value):  # "recover?email=h.schulz@gmx.de&code=rc_9XbT...": apart
            parts.append((*param.span(2), "EMAIL"))
            continue
        if EMAIL.fullmatch(re.sub("%40", "@", value, flags=re.I)):
            encoded = True  # with its "@" encoded: apart only beside secrets (below)
            parts.append((*param.span(2), "EMAIL"))
            continue
        if _PERSONAL_KEY.search(key):
            return []  # "?name=...", "?mail=h.schulz": the link goes as a whole
        if (
            _SECRET_KEY_PART.search(key)
            or _SECRET_KEY_WORD.search(key)
            or _generated(value, url)
            or _short_token_key(key, value)
        ):
            parts.append((*param.span(2), "TOKEN"))
    host_end = url.find("/", url.find("//") + 2) if "//" in url else url.find("/")
    after_auth = False
    for segment in _SEGMENT.finditer(url, host_end) if host_end >= 0 else ():
        text = segment.group(1)
        if _generated(text, url) or (
            after_auth and len(text) >= 8 and any(c.isdigit() for c in text)
        ):
            parts.append((*segment.span(1), "TOKEN"))
        if _AUTH_SEGMENT.match(text) or text.lower() in _HOOK_SEGMENTS:
            after_auth = True
    if encoded and not _only_secrets_beside(url, parts, host_end):
        return []  # "?email=jan%40ziggo.nl&token=...&telefoon=06...": the link goes as a whole
    merged: list[tuple[int, int, str]] = []
    for start, stop, kind in sorted(parts):
        if merged and start - merged[-1][1] <= 1 and kind == merged[-1][2]:
            merged[-1] = (merged[-1][0], stop, kind)  # "/T04QX8R2L/B06H7LZ1K9P/vQ3n...": one secret
        else:
            merged.append((start, stop, kind))
    return merged


# a path segment that may name someone: a number of five digits or more, a dotted name
_PERSONAL_SEGMENT = re.compile(r"[^/]*\d{5,}[^/]*|[A-Za-z]+\.[A-Za-z]+")


def _only_secrets_beside(url: str, parts: list[tuple[int, int, str]], host_end: int) -> bool:
    """Every parameter of ``url`` is one of ``parts``, and no path segment may name someone."""
    taken = {start for start, _, _ in parts}
    if any(param.start(2) not in taken for param in _PARAM.finditer(url)):
        return False
    path = url[host_end : url.find("?")] if host_end >= 0 and "?" in url else ""
    return not any(_PERSONAL_SEGMENT.fullmatch(s.group(1)) for s in _SEGMENT.finditer(path))


# a link to an IP address rather than a name
_IP_HOST = re.compile(
    r"[a-z][a-z0-9+.-]*://(?:[^@/\s]*@)?((?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}"
    r"(?:25[0-5]|2[0-4]\d|1?\d?\d))(?=[:/?#]|$)",
    re.IGNORECASE,
)


# a placeholder right after a link's "=": "...&token=[TOKEN]", redacted before
_PLACEHOLDER_NEXT = re.compile(r"\[[A-Z_]+\]")


# a shop's short link on a domain that ``_URL`` does not know without a scheme, its key at the
# path's end: "Pay ahead here: kwik.fit/p/Qm7v2XwZ9kLd4R" (only the key is taken)
_SHORT_LINK_KEY = re.compile(
    r"(?<![@\w./-])[a-z0-9-]{2,30}\.(?:fit|link|ly|me|info|shop|store|online|site|page|co|biz|ai"
    r"|pl|se|dk|fi|pt|lu|cz)/[a-z]{1,12}/([A-Za-z0-9]{10,40})(?![\w/.-])"
)


def take_links(scan: Scan) -> None:
    """Links with a secret of their own keep all but the secret (``TOKEN``); other secret
    links become ``URL``; plain links are masked so no other rule reads inside."""
    for match in list(_URL.finditer(scan.masked)):
        end = match.start() + _url_length(match.group())
        url = scan.text[match.start() : end]
        if url.endswith("=") and _PLACEHOLDER_NEXT.match(scan.text, end):
            scan.take(match.start(), end, None)  # its secret taken on an earlier pass: kept
            continue
        if not _secret_url(url):
            host = _IP_HOST.match(url)
            if host and not NO_ONES_ADDRESS.fullmatch(host.group(1)):
                # "http://86.82.134.209:8123/api/...": the address is a person's
                scan.take(match.start(), match.start() + host.start(1), None)
                scan.take(match.start() + host.start(1), match.start() + host.end(1), "IP")
                scan.take(match.start() + host.end(1), end, None)
            scan.take(match.start(), end, None)
            continue
        parts = _secret_parts(url)
        email = EMAIL.search(url)
        user = _USERINFO.match(url)
        apart = email and any(k == "EMAIL" and a <= email.start() < b for a, b, k in parts)
        if not parts or (email and not apart and not (user and email.start() < user.end(1))):
            scan.take(match.start(), end, "URL")
            continue
        pos = match.start()
        for start, stop, kind in parts:
            scan.take(pos, match.start() + start, None)  # the rest of the link: kept, unread
            scan.take(match.start() + start, match.start() + stop, kind)
            pos = match.start() + stop
        scan.take(pos, end, None)
    for match in list(_CREDENTIALS.finditer(scan.masked)):
        scan.take(match.start(1), match.end(1), "PASSWORD")


def take_short_link_keys(scan: Scan) -> None:
    """A generated key at the end of a short link written without its scheme (``TOKEN``)."""
    for match in list(_SHORT_LINK_KEY.finditer(scan.masked)):
        if looks_random(match.group(1)) or short_key(match.group(1)):
            scan.take(match.start(1), match.end(1), "TOKEN")


# written out against spam harvesters: "jan [at] example [dot] nl", "jan.smit at gmail dot com"
_AT = r"(?: ?[\[({<]at[\])}>] ?| (?:at|apenstaartje) )"
_DOT = r"(?: ?[\[({<](?:dot|punt)[\])}>] ?| (?:dot|punt) )"
_SPELLED_EMAIL = re.compile(
    # the name may be said in parts too: "j punt v-e-r-b-e-e-k at ziggo punt nl"
    r"(?<![\w.%+-])(?:[\w%+-]+"
    + _DOT
    + r")*[\w.%+-]+"
    + _AT
    + r"[A-Za-z0-9-]+(?:(?:"
    + _DOT
    + r"|\.)[A-Za-z0-9-]+)*"
    r"(?:" + _DOT + r"|\.)(?i:com|nl|be|de|uk|co\.uk|org|net|eu|fr|io|info|me|biz|pl|es|se|ch"
    r"|dk|fi|ie|pt|cz|lu|gr|ro|hu|ca|au|nz|tr)(?![\w-])",  # not "no", "it", "at": words
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


# a mail's own id in its headers (with digits), no one's address: "Message-ID:
# <20250310132207.4471@shop.nl>"
_MESSAGE_ID = re.compile(
    r"^(?:message-id|in-reply-to|references):[ \t]*<((?=[^<>@\s]*\d)[^<>@\s]+@[^<>\s]+)>",
    re.I | re.M,
)


def take_emails(scan: Scan) -> None:
    if "@" in scan.text:
        if "-id:" in scan.lower or "reply-to:" in scan.lower or "references:" in scan.lower:
            scan.take_all(_MESSAGE_ID, None, 1)
        scan.take_all(EMAIL, "EMAIL")
    for start, end in spoken_emails(scan.masked):
        scan.take(start, end, "EMAIL")
    if scan.mentions(*_SPELLED_HINTS):
        scan.take_all(_SPELLED_EMAIL, "EMAIL")
