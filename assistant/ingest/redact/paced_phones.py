"""Phones read out digit by digit, as a caller paces them and a transcript or a hurried chat
writes them: "0 6 - 5 3 2 1 8 8 4 0 (haar mobiel)", "bel me op 0 6 5 3 2 1 8 8 4 0", "0 1 5 2,
3 3 8 4, 7 7 1 2". The digits must make a phone's length for its prefix, and a mobile's prefix
or a phone's word nearby must say it is one: ten single digits are as often a score list or
an unlock pattern. Runs after the code rules, so a one-time code read out so stays one."""

from __future__ import annotations

import re

from assistant.ingest.redact.numbers import NON_DIGIT, intl_ok
from assistant.ingest.redact.scan import Scan

_SPACED_FOUR = re.compile(r"\d \d \d \d")
# a phone read out digit by digit, maybe with a dash after the area code or commas between
# groups: "0 6 - 5 3 2 1 8 8 4 0 (haar mobiel)", "bel me op 0 6 5 3 2 1 8 8 4 0", "0 1 5 2, 3 3
# 8 4, ..."
_SINGLE_DIGITS = re.compile(
    r"(?<![\w+-])(?:\+ ?)?\d{1,2}(?:(?: ?[-–] ?| |, )\d){8,13}(?![\w-]|[.,:]\d|,? \d)"
)


# a phone's word close before the digits ("bel me op") or right after them ("(haar mobiel)"),
# and words that make a run of digits something else ("ordernummer 0 1 2 ...")
_SPOKEN_PHONE_WORD = re.compile(
    r"\b(?i:bel\w*|call\w*|ring\w*|phone|tel\w*|mobi\w*|gsm|nummer|number|whatsapp|sms|anrufen"
    r"|rufen|handy|festnetz|nr)\b"
)
_NOT_A_PHONE_WORD = re.compile(
    r"\b(?i:order\w*|bestel\w*|rekening\w*|account|iban|ticket|factuur|invoice|klantnummer"
    r"|kassabon|pattern|patroon|code|pin|score\w*|lotto)\b[^\n]{0,20}$"
)


def take_paced_phones(scan: Scan) -> None:
    """A phone read out digit by digit (see the module's notes)."""
    if not _SPACED_FOUR.search(scan.masked):
        return
    for match in list(_SINGLE_DIGITS.finditer(scan.masked)):
        digits = NON_DIGIT.sub("", match.group())
        if match.group().startswith("+"):
            ok = intl_ok(digits)
        else:
            ok = not digits.startswith("00") and (
                (digits.startswith("0") and len(digits) == 10)
                or (digits.startswith(("015", "016", "017", "07")) and len(digits) in (11, 12))
            )  # Dutch and Belgian ones have ten digits, German and British mobiles more
        before = scan.masked[max(0, match.start() - 80) : match.start()]
        around = before + scan.masked[match.end() : match.end() + 20]
        mobile = digits.startswith(("06", "046", "047", "048", "049", "015", "016", "017", "07"))
        if (
            ok
            and (mobile or _SPOKEN_PHONE_WORD.search(around))
            and not _NOT_A_PHONE_WORD.search(before)
        ):  # not "Survey scores: 0 1 2 3 4 5 6 7 8 9", "ordernummer 0 1 2 ..."
            scan.take(match.start(), match.end(), "PHONE")
