"""Forms the redactor learned from blind28 (measured first, then studied twice): a keypad code
ending in "*", a full name after "naam is" at a line's start, a given name that is also a place
with its surname after a closing ("Gr. Milan Verbeek"), a key with one prefix and mixed case;
plates after "plates", an American "tag", a form's "(if known)", a car's make and model, German
plates in lower case; a surname that is also a word in capitals after a name label; French
compound initials ("J-F."); a relative's title before a given name ("Opa Klaas"); an expiry
with an apostrophe ("Jan '27"); a Dutch postcode whose letters are a unit's in a text about a
postcode ("9731 CC"); a postcode after a building part ("Bât. C, 33600 Pessac"); a CVV ending a
sentence on the turn after its cue. Look-alikes: a chat time in brackets after a password's cue, a
filler ("Eh...") after a speaker's label, an asset tag, a model year, a label's filler in
capitals. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the key safe code is 7319* ok", "the key safe code is [PASSWORD] ok"),
        (
            "hoi\nnog niks ontvangen\nnaam is kevin de groot\nthx",
            "hoi\nnog niks ontvangen\nnaam is [NAME]\nthx",
        ),
        (
            "Geen bevestiging ontvangen.\n\nGr. Milan Verbeek",
            "Geen bevestiging ontvangen.\n\nGr. [NAME]",
        ),
        ("Webhook-geheim: dswh_Ke72pLm9Xq4Rt1Nz", "Webhook-geheim: [TOKEN]"),
        (
            "[09:14] Bezoeker: mijn simkaart is geblokkeerd na 3x een verkeerde pincode",
            "[09:14] Bezoeker: mijn simkaart is geblokkeerd na 3x een verkeerde pincode",
        ),
        ("Beller: Eh... dat weet ik niet.", "Beller: Eh... dat weet ik niet."),
        (
            "I returned my car (Toyota Corolla, plates WX 4829K) on 30 November",
            "I returned my car (Toyota Corolla, plates [PLATE]) on 30 November",
        ),
        (
            "The car (white Nissan Altima, FL tag QTR-K19) had",
            "The car (white Nissan Altima, FL tag [PLATE]) had",
        ),
        (
            "Vehicle: 2021 Honda CR-V, plate (if known): JXK 4471",
            "Vehicle: 2021 Honda CR-V, plate (if known): [PLATE]",
        ),
        ("The car, that was the Seat Leon, 4821 LMN?", "The car, that was the Seat Leon, [PLATE]?"),
        (
            "booked 2 adults + car (hh-kw 2207) to trelleborg",
            "booked 2 adults + car ([PLATE]) to trelleborg",
        ),
        (
            "Lease car: no\nLaptop: MacBook Pro, asset tag ITL-20931",
            "Lease car: no\nLaptop: MacBook Pro, asset tag ITL-20931",
        ),
        (
            "Your Volkswagen Golf GTI (MY2019) is due its service",
            "Your Volkswagen Golf GTI (MY2019) is due its service",
        ),
        ("Name on card: JOHANNES BRANDT", "Name on card: [NAME]"),
        ("Naam: PIETER DE GROOT", "Naam: [NAME]"),
        ("Name: SAME AS ABOVE", "Name: SAME AS ABOVE"),
        (
            "claim 2025-BX-11820 - note agent (J-F. Mertens)",
            "claim 2025-BX-11820 - note agent ([NAME])",
        ),
        ('Kan er "Opa Klaas 80 jaar" op de taart?', 'Kan er "Opa [NAME] 80 jaar" op de taart?'),
        ("2223 0047 1192 8365\nexp end of Jan '27", "[CARD]\nexp end of [EXPIRY]"),
        (
            "Agent: uw postcode?\nAgent: 9731 CC, en huisnummer?",
            "Agent: uw postcode?\nAgent: [POSTCODE], en huisnummer?",
        ),
        ("Inhoud 1500 CC", "Inhoud 1500 CC"),
        (
            "Delivery address: 3 allée des Peupliers, Bât. C, 33600 Pessac, France.",
            "Delivery address: [ADDRESS], Bât. C, [POSTCODE] Pessac, France.",
        ),
        (
            "A: het zijn de 3 cijfers bij het handtekeningvak.\nB: ahh gevonden, 883. En nu?",
            "A: het zijn de 3 cijfers bij het handtekeningvak.\nB: ahh gevonden, [CVV]. En nu?",
        ),
    ],
)
def test_blind28_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
