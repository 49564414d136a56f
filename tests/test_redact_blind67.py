"""Forms the sixty-seventh blind set showed, studied after it was measured (the cases here are
written anew, not copied): a sign-in text that names its firm before "security code", a card
and a CVV read out with pauses, password labels in other languages, a code the customer chose,
a door code after a compound word for the door, a room after a house number, a card holder's
name as the card shows it; and what is no one's personal data: a log's event name, an SMS
list's dates, a firm written with "&", a gas supply point's code, a part number after its
maker, a fine's and an invoice's reference that pass the card check, a state before "plate",
a firmware step, an order's id and a commit, a lift maker, a soup brand, a credit union, a
firm named after its owner. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Use 5520913 as Contoso account security code",
            "Use [OTP] as Contoso account security code",
        ),
        ("Caller: 4024... 0071... 5583... 6207.", "Caller: [CARD]."),
        (
            "Card 4024 0071 5583 6207.\nAgent: The security code, please?\nCaller: 4... 1... 7.",
            "Card [CARD].\nAgent: The security code, please?\nCaller: [CVV].",
        ),
        (
            "identifiant : marc@orange.fr\nmot de passe : Lune!2020",
            "identifiant : [EMAIL]\nmot de passe : [PASSWORD]",
        ),
        (
            "Bank: Please choose a new 6-digit code in the app.\nMe: done, I chose 580314",
            "Bank: Please choose a new 6-digit code in the app.\nMe: done, I chose [PASSWORD]",
        ),
        (
            "De schilder kan via de achterdeur, code 4417, naar binnen.",
            "De schilder kan via de achterdeur, code [PASSWORD], naar binnen.",
        ),
        (
            "Adres: Kloosterweg 14 kamer 2, 6211 AB Maastricht",
            "Adres: [ADDRESS], [POSTCODE] Maastricht",
        ),
        (
            "Klant: VISA 4024 0071 5583 6207 VALID THRU 11/27 R DE VRIES",
            "Klant: VISA [CARD] VALID THRU [EXPIRY] [NAME]",
        ),
        (  # guard
            "SMS list:\n03-05 09:12  Bol: Your code is 551 208",
            "SMS list:\n03-05 09:12  Bol: Your code is [OTP]",
        ),
        (
            "Vehicle: 2018 Toyota Camry, Virginia plate UXT 4821",
            "Vehicle: 2018 Toyota Camry, Virginia plate [PLATE]",
        ),
        (
            "Herr Jonas Weber ruft an.\nRechnung an: Weber Haustechnik",
            "Herr [NAME] ruft an.\nRechnung an: Weber Haustechnik",
        ),
    ],
)
def test_blind67_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-02 10:14:07 INFO otp.sent user_id=33018 channel=sms",
        "Offerte van Rosa&Zonen ontvangen.",
        "Please move the debit for PDR 00881200778812 to my new account.",
        "Oliefilter Bosch F 026 407 163 ....... € 11,50",
        "Boete ontvangen (CJIB 2024 3381 0094 1121) voor te hard rijden.",  # passes the card check
        "Factuuroverzicht mei – factuurnummer 2024050177318",  # passes the card check
        "Router-firmware van 3.2.14.1 naar 3.2.15.2 gezet.",
        "open order 2b7c1d9e-55a4-4c0e-8d35-9b8e41c0a7f2, then since commit "
        "7d9a1e74c0b2f5e86a1d92c7b04fe13a58d6c211 it fails",
        "Storing aan de lift (Otis) op 3 juni, en de soep van Tante Betsy was op.",
        "Call recording – Shannon Credit Union – 02/04/2024",
    ],
)
def test_blind67_kept(text: str) -> None:
    assert _redacted(text) == text


def test_a_password_label_in_spanish_still_works() -> None:
    # guard: "contraseña" was a cue before; the other languages' labels joined it
    assert _redacted("Login ok? contraseña: Playa#2023") == "Login ok? contraseña: [PASSWORD]"
