"""What the hundred-and-second blind set showed, each case written anew (not copied): a
Canadian postcode answered on the next turn; a lower-case Belgian street and postcode after
"i live at"; a card's stored token ("tok_amex_..."); a French month in a card's expiry; a BSN
on the line after a question that names a register number too ("... rijksregisternummer en
BSN:" / "BSN: ..."); a staff member's given name that is also a word after "Medewerker:",
with a surname or alone; a key code is a password. Kept: a table named after a street on an
order line with its wood and price; "Jamie's Italian"; an insurer's name after
"Assicurazioni"; a colour ("Dusty Rose"). Every case fails on 054fa55. Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: Could you confirm the postal code on file?\nCaller: K1A 0B1.",
            "Agent: Could you confirm the postal code on file?\nCaller: [POSTCODE].",
        ),
        (
            "hi, i live at brusselsesteenweg 410, 9090 melle",
            "hi, i live at [ADDRESS], [POSTCODE] melle",
        ),
        (
            "Refund approved, card saved as tok_amex_7Hq2Wn5Kx3 – fine.",
            "Refund approved, card saved as [TOKEN] – fine.",
        ),
        (
            "Carte: 4539 1488 0343 6467\nDate d'expiration: juillet 2028",
            "Carte: [CARD]\nDate d'expiration: [EXPIRY]",
        ),
        (
            "Hierbij mijn rijksregisternummer en BSN:\nBSN: 111222333\nRijksregisternummer:"
            " 85.07.30-033.28",
            "Hierbij mijn rijksregisternummer en BSN:\nBSN: [BSN]\nRijksregisternummer: [SSN]",
        ),
        (
            "Onderdeel besteld, levertijd 2 dagen.\nMedewerker: Frank Geurts",
            "Onderdeel besteld, levertijd 2 dagen.\nMedewerker: [NAME]",
        ),
        ("Klant teruggebeld.\nMedewerker: Mark", "Klant teruggebeld.\nMedewerker: [NAME]"),
        (
            "I gave the cleaner the key code 7 3 1 9 yesterday.",
            "I gave the cleaner the key code [PASSWORD] yesterday.",
        ),
    ],
)
def test_blind102_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1x Eettafel Prinsengracht 220 noten – € 899,00",
        "Then Jamie's Italian for dinner, table 4.",
        "Claim form – Assicurazioni Aurora – Motor",
        'I bought the "Oslo 3" sofa in Dusty Rose at your Utrecht store last week.',
    ],
)
def test_blind102_kept(text: str) -> None:
    assert _redacted(text) == text
