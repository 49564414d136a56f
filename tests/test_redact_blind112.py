"""What the hundred-and-twelfth blind set showed, each case written anew (not copied): a card
typed with its issuer's six digits first (6-6-4); a name in a list's column where the other
rows hold names; a date a person turned an age on; a French street after "cours de"; an Amex's
four digits "on front"; a login of a given name, particles and a surname joined by dots; a plate
spelled with "K van Karel"; a lower-case postcode after a house number's letter set apart; a
given name after "verkoper". Kept: a menu's columns, a dotted file name after "login", "prices
turned 20 on ...". Every found case fails on 11f7136; the kept ones pass there too and guard
the new rules. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customer: card nr 453201 884213 7706 exp 0328, declined twice",
            "Customer: card nr [CARD] exp [EXPIRY], declined twice",
        ),
        (
            "Parking list:\nUnit 1 – Sanne de Vries – S-482-KL\nUnit 2 – Emma Visser – HG-307-T\n"
            "Unit 3 – Lindqvist – XR-12-PB\nUnit 4 – Daan Smit – J-771-RN",
            "Parking list:\nUnit 1 – [NAME] – [PLATE]\nUnit 2 – [NAME] – [PLATE]\n"
            "Unit 3 – [NAME] – [PLATE]\nUnit 4 – [NAME] – [PLATE]",
        ),
        (
            "He turned 21 on 14 March 2003, so he pays the adult fare.",
            "He turned 21 on [BIRTH_DATE], so he pays the adult fare.",
        ),
        (
            "Adresse: 7 cours de la Marne, 33800 Bordeaux",
            "Adresse: [ADDRESS], [POSTCODE] Bordeaux",
        ),
        (
            "[10:01] Agent: Could you give me your name and NIE or DNI?\n"
            "[10:02] Client: card is 3782 822463 10005, exp 11/27, the 4 numbers on front 9183",
            "[10:01] Agent: Could you give me your name and NIE or DNI?\n"
            "[10:02] Client: card is [CARD], exp [EXPIRY], the 4 numbers on front [CVV]",
        ),
        (
            "Klant: anouk.van.dijk (login)\nProbleem: reset-link verlopen",
            "Klant: [NAME] (login)\nProbleem: reset-link verlopen",
        ),
        (
            "Beller geeft kenteken: acht, P van Pieter, R van Richard, T van Theodoor, twee vier",
            "Beller geeft kenteken: [PLATE]",
        ),
        (
            "Adres: kerkweg 3 b, 6711 kd ede",
            "Adres: [ADDRESS], [POSTCODE] ede",
        ),
        (
            "Aflevering gepland 12-05 om 10:00 met verkoper Mark.",
            "Aflevering gepland 12-05 om 10:00 met verkoper [NAME].",
        ),
    ],
)
def test_blind112_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Menu:\nMon – Pasta – 12.50\nTue – Pizza – 11\nWed – Lasagne – 13",
        "login via app.config.json failed",
        "Prices turned 20 on 3 May 2024 after the update.",
    ],
)
def test_blind112_kept(text: str) -> None:
    assert _redacted(text) == text
