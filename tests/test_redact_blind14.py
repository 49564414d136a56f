"""Forms the redactor learned from the misses on blind14 (measured first, then studied):
German and Belgian addresses with their postcodes, lower-case Dutch addresses, expiry dates
read out, codes typed on a keypad, a date of birth answered after another answer, US plates
after the state, tokens inside a git link. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "new address: Karl-Heine-Straße 71, 04229 Leipzig",
            "new address: [ADDRESS], [POSTCODE] Leipzig",
        ),
        (
            "Address: Kruisweg 17 zwart, 2011 LB Haarlem\n",
            "Address: [ADDRESS] zwart, [POSTCODE] Haarlem\n",
        ),
        (
            "I moved to Vlaanderenstraat 3/0201, 8000 Brugge. Please",
            "I moved to [ADDRESS], [POSTCODE] Brugge. Please",
        ),
        (
            "klant: vlierstraat 3hs 1091zk adam\nklant: sorry autocorrect, vlietstraat 3-hs\n",
            "klant: [ADDRESS] [POSTCODE] adam\nklant: sorry autocorrect, [ADDRESS]\n",
        ),
        ("address 4 Coldharbour Cottages, Hurst Green", "address [ADDRESS], Hurst Green"),
        ("we liepen langs de kerkstraat 5 keer", "we liepen langs de kerkstraat 5 keer"),
        (
            "agent: and the eircode there\nCaller: A ninety-four, X R two one\nAgent: ok",
            "agent: and the eircode there\nCaller: [POSTCODE]\nAgent: ok",
        ),
    ],
)
def test_addresses(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "K: vier vier vijf acht zeven zes twee twee een zeven nul twee nul negen acht vijf\n"
            "K: en hij verloopt in februari achtentwintig\n",
            "K: [CARD]\nK: en hij verloopt in [EXPIRY]\n",
        ),
        (
            "Medewerker: en de vervaldatum\nKlant: twaalf zesentwintig\n",
            "Medewerker: en de vervaldatum\nKlant: [EXPIRY]\n",
        ),
        (
            "Amex: 3735 723390 16609\nExp: Jan 2029\n4-digit security code (front of card): 7312\n",
            "Amex: [CARD]\nExp: [EXPIRY]\n4-digit security code (front of card): [CVV]\n",
        ),
        (
            "De voordeur heeft een codeslot: toets 071953 en druk op het slotje.",
            "De voordeur heeft een codeslot: toets [PASSWORD] en druk op het slotje.",
        ),
        (
            "Alarm: uitschakelen met 2-4-6-8 binnen 30 seconden.",
            "Alarm: uitschakelen met [PASSWORD] binnen 30 seconden.",
        ),
        (
            "pincode vergeten. Geverifieerd met geb.datum 17.06.1954 en postcode",
            "pincode vergeten. Geverifieerd met geb.datum [BIRTH_DATE] en postcode",
        ),
        (
            "Mag ik je kenteken en geboortedatum?\nKlant: XH-741-T\nKlant: 3 sept 1983\n",
            "Mag ik je kenteken en geboortedatum?\nKlant: [PLATE]\nKlant: [BIRTH_DATE]\n",
        ),
        (
            "Wat is je geboortedatum?\nKlant: weet ik niet\nKlant: bezorging 12-05-2026 ok",
            "Wat is je geboortedatum?\nKlant: weet ik niet\nKlant: bezorging 12-05-2026 ok",
        ),
    ],
)
def test_cards_codes_and_dates(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can you resend it? Phone 916 555 0122.", "Can you resend it? Phone [PHONE]."),
        ("Customer number: 550 128 4471\n", "Customer number: 550 128 4471\n"),
        ("Vehicle plate: OH HRX 2291\nOther", "Vehicle plate: OH [PLATE]\nOther"),
        (
            "git clone https://x-access-token:ghp_7mQz2LkP0vT9wRbX4cNe8YsJa1HdU6fG3iKo@github.com/a/b.git",
            "git clone https://x-access-token:[TOKEN]@github.com/a/b.git",
        ),
    ],
)
def test_phones_plates_and_links(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '1★ "Locked out" – by Kasia W.\nPolish user here',
            '1★ "Locked out" – by [NAME]\nPolish user here',
        ),
        ("CRM note – agent: Priyanka D.\nCustomer: x", "CRM note – agent: [NAME]\nCustomer: x"),
        (
            "Larkfield Energy – Webchat transcript\nLarkfield (Tobi): Hi there\nCustomer: moving",
            "Larkfield Energy – Webchat transcript\nLarkfield ([NAME]): Hi there\nCustomer: moving",
        ),
        # the first line is a label, not a title: the firm in brackets stays
        (
            "Chloe (KitchenKompas): Hi there\nVisitor: hi",
            "[NAME] (KitchenKompas): Hi there\nVisitor: hi",
        ),
        ("Son – Jaylen, DOB 11/30/2012", "Son – [NAME], DOB [BIRTH_DATE]"),
        (
            "Aan: Huisartsenpraktijk De Linde <assistente@hapdelinde.nl>\nOnderwerp: x",
            "Aan: Huisartsenpraktijk De Linde <[EMAIL]>\nOnderwerp: x",
        ),
        (
            "Met vriendelijke groet,\nAutobedrijf Van Dalen\nHans van Dalen",
            "Met vriendelijke groet,\nAutobedrijf Van Dalen\n[NAME]",
        ),
    ],
)
def test_names(text: str, expected: str) -> None:
    assert _redacted(text) == expected
