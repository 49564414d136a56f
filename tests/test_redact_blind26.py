"""Forms the redactor learned from blind26 (measured first, then studied): a keypad code ends
with its "#" and is a password, a Spanish plate after "matrícula", a "Kennwort" agreed with the
hotline, "wifiwachtwoord" and other compounds, Spanish mobiles after "call me" or "móvil es el",
a key's value under its label, the IP address a link points to, a full name typed in lower case
as the answer to "full name?", a security code read out on the turn after its cue, a parent's
label, a given name that is also a place before a surname after a customer's label, "meneer Van
der Zee", an initial and a surname that is also a brand alone on the last line, lower-case
streets in a text about an address, Vienna's staircase and door numbers, a text message's code
named by what it is for. Look-alikes: an invoice's due date, amounts and times after a
password's cue, a PIN's digits ("vier cijfers" after "pincode"), a club, a factory, a desk
sending mail, a pet, a street named after a person. Each case also checks that redacting twice
adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The back door code changes tonight. New code is 8812# then push",
            "The back door code changes tonight. New code is [PASSWORD] then push",
        ),
        (
            "Car: red Seat Leon, matrícula 7731 GHT. Thanks",
            "Car: red Seat Leon, matrícula [PLATE]. Thanks",
        ),
        (
            "Kundenkennwort (für die Hotline): Sonnenblume\nDanke",
            "Kundenkennwort (für die Hotline): [PASSWORD]\nDanke",
        ),
        ("het wifiwachtwoord is zomer2023tuin. groet", "het wifiwachtwoord is [PASSWORD]. groet"),
        (
            "I work mornings, call me 655 21 40 88 before you come",
            "I work mornings, call me [PHONE] before you come",
        ),
        ("Gracias. Mi móvil es el 611 402 978.", "Gracias. Mi móvil es el [PHONE]."),
        (
            "Config:\nConsumer key: ab-lti-qx-4c9d2e71\nThanks",
            "Config:\nConsumer key: [TOKEN]\nThanks",
        ),
        (
            "try curl http://81.204.77.19:8080/status please",
            "try curl http://[IP]:8080/status please",
        ),
        (
            "agent: can you give me your full name?\nuser: dayo okafor-lane",
            "agent: can you give me your full name?\nuser: [NAME]",
        ),
        (
            "agent: and the three digit code on the back\ncaller: four one seven\nagent: thanks",
            "agent: and the three digit code on the back\ncaller: [CVV]\nagent: thanks",
        ),
        (
            "agent: uw nieuwe pincode, vier cijfers\nklant: doe maar zes zes één nul",
            "agent: uw nieuwe pincode, vier cijfers\nklant: doe maar [PASSWORD]",
        ),
        ("Ouder: Milan Brouwer, 4 mei 2020", "Ouder: [NAME], [BIRTH_DATE]"),
        (
            "De aanvrager, meneer Van der Zee, belt morgen.",
            "De aanvrager, meneer [NAME], belt morgen.",
        ),
        ("Graag terugstorten.\nF. Philips", "Graag terugstorten.\n[NAME]"),
        (
            "mijn adres klopt niet, moet dorpsstraat 12 zijn ipv 21",
            "mijn adres klopt niet, moet [ADDRESS] zijn ipv 21",
        ),
        (
            "Rechnungsadresse: Lerchenfelder Straße 44/3/9, 1080 Wien",
            "Rechnungsadresse: [ADDRESS], [POSTCODE] Wien",
        ),
        (
            "Gebruik 4471 om je e-mailadres te bevestigen.",
            "Gebruik [OTP] om je e-mailadres te bevestigen.",
        ),
        (
            "FACTUUR 2024-118\nDatum: 04-03-2024 | Vervaldatum: 03-04-2024",
            "FACTUUR 2024-118\nDatum: 04-03-2024 | Vervaldatum: 03-04-2024",
        ),
        (
            "my pincode 2580. now €2.300 is gone, visit planned 08:00–12:00",
            "my pincode [PASSWORD]. now €2.300 is gone, visit planned 08:00–12:00",
        ),
        (
            "I want to cancel at the Club Vitalis in Montpellier",
            "I want to cancel at the Club Vitalis in Montpellier",
        ),
        (
            "Afzender: Fietsfabriek Spaak\nGewicht: 4 kg",
            "Afzender: Fietsfabriek Spaak\nGewicht: 4 kg",
        ),
        (
            "To: Financiële administratie <fin@example.nl>\nHi Pieter,",
            "To: Financiële administratie <[EMAIL]>\nHi [NAME],",
        ),
        ('Dier: Berner sennenhond "Bo", 4 jaar', 'Dier: Berner sennenhond "Bo", 4 jaar'),
        (
            "Hij woont op Lodewijk Napoleonplein 7 bis, 3035 AR Rotterdam.",
            "Hij woont op [ADDRESS], [POSTCODE] Rotterdam.",
        ),
    ],
)
def test_blind26_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
