"""Forms the redactor learned from the misses on blind15 (measured first, then studied):
Eircodes after the county, postcodes in running text and form labels, units on estates,
a street named again in a correction, numbers and dates read out in US calls, expiry and
CVV said in passing. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supply address: 12 Ard na Gréine, Ballincollig, Co. Cork P31 XK62.\n",
            "Supply address: [ADDRESS], Ballincollig, Co. Cork [POSTCODE].\n",
        ),
        (
            "Straße: Lindenstraße 42a\nPLZ / Ort: 80331 München\n",
            "Straße: [ADDRESS]\nPLZ / Ort: [POSTCODE] München\n",
        ),
        (
            "Customer: adress is Grove Road 58, flat 6, postcode M14 5LB\n",
            "Customer: adress is [ADDRESS], flat 6, postcode [POSTCODE]\n",
        ),
        (
            "Ik woon in Brussel (1060 Sint-Gillis) en",
            "Ik woon in Brussel ([POSTCODE] Sint-Gillis) en",
        ),
        (
            "een nieuwe code per brief op uw adres in 3000 Leuven.",
            "een nieuwe code per brief op uw adres in [POSTCODE] Leuven.",
        ),
        ("we opened in 2024 Apple stores", "we opened in 2024 Apple stores"),
        ("deliver to Unit 4, Harewood Trading Estate, Leeds", "deliver to [ADDRESS], Leeds"),
        ("Apartment 12, The Maltings, Bath", "[ADDRESS], Bath"),
        (
            "Er staat Zuiderdiep 118, moet zijn Zuiderdiep 181, 9711 HM Groningen.",
            "Er staat [ADDRESS], moet zijn [ADDRESS], [POSTCODE] Groningen.",
        ),
    ],
)
def test_addresses_and_postcodes(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "REP: a good number for her, four one two, five five five, zero one nine three?",
            "REP: a good number for her, [PHONE]?",
        ),
        (
            "REP: Okay, and her date of birth?\nCALLER: It's uh, ten, fourteen, forty-six\n"
            "REP: October fourteenth, nineteen forty-six. Got her.",
            "REP: Okay, and her date of birth?\nCALLER: It's uh, [BIRTH_DATE]\n"
            "REP: October fourteenth, nineteen forty-six. Got her.",
        ),
        (
            "CUSTOMER: the card's the one that runs out oh three twenty six anyway",
            "CUSTOMER: the card's the one that runs out [EXPIRY] anyway",
        ),
        (
            "the battery runs out in march twenty twenty",
            "the battery runs out in march twenty twenty",
        ),
        (
            "Klant: Ja, die drie cijfertjes, 5 6 1, maar hij weigert.",
            "Klant: Ja, die drie cijfertjes, [CVV], maar hij weigert.",
        ),
        (
            "Date of birth: 14/11/1988\nReason: broken ankle\nFreeze from: 01/05/2024",
            "Date of birth: [BIRTH_DATE]\nReason: broken ankle\nFreeze from: 01/05/2024",
        ),
        (
            "ik weet zeker dat het [PASSWORD] is\nPodiumkaart: Ik stuur je een resetlink.",
            "ik weet zeker dat het [PASSWORD] is\nPodiumkaart: Ik stuur je een resetlink.",
        ),
    ],
)
def test_read_out_and_said_in_passing(text: str, expected: str) -> None:
    assert _redacted(text) == expected
