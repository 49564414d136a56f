"""Forms the redactor learned from the misses on blind22 (measured first, then studied): a
filler between a cue and a name, labels in two languages and numbered ones, a caret sign-off,
the name an e-mail address spells standing alone, a full name the lists lack after a
customer label, the person before a firm ("Daan van Kampen van Zuidwest Bank"), a name after
a time, a name typed again in lower case, a role label with a given name that is a place,
lower-case UK postcodes and US streets after an address question, a flat in a named building,
prefixed API keys, a capitalised login pair, codes in a text message or after "this code:";
and look-alikes: a month after a date, user names, firms and desks, a car model, a colour,
parts in a list, an article number shaped like an SSN, letters spelled out. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CALLER: yeah it's for my mom uh Dolores Reyes\nAGENT: and her date of birth",
            "CALLER: yeah it's for my mom uh [NAME]\nAGENT: and her date of birth",
        ),
        (
            "Voornaam / First name: Jonas\nAchternaam / Last name: Verhaeghe\nE-mail: x",
            "Voornaam / First name: [NAME]\nAchternaam / Last name: [NAME]\nE-mail: x",
        ),
        (
            "Aanvrager 2: Merel Hermans-Tan, 1989-08-29, BSN 706698691",
            "Aanvrager 2: [NAME], [BIRTH_DATE], BSN [BSN]",
        ),
        (
            "please send the surname and date of birth of the lead passenger. ^Kasia\nMarta: ok",
            "please send the surname and date of birth of the lead passenger. ^[NAME]\n[NAME]: ok",
        ),
        (
            "the email is marta.kowalczyk@wp.pl\nMarta: Kowalczyk, 19.08.1990",
            "the email is [EMAIL]\n[NAME]: [NAME], [BIRTH_DATE]",
        ),
        (
            "Member: Lakisha Brown-Terrell\nID verified: SSN 318-44-9072",
            "Member: [NAME]\nID verified: SSN [SSN]",
        ),
        ("Klant: Grietje Zandbergen, geb. 30-06-1964", "Klant: [NAME], geb. [BIRTH_DATE]"),
        (
            "[09:16] Bezoeker: Sietske Postma-Bakker\n[09:17] Medewerker: Klopt.",
            "[09:16] Bezoeker: [NAME]\n[09:17] Medewerker: Klopt.",
        ),
        (
            "Medewerker: goedemiddag u spreekt met Daan van Kampen van Zuidwest Bank",
            "Medewerker: goedemiddag u spreekt met [NAME] van Zuidwest Bank",
        ),
        (
            "- 07:40 Wouter Kamp noticed the key in the build log",
            "- 07:40 [NAME] noticed the key in the build log",
        ),
        (
            "I registered in the BRP on 2 April at the desk in the city hall.",
            "I registered in the BRP on 2 April at the desk in the city hall.",
        ),
        (
            "Tim: token rotated\nNoa: tim dat moet je echt niet zo plakken",
            "[NAME]: token rotated\n[NAME]: [NAME] dat moet je echt niet zo plakken",
        ),
        (
            "my username is lotte_breda\n\nGroet, Lotte",
            "my username is lotte_breda\n\nGroet, [NAME]",
        ),
        (
            "Agent Milan: Hi! I can send a 6-digit code instead.",
            "Agent [NAME]: Hi! I can send a 6-digit code instead.",
        ),
        (
            'Hartkopf GmbH, workspace "Hartkopf Steuerberatung" <sabine.hartkopf@example.de>',
            'Hartkopf GmbH, workspace "Hartkopf Steuerberatung" <[EMAIL]>',
        ),
        (
            "Best regards,\nFleet department, Altisud SAS",
            "Best regards,\nFleet department, Altisud SAS",
        ),
        (
            "Je reservering voor de Renault Zoe (S-219-ZD) is bevestigd.",
            "Je reservering voor de Renault Zoe ([PLATE]) is bevestigd.",
        ),
        (
            "Geachte heer/mevrouw van Hanzebank,\n\nIk ontving uw brief",
            "Geachte heer/mevrouw van Hanzebank,\n\nIk ontving uw brief",
        ),
        (
            "Porsche Macan S, kleur Carmine Red, BTW-auto.",
            "Porsche Macan S, kleur Carmine Red, BTW-auto.",
        ),
        (
            "Aanmeldformulier GGZ De Horst - intake volwassenen",
            "Aanmeldformulier GGZ De Horst - intake volwassenen",
        ),
        (
            "Met vriendelijke groet,\nStudentenadministratie",
            "Met vriendelijke groet,\nStudentenadministratie",
        ),
        (
            "- 2x zijpaneel KX-204-B\nStap 1: bevestig de deuvels in zijpaneel KX-204-B.",
            "- 2x zijpaneel KX-204-B\nStap 1: bevestig de deuvels in zijpaneel KX-204-B.",
        ),
        (
            "3x kogellager 6204-2RS (art. 412-88-1093) à €4,12",
            "3x kogellager 6204-2RS (art. 412-88-1093) à €4,12",
        ),
        (
            "Ben: the postcode and password?\nCustomer: m14 5rb and the password is on file",
            "[NAME]: the postcode and password?\nCustomer: [POSTCODE] and the password is on file",
        ),
        (
            "the old address which was 1187 maple crest drive but she lives with me",
            "the old address which was [ADDRESS] but she lives with me",
        ),
        (
            "AGENT: what's the new address\nCALLER: 62 orchard lane unit b, hartford",
            "AGENT: what's the new address\nCALLER: [ADDRESS], hartford",
        ),
        (
            "the back bedroom of 41 Cranbrook House, Lenton Street, NG7 1FN.",
            "the back bedroom of [ADDRESS], [POSTCODE].",
        ),
        (
            "the read-only key (please don't forward): pk_ro_9Xa3TqLmV72bRn0c",
            "the read-only key (please don't forward): [TOKEN]",
        ),
        (
            "Login for the test portal: test.partner / Sandbox!Q3-2024\n",
            "Login for the test portal: test.partner / [PASSWORD]\n",
        ),
        (
            "Het wachtwoord voor de upload-omgeving dat je me stuurde (Hyp0th33k#NMG) werkt niet",
            "Het wachtwoord voor de upload-omgeving dat je me stuurde ([PASSWORD]) werkt niet",
        ),
        (
            "sleutel ligt er. alarm uit met 9914. adres is Eikenlaan 6 (7411 NR), achterom",
            "sleutel ligt er. alarm uit met [PASSWORD]. adres is [ADDRESS] ([POSTCODE]), achterom",
        ),
        (
            "je betaalkaart (eindigend op 4225) verloopt op 05/24.",
            "je betaalkaart (eindigend op 4225) verloopt op [EXPIRY].",
        ),
        (
            "daarna kreeg ik een sms met 7723 maar die werd niet geaccepteerd",
            "daarna kreeg ik een sms met [OTP] maar die werd niet geaccepteerd",
        ),
        (
            "If not, secure your account with this code: 7F3K-Q9 (valid for 30 minutes)",
            "If not, secure your account with this code: [OTP] (valid for 30 minutes)",
        ),
        (
            "Tik deze code in: 2 0 9 9 1 4. Negeer dit bericht. – Hypotheekbank Waal",
            "Tik deze code in: [OTP]. Negeer dit bericht. – Hypotheekbank Waal",
        ),
        ("Caller: it's, er, S-O-one-six, four-Q-F", "Caller: it's, er, S-O-one-six, four-Q-F"),
    ],
)
def test_blind22_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
