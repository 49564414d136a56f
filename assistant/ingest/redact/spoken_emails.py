"""E-mail addresses said aloud in a call or written out in a log: letter by letter ("T, O, M,
dot, W, I, E, C, K, at gmail dot com"), a part said and then spelled ("k punt nguyen,
n-g-u-y-e-n, apenstaartje gmail punt com"), the country's domain spelled ("at hotmail dot
s-e", "punt p l"), and the ``@`` percent-encoded in a logged query ("lars%40online.no")."""

from __future__ import annotations

import re

# the domains a spelled address may end in; not "no", "it", "at", "be" said alone: words
TLDS = (
    "com", "nl", "be", "de", "uk", "org", "net", "eu", "fr", "io", "info", "me", "biz", "pl",
    "es", "se", "ch", "dk", "fi", "ie", "pt", "cz", "lu", "gr", "ro", "hu", "ca", "au", "nz",
    "tr", "no", "it", "at",
)  # fmt: skip
_WORD_TLDS = frozenset(TLDS) - {"no", "it", "at", "me"}

_SEP = r"(?:\s*,\s*|\s+)"
_LETTER = r"[A-Za-z0-9](?![\w'-])"
_LETTERS = _LETTER + r"(?:" + _SEP + _LETTER + r")+"  # "T, O, M, A, S"
_SPELLED = r"[A-Za-z0-9](?:-[A-Za-z0-9]){1,40}(?![\w-])"  # "n-g-u-y-e-n"
_WORD = r"[A-Za-z0-9][\w%+]*(?:[-.][\w%+]+)*"
_PIECE = r"(?:" + _SPELLED + "|" + _LETTERS + "|" + _WORD + ")"
_DOT = r"(?:dot|punt|[\[({<](?:dot|punt)[\])}>])"
_AT = r"(?:at|apenstaartje|[\[({<]at[\])}>])"
_TLD = r"(?P<tld>[A-Za-z](?:(?:-|,? )?[A-Za-z]){1,3})(?![\w-])"  # "com", "s-e", "p l"

SPOKEN_EMAIL = re.compile(
    r"(?<![\w'.%+-])"
    + _PIECE
    + r"(?:"
    + _SEP
    + _DOT
    + _SEP
    + _PIECE
    + r")*(?:"
    + _SEP
    + _SPELLED  # the part said, then spelled: "nguyen, n-g-u-y-e-n"
    + r")?"
    + _SEP
    + _AT
    + _SEP
    + r"[A-Za-z0-9][\w-]*(?:"
    + _SEP
    + _DOT
    + _SEP
    + r"[A-Za-z0-9][\w-]*)*?"
    + _SEP
    + _DOT
    + _SEP
    + _TLD,
    re.IGNORECASE,
)

ENCODED_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.+-]+%40[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])"
)

_SAID = (" dot ", " punt ", " at ", "apenstaartje", "[at]", "(at)")


def spoken_emails(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are an e-mail address said aloud or percent-encoded."""
    spans: list[tuple[int, int]] = []
    if "%40" in text:
        spans += [m.span() for m in ENCODED_EMAIL.finditer(text)]
    lowered = text.lower()
    if not any(hint in lowered for hint in _SAID):
        return spans
    for match in SPOKEN_EMAIL.finditer(text):
        tld = re.sub(r"[-, ]", "", match.group("tld")).lower()
        said_apart = tld != match.group("tld").lower()
        if tld in _WORD_TLDS or (said_apart and tld in TLDS):
            spans.append(match.span())
    return spans
