"""A PIN or passcode the customer guesses at, with a question mark, in a message about it: "i
think it was 0611? ... send a new pin code by sms", "volgens mij was het 4471?", or
tried and turned down: "ik dacht dat het 1207 was maar die werkt niet", or chosen: "ok I
chose 240691" after being asked to choose a code. The cue comes after the value, on another
turn or not at all, so the cue-first rules in ``passwords`` do not see it."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan

_GUESSED = re.compile(
    r"\b(?:i think it (?:was|is)|i think it's|was it|maybe it was|could it be"
    r"|volgens mij (?:was|is) het|ik denk|misschien)\s+"
    r"(?!(?:19|20)\d\d\?)(\d{4,6})\?",  # not a year: "was it 2019?"
    re.IGNORECASE,
)
# tried and turned down, no question mark: "I thought it was 5830 but it says wrong PIN"
_TRIED = re.compile(
    r"\b(?:i thought it (?:was|is)|i thought it's|ik dacht (?:dat )?het)\s+"
    r"(?!(?:19|20)\d\d\b)(\d{4,6})(?:\s+(?:was|is|zou zijn))?"
    r"(?=[ ,.]+(?:but|maar|and|en)\b[^\n]{0,30}\b(?:work|werkt|wrong|fout|rejected|geweigerd"
    r"|blocked|geblokkeerd|accepted|geaccepteerd|not|niet|incorrect|ongeldig|invalid))",
    re.IGNORECASE,
)
# chosen by the customer, so kept for good: "ok I chose 240691, is that too easy", "ik heb
# 7391 gekozen" (a code one chooses is a PIN, not one sent)
_CHOSEN = re.compile(
    r"\b(?:i (?:chose|picked|set it to|went with)|ik (?:koos|kies|neem)|gekozen:?)\s+"
    r"(?!(?:19|20)\d\d\b)(\d{4,8})\b"
    r"|\bik heb\s+(?!(?:19|20)\d\d\b)(\d{4,8})\s+gekozen\b",
    re.IGNORECASE,
)
_CHOOSE = re.compile(r"\b(?:choose|chose|pick|kies|kiezen|gekozen)\b", re.IGNORECASE)
_ABOUT = ("pin", "passcode", "password", "wachtwoord", "toegangscode")


def take_guessed_codes(scan: Scan) -> None:
    if scan.mentions("code", "pin") and _CHOOSE.search(scan.masked):
        scan.take_either(_CHOSEN, "PASSWORD")
    if not scan.mentions(*_ABOUT):
        return
    if "?" in scan.masked:
        scan.take_all(_GUESSED, "PASSWORD", 1)
    scan.take_all(_TRIED, "PASSWORD", 1)
