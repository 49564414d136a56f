"""Open cases named in earlier notes and closed now, each written anew: a card's number, expiry
and CVV joined by slashes with no spaces; an IP address read out in German with "Punkt"; a
German mobile read out digit by digit with commas between the groups. Every found case fails on
8ce98ab; the guards at the end pass there too. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kaart: 5425233430109903/1128/604", "Kaart: [CARD]/[EXPIRY]/[CVV]"),
        (
            "Meine IP-Adresse ist 91 Punkt 64 Punkt 12 Punkt 208, laut Router.",
            "Meine IP-Adresse ist [IP], laut Router.",
        ),
        (
            "Rufen Sie mich an: 0 1 7 6, 2 2 4 8, 9 1 3 5",
            "Rufen Sie mich an: [PHONE]",
        ),
    ],
)
def test_open52_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards
        "Lesen Sie Kapitel 3 Punkt 2 Punkt 1 Punkt 4 der Anleitung.",
        "Ergebnisse: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9",
        "Bestelling 2024/1128/604 is onderweg.",
    ],
)
def test_open52_kept(text: str) -> None:
    assert _redacted(text) == text
