"""Forms the eighty-second blind set showed, studied after it was measured (the cases here are
written anew, not copied): a PIN read out on the next turn after it was asked for "on the
account" or said to be needed, a CVV's cue spelled letter by letter, a Scandinavian month in a
date of birth, a Dutch given name after "Beste", a card's name in a log's field without
quotes, a one-time code in a VPN log's field; and what is no one's personal data: a login
method ("password+totp"), a booking reference after "is", a release deployed or offered, a
card's first group said back, a screen's error code, a German car's type keys. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AGENT: Can I have the phone PIN on your account please?\n"
            "CALLER: two, six, zero, four.",
            "AGENT: Can I have the phone PIN on your account please?\nCALLER: [PASSWORD].",
        ),
        (
            "AGENT: To change the address I need your telephone PIN.\nCALLER: Nine one one eight.",
            "AGENT: To change the address I need your telephone PIN.\nCALLER: [PASSWORD].",
        ),
        (
            "Klant: hier 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1  geldig tot 0 8 / 2 7  c v c 6 1 9",
            "Klant: hier [CARD]  geldig tot [EXPIRY]  c v c [CVV]",
        ),
        ("Namn: Sara Lind\nFödelsedatum: 3 maj 1991", "Namn: [NAME]\nFödelsedatum: [BIRTH_DATE]"),
        ("Beste Jantine,\n\nHierbij de offerte.", "Beste [NAME],\n\nHierbij de offerte."),
        (
            "2024-06-01T10:00:00Z naam_op_kaart=M DE GRAAF status=declined",
            "2024-06-01T10:00:00Z naam_op_kaart=[NAME] status=declined",
        ),
        (
            "vpn auth user=jdoe method=password+totp totp=502 113 result=OK",
            "vpn auth user=jdoe method=password+totp totp=[OTP] result=OK",
        ),
    ],
)
def test_blind82_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your new booking reference is W1K3PQ, seat 14C.", None),
        ("Release: deploy 3.14.0.2 failed on the staging runner.", None),
        ("firmware: 3.9.1.20 (update beschikbaar: 3.9.4.11)", None),
        (
            "Klant: 5466 1602 9384 7511 is de goede.\nAgent: 5466... ja, staat erin.",
            "Klant: [CARD] is de goede.\nAgent: 5466... ja, staat erin.",
        ),
        (
            "The parcel locker code 381922 fails, the screen says E12.",
            "The parcel locker code [OTP] fails, the screen says E12.",
        ),
        ("Auto: Opel Corsa, HSN/TSN 0035/AKR, bouwjaar 2017.", None),
    ],
)
def test_blind82_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a PIN asked for without a question: only an answer that is the value
        (
            "AGENT: I need the PIN on the account.\n"
            "CALLER: Order five five eight one two, that's all I have.",
            None,
        ),
        (
            "AGENT: Ik heb de pincode van de rekening nodig.\nKLANT: Postcode? Drie vijf een twee.",
            "AGENT: Ik heb de pincode van de rekening nodig.\nKLANT: Postcode? [POSTCODE].",
        ),
        (
            "AGENT: What's the reference code on your account?\nCALLER: Four four two one nine.",
            None,
        ),
        (
            "AGENT: Ich brauche bitte Ihre Telefon-PIN.\nKUNDE: vier eins eins acht",
            "AGENT: Ich brauche bitte Ihre Telefon-PIN.\nKUNDE: [PASSWORD]",
        ),
        # an address after a deploy user's name or field is an address
        (
            "Connection closed by authenticating user deploy 81.171.24.9 port 52144 [preauth]",
            "Connection closed by authenticating user deploy [IP] port 52144 [preauth]",
        ),
        ("ci.env deploy_host=81.171.24.9 branch=main", "ci.env deploy_host=[IP] branch=main"),
        # a password glued to its word with a plus is still one
        (
            "Klant: pw+zomer2024 geeft een fout bij inloggen",
            "Klant: pw[PASSWORD] geeft een fout bij inloggen",
        ),
        # a milking machine's maker is no given name
        ("Klant: De Gea melkrobot geeft een storing sinds de update.", None),
        # a log's name field: a filler or a firm stays, a name before a comma or a bar goes
        ("2024-06-01 pay.auth cardholder=VALUED CUSTOMER wallet=applepay", None),
        (
            "card_holder_name=P VAN DER BERG|status=ok",
            "card_holder_name=[NAME]|status=ok",
        ),
        # Nordic birth words, a booking's longer label, a log's code field, what a display reads
        (
            "Kund: Jag är född 2 augusti 1979.",
            "Kund: Jag är född [BIRTH_DATE].",
        ),
        ("Your booking reference number is W1K3PQ, seat 14C.", None),
        (
            "vpn auth user=jdoe totp_code=502113 result=OK",
            "vpn auth user=jdoe totp_code=[OTP] result=OK",
        ),
        (
            "Customer: door code 2580 does not work, the display reads E07.",
            "Customer: door code [PASSWORD] does not work, the display reads E07.",
        ),
    ],
)
def test_review_of_round82(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
