"""The review of 0232049 (411 probes), mended, each case written anew. Leaks the change caused
first: a secret setting in round brackets ("(API_TOKEN=...)"); a lower-case British postcode
after a postal address with no street before it ("address changed to leeds ls6 2qr"); "An"
before a capitalised word that is no article's noun ("ik heb An Maandag gebeld"); Google's "G-"
after a slash. Then over-redaction it caused: another event's date after a child's birth
("... zijn we verhuisd op 01-07-2024"); a desk's letters after a caret ("^NS"); a sender whose
one word is a surname and a word ("Sales <sales@...>", "Wood <bookings@...>") or names the
firm's domain ("Smit <noreply@smit-installatie.nl>"); a shopping cart's "-wagen"; a code valid
for hours is no one-time code ("geldig voor 24 uur"). Near variant: a child's birth with two
words before the child ("our second child"). Every case fails on 0232049. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(API_TOKEN=tk8812QWErty55) was set by the installer",
            "(API_TOKEN=[TOKEN] was set by the installer",
        ),
        ("my address changed to leeds ls6 4bx", "my address changed to leeds [POSTCODE]"),
        (
            "Beste An,\nIk heb An Dinsdag nog gebeld over de levering.",
            "Beste [NAME],\nIk heb [NAME] Dinsdag nog gebeld over de levering.",
        ),
        ("sms/G-558102 is your Google code", "sms/G-[OTP] is your Google code"),
        (
            "The birth of our second child on 9 June 2025 must be added.",
            "The birth of our second child on [BIRTH_DATE] must be added.",
        ),
    ],
)
def test_review102_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Na de geboorte van onze zoon op 5 mei 2024 zijn we verhuisd op 01-07-2024.",
            "Na de geboorte van onze zoon op [BIRTH_DATE] zijn we verhuisd op 01-07-2024.",
        ),
        ("we kijken er morgen naar ^NS", "we kijken er morgen naar ^NS"),
        (
            "From: Sales <sales@jansen.nl>\nSubject: offerte",
            "From: Sales <[EMAIL]>\nSubject: offerte",
        ),
        (
            "From: Wood <bookings@woodlodge.co.uk>\nSubject: stay",
            "From: Wood <[EMAIL]>\nSubject: stay",
        ),
        (
            "From: Smit <noreply@smit-installatie.nl>\nSubject: factuur",
            "From: Smit <[EMAIL]>\nSubject: factuur",
        ),
        ("Boodschappenwagen DW 2040 voor de hal", "Boodschappenwagen DW 2040 voor de hal"),
        (
            "Code voor de fietsenstalling: 8821, geldig voor 24 uur.",
            "Code voor de fietsenstalling: [PASSWORD], geldig voor 24 uur.",
        ),
    ],
)
def test_review102_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
