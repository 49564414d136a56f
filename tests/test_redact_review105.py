"""The review of 1380d30 (380 probes written by a helper), mended: leaks the change caused
first (a CVV corrected before a full stop or after "instead of"; a one-time code after a
payment's approval with no approval word before "code"; a password shaped like a browser's
name and version; an IP right after "upgrading"; "Franco" as a given name at a sentence's
start, now kept only in "franco vanaf" and the like; a card's name or an ID answered after a
long speaker label, which also broke redacting twice), then over-redaction it caused (a month
and year set apart with no card number, a business "partner" in lower case, "Mt." before a
product, a card's kind answered for its name, four digits typed that are an amount), then near
variants ("m'n dochter", "Via degli ...", "Passport number please?"). Every found case and
every kept case fails on 95d7639. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: CVV mismatch gemeld.\nKlant: ik typte 713 maar het moet 731.",
            "Agent: CVV mismatch gemeld.\nKlant: ik typte [CVV] maar het moet [CVV].",
        ),
        (
            "CVC error. I typed 482 but it should be 428.",
            "CVC error. I typed [CVV] but it should be [CVV].",
        ),
        (
            "Agent: CVV rejected.\nCustomer: I entered 713 instead of 731",
            "Agent: CVV rejected.\nCustomer: I entered [CVV] instead of [CVV]",
        ),
        (
            "Payment approved\nCode: 551203 (enter this in the app)",
            "Payment approved\nCode: [OTP] (enter this in the app)",
        ),
        (
            "Transactie geautoriseerd, code 551203. Deel deze code met niemand.",
            "Transactie geautoriseerd, code [OTP]. Deel deze code met niemand.",
        ),
        ("Wachtwoord: Safari/1987", "Wachtwoord: [PASSWORD]"),
        (
            "Since upgrading 84.241.12.7 keeps getting blocked by your firewall",
            "Since upgrading [IP] keeps getting blocked by your firewall",
        ),
        ("Franco belde gisteren over de retour", "[NAME] belde gisteren over de retour"),
        (
            "Agent: Name as on card?\nGuest Roxanne Tjon-A-Fong (room 12, booking 4471): ROXANNE"
            " TJON",
            "Agent: Name as on card?\nGuest [NAME] (room 12, booking 4471): [NAME]",
        ),
        (
            "Agent: Passport number?\nAnna-Maria Jansen-van den Berghe: NX4K82L19",
            "Agent: Passport number?\n[NAME]: [SSN]",
        ),
        ("m'n dochter fenna is ziek", "m'n dochter [NAME] is ziek"),
        ("Via degli Orti 5, 20122 Milano", "[ADDRESS], [POSTCODE] Milano"),
        (
            "Agent: Passport number please?\nCustomer: NX4K82L19",
            "Agent: Passport number please?\nCustomer: [SSN]",
        ),
    ],
)
def test_review105_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Actie geldig tot week 12 / 2025.",
        "Valid until Sunday. Score: 12 / 30, rank 03 / 28.",
        "our partner mollie handles the payments",
        "Booked 4 Mt. Rainier View tickets for the 12th",
        "Agent: Name on card?\nCustomer: Company Card",
        "CVV rejected. I entered 1500 as the amount.",
    ],
)
def test_review105_kept(text: str) -> None:
    assert _redacted(text) == text
