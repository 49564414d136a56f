"""Forms the sixty-second blind set showed, studied after it was measured (the cases here are
written anew, not copied): a BSN answered on the next turn after the chat's time, an alarm
panel's user code and a keypad's code as passwords, an app password in four groups
of letters, a token's activation code in groups, an expiry typed onto "exp", a Flemish closing
with a wish, a Flemish given name that is also a word; and what is no one's personal data: a
JSON field after a password, a secret's field label before its value, a card's year after
"vervalt eind", a restaurant's name in quotes, a Spanish garage, a cheese shop, a garage's job
card, a file's checksum after its label, a version that was rolled out or is a database's, a
meter number "on the bill", a machine's model. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[11:20] Agent Femke: To check it's you I need your BSN.\n[11:21] Visitor: 281-640-373",
            "[11:20] Agent [NAME]: To check it's you I need your BSN.\n[11:21] Visitor: [BSN]",
        ),
        (
            "Panel set up, two door sensors.\nMaster user code: 7 3 0 2 9 4",
            "Panel set up, two door sensors.\nMaster user code: [PASSWORD]",
        ),
        (
            "De keypad-code (614027) van de schuur werkt weer.",
            "De keypad-code ([PASSWORD]) van de schuur werkt weer.",
        ),
        (
            "Nieuw app-wachtwoord voor Outlook op de iPad: hvrk qpzt mlwc snyd",
            "Nieuw app-wachtwoord voor Outlook op de iPad: [PASSWORD]",
        ),
        (
            "Token geregistreerd, activatiecode Q4RM-8ZTK-2WNC-7HBL, werkt vanaf morgen.",
            "Token geregistreerd, activatiecode [TOKEN], werkt vanaf morgen.",
        ),
        (
            "pas 4539 1488 0343 6467 exp0328 graag opnieuw proberen",
            "pas [CARD] exp[EXPIRY] graag opnieuw proberen",
        ),
        # guard: a closing with a wish, before a listed given name
        (
            "Ik hoor graag van u.\n\nBedankt en nog een fijne dag,\nWard Verstraete",
            "Ik hoor graag van u.\n\nBedankt en nog een fijne dag,\n[NAME]",
        ),
        (
            "Ik hoor graag van u.\n\nMet vriendelijke groeten,\nLieve Goossens",
            "Ik hoor graag van u.\n\nMet vriendelijke groeten,\n[NAME]",
        ),
        (
            '{"user":"mvdberg","password":"Zomer!Tent88","stay_signed_in":false}',
            '{"user":"mvdberg","password":"[PASSWORD]","stay_signed_in":false}',
        ),
        (
            "Mollie API key (test): test_51Hc8QvLp2Xz9WmN4bR7t",
            "Mollie API key (test): [TOKEN]",
        ),
        (
            "kaart 5354 7201 9384 6254, vervalt eind 2027, dus 12/27",
            # (the year's end is the expiry too, since blind101: "Gültig bis: Ende 2026")
            "kaart [CARD], vervalt [EXPIRY], dus [EXPIRY]",
        ),
    ],
)
def test_blind62_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '12/03  Restaurant "Anna", tafel 6 ... €74,20',
        "★★★★☆  Taller Hermanos Santiago – Sevilla",
        "Met vriendelijke groet,\nKaashandel Bosman",
        "Datum 02-07-2024 | Job card 55120 | Km-stand 98 410",
        "SHA-256 (windows x64): 4b7e0c91d2a3f58e6c1b9d0a7f3e2c4b8a9d6e1f0c5b7a2d3e9f8c1b0a4d6e2f",
        "Kassasoftware ShopFlow 8.2.14.6 (uitgerold 03-04-2025) lost de bonfout op.",
        "Vereiste databaseversie: 12.4.0.1 of hoger.",
        "The MPRN on the bill is 10004418273, I checked twice.",  # guard
        "De koffiemachine (Lelit Bianca V3) lekt sinds gisteren.",
    ],
)
def test_blind62_kept(text: str) -> None:
    assert _redacted(text) == text
