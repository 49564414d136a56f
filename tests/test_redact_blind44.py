"""Forms the forty-fourth blind set showed after it was measured once (the cases here are
written anew, not copied): an international number after "btw" (by the way, not the Dutch
VAT), a Belgian mobile with a spaced slash after its area code, a Spanish mobile answering a
question for a phone on the next turn (and its correction), a Spanish plate after its cue
next to a card (no CVV), a plate right before the car's make and model, an Irish surname
with "Ó", a Chinese given name that is also the Dutch month ("Mei"), Indonesian and Polish
names, a given name that is also a word signing after a closing wish or before a firm after
a dash. Look-alikes stay: a code refused with its message in quotes, a laptop's model
number, a brand named after a person, a river after "the", a network's range, a booking or
contract before a car's make, two meter readings, a tax assessment's number. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "parcel never came lol. its Yusuf btw, +44 7911 204 118 if you need me",
            "parcel never came lol. its [NAME] btw, [PHONE] if you need me",
        ),
        (
            "Terugbellen graag. Gsm: 0472 / 18 90 44, liefst na 17u.",
            "Terugbellen graag. Gsm: [PHONE], liefst na 17u.",
        ),
        (
            "Agente: ¿Y un teléfono de contacto?\nCliente: 622 480 193, perdón, 622 480 139",
            "Agente: ¿Y un teléfono de contacto?\nCliente: [PHONE], perdón, [PHONE]",
        ),
        (
            "Borg op kaart 4111 1111 1111 1111, geldig tot 09/28. Huurauto kenteken 7730 LMN.",
            "Borg op kaart [CARD], geldig tot [EXPIRY]. Huurauto kenteken [PLATE].",
        ),
        (
            "The rental (7KWD204, grey Toyota Corolla) was towed from the parking lot.",
            "The rental ([PLATE], grey Toyota Corolla) was towed from the parking lot.",
        ),
        (
            "Forename: Aoife\nSurname: Ó Súilleabháin\nCounty: Cork",
            "Forename: [NAME]\nSurname: [NAME]\nCounty: Cork",
        ),
        (
            "Best regards,\nMei Chen\nFinance, Northwind",
            "Best regards,\n[NAME]\nFinance, Northwind",
        ),
        (
            "Receptie: Op welke naam is de kamer geboekt?\nGast: Santoso, Rizky Santoso.",
            "Receptie: Op welke naam is de kamer geboekt?\nGast: [NAME], [NAME].",
        ),
        (
            "Dzień dobry, ben Oliwia van nummer 14, de lift staat weer stil.",
            "Dzień dobry, ben [NAME] van nummer 14, de lift staat weer stil.",
        ),
        (
            "Sleutel ligt onder de mat. Prettige vakantie! Roos",
            "Sleutel ligt onder de mat. Prettige vakantie! [NAME]",
        ),
        (
            "Kan iemand de koppeling nakijken? Floor – Kapsalon De Schaar",
            "Kan iemand de koppeling nakijken? [NAME] – Kapsalon De Schaar",
        ),
        # look-alikes
        (
            'The claim was declined with code 2207 "policy not active" last week.',
            'The claim was declined with code 2207 "policy not active" last week.',
        ),
        (
            "Lenovo ThinkPad 14 2291 won't charge, bought it in March.",
            "Lenovo ThinkPad 14 2291 won't charge, bought it in March.",
        ),
        (
            "Ordered the Johnnie Walker gift box, the bottle arrived broken.",
            "Ordered the Johnnie Walker gift box, the bottle arrived broken.",
        ),
        (
            "Our room looked out over the Loire, dinner was average.",
            "Our room looked out over the Loire, dinner was average.",
        ),
        (
            "Blocked the whole range 81.204.16.0/24 after the attack.",
            "Blocked the whole range 81.204.16.0/24 after the attack.",
        ),
        (
            "Collecting the car tomorrow (reservation KT-44810, Kia Picanto).",
            "Collecting the car tomorrow (reservation KT-44810, Kia Picanto).",
        ),
        (
            "Stand hoog/laag: 02231 / 01187, doorgegeven op 1 maart.",
            "Stand hoog/laag: 02231 / 01187, doorgegeven op 1 maart.",
        ),
        (
            "Bezwaar tegen aanslag 2231-4471-09 van de gemeente.",
            "Bezwaar tegen aanslag 2231-4471-09 van de gemeente.",
        ),
    ],
)
def test_blind44_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
