"""Forms the thirty-ninth blind set showed after it was measured once (the cases here are
written anew, not copied): a floor in Roman numerals or in Catalan before a postcode, an
initial and a surname signing after a dash, who wrote a note ("Notitie 12/06 (Ilse):"), chat
handles of a given name and an initial, a given name that is also a town after "our
daughter", an expiry said in words after its cue, "van 't" in a surname, a street with a
compass word before its number. Look-alikes stay: a street named after a person, an amount
on the line after a card's security code, a law firm named after its partner, an
interjection opening a turn, two-factor login. Each case also checks that redacting twice
adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Send it to Amstelveld 9-III, 1017 JD Amsterdam please",
            "Send it to [ADDRESS], [POSTCODE] Amsterdam please",
        ),
        (
            "Entrega: Carrer de Sants 120, 3r 1a, 08014 Barcelona",
            "Entrega: [ADDRESS], 3r 1a, [POSTCODE] Barcelona",
        ),
        ("Router reboots every hour. – k. gruber", "Router reboots every hour. – [NAME]"),
        (
            "Notitie 12/06 (Ilse): klant belt morgen terug",
            "Notitie 12/06 ([NAME]): klant belt morgen terug",
        ),
        (
            "tom.b 10:02: deploy is stuck again\nsara.v 10:03: on it, tom.b",
            "[NAME] 10:02: deploy is stuck again\n[NAME] 10:03: on it, [NAME]",
        ),
        ("Onze dochter Florence is ziek", "Onze dochter [NAME] is ziek"),
        (
            "Mijn creditcard is geldig tot maart achtentwintig, graag.",
            "Mijn creditcard is geldig tot [EXPIRY], graag.",
        ),
        ("Klant M. van 't Wout belde over de polis.", "Klant [NAME] belde over de polis."),
        (
            "De monteur kwam naar Rijksstraatweg Zuid 44, maar niemand thuis.",
            "De monteur kwam naar [ADDRESS], maar niemand thuis.",
        ),
        # look-alikes
        (
            "The garage on Avenue Victor Hugo was closed again.",
            "The garage on Avenue Victor Hugo was closed again.",
        ),
        (
            "card: 4111 1111 1111 1111\ncvc: 512\ntotal: EUR 320",
            "card: [CARD]\ncvc: [CVV]\ntotal: EUR 320",
        ),
        (
            "Hoogachtend,\nmr. B. Koster\nKoster Advocatuur",
            "Hoogachtend,\nmr. [NAME]\nKoster Advocatuur",
        ),
        ("Klant: Ah oké, dank je.", "Klant: Ah oké, dank je."),
        (
            "We sent a code to your phone. Please turn on 2FA afterwards.",
            "We sent a code to your phone. Please turn on 2FA afterwards.",
        ),
    ],
)
def test_blind39_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
