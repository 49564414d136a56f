"""Forms the eightieth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a landlord's given name in a chat's speaker label ("Verhuurder
Ton:"), a CVV given "als" or named as the card's and quoted, a password in a PHP config's
array, a Nordic date-of-birth label, a two-word password in quotes after what it is for, a
card read out digit by digit with commas; and what is no one's personal data: months as a
range, a railway's fare, a firm's handle, a card's last digits, a device's firmware as a
field. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[14:02] Verhuurder Ton: de sleutel ligt onder de mat",
            "[14:02] Verhuurder [NAME]: de sleutel ligt onder de mat",
        ),
        (
            "Kaart 4111 1111 1111 1111, cvc doorgegeven als 7-1-5, boeking bevestigd.",
            "Kaart [CARD], cvc doorgegeven als [CVV], boeking bevestigd.",
        ),
        (
            'Hij noemde de cvv van haar kaart, "8 2 6", en hing op.',
            'Hij noemde de cvv van haar kaart, "[CVV]", en hing op.',
        ),
        (
            "$CONFIG = array (\n  'dbpassword' => 'Zeil!boot42',\n  'dbuser' => 'oc_admin',\n);",
            "$CONFIG = array (\n  'dbpassword' => '[PASSWORD]',\n  'dbuser' => 'oc_admin',\n);",
        ),
        (
            "Mina uppgifter:\nFödelsedatum: 1987-11-03",
            "Mina uppgifter:\nFödelsedatum: [BIRTH_DATE]",
        ),
        (
            'Afhalen door opa – wachtwoord bij ophalen: "rode tractor"',
            'Afhalen door opa – wachtwoord bij ophalen: "[PASSWORD]"',
        ),
        (
            "Klant: ja, 5 1 0 5, 1 0 5 1, 0 5 1 0, 5 1 0 0.",
            "Klant: ja, [CARD].",
        ),
    ],
)
def test_blind80_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I claimed the physio sessions (Jan-Mar) twice, please check.", None),
        ("Ticket: Super Sparpreis, 2nd class, seat 41", None),
        (
            "@TreinNL: Hoi Robin, excuses voor de vertraging",
            "@TreinNL: Hoi [NAME], excuses voor de vertraging",
        ),
        ("Klant: mijn pincode werkt niet, de pas met eindcijfers 5512 is nog niet actief.", None),
        ("- firmware router: 7.2.14.1\n- modem: Experia Box v10", None),
    ],
)
def test_blind80_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a config array's secret has a digit or a sign; a validation rule or a word is none
        (
            "$request->validate([\n 'email' => 'required|email',\n 'password' => 'required|min:8',"
            "\n]);",
            None,
        ),
        ("'guard' => 'api',\n'token_type' => 'Bearer',", None),
        # a handle with a given name among its parts or a surname at its end is a person's
        ("@jdeJong: hoi, waar blijft mijn pakket?", "[NAME]: hoi, waar blijft mijn pakket?"),
        ("@TheRealSanne: waar blijft mijn pakket?", "[NAME]: waar blijft mijn pakket?"),
        # what a page says after "wachtwoord voor ...:" is no password of a few words
        ('Bij het wachtwoord voor mijn account krijg ik de melding: "onjuiste gegevens"', None),
        # only "Jan" before a month is a quarter, and a full month too
        ("Ellie-May Johnson called about her refund.", "[NAME] called about her refund."),
        ("Facturen Jan-Maart ontbreken nog.", None),
        # a PIN's last digits are still a secret
        ("Pincode laatste cijfers 8812", "Pincode laatste cijfers [PASSWORD]"),
        # a month after a role word is no name
        ("I already paid the landlord June rent on the 1st.", None),
        # only a device's firmware is a version, not a server's address
        ("Firmware server: 192.168.10.20", "Firmware server: [IP]"),
        # another date's label after a date of birth
        (
            "Fødselsdato: 03.02.1988, Bestillingsdato: 10.01.2024",
            "Fødselsdato: [BIRTH_DATE], Bestillingsdato: 10.01.2024",
        ),
        # single answers after commas are no card read out
        ("Enquête-antwoorden vraag 1-16: 4, 5, 3, 4, 5, 5, 4, 3, 5, 4, 4, 5, 3, 4, 5, 1", None),
    ],
)
def test_review_of_round80(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
