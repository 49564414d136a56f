"""Forms the seventy-seventh blind set showed, studied after it was measured (the cases here are
written anew, not copied): a Spanish NIE answered on the next turn, a card typed 4-4-8 or read
out in pairs, a session cookie named after its app, a German card's check number, a forum
post's author after "Gepost door:", a password a customer named in quotes with digits; and
what is no one's personal data: a statement's dates before their amounts, a locker's number
and an order's after bars, a SIM's last digits, a receipt's authorisation code written
"auth.", a payment object's id, a password field's name. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agente: Para verificar, ¿su DNI o NIE?\nCliente: Y3827164R",
            "Agente: Para verificar, ¿su DNI o NIE?\nCliente: [SSN]",
        ),
        (
            "I gave them my card number 4929 3810 66204573 before I realised.",
            "I gave them my card number [CARD] before I realised.",
        ),
        (
            "Klant: Het kaartnummer is 49 29 38 10 66 20 45 73.",
            "Klant: Het kaartnummer is [CARD].",
        ),
        (
            "Cookie in the request: SHOPSESSID=Q7vLm2Xa9Pk4Rt8Nc3Wz, please check.",
            "Cookie in the request: SHOPSESSID=[TOKEN], please check.",
        ),
        (
            "Karte 4929 3810 6620 4573, gültig bis 09/27, Kartenprüfnummer 318.",
            "Karte [CARD], gültig bis [EXPIRY], Kartenprüfnummer [CVV].",
        ),
        (
            "Forum › Internet › Traag wifi\nGepost door: Bas Vennegoor\n\nSinds gisteren valt "
            "het weg.",
            "Forum › Internet › Traag wifi\nGepost door: [NAME]\n\nSinds gisteren valt het weg.",
        ),
        (
            'Identificatie via klantwachtwoord: klant noemde "zeeland88" – in orde.',
            'Identificatie via klantwachtwoord: klant noemde "[PASSWORD]" – in orde.',
        ),
    ],
)
def test_blind77_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Card 4485 2719 0036 4814 (exp 11/25), disputed:\n 04/09 $812.40 ELECTRO ONLINE\n"
            " 04/10 $39.99 STREAMBOX",
            "Card [CARD] (exp [EXPIRY]), disputed:\n 04/09 $812.40 ELECTRO ONLINE\n"
            " 04/10 $39.99 STREAMBOX",
        ),
        ("Parcel Locker WAW07M\nLocker: 3317-C | Size: A | Order: 551204-PL", None),
        (
            "The PUK for the SIM ending in 8830 is 71620493.",
            "The PUK for the SIM ending in 8830 is [PASSWORD].",
        ),
        ("Paid: Mastercard ****2210, auth. code 551893, 02/05/2024 12:14", None),
        (
            "2024-06-03 10:22:17 event=charge.refunded id=ch_3QAz8R1eYvLWmo4D2k9bU7xq amount=1250",
            None,
        ),
        (
            "WARN plaintext password in request body, field=old_password value=Fietsbel#21",
            "WARN plaintext password in request body, field=old_password value=[PASSWORD]",
        ),
    ],
)
def test_blind77_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expiry typed right after the card keeps its mark before an amount
        (
            "Kaart 4111 1111 1111 1111 04/27 € 89,95 stond op mijn afschrift",
            "Kaart [CARD] [EXPIRY] € 89,95 stond op mijn afschrift",
        ),
        (
            "Please charge 4111 1111 1111 1111 06/29 $250.00 for the deposit",
            "Please charge [CARD] [EXPIRY] $250.00 for the deposit",
        ),
        # what a page says is no password, even with a digit
        ('The password reset page says "error_502" when I click it.', None),
        # a password shaped like a field's name is still one after its cue
        ("My new password is admin_password", "My new password is [PASSWORD]"),
        # a password's own end is secret too
        ("my password ends with 2024", "my password ends with [PASSWORD]"),
        ("Het wachtwoord eindigt met 2024!", "Het wachtwoord eindigt met [PASSWORD]"),
    ],
)
def test_review_of_round77(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
