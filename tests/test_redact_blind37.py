"""Forms the thirty-seventh blind set showed after it was measured once (the cases here are
written anew, not copied): chat times on twelve hours ("[2:16 PM]"), a Spanish DNI or an
Irish PPS number known by its check letter in a text that names one, a number read out in
words and said again in digits, a Danish "CPR-nr.", a Dublin 6W Eircode spelled out,
Romanian streets and postcodes, a name signing the text after a dash, a spoken e-mail
address whose name is said in parts. Look-alikes stay: towns that are given names, a
restaurant named after its owner, a product line read as a title ("MX"), a letter naming a
route. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[9:41 AM] Dana (Billing): And the ZIP code?\n[9:42 AM] Customer: 94110",
            "[9:41 AM] [NAME] (Billing): And the ZIP code?\n[9:42 AM] Customer: [POSTCODE]",
        ),
        (
            "Mi DNI es el siguiente. Copia: 12345678Z, gracias",
            "Mi DNI es el siguiente. Copia: [SSN], gracias",
        ),
        (
            "PPS on the letter is 1234567T? The right one is 7654321G actually.",
            "PPS on the letter is [SSN]? The right one is [SSN] actually.",
        ),
        (
            "Agent: your DNI?\nCaller: one two three four five six seven eight, Z\n"
            "Agent: 12345678Z, thanks",
            "Agent: your DNI?\nCaller: [SSN], Z\nAgent: [SSN], thanks",
        ),
        ("CPR-nr.: 121288-1234", "CPR-nr.: [SSN]"),
        (
            "Agent: And the Eircode?\nCaller: D six W, K seven F four",
            "Agent: And the Eircode?\nCaller: [POSTCODE]",
        ),
        (
            "Adresa: Bulevardul Unirii 14, 040104 București",
            "Adresa: [ADDRESS], [POSTCODE] București",
        ),
        ("The update broke it again. - marta w.", "The update broke it again. - [NAME]"),
        (
            "Klant: het is a punt d-e-k-k-e-r at kpnmail punt nl",
            "Klant: het is [EMAIL]",
        ),
        # look-alikes
        (
            "Train Brussels – Florence via Milan, and a hotel in Sydney after",
            "Train Brussels – Florence via Milan, and a hotel in Sydney after",
        ),
        (
            "Review: Trattoria Da Luigi, pasta was cold",
            "Review: Trattoria Da Luigi, pasta was cold",
        ),
        ("Mijn Logitech MX Anywhere 3 doet het niet", "Mijn Logitech MX Anywhere 3 doet het niet"),
        ("Bus 12, halte Noord, lijn B. Daarna lopen", "Bus 12, halte Noord, lijn B. Daarna lopen"),
    ],
)
def test_blind37_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
