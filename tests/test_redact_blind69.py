"""Forms the sixty-ninth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a code answered in a chat export whose lines carry a date, a phone
"for the account", Danish streets with their floor, passwords on a command line, a lower-case
signature with an initial, a card holder after "Cardholder name:" with a title, British and
Swedish forms, a surname quoted as a system holds it, names after a staff label, in lower case
after a form's label, with the name one goes by in brackets or after "Frau", a code word for
an alarm, a card's security code beside its last digits, an eSIM's activation code, an address
read out in answer to a question; and what is no one's personal data: a contract's number, a
car park's and a haulier's name, a transaction's number, a street named after a footballer,
a name inside a user name, a nationality, an order's number answered, a repeater's model, a
smart plug's model, a table's size, a card payment's date after "pin"; and a six-digit
sign-in code read out singly is one code, not a CVV. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[03/02/2025 09:15] Courier: what's the pickup code from the text?\n"
            "[03/02/2025 09:16] Eva Lindqvist: 5182",
            "[03/02/2025 09:15] Courier: what's the pickup code from the text?\n"
            "[03/02/2025 09:16] [NAME]: [OTP]",
        ),
        ("Mobile for the account: 604-555-0139", "Mobile for the account: [PHONE]"),
        (
            "Ny adresse: Nørrebrogade 41, 4. tv, 2200 København N",
            "Ny adresse: [ADDRESS], [POSTCODE] København N",
        ),
        (
            "Renting at Vesterbro Allé 12, 1. th. from May.",
            "Renting at [ADDRESS] from May.",
        ),
        (
            "step 3: podman login -u deploy -p Kx9!harbour_77 quay.example.org",
            "step 3: podman login -u deploy -p [PASSWORD] quay.example.org",
        ),
        (
            'curl -u "svc-sync:Tr0mbone!42" https://api.example.org/v2/items',
            'curl -u "svc-sync:[PASSWORD]" https://api.example.org/v2/items',
        ),
        ("mysqldump -u backup -pWinter#2025 shopdb", "mysqldump -u backup -p[PASSWORD] shopdb"),
        (
            "can you check why my order is stuck?\n\nmonica r.",
            "can you check why my order is stuck?\n\n[NAME].",
        ),
        (
            "Card: 4024 0071 5583 6207\nCardholder name: MRS HELEN K BARKER",
            "Card: [CARD]\nCardholder name: MRS [NAME]",
        ),
        ("Moving to 14 Redland Brow next week.", "Moving to [ADDRESS] next week."),
        (
            "Parked in the permit zone with GHT 71K, yet the parking warden fined me.",
            "Parked in the permit zone with [PLATE], yet the parking warden fined me.",
        ),
        (
            'Volgens mij staat mijn achternaam bij jullie als "Bouzamboub" in het systeem.',
            'Volgens mij staat mijn achternaam bij jullie als "[NAME]" in het systeem.',
        ),
        (
            '"Your account security code is 7 3 9 0 2 6" kwam binnen op mijn simkaart.',
            '"Your account security code is [OTP]" kwam binnen op mijn simkaart.',
        ),
        ("Simkaart vervangen.\nMedewerker: Bas", "Simkaart vervangen.\nMedewerker: [NAME]"),
        ("naam: r. van der wal\nstatus: actief", "naam: [NAME]\nstatus: actief"),
        ("Lid: mevr. A.C. (Anneke) Stoffels", "Lid: mevr. [NAME] ([NAME]) [NAME]"),
        ("Guten Tag Frau van Leeuwen,", "Guten Tag Frau [NAME],"),
        (
            "Codewoord voor de meldkamer: pinguin",
            "Codewoord voor de meldkamer: [PASSWORD]",
        ),
        (
            "Klant noemde de laatste 4 cijfers (8812) en de beveiligingscode 317.",
            "Klant noemde de laatste 4 cijfers (8812) en de beveiligingscode [CVV].",
        ),
        (
            "Open https://esim.example.net/start?ac=LPA1$rsp.example.net$A7K2-QQ91-ZX4M",
            "Open https://esim.example.net/start?ac=[TOKEN]",
        ),
        (
            "Agent: En wat wordt het adres?\nKlant: Het Hoogveld zevenenveertig in Zwolle.",
            "Agent: En wat wordt het adres?\nKlant: [ADDRESS] in Zwolle.",
        ),
        (
            "We stay at the cottage aan de Dorpsweel 9 in Burgh.",
            "We stay at the cottage aan de [ADDRESS] in Burgh.",
        ),
    ],
)
def test_blind69_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "My Steuer-ID is on file; the savings plan is contract 5521-093-17.",
        "Damage happened in Parkhaus Emma, level 2.",
        "Our client Jansen Transport reports the API is slow.",
        "Refund sent (transaction 2025041109273319).",
        "Take exit Johan Cruijff Boulevard for the stadium.",
        "Her username is Marta_QX1988, not her e-mail.",
        "Ik ben Amerikaan en woon in Gent.",
        "Agent: Wat is je bestelnummer?\nKlant: 40918273651",
        "Router plus 1x FRITZ!Repeater 2400 AX in de gang.",
        "De slimme stekker (Shelly Plus 2PM) valt steeds weg.",
        "1x Bureau Prinsengracht 160 x 80 cm, eiken",
        "Betaald: pin, 03-11-2024 10:05, terminal 12",
        "2x Baker Street Gin 50 cl",
    ],
)
def test_blind69_kept(text: str) -> None:
    assert _redacted(text) == text
