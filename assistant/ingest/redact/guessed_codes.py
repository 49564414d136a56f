"""A PIN or passcode the customer guesses at, with a question mark, in a message about it: "i
think it was 0611? ... send a new pin code by sms", "volgens mij was het 4471?". The cue comes
after the value or not at all, so the cue-first rules in ``passwords`` do not see it."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan

_GUESSED = re.compile(
    r"\b(?:i think it (?:was|is)|i think it's|was it|maybe it was|could it be"
    r"|volgens mij (?:was|is) het|ik denk|misschien)\s+"
    r"(?!(?:19|20)\d\d\?)(\d{4,6})\?",  # not a year: "was it 2019?"
    re.IGNORECASE,
)
_ABOUT = ("pin", "passcode", "password", "wachtwoord", "toegangscode")


def take_guessed_codes(scan: Scan) -> None:
    if "?" in scan.masked and scan.mentions(*_ABOUT):
        scan.take_all(_GUESSED, "PASSWORD", 1)
