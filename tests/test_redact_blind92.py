"""What the ninety-second blind set showed is no one's personal data, studied after it was measured
(the cases here are written anew, not copied): a review signed by no one, a French shop's name,
a restaurant, German's "Ich" after a speaker's label, a street named after a person with two
given names, a subnet's mask after an address (also on a second pass). Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    "text",
    [
        "Snelle service en eerlijke prijs. Zeker een aanrader!\n— anoniem",
        "Great shop, fast delivery.\n- anonymous",
        "Thank you for shopping at Maison Laurent, your parcel left today.",
        "Is this Bella Italia in Leeds? I'd like a table for four on Friday.",
        "Passagier: Ich habe meinen Koffer verloren.",
        "Het pakket ligt bij de winkel in de Jan Willem Brouwersstraat.",
    ],
)
def test_blind92_kept(text: str) -> None:
    assert _redacted(text) == text


# the names next to them still go
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich bin Anna Becker, Buchung 4471.", "Ich bin [NAME], Buchung 4471."),
        # a subnet's mask stays on a second pass too (the placeholder "[IP]" read as a cue)
        (
            "NAS IP set to 172.16.4.20 (static), subnet 255.255.0.0, gateway 172.16.4.1",
            "NAS IP set to [IP] (static), subnet 255.255.0.0, gateway [IP]",
        ),
        (
            "Snel geholpen door Jan Pieter in de winkel.",
            "Snel geholpen door [NAME] in de winkel.",
        ),
    ],
)
def test_blind92_names_stay_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected
