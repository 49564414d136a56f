"""The review of 70c0aaa and 042e41c (360 probes), mended, each case written anew: a card's
digits split by a slip anywhere or with dashes, after a card's word on its line; a card's
expiry asked as "Tot wanneer is uw pas geldig?" or "Hoe lang is hij nog geldig?"; a spaced code
corrected at once with other words ("wacht even, het is ...", "oeps", "hmm no, actually"); a
secret corrected after a longer gap; a lower-case mention before a full stop; "Frank"/"Mark"
before an unknown surname and a person's doing with words between; a letter street before "in",
";" or as "St,"; a token's cue with a longer aside. Kept, over-redaction the change caused:
another thing named between a card and "It expires"; a code in a plate's shape named as an
order's, a booking's or a terminal's; a product's letter and wattage; a brand's lower-case
handle; ordinals after a code's cue. Every case fails on 042e41c but the last kept one, a
guard for the new card rule. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kaartnummer: 4539 1488 0343 6 467", "Kaartnummer: [CARD]"),
        (
            "card 4539-1488-0343-646-7 please charge it",
            "card [CARD] please charge it",
        ),
        (
            "Klant: Mijn kaartnummer is 4539 1488 0343 6467.\n"
            "Medewerker: Tot wanneer is uw pas geldig?\nKlant: Tot maart 2028.",
            "Klant: Mijn kaartnummer is [CARD].\n"
            "Medewerker: Tot wanneer is uw pas geldig?\nKlant: Tot [EXPIRY].",
        ),
        (
            "Klant: Mijn kaartnummer is 4539 1488 0343 6467.\n"
            "Medewerker: Hoe lang is hij nog geldig?\nKlant: Tot maart 2028.",
            "Klant: Mijn kaartnummer is [CARD].\n"
            "Medewerker: Hoe lang is hij nog geldig?\nKlant: Tot [EXPIRY].",
        ),
        (
            "Medewerker: Kunt u de sms-code doorgeven?\n"
            "Klant: 6 0 3 – 1 1 8 ... wacht even, het is 603 181 geloof ik",
            "Medewerker: Kunt u de sms-code doorgeven?\n"
            "Klant: [OTP] ... wacht even, het is [OTP] geloof ik",
        ),
        (
            "Agent: Please read me the one-time code.\n"
            "Customer: 7 2 5 – 4 4 0 hmm no, actually 725 404",
            "Agent: Please read me the one-time code.\nCustomer: [OTP] hmm no, actually [OTP]",
        ),
        (
            "Ik heb code 7731 ingevuld denk ik. nee wacht het was 7713",
            "Ik heb code [OTP] ingevuld denk ik. nee wacht het was [OTP]",
        ),
        (
            "Ruben Smit 10:02: staat de build?\nLisa 10:04: @ruben. Check de logs even",
            "[NAME] 10:02: staat de build?\n[NAME] 10:04: @[NAME]. Check de logs even",
        ),
        (
            "Frank Oosterbaan stuurde me gisteren een mail.",
            "[NAME] stuurde me gisteren een mail.",
        ),
        (
            "Mark Oosterbaan from your billing team called me twice.",
            "[NAME] from your billing team called me twice.",
        ),
        ("I work at 1450 K Street in DC.", "I work at [ADDRESS] in DC."),
        ("Send it to 920 L St, Sacramento CA.", "Send it to [ADDRESS], Sacramento CA."),
        (
            "Client secret (staging environment, do not share): Wp4~kQ9.vL2_tT7-rX3",
            "Client secret (staging environment, do not share): [TOKEN]",
        ),
    ],
)
def test_review99_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Card 4539 1488 0343 6467 was charged. My warranty? It expires in June 2027.",
            "Card [CARD] was charged. My warranty? It expires in June 2027.",
        ),
        (
            "Betaald met kaart 4539 1488 0343 6467. Mijn paspoort? Die verloopt in mei 2029.",
            "Betaald met kaart [CARD]. Mijn paspoort? Die verloopt in mei 2029.",
        ),
        (
            "Mijn auto heeft kenteken EL 55120 maar het ordernummer van de banden is LB 20450.",
            "Mijn auto heeft kenteken [PLATE] maar het ordernummer van de banden is LB 20450.",
        ),
        (
            "The rental car's plate was EL 55120, pickup at terminal TB 20211.",
            "The rental car's plate was [PLATE], pickup at terminal TB 20211.",
        ),
    ],
)
def test_review99_kept_beside(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb de Bosch Serie 6 A, 2200 Watt stofzuiger besteld maar hij is kapot.",
        "Klant: ik heb het via @sky gemeld, Sky TV reageert niet op mijn klacht.",
        "Verification code: 1st 2nd, no idea what that means",
        "Pas nummer 1234 5678 9012 3 4 klopt niet",
    ],
)
def test_review99_kept(text: str) -> None:
    assert _redacted(text) == text
