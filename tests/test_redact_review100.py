"""The review of d399772 to 1f175f5 (146 probes), mended, each case written anew. Leaks the
change caused first: a lower-case mention of a given name the text writes with a capital
before a surname, not only as a speaker ("Sanne de Boer schreef ... @sanne"); a card's pronoun
expiry after a thing named without a question ("Het abonnement loopt door, maar hij verloopt
...", "the trial ended. It expires ..."). Then near variants: a mailbox's combination without
another password's word in the text; "Tot wanneer is uw bankpas geldig?", "Hoe lang is de
creditcard nog geldig?"; a spaced expiry after "geldig tot"; a secret corrected after a
longer gap; a speaker greeted with "Sorry"; a letter street at the end, before a town or an
apartment. Kept, over-redaction the change caused: a card's word inside another word
("Passagier", "Paspoort"); a month as a note's writer ("Meeting notes (April):"); a turn's
label that names another thing ("Status of your domain: expires Jan 2027"). Every case fails
on 1f175f5 but the last, a guard kept from the mend before. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik heb het al aan Sanne de Boer gevraagd, maar geen reactie.\n"
            "@sanne kun jij dit oppakken?",
            "Ik heb het al aan [NAME] gevraagd, maar geen reactie.\n@[NAME] kun jij dit oppakken?",
        ),
        (
            "Mijn creditcard 4539 1488 0343 6467 is gestolen. Het abonnement loopt door, maar hij"
            " verloopt in maart 2028.",
            "Mijn creditcard [CARD] is gestolen. Het abonnement loopt door, maar hij verloopt in"
            " [EXPIRY].",
        ),
        ("Mailbox combo: 31-07-12", "Mailbox combo: [PASSWORD]"),
        (
            "Klant: kaart 4539 1488 0343 6467\nMedewerker: Tot wanneer is uw bankpas geldig?\n"
            "Klant: tot maart 2028",
            "Klant: kaart [CARD]\nMedewerker: Tot wanneer is uw bankpas geldig?\n"
            "Klant: tot [EXPIRY]",
        ),
        (
            "Klant: kaart 4539 1488 0343 6467\nMedewerker: Hoe lang is de creditcard nog geldig?\n"
            "Klant: tot maart 2028",
            "Klant: kaart [CARD]\nMedewerker: Hoe lang is de creditcard nog geldig?\n"
            "Klant: tot [EXPIRY]",
        ),
        (
            "Kaart 4539 1488 0343 6467 geldig tot 0 3/2 8",
            "Kaart [CARD] geldig tot [EXPIRY]",
        ),
        (
            "Code 6624 ingevuld denk ik, maar hij werkt niet. nee wacht het was 6642",
            "Code [OTP] ingevuld denk ik, maar hij werkt niet. nee wacht het was [OTP]",
        ),
        (
            "[07:42] Wiebren Tjalsma: mijn fiets staat klaar\n"
            "[07:43] Agent: Sorry Wiebren, de monteur is ziek\n[07:44] Wiebren Tjalsma: jammer",
            "[07:42] [NAME]: mijn fiets staat klaar\n"
            "[07:43] Agent: Sorry [NAME], de monteur is ziek\n[07:44] [NAME]: jammer",
        ),
        ("My office is at 915 L St", "My office is at [ADDRESS]"),
        ("Address: 340 G St. Sacramento CA", "Address: [ADDRESS] Sacramento CA"),
        ("Ship to 1400 K Street Apt 5", "Ship to [ADDRESS]"),
    ],
)
def test_review100_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Passagier 2, e-ticket 2200 456 7123 4567 5, vlucht KL1234 naar Lissabon.",
        "Paspoort ligt thuis; zendingnummer 3000-1234-5678-901-9 is nog niet bezorgd.",
        "Meeting notes (April): customer asked about a refund.",
        "Release notes (Summer): new checkout flow live.",
    ],
)
def test_review100_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Card 4539 1488 0343 6467 was charged.\nStatus of your domain: expires Jan 2027.",
            "Card [CARD] was charged.\nStatus of your domain: expires Jan 2027.",
        ),
        (
            "Card 4539 1488 0343 6467 was charged. My warranty? It expires in June 2027.",
            "Card [CARD] was charged. My warranty? It expires in June 2027.",
        ),
    ],
)
def test_review100_kept_beside(text: str, expected: str) -> None:
    assert _redacted(text) == expected
