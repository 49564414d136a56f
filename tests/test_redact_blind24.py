"""Forms the redactor learned from blind24 (measured first, then studied): "ID" before a number
is an Idaho ZIP only in Idaho's range, so an employee's name before an ID number is taken on
the first pass; a phone written with a dash and dots, "Partner:", "cryptogramme, c'est", a
password glued to a surname found elsewhere, a surname ending in -hof after a given name, a
name said again with "!" after it. Look-alikes: firms with LLP or "Foods", a postcode cue
whose line holds its value, identifiers after their cue word ("PW-BS-0522"), dotted numbers
that are no card, a street named after a person, parts and their siblings in a list, a pet,
part and card numbers that are no phone, a pension service greeted, a netmask. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employee: Gabriela Ortiz, ID 10442\nThanks!", "Employee: [NAME], ID 10442\nThanks!"),
        (
            "ship to 12 Main St, Boise, ID 83702 please",
            "ship to [ADDRESS], Boise, ID [POSTCODE] please",
        ),
        (
            "customer (Brennan & Lowe LLP) says their SSO is broken",
            "customer (Brennan & Lowe LLP) says their SSO is broken",
        ),
        (
            "Postcode: HX7 8AQ\nElectricity (day): 04821",
            "Postcode: [POSTCODE]\nElectricity (day): 04821",
        ),
        (
            "Bottled water at the car park. Reference: PW-BS-0522.",
            "Bottled water at the car park. Reference: PW-BS-0522.",
        ),
        (
            "Ana Bermúdez\nIntegration Engineer | Tierra Verde Foods, Valencia",
            "[NAME]\nIntegration Engineer | Tierra Verde Foods, Valencia",
        ),
        (
            "Aanslagnummer: 2024.0031.88172\nKenteken: 87-TRG-4",
            "Aanslagnummer: 2024.0031.88172\nKenteken: [PLATE]",
        ),
        (
            "in onze vestiging aan het Albert Heijnplein nieuwe openingstijden",
            "in onze vestiging aan het Albert Heijnplein nieuwe openingstijden",
        ),
        (
            "- 1x reservoir type GX-204-K (niet de GX-204-L)\n- tegels, partij 7-KLT-23",
            "- 1x reservoir type GX-204-K (niet de GX-204-L)\n- tegels, partij 7-KLT-23",
        ),
        ("Naam: Roos Hartkamp\nTel: 06-30.41.77.52", "Naam: [NAME]\nTel: [PHONE]"),
        (
            "Naam eigenaar: Tessa Hulshof\nHuisdier: Bo, Labrador",
            "Naam eigenaar: [NAME]\nHuisdier: Bo, Labrador",
        ),
        (
            "Remblokken voor: type 0 986 494 155, indien nodig",
            "Remblokken voor: type 0 986 494 155, indien nodig",
        ),
        (
            "Mijn pasnummer is 2 0114 00387 551 2. Groet",
            "Mijn pasnummer is 2 0114 00387 551 2. Groet",
        ),
        (
            "Dear North Sea Pensions Service,\n\nI am a US citizen",
            "Dear North Sea Pensions Service,\n\nI am a US citizen",
        ),
        (
            "standaard subnetmasker 255.255.255.0 en gateway",
            "standaard subnetmasker 255.255.255.0 en gateway",
        ),
        (
            "Partner: Jantina Wolters-Zwiers, geboren 02-12-1959",
            "Partner: [NAME], geboren [BIRTH_DATE]",
        ),
        (
            "ma carte 5341 5149 0667 8245, le cryptogramme, c'est 915",
            "ma carte [CARD], le cryptogramme, c'est [CVV]",
        ),
        (
            "new one should be Lindkvist!2024 hmm\n\nBeatriz Ferreira-Lindkvist",
            "new one should be [PASSWORD] hmm\n\n[NAME]",
        ),
        (
            "I booked 4 nights, name Iñigo Sarasola.\nCasa Brisa: Hola Iñigo! Yes, 300 € deposit.",
            "I booked 4 nights, name [NAME].\nCasa Brisa: Hola [NAME]! Yes, 300 € deposit.",
        ),
    ],
)
def test_blind24_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
