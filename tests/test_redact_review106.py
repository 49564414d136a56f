"""The review of 42bb941 (305 probes written by a helper), mended: leaks the change caused
first (an ID number inside a bracket after a date-of-birth word was no longer taken: only a
date after the bracket is a date of birth now; a one-time code after a bracketed aside that
holds another number, which also broke redacting twice), then over-redaction it caused (a
section, a chapter or a phone read out with "punt"/"dot" as an IP: only after an IP word now;
a log's word at a line's start before "at 02:00:" twice as a name; a plate after "licence plate
for" that reaches another label; a setting "..._KEY" with no digit), then near variants (an IP
read out before a full stop or with "point"; a password answered with "!" and a note after
it). Every case fails on 42bb941. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date of birth (CPR): 150384-1234", "Date of birth (CPR): [SSN]"),
        ("Geburtsdatum (Steuer-ID: 12345678901)", "Geburtsdatum (Steuer-ID: [SSN])"),
        (
            "Your code (reference 55821 on the invoice): 482913",
            "Your code (reference [OTP] on the invoice): [OTP]",
        ),
        (
            "Verification code (ref 5512): 482913",
            "Verification code (ref [OTP]): [OTP]",
        ),
        ("Het IP-adres is 84 punt 24 punt 117 punt 6.", "Het IP-adres is [IP]."),
        ("IP address: 84 point 24 point 117 point 6", "IP address: [IP]"),
        (
            "Agent: your customer password please?\nCustomer: It's, um, bluebell42! All lower"
            " case.",
            "Agent: your customer password please?\nCustomer: It's, um, [PASSWORD]! All lower"
            " case.",
        ),
    ],
)
def test_review106_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zie artikel 7 punt 2 punt 1 punt 4 van de voorwaarden.",
        "Telefoon: 06 dot 12 dot 34 dot 56",
        "Backup at 02:00: OK\nBackup at 03:00: failed",
        "Number plate for the bike carrier, model: BC 2024",
        "DEFAULT_KEY=ArrowDownArrowUpEnter",
    ],
)
def test_review106_kept(text: str) -> None:
    assert _redacted(text) == text
