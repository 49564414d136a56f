"""What the ninety-third blind set showed, studied after it was measured (the cases here are
written anew, not copied): what it missed (a name in capitals after "Signed by:", nine digits
after "my number is", a password whose label has an aside in brackets, a card reader's
response, a name in quotes after a title, a card's embossed name after a dash) and what it took
that is no one's (a desk's compound word as a display name, a processor's model before a
comma, a pharmacy abroad, an office chair's brand, the firmware on offer, a rental's days, a
pallet's container codes, what a text says of a password, a car's road test date). Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parcel delivered at 09:12. Signed by: DE GROOT",
            "Parcel delivered at 09:12. Signed by: [NAME]",
        ),
        (
            "Can you collect it for me? my number is 512884610, call me when you are there",
            "Can you collect it for me? my number is [PHONE], call me when you are there",
        ),
        (
            "Kundenkennwort (for phone support): Birkenweg1980\nKundennummer: 448 120",
            "Kundenkennwort (for phone support): [PASSWORD]\nKundennummer: 448 120",
        ),
        (
            "Digipass gebruikt.\nKlant: respons 5521 0874, klopt dat?",
            "Digipass gebruikt.\nKlant: respons [OTP], klopt dat?",
        ),
        (
            'Er belde een man namens de bank, meneer "Van Dam". Hij vroeg om mijn pincode.',
            'Er belde een man namens de bank, meneer "[NAME]". Hij vroeg om mijn pincode.',
        ),
        (
            "Front: MASTERCARD – 4111 1111 1111 1111 – VALID THRU 08/27 – JONAS BERG",
            "Front: MASTERCARD – [CARD] – VALID THRU [EXPIRY] – [NAME]",
        ),
        # a desk's compound word stays, its address goes
        (
            "Van: Tom <tom@voorbeeld.nl>\nAan: Klachtenafdeling <klachten@winkel.example>",
            "Van: [NAME] <[EMAIL]>\nAan: Klachtenafdeling <[EMAIL]>",
        ),
        (
            "Aan: Fraudemeldpunt Rabobank <fraude@rabo.example>",
            "Aan: Fraudemeldpunt Rabobank <[EMAIL]>",
        ),
        # the rental's plate goes, its days stay
        (
            "Thanks for renting with us (VW Golf, registration EL 48207, 02.08-09.08.2024).",
            "Thanks for renting with us (VW Golf, registration [PLATE], 02.08-09.08.2024).",
        ),
        # the car's plate goes, its road test's date stays
        (
            "SMS: Beste mevrouw Jansen, de APK van uw auto (74-XJ-NR) verloopt op 02-10.",
            "SMS: Beste mevrouw [NAME], de APK van uw auto ([PLATE]) verloopt op 02-10.",
        ),
    ],
)
def test_blind93_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Specs: Ryzen 5 7600X, 32 GB RAM, RTX 4070",
        "Marktplaats – Herman Miller Mirra stoel, zo goed als nieuw",
        "router log: current firmware 2.0.14.1, available 2.0.16.0",
        "Shipment: pallet IDs 00387190000455551 to 00387190000455568, dock 4",
        "the initial Wi-Fi password is printed on the label under the modem.",
        "APK (MOT) valid until 03-2026, full service history.",
    ],
)
def test_blind93_kept(text: str) -> None:
    assert _redacted(text) == text
