"""Forms the seventy-ninth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a name after "Applicant name:", a one-time code as a JSON field, a
national ID named right after a wrong one ("The correct number is ..."), a CVV given after the
words that ask for it and a colon, a delivery code beside "a safe place", a porting code
texted with its letters and six digits, a card typed with a wider gap; and what is no one's
personal data: a bag's tag, a time as Flemish write it, a desk that signs, a class's source file
in a crash log, a date of death after a date of birth, a brand signing in one word, a table
named after a street with its size, also where it is named again without it. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Credit application\nApplicant name: Lashonda Pruitt\nEmployer: Dallas ISD",
            "Credit application\nApplicant name: [NAME]\nEmployer: Dallas ISD",
        ),
        (
            'INFO AcsController - 3DS result {"otp":"730418","result":"Y","eci":"05"}',
            'INFO AcsController - 3DS result {"otp":"[OTP]","result":"Y","eci":"05"}',
        ),
        (
            "The tax slip still has my old SIN. The correct number is 046 454 286, thanks.",
            "The tax slip still has my old SIN. The correct number is [SSN], thanks.",
        ),
        (
            "He wanted the three digits on the back of my card, and I read them out: 4 1 7.",
            "He wanted the three digits on the back of my card, and I read them out: [CVV].",
        ),
        (
            "Pick a safe place or give your delivery code 5521 to the courier.",
            "Pick a safe place or give your delivery code [OTP] to the courier.",
        ),
        (
            "Overstapcode (per sms ontvangen van Simyo): NLS-902214",
            "Overstapcode (per sms ontvangen van Simyo): [OTP]",
        ),
        (
            "nieuwe kaart: 4929  3810 6620 4573, graag aanpassen",
            "nieuwe kaart: [CARD], graag aanpassen",
        ),
    ],
)
def test_blind79_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One checked bag (tag KL 552031) is missing; my travel insurance wants the claim.", None),
        (
            "Met vriendelijke groet,\nBeheer Woonstichting Het Anker",
            None,
        ),
        ("Thread 0 crashed: KlantenOverzichtTableViewController.swift:88", None),
        (
            "Moeder: mw. A. Jansen, geb. 03-04-1941, overleden 12-01-2025.",
            "Moeder: mw. [NAME], geb. [BIRTH_DATE], overleden 12-01-2025.",
        ),
        (
            "Heeft u deze wijziging niet gedaan? Neem dan contact op.\n\nMet vriendelijke groet,\n"
            "TuinZorg",
            None,
        ),
        (
            "Vraag: past de tafel Keizersgracht 180 cm?\n\nAntwoord: ja, de tafel Keizersgracht"
            " 180 en de kast komen uit dezelfde collectie.",
            None,
        ),
    ],
)
def test_blind79_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name with a capital inside signs too; a brand's first part is no given name
        ("Kind regards,\nMaryAnn Kowalski", "Kind regards,\n[NAME]"),
        # a CVV's cue reaches a colon only through words about the card or its digits
        ("The security code box keeps saying invalid, error code: 1004", None),
        (
            "The security code for the alarm, the installer said: 4412",
            "The security code for the alarm, the installer said: [PASSWORD]",
        ),
        # a code's field in a Python dict: the next field is no second code
        ("{'otp': '482913', 'user_id': '5512094'}", "{'otp': '[OTP]', 'user_id': '5512094'}"),
        # a booking's confirmation code with six digits is no one-time code
        ("Booking confirmation code: EZY-448120, 2 passengers", None),
        # the right number after a wrong one: an ID's, not an invoice's; also after "klopt niet"
        (
            "My tax ID is fine. The invoice number on the receipt is wrong, the correct number "
            "is 20250341.",
            None,
        ),
        (
            "Mijn PESEL klopt niet, het juiste nummer is 44051401359.",
            "Mijn PESEL klopt niet, het juiste nummer is [SSN].",
        ),
        # four years in a row are no card
        ("Premie 2017  2018  2019  2020 is steeds verhoogd", None),
        # a date of death after a redacted date of birth stays, also on a second pass
        (
            "Geboren 03-04-1941 † 12-01-2025 (mijn moeder)",
            "Geboren [BIRTH_DATE] † 12-01-2025 (mijn moeder)",
        ),
        # a holding company named after a person is a firm
        ("Namens Van Dijk Beheer heb ik de huur opgezegd.", None),
        # a delivery address named like the product is still an address
        (
            "Eettafel Herengracht 220 x 100 cm, graag leveren op Herengracht 220 in Amsterdam.",
            "Eettafel [ADDRESS] x 100 cm, graag leveren op [ADDRESS] in Amsterdam.",
        ),
        # a safe placed somewhere is still a safe
        (
            "The safe placed in our office has code 7713, please reset.",
            "The safe placed in our office has code [PASSWORD], please reset.",
        ),
        # where one is welcomed is a place
        ("Ciao Emma! Welcome to Florence.", "Ciao [NAME]! Welcome to Florence."),
    ],
)
def test_review_of_round79(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
