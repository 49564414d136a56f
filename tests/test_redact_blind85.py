"""Forms the eighty-fifth blind set showed, studied after it was measured (the cases here are
written anew, not copied): an Oslo postcode from 0 after its label, a courier's name in
brackets after the role, a titled name whose given name is also a word, a renter's label, a
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
            "Renter: Anders Nilsen\nNIE (resident): X4821937X",
            "Renter: [NAME]\nNIE (resident): [SSN]",
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
