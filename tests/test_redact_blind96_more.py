"""More of what the ninety-sixth blind set showed, and cases earlier reviews left open, each
written anew (not copied): a city kept as a given name speaking beside a role with a name
("Agent Jade:"); a card's expiry by month and year after the card as its pronoun, and
corrected; sixteen card digits whose last group is split by a slip; a code typed as digits
apart and corrected at once; an Amex's four-digit code "voorop"; an address's letter apart
before a postcode; a letter street without its quarter; a given name that is mostly a word
before an unknown surname at a sentence's start, when a person's doing follows; a text's code
of three and three in lower case. Each case also checks that redacting twice adds nothing. The
kept cases are guards for the new rules and pass on the commit before too."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[19:02] Milan: ik kan niet meer inloggen\n"
            "[19:03] Agent Noor: Welk e-mailadres gebruikt u?\n"
            "[19:04] Milan: dat weet ik niet meer zeker",
            "[19:02] [NAME]: ik kan niet meer inloggen\n"
            "[19:03] Agent [NAME]: Welk e-mailadres gebruikt u?\n"
            "[19:04] [NAME]: dat weet ik niet meer zeker",
        ),
        (
            "Klant: mijn creditcard eindigt op 7731. Hij verloopt in maart 2028.",
            "Klant: mijn creditcard eindigt op 7731. Hij verloopt in [EXPIRY].",
        ),
        (
            "Agent: Ik herhaal: 4539 1488 0343 6467. Klopt dat?\n"
            "Klant: Klopt. Hij verloopt in april 2029... nee wacht, mei 2029.",
            "Agent: Ik herhaal: [CARD]. Klopt dat?\n"
            "Klant: Klopt. Hij verloopt in [EXPIRY]... nee wacht, [EXPIRY].",
        ),
        (
            "betaald met mijn creditcard, nummer 4539 1488 0343 646 7 en exp 04/28",
            "betaald met mijn creditcard, nummer [CARD] en exp [EXPIRY]",
        ),
        (
            "Agent: Ik stuur een verificatiecode naar uw mail. Wilt u die hier typen?\n"
            "Klant: 5 0 9 – 2 2 4 ... wacht, hij is 509 242",
            "Agent: Ik stuur een verificatiecode naar uw mail. Wilt u die hier typen?\n"
            "Klant: [OTP] ... wacht, hij is [OTP]",
        ),
        (
            "Amex, geldig tot 11/28, 4-cijferige code voorop 7719.",
            "Amex, geldig tot [EXPIRY], 4-cijferige code voorop [CVV].",
        ),
        (
            "Geboren 03.02.1987, Korte Delft 12 B, 4331 AR Middelburg",
            "Geboren [BIRTH_DATE], [ADDRESS], [POSTCODE] Middelburg",
        ),
        (
            "Please ship it to 1220 K Street, Sacramento.",
            "Please ship it to [ADDRESS], Sacramento.",
        ),
        (
            "Frank Oosterbaan belde gisteren over de offerte.",
            "[NAME] belde gisteren over de offerte.",
        ),
        (
            "Mark Oosterbaan has emailed us twice about the refund.",
            "[NAME] has emailed us twice about the refund.",
        ),
        (
            "my login code is q7r 4tm but the site says it expired",
            "my login code is [OTP] but the site says it expired",
        ),
    ],
)
def test_blind96_more_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mijn pas werkt niet. Het abonnement verloopt in juni 2026.",
        "Bill Printing said the order ships on Monday.",
        "The access code is first-come-first-served, parking spots are not reserved.",
        "We sell 3 A Street signs for the model railway.",
        "the code is a4b 3rd on the list",
        "Zet de code vooraan in het formulier.",
    ],
)
def test_blind96_more_kept(text: str) -> None:
    assert _redacted(text) == text
