"""Forms the fifty-ninth blind set showed, studied after it was measured (the cases here are
written anew, not copied): tokens in a log's fields ending in "_token", a map service's key, a
card's month and year as JSON fields, a German tax ID under its long name, a door's PIN reset
from one value to another, a partner for benefits and a Spanish title before a name; and what
is no one's personal data: a restaurant "Chez ...", a Flemish town, a city in Brazil, furniture
named after canals, a song. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "gateway 2025-02-03T09:14:22Z DEBUG refresh_token=rt.Pq7Lm2Xv9Kd4Wn8Zs1Bc6Hf3Tj"
            " scope=read",
            "gateway 2025-02-03T09:14:22Z DEBUG refresh_token=[TOKEN] scope=read",
        ),
        (
            "The map stays grey since we pasted"
            " pk.eyJ1IjoibWFwcGVyIiwiYSI6ImNrcTJ6eDkwMSJ9.Wq8sL2mN5vB7xZ1cT4yR6u into Info.plist",
            "The map stays grey since we pasted [TOKEN] into Info.plist",
        ),
        (
            '{"pan": "4111111111111111", "exp_month": "11", "exp_year": "2027"}',
            '{"pan": "[CARD]", "exp_month": "[EXPIRY]", "exp_year": "[EXPIRY]"}',
        ),
        (
            "Steuerliche Identifikationsnummer: 36 574 261 809\nSteuerklasse: I",
            "Steuerliche Identifikationsnummer: [SSN]\nSteuerklasse: I",
        ),
        (
            "02:10 Room 114 locked out, door PIN reset from 4410 to 9327, guest informed.",
            "02:10 Room 114 locked out, door PIN reset from [PASSWORD] to [PASSWORD], guest"
            " informed.",
        ),
        (
            "Aanvrager: Lotte Kramer, BSN 111222333\nToeslagpartner: Gerlof Bosveld, BSN 123456782",
            "Aanvrager: [NAME], BSN [BSN]\nToeslagpartner: [NAME], BSN [BSN]",
        ),
        (
            "Estimado Sr. Delgado,\n\nI am writing about the deposit.",
            "Estimado Sr. [NAME],\n\nI am writing about the deposit.",
        ),
    ],
)
def test_blind59_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "★★★★☆ Chez Marcel, Utrecht — lovely duck, slow service",
        "Aanrijding op het kruispunt in Melle, voertuig B kwam van rechts.",
        "Onbekende login vanaf São Paulo, Brazilië. Was jij dat?",
        "1x Salontafel Prinsengracht 120 cm, eiken\n1x Kast Herengracht 2-deurs, wit",
        'Wishlist: the Beatles "Penny Lane" single on 7".',
    ],
)
def test_blind59_kept(text: str) -> None:
    assert _redacted(text) == text
