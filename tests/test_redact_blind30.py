"""Forms the redactor learned from blind30. First the one that broke idempotence when the set
came in: a date of birth corrected in the same breath ("... nee wacht, dertien augustus
negentien vierenveertig"). Then: an answer on the next turn after a speaker label with the
time ("Bram Jacobs 15:04: 7190" after "the security code"; "10:13 Customer:" after "CPR
number?"), a request rather than a question ("Dan je rijksregisternummer graag."), a Spanish NIE
with its letters, a UK NHS number; names in capitals after "name on the card is" or a payment's
"to", as banks print them (not a firm: "ING BANK"); an Eircode in brackets after the address;
an expiry corrected in the same breath, also read out ("June twenty-seven... no sorry June
twenty-eight"), with one correction pattern shared with dates of birth; Sky is a brand; Danish,
Swedish, Finnish and Norwegian streets, and a postcode after a floor or a flat number ("2. th.",
"lgh 1102"); a Luxembourg postcode with its "L-" in a sentence. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A: uw geboortedatum?\nB: twaalf augustus negentien vierenveertig... nee wacht,"
            " dertien augustus negentien vierenveertig, ik haal het door elkaar.",
            "A: uw geboortedatum?\nB: [BIRTH_DATE]... nee wacht, [BIRTH_DATE], ik haal het"
            " door elkaar.",
        ),
        ("DOB 12/03/1985, no sorry, 13/03/1985", "DOB [BIRTH_DATE], no sorry, [BIRTH_DATE]"),
        (
            "Chloé Martin 15:02: the site wants the security code\nBram Jacobs 15:04: 7190",
            "[NAME] 15:02: the site wants the security code\n[NAME] 15:04: [CVV]",
        ),
        (
            "Mikkel: Can you confirm your CPR number?\n10:13 Customer: 120489-2217",
            "[NAME]: Can you confirm your CPR number?\n10:13 Customer: [SSN]",
        ),
        (
            "[14:21] P: Dan je rijksregisternummer graag.\n[14:22] klant: 99083021451",
            "[14:21] P: Dan je rijksregisternummer graag.\n[14:22] klant: [SSN]",
        ),
        ("CUPS ES0031405321874011JN0F, NIE X-4719283-L", "CUPS ES0031405321874011JN0F, NIE [SSN]"),
        ("Her NHS number is 485 777 3456. Our", "Her NHS number is [SSN]. Our"),
        ("Name on the card is RAVI K SHAH.", "Name on the card is [NAME]."),
        (
            "approve payment of £1,450.00 to J SMITH. If",
            "approve payment of £1,450.00 to [NAME]. If",
        ),
        ("payment to ING BANK today", "payment to ING BANK today"),
        (
            "Hi its Aoife from Apt 4, 17 Harcourt Terrace (D02 XK82) the boiler",
            "Hi its [NAME] from [ADDRESS] ([POSTCODE]) the boiler",
        ),
        (
            "Agent: And the expiry date?\nCaller: June twenty-seven... no sorry June twenty-eight",
            "Agent: And the expiry date?\nCaller: [EXPIRY]... no sorry [EXPIRY]",
        ),
        ("card expiry 03/27, no wait, 04/27", "card expiry [EXPIRY], no wait, [EXPIRY]"),
        ("I want to cancel my Sky subscription.", "I want to cancel my Sky subscription."),
        (  # the floor and side are part of the address (since blind69's round)
            "A new card will be sent to Ryesgade 31, 2. th., 2200 København N.",
            "A new card will be sent to [ADDRESS], [POSTCODE] København N.",
        ),
        (  # the flat goes with its street, as every writer of the corpus marks it (blind54)
            "New address: Sveavägen 44, lgh 1102, 113 59 Stockholm.",
            "New address: [ADDRESS], [POSTCODE] Stockholm.",
        ),
        ("Hij woont in L-1724 Luxembourg, werkt", "Hij woont in [POSTCODE] Luxembourg, werkt"),
        (
            "Adres: Kerkstraat 12, 2e verdieping, 1200 mensen",
            "Adres: [ADDRESS], 2e verdieping, 1200 mensen",
        ),
    ],
)
def test_blind30_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
