"""Forms the seventy-first blind set showed, studied after it was measured (the cases here are
written anew, not copied): a mobile after "line", a surname with particles after a bilingual
label, a security password answered with a remark, a key box's code in single digits after a
colon, a mobileTAN, a one-time code misspelt "kode", a code read back in two groups around a
dash, a code before "is your one-time code", a door code after "is" with a star, a guest
network's password of hyphenated words, participants and CVCs in a table, a client secret in
JSON; and what is no one's personal data: a version an IP's shape said to be one, a firmware
step after an arrow, a VAT number, a laptop's asset tag, a bag's name, a lamp's number of
lights. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subject: Baja de la línea 655 201 934", "Subject: Baja de la línea [PHONE]"),
        (
            "Voornaam / First name: Sem\nAchternaam / Surname: van 't Veld",
            "Voornaam / First name: [NAME]\nAchternaam / Surname: [NAME]",
        ),
        (
            "Agent: And the security password, please?\nCaller: It's gooseberry, no capitals.",
            "Agent: And the security password, please?\nCaller: It's [PASSWORD], no capitals.",
        ),
        (
            "Keybox for the garden shed: 3 9 0 5",
            "Keybox for the garden shed: [PASSWORD]",
        ),
        (  # guard: the learned step took the blind set's, not the rules
            '"Ihre mobileTAN lautet 407 118."',
            '"Ihre mobileTAN lautet [OTP]."',
        ),
        (
            "ik kreeg een kode 7 3 0 2 9 1 van de bank, moet ik die invullen?",
            "ik kreeg een kode [OTP] van de bank, moet ik die invullen?",
        ),
        (
            "Support: Welke code ziet u in de app?\nKlant: 5 1 7 – 2 0 4",
            "Support: Welke code ziet u in de app?\nKlant: [OTP]",
        ),
        (
            '"Revolut: 60218 is your one-time code."',
            '"Revolut: [OTP] is your one-time code."',
        ),
        (
            "De deurcode van de achteringang na 22:00 is 7 1 9 3 #.",
            "De deurcode van de achteringang na 22:00 is [PASSWORD].",
        ),
        (
            "Wifi: Gast_Dam, wachtwoord tulpen-aan-de-gracht.",
            "Wifi: Gast_Dam, wachtwoord [PASSWORD].",
        ),
        (
            "Deelnemer     | Kaartnummer         | Geldig t/m | CVC\n"
            "Yara Haddad   | 4024 0071 5583 6207 | 11/27      | 2251",
            "Deelnemer     | Kaartnummer         | Geldig t/m | CVC\n"
            "[NAME]   | [CARD] | [EXPIRY]      | [CVV]",
        ),
        (
            '{"payment": {"client_secret": "pi_7Qx2Lm9Tz4_secret_Kd8Wn3Rb6Yc"}}',
            '{"payment": {"client_secret": "[TOKEN]"}}',
        ),
    ],
)
def test_blind71_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mesh nodes sit on 10.4.3.2 (that's a version number, not an address).",
        "2024-05-20 06:12  firmware 4.1.0.12 -> 4.1.0.15, update ok",
        "Steuer-ID liegt vor.\nUSt-IdNr.: DE301558274",  # guard
        "Logins came from his own laptop LT-1192.",  # guard
        'Ordine n.: ML-2024-11873, item "Borsa Giulia" in pelle',
        "1x Hanglamp Keizersgracht 5-lichts, messing",
    ],
)
def test_blind71_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik heb het via Marieke gehoord.", "Ik heb het via [NAME] gehoord."),
        (
            "Ik heb gisteren met Pieter van der Laan gesproken",
            "Ik heb gisteren met [NAME] gesproken",
        ),
        (
            "Ik sprak met Peter Grill van de klantenservice.",
            "Ik sprak met [NAME] van de klantenservice.",
        ),
        (
            "Customer Service Center Maria Lopez called me back.",
            "Customer Service Center [NAME] called me back.",
        ),
        (
            "I gave the bracelet Emma picked to her mum.",
            "I gave the bracelet [NAME] picked to her mum.",
        ),
        ("Peter Engelsman belde terug.", "[NAME] belde terug."),
        ("Oma Bakker kreeg het pakket niet", "Oma [NAME] kreeg het pakket niet"),
        ("I ordered 2 Lara Croft figures", "I ordered 2 Lara Croft figures"),
        (
            "From Terminal 2 bus 41 goes to the centre.",
            "From Terminal 2 bus 41 goes to the centre.",
        ),
        ("We verblijven op de Camping 5 in Renesse.", "We verblijven op de Camping 5 in Renesse."),
        ("mysql -u root -p webshop < dump.sql", "mysql -u root -p webshop < dump.sql"),
        (
            "Geboortedatum: 01.02.1990\nOrder 0102901234 is onderweg.",
            "Geboortedatum: [BIRTH_DATE]\nOrder 0102901234 is onderweg.",
        ),
        (
            "Naam | Aantal | Prijs\nHugo Boss Bottled | 1 | 59,95",
            "Naam | Aantal | Prijs\nHugo Boss Bottled | 1 | 59,95",
        ),
        (
            "Landlord: It's Via Garibaldi 14, right?\n"
            "Tenant: yes via garibaldi 14 int 2 (ref 12345)",
            "Landlord: It's [ADDRESS], right?\nTenant: yes [ADDRESS] int 2 (ref [POSTCODE])",
        ),
        (
            "naam;bsn;geboortedatum\nBakker, J.;111222333;1985-06-14\n"
            "Kowalski, T.;90010112345;1990-01-01 (nog checken)",
            "naam;bsn;geboortedatum\n[NAME];[BSN];[BIRTH_DATE]\n"
            "[NAME];[SSN];[BIRTH_DATE] (nog checken)",
        ),
    ],
)
def test_review_of_this_stop(text: str, expected: str) -> None:
    # what a second reader found the rules above let through, took too widely, or changed on a
    # second pass; each checked on the commit before the mend
    assert _redacted(text) == expected
