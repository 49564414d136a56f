"""Review of fa36325 and efc3c62 (240 probes), mended: each case here fails on efc3c62.
Leaks first: a given name kept as a city before a listed surname after a cue for a person
("Ik ben Milan Veenstra", "Contactpersoon: ..."), not only as a chat's speaker; a given name
before "#" and digits ("Sarah #4412"; only "Job #88213" is a build's); a value after a bold
label's closing marks ("**PIN:** 4821"); a word code holding an ordinary word ("maple-north-
river"); a key-safe code after a line's "van"/"From"; a code given as "the code" after a word
for signing in; "Guy" before a surname no list knows; a card's expiry with a code after a dash
("geldig 0927 - 381"); a secret corrected after "wait,". Then what was taken though no one's:
"Auto-renewal:" and "Vehicle type:" as a car's label; handles with a whole surname that do not
speak ("anna.config loaded"); a report's site speaking beside another site; "plug-and-play"
after "new one is". Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik ben Milan Veenstra en mijn pakket is niet aangekomen.",
            "Ik ben [NAME] en mijn pakket is niet aangekomen.",
        ),
        ("Contactpersoon: Milan Veenstra", "Contactpersoon: [NAME]"),
        ("Assigned to Sarah #4412 in the queue", "Assigned to [NAME] #4412 in the queue"),
        ("**PIN:** 4821", "**PIN:** [PASSWORD]"),
        ("Login code: maple-north-river", "Login code: [OTP]"),
        (
            "van code 7731 naar 8842 gezet op het sleutelkastje",
            "van code [OTP] naar [OTP] gezet op het sleutelkastje",
        ),
        ("Inloggen lukt niet. De code is XK4-22P", "Inloggen lukt niet. De code is [OTP]"),
        ("gehuurd van Guy Hulsman via Marktplaats", "gehuurd van [NAME] via Marktplaats"),
        (
            "Kaart 4111 1111 1111 1111 geldig 0927 - 381",
            "Kaart [CARD] geldig [EXPIRY] - [CVV]",
        ),
        (
            "Klant: code sleutelkastje 4471\nKlant: wait, 4417",
            "Klant: code sleutelkastje [PASSWORD]\nKlant: wait, [PASSWORD]",
        ),
    ],
)
def test_review98_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Auto-renewal: KB-4471 applies to your plan",
        "Vehicle type: EV-22A",
        "[10:02] anna.config loaded from /etc/app",
        "[14:02] rose.gold (colour) is out of stock",
        "[09:00] Sydney: 12 tickets open\n[09:05] Milan: 4 open\n[10:00] Sydney: 10 open\n"
        "[10:05] Milan: 2 open",
        "I reset my password. The new one is plug-and-play compatible",
    ],
)
def test_review98_kept(text: str) -> None:
    assert _redacted(text) == text
