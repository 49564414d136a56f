"""Forms the eighty-fifth blind set showed, studied after it was measured (the cases here are
written anew, not copied): an Oslo postcode from 0 after its label, a courier's name in
brackets after the role, a titled name whose given name is also a word, a
login written as words and values in a row; and what is no one's personal data: paint colours
named after a place, an Italian supplier's service line. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Adresse: Kirkeveien 7\nPostnummer: 0368  Poststed: OSLO",
            "Adresse: [ADDRESS]\nPostnummer: [POSTCODE]  Poststed: OSLO",
        ),
        (
            "[09:40] Koerier (Mo): Ik sta bij de achterdeur.",
            "[09:40] Koerier ([NAME]): Ik sta bij de achterdeur.",
        ),
        (
            "Beller: dhr. Frans Wiersema, geb. 04-11-1952",
            "Beller: dhr. [NAME], geb. [BIRTH_DATE]",
        ),
        (
            "db creds:\nhost 10.20.3.4 user report_ro pass Gd4!Oslo#2025",
            "db creds:\nhost [IP] user report_ro pass [PASSWORD]",
        ),
    ],
)
def test_blind85_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is Burnt Sienna in the starter set, or only Raw Umber?", None),
        ("Servizio Clienti Luce & Gas, numero verde gratuito", None),
        ("the user guest pass expired yesterday", None),
    ],
)
def test_blind85_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# the review of the blind85 round: each case fails on cf77489
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year-first expiry after any expiry word a few characters before
        (
            "Card 4111 1111 1111 1111 expiry date 2028-01",
            "Card [CARD] expiry date [EXPIRY]",
        ),
        ("card_number=4111111111111111&exp=2028-01", "card_number=[CARD]&exp=[EXPIRY]"),
        # a surname's label after three spaces on a form's line
        ("First name: Helen   Last name: Okafor", "First name: [NAME]   Last name: [NAME]"),
        # a town after a postcode is no name
        (
            "Address is unit 4, 90210 Beverly Hills",
            "Address is unit 4, [POSTCODE] Beverly Hills",
        ),
        ("Postcode: 0123 AB Test", "Postcode: [POSTCODE] Test"),
        ("Begroting 2024, postnummer: 0420 Huisvesting", None),
        # a museum's or a gym's pass
        ('{"museum":"Rijksmuseum","pass":"MK-2024-889"}', None),
        ('{"user":"jan","pass":"Pending"}', None),
        # yes-or-no and which questions, and interjections, get no password answer
        ("Agent: Zit er een wachtwoord op de pdf?\nKlant: Jawel", None),
        ("Agent: Welk wachtwoord bedoelt u?\nKlant: Outlook", None),
        ("Agent: Wat is het wachtwoord van de wifi?\nKlant: Oeps", None),
        # no "PIN" column of a shop's cards, no software driver, no region or segment
        ("Order for cards:\n| Item | PIN code | Price |\n| Gift card | 2024 | 25 |", None),
        ("Driver (HP LaserJet): version 5.2 installed", None),
        ("Sales team (Benelux): welkom bij onze webinar", None),
    ],
)
def test_review_of_round85(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
