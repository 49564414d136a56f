"""What the ninety-seventh blind set showed, each case written anew (not copied): a secret
corrected after a few words ("I set 2468 years ago. no wait it was 2486"); another value of a
plate's very shape on its line; a token's cue with an aside in brackets; a German
"Sicherheitscode" under a card; a card's expiry asked as "Tot wanneer is die geldig?"; a
colleague mentioned in lower case by the given name the chat also writes with a capital. Kept:
an error's code after a sign-in's talk ("foutcode 1204"), the next ticket number in a list
after its reference, a chain, a charity and a landmark that read as a person. Each case also
checks that redacting twice adds nothing. The kept cases that pass on the commit before too
are guards for the new rules."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TelcoShop: what PIN did you set on the old SIM?\n"
            "Me: ah I think I set 2468 years ago. no wait it was 2486",
            "TelcoShop: what PIN did you set on the old SIM?\n"
            "Me: ah I think I set [PASSWORD] years ago. no wait it was [PASSWORD]",
        ),
        (
            "Agent: What's the registration number?\nKunde: EL 55120 (the other car is DK 90417)",
            "Agent: What's the registration number?\nKunde: [PLATE] (the other car is [PLATE])",
        ),
        (
            "Access token (first 20 chars): 1//0gHq7Lm2P9rT4vZ8wN3yB",
            "Access token (first 20 chars): [TOKEN]",
        ),
        (
            "American Express 3742 918305 66272\ngültig bis / geldig tot 09/27\n"
            "Sicherheitscode: 4418",
            "American Express [CARD]\ngültig bis / geldig tot [EXPIRY]\nSicherheitscode: [CVV]",
        ),
        (
            "Agent: Dus 4539 1488 0343 6467. Tot wanneer is die geldig?\nGast: maart 2028.",
            "Agent: Dus [CARD]. Tot wanneer is die geldig?\nGast: [EXPIRY].",
        ),
        (
            "Ruben Smit 10:02: wie heeft dit gepusht?\nLisa Kok 10:03: @ruben dat was jij",
            "[NAME] 10:02: wie heeft dit gepusht?\n[NAME] 10:03: @[NAME] dat was jij",
        ),
    ],
)
def test_blind97_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het lukt niet om in te loggen met DigiD, ik krijg steeds foutcode 1204. Kunnen jullie"
        " mij bellen?",
        "Booking ref QX7P2M, ticket numbers 0912 4471 2206 / 0912 4471 2207, total €120.",
        "Shipment to Zara Home store #118, Lisbon",
        "We donated to the Ronald McDonald House box at the till.",
        "My daughter built the Taj Mahal set (21056) in a week.",
        "Order 4471 shipped today. Sorry, it was 4417",
        "Check @bol_com for deals",
        "Volg @joost voor tips",
    ],
)
def test_blind97_kept(text: str) -> None:
    assert _redacted(text) == text
