"""Forms the thirty-third blind set showed after it was measured once (the cases here are
written anew, not copied): a code read out on the turn after it is asked for, an expiry given
before its cue, an Amex's security code "on front", a national number answered after a
speaker label with the time in brackets, a postcode after a Spanish floor ("3º 2ª"), a CVV
read out with dashes, a plate in the Dutch spelling alphabet, "mvr" before a surname, a
sender's initials and surname in lower case. Look-alikes stay: an error code in a message
quoted, a care provider's AGB code, brands that read as names, a note's title before a
speaker. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: I've texted a code to your mobile, could you read it to me?\n"
            "Caller: sure, three one four, two two eight",
            "Agent: I've texted a code to your mobile, could you read it to me?\n"
            "Caller: sure, [OTP]",
        ),
        (
            "Medewerker: u bedoelt de pincode van de app?\nBeller: ja, nul negen een vier",
            "Medewerker: u bedoelt de pincode van de app?\nBeller: ja, [PASSWORD]",
        ),
        (
            "11/28 is the expiry on the new card, please update it",
            "[EXPIRY] is the expiry on the new card, please update it",
        ),
        (
            "Card 3714 496353 98431, expiry 10/27, security code on front 4431.",
            "Card [CARD], expiry [EXPIRY], security code on front [CVV].",
        ),
        (
            "Agent Lucía (09:02): may I have your DNI?\nCustomer (09:02): 48271936L",
            "Agent [NAME] (09:02): may I have your DNI?\nCustomer (09:02): [SSN]",
        ),
        (
            "supply address Carrer de Sants 120, 4º 1ª, 08014 Barcelona",
            "supply address [ADDRESS], 4º 1ª, [POSTCODE] Barcelona",
        ),
        (
            "Agent: En de drie cijfers op de achterkant?\nKlant: 5-0-8.",
            "Agent: En de drie cijfers op de achterkant?\nKlant: [CVV].",
        ),
        (
            'Kenteken doorgegeven als "Hendrik Pieter twee vier negen Anton" = HP-249-A.',
            'Kenteken doorgegeven als "[PLATE]" = [PLATE].',
        ),
        ("goedemiddag mvr Hoekstra, hierbij", "goedemiddag mvr [NAME], hierbij"),
        ('From: "p.r. de graaf" <x@example.nl>', 'From: "[NAME]" <[EMAIL]>'),
        # look-alikes
        (
            "Mijn KPN zegt 'wijziging niet mogelijk, code 4021'.",
            "Mijn KPN zegt 'wijziging niet mogelijk, code 4021'.",
        ),
        (
            "bij Fysio De Brug (AGB-code 04012345) geweest",
            "bij Fysio De Brug (AGB-code 04012345) geweest",
        ),
        (
            "is the Mercedes-Benz A-Class offer still on?",
            "is the Mercedes-Benz A-Class offer still on?",
        ),
        ("The Mr. Muscle gel did nothing", "The Mr. Muscle gel did nothing"),
        ("Thank you for contacting Renta Cars today", "Thank you for contacting Renta Cars today"),
        (
            "CRM-notitie 12-02 | agent: Lotte V.\nKlant belt",
            "CRM-notitie 12-02 | agent: [NAME]\nKlant belt",
        ),
        (
            "Agent: what does the code on the display say?\nCaller: four oh two one",
            "Agent: what does the code on the display say?\nCaller: four oh two one",
        ),
        (
            "Customer: the key safe code's one nine five three.\nAgent: One nine five three, ok.",
            "Customer: the key safe code's [PASSWORD].\nAgent: [PASSWORD], ok.",
        ),
        ("04/29 is the date of the next meeting", "04/29 is the date of the next meeting"),
        ('From: "info" <info@example.nl>', 'From: "info" <[EMAIL]>'),
        (
            "Agent: the code on the back?\nKlant: it is 2024-05-12",
            "Agent: the code on the back?\nKlant: it is 2024-05-12",
        ),
    ],
)
def test_blind33_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
