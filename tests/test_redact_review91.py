"""The review of the ninety-first round (352582f) and its mend: a full-name speaker rule that took
firms, shops and products speaking in chats (withdrawn), initials on a closing's own line that
took firms' acronyms (withdrawn), an app's release that let addresses after "client" leak, a SIM
card's cue that reached across a sentence to a bank card, a meeting room's name that kept people
who only came after the room, a day after "to" that let a PIN through, a carrier's prefix that
kept a phone, a year and a month in brackets taken as a postcode and town, a log's password
field that took "null"; and a display name holding a firm's word. Each case fails on 352582f;
each also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lars (Booking.com): Hallo\nHilton Rotterdam: de kamer is klaar\n"
            "Lars (Booking.com): top\nHilton Rotterdam: graag gedaan",
            "[NAME] (Booking.com): Hallo\nHilton Rotterdam: de kamer is klaar\n"
            "[NAME] (Booking.com): top\nHilton Rotterdam: graag gedaan",
        ),
        (
            "Connection from client 5.61.20.14 refused by the firewall.",
            "Connection from client [IP] refused by the firewall.",
        ),
        (
            "Ik heb een nieuwe simkaart nr. Mijn bankpas 4539 1488 0343 6467 is ook kwijt.",
            "Ik heb een nieuwe simkaart nr. Mijn bankpas [CARD] is ook kwijt.",
        ),
        (
            "I reserved the conference room Tom asked for.",
            "I reserved the conference room [NAME] asked for.",
        ),
        ("Your temporary PIN was reset to 31-12.", "Your temporary PIN was reset to [PASSWORD]."),
        ("JJD 06 12 34 56 78", "JJD [PHONE]"),
    ],
)
def test_review_of_round91_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kind regards, DHL",
        "Thanks for checking.\nRegards, NOC",
        "Ik woon in Spanje (2023 Mei) sinds kort.",
        "login failed user=admin pw_attempt=null",
        "login failed user=admin pw_input=***",
    ],
)
def test_review_of_round91_kept(text: str) -> None:
    assert _redacted(text) == text
