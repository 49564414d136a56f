"""Forms the fiftieth blind set showed, studied after the fifty-first was measured (the cases
here are written anew, not copied): a chat's role in square brackets and the time after the
name, a customer's role in brackets after an unlisted name, a Danish phone after "tlf.", a
mobile after "their number was", a form's "Address line 1", a surname after a field's
separator on one line; and what is no one's personal data: a German greeting, a desk in a
header, a firm's media business, a school or a market named after a person, a product named
after its maker, the town after a postcode, a B&B's last letter, a parcel locker's number.
Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[Agent] Pieter 09:12: Goedemorgen, kan ik helpen?\n[Klant] Els Maas 09:13: hoi",
            "[Agent] [NAME] 09:12: Goedemorgen, kan ik helpen?\n[Klant] [NAME] 09:13: hoi",
        ),
        (
            "Tanvika (klant): hoi, mijn meter is stuk\nSanne (medewerker): Vervelend!\n"
            "Tanvika (klant): ja",
            "[NAME] (klant): hoi, mijn meter is stuk\n[NAME] (medewerker): Vervelend!\n"
            "[NAME] (klant): ja",
        ),
        (
            "Med venlig hilsen,\nMette Lund\ntlf. 31 72 45 08",
            "Med venlig hilsen,\n[NAME]\ntlf. [PHONE]",
        ),
        (
            "I gave them the code, and their number was 622 481 907",
            "I gave them the code, and their number was [PHONE]",
        ),
        (
            "Address line 1: 12 Bóthar na Trá\nAddress line 2: Salthill",
            "Address line 1: [ADDRESS]\nAddress line 2: Salthill",
        ),
        (
            "First name: Pieter | Last name: Van Acker | City: Gent",
            "First name: [NAME] | Last name: [NAME] | City: Gent",
        ),
        (
            "Van: Eva Smit <eva@smit.nl>\nAan: Personeelszaken <pz@bedrijf.nl>\nOnderwerp: verlof",
            "Van: [NAME] <[EMAIL]>\nAan: Personeelszaken <[EMAIL]>\nOnderwerp: verlof",
        ),
        (
            "Groet, Marco\n--\nMarco Jansen | Jansen Media",
            "Groet, [NAME]\n--\n[NAME] | Jansen Media",
        ),
        # guards the building rule: a surname ending like a church stays a name
        ("Groeten van Thijs Verkerk", "Groeten van [NAME]"),
        (
            "Adres: Hauptstraße 3, 46446 Emmerich am Rhein",
            "Adres: [ADDRESS], [POSTCODE] Emmerich am Rhein",
        ),
    ],
)
def test_blind50_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, ich habe eine Frage zur Rechnung.",
        "Verzamelen bij de Willem de Zwijgerschool om 8:15.",
        "Lekker gegeten, echt een aanrader als je op de Albert Cuypmarkt bent.",
        "Alleen de Jules Destrooper-koekjes waren op.",
        "Welcome to Villa Rosa B&B. Check-in from 14:00.",
        # guards the phone rule: a reference named just before "number is"
        "Your order number is 911 487 320.",
        "Contract number is 3004418821.",
    ],
)
def test_blind50_kept(text: str) -> None:
    assert _redacted(text) == text
