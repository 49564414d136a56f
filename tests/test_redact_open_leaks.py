"""Leaks the notes of earlier stops named as left open, each closed here and written anew: a
token with a generated hex tail after "QR token is"; a German key safe named with where it
hangs ("Der Schlüsseltresor an der Garage: ..."); a SIM's PUK in two groups of four; a staff
member's given name that is also a word, ending a note with a full stop, after the sentence
before or alone on its line; a lower-case name with its particle after "mijn naam" with no
verb; a listed Danish or Norwegian surname in lower case after a Dutch title. Every found case
fails on 1380d30; the kept ones are guards. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your parking QR token is PSD-QR-5e9b1c07d2a4, scan it at the gate.",
            "Your parking QR token is [TOKEN], scan it at the gate.",
        ),
        (
            "Der Schlüsseltresor an der Garage: 7731",
            "Der Schlüsseltresor an der Garage: [PASSWORD]",
        ),
        ("PUK 4829 1736 staat op het houdertje", "PUK [PASSWORD] staat op het houdertje"),
        (
            "Klant belde over de factuur. Medewerker: Mark.",
            "Klant belde over de factuur. Medewerker: [NAME].",
        ),
        (
            "Notitie terugbelverzoek\nMedewerker: Frank.",
            "Notitie terugbelverzoek\nMedewerker: [NAME].",
        ),
        (
            "mijn naam jan de vries en ik bel over de levering",
            "mijn naam [NAME] en ik bel over de levering",
        ),
        ("mevr sørensen, tel 0612345678", "mevr [NAME], tel [PHONE]"),
    ],
)
def test_open_leak_closed(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Agent: Sure.",
        "Medewerker: Onbekend.",
        "Der Schlüssel liegt im Briefkasten, Bestellung 5521",
        "mijn naam staat niet op de lijst",
        "mijn naam klopt van de week niet",
    ],
)
def test_open_leak_guard(text: str) -> None:
    assert _redacted(text) == text
