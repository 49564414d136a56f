"""Forms the fifty-second blind set showed, studied after the fifty-third was measured (the cases
here are written anew, not copied): a second phone after a slash, a mobile answering a question
about a contact number or asked about as "a good number", a Canadian unit before the house
number and a numbered avenue, the customer speaking with a name in brackets, a role before a
name in a chat label, a PHP constant holding a key, who handled a call on a note's title line,
a review's writer after the closing quote, an Irish street known by its Eircode; and what is no
one's personal data: a version that software was rolled back to, shops and insurers named after
a trade in other languages. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second number after a slash, in groups of four beside the first
        (
            "Tel.: 030 4471 2286 / 0151 447 2093\nE-mail: volgt",
            "Tel.: [PHONE] / [PHONE]\nE-mail: volgt",
        ),
        # a mobile answering a question about a contact number
        (
            "Agent: Is there another contact number?\nClient: 338 271 9054",
            "Agent: Is there another contact number?\nClient: [PHONE]",
        ),
        # a mobile asked about as "a good number"
        ("Is 604 118 392 the best number for you?", "Is [PHONE] the best number for you?"),
        # a unit before the house number, as Canada writes it; a numbered avenue
        (
            "New address: 2310-48 Harbour Square Blvd, Toronto",
            "New address: [ADDRESS], Toronto",
        ),
        (
            "Mailing address: 9912 104 Ave NW, Edmonton",
            "Mailing address: [ADDRESS], Edmonton",
        ),
        # the customer speaking, the name in brackets
        (
            "[09:12] Medewerker: Goedemorgen\n[09:13] Klant (An Willems): mijn factuur klopt niet",
            "[09:12] Medewerker: Goedemorgen\n[09:13] Klant ([NAME]): mijn factuur klopt niet",
        ),
        # a role before a given name that is also a word
        (
            "[16:40] Verhuurder Mark: De sleutel ligt in het kastje.",
            "[16:40] Verhuurder [NAME]: De sleutel ligt in het kastje.",
        ),
        # a PHP constant holding a key
        (
            "define('SECURE_AUTH_KEY', 'Pq9!zR4#mW2@kT7$');",
            "define('SECURE_AUTH_KEY', '[TOKEN]');",
        ),
        # who handled a call, on the note's title line
        (
            "Gespreksnotitie 03/05 – medewerker: Nelleke\nKlant belde over haar rekening.",
            "Gespreksnotitie 03/05 – medewerker: [NAME]\nKlant belde over haar rekening.",
        ),
        # a review's writer after the closing quote
        (
            '"Keurig op tijd en netjes gewerkt. Aanrader!" – Tonnie',
            '"Keurig op tijd en netjes gewerkt. Aanrader!" – [NAME]',
        ),
        # an Irish street with no street type, known by the Eircode after it
        (
            "Wrong house on the form, should be 9 Cnoc na Mara, Salthill, H91 K2W7 please.",
            "Wrong house on the form, should be [ADDRESS], Salthill, [POSTCODE] please.",
        ),
    ],
)
def test_blind52_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a version that software was rolled back to
        "We rolled back to 3.1.7.112 and the crashes stopped.",
        "De firmware is teruggezet naar 5.0.2.18 op alle routers.",
        # an insurer named after its trade in another language
        "Mutuelle Santé Bretagne (summary for the office)",
        # guards: shops named after their trade in other languages
        "Quote from Autohaus Brenner for the service, see attachment.",
        "Delivery by Mobili Ferraro is planned for Thursday.",
        # guard: a note's unknown handler is no name
        "Gespreksnotitie 03/05 – medewerker: Onbekend",
        # a direct message's channel in brackets is no name
        "Customer (DM): yes both payments went through\nAgent (DM): thanks",
    ],
)
def test_blind52_kept(text: str) -> None:
    assert _redacted(text) == text
