"""Forms the fifty-sixth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a mobile after a name and a middle dot, a Polish mobile read out
after a phone question, a codice fiscale read out sign by sign, a passenger as airlines write
one, a surname alone in capitals after "Nom:", a lower-case surname after "dhr"; and what is no
one's personal data: letting agents and glaziers, a café, chocolatiers and biscuit makers, an
Austrian "Mag.", a letter ending a range of bays, a device's code, a meter's reading. Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks again!\n\nLucía Ortega · 622 418 907", "Thanks again!\n\n[NAME] · [PHONE]"),
        (
            "Agent: What phone number can we use?\nCustomer: seven one two, four four eight, three"
            " zero one.",
            "Agent: What phone number can we use?\nCustomer: [PHONE].",
        ),
        (
            "Operatore: mi serve il codice fiscale.\nCliente: R S S M R A 8 5 T 1 0 A 5 6 2 S",
            "Operatore: mi serve il codice fiscale.\nCliente: [SSN]",
        ),
        (
            "Booking 7QX2LM, flight EI 152\nPassenger: BRENNAN/AOIFE MS",
            "Booking 7QX2LM, flight EI 152\nPassenger: [NAME] MS",
        ),
        (
            "Formulaire\nNom: LEFEBVRE\nCode postal: 59000",
            "Formulaire\nNom: [NAME]\nCode postal: [POSTCODE]",
        ),
        (
            "storing cv-ketel, dhr visser, tel 0612 44 81 90",
            "storing cv-ketel, dhr [NAME], tel [PHONE]",
        ),
        ("Sehr geehrter Herr Mag. Florian Gruber,", "Sehr geehrter Herr Mag. [NAME],"),
    ],
)
def test_blind56_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[18:20] Morgan Lettings: we can send someone on Friday.",
        "Morgan Auto Glass: Hi, this is Morgan Auto Glass calling about your windscreen.",
        "Pralines van Pierre Marcolini en een doos Jules Destrooper.",
        "Stock count covers bays C–H. Pallet labels are printed.",
        "The printer now shows code 040217 after the update.",
        # guards: a meter's reading; a route's airport codes
        "Tenant: meter reading today 31877 kWh.",
        "Flight AMS/LHR delayed, passenger info at the desk.",
    ],
)
def test_blind56_kept(text: str) -> None:
    assert _redacted(text) == text
