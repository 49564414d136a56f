"""The second part of what the ninety-second blind set showed, studied after it was measured
(the cases here are written anew, not copied): what it missed (a scanned form's names in
capitals side by side, a document's number right after its label, a table's holder column, a
password manager's secret key, a phone's push token, one-time codes in a log or with a dash, a
card read out digit by digit with commas, a street said again with a flat's number, a PESEL
for an invoice) and what it took that is no one's (a job's field, a student number asked for,
a log's other field after a password's word, a motorway exit's town). Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scanned form: surname and given name in capitals on one line
        (
            "Registratiekaart\nSurname: JANSSENS   First name: MARIE-LOUISE\nNationality: Belgian",
            "Registratiekaart\nSurname: [NAME]   First name: [NAME]\nNationality: Belgian",
        ),
        ("Nachname: KOWALSKI\nVorname: ANDRZEJ", "Nachname: [NAME]\nVorname: [NAME]"),
        # an appeal's or a complaint's person
        (
            "Appellant: Tavish Oyelaran\nGrounds: sign was hidden",
            "Appellant: [NAME]\nGrounds: sign was hidden",
        ),
        (
            "Klaagster: Joke Olieslager\nOnderwerp: overlast",
            "Klaagster: [NAME]\nOnderwerp: overlast",
        ),
        # a document's number right after its own label
        (
            "Nationality: Dutch   Passport/ID: NX7PK41R2\nRoom 214",
            "Nationality: Dutch   Passport/ID: [SSN]\nRoom 214",
        ),
        ("Reisepass: C4F7Z91K2 (gültig bis 2031)", "Reisepass: [SSN] (gültig bis 2031)"),
        # a column of holders in a table
        (
            "Plaats | Houder | Tarief\nP12 | Frank Hoogendoorn | 85\nP14 | Frank Oduya | 85",
            "Plaats | Houder | Tarief\nP12 | [NAME] | 85\nP14 | [NAME] | 85",
        ),
        # a password manager's secret key and a phone's push token, by their shape
        (
            "Herstel: de Secret Key staat op de Emergency Kit: "
            "A3-4HW9QZ-8MKC3T-PX72D-6RBN4-3FJW7-QS5LE. Helpt dat?",
            "Herstel: de Secret Key staat op de Emergency Kit: [TOKEN]. Helpt dat?",
        ),
        ("Secret Key: A3-2BC4DE-FG5HJK-LM6NP-QR7ST-UV8WX-YZ9AB", "Secret Key: [TOKEN]"),
        (
            "Push token: fcm:eY7pQ2xLm4B:APA91bGk3LmTq9QwZ2xPvR\nApp: 4.2",
            "Push token: [TOKEN]\nApp: 4.2",
        ),
        # a hardware token's code and a certificate's password in a log's fields
        (
            'vpn login failed reason="token mismatch" fortitoken=448120 src=x',
            'vpn login failed reason="token mismatch" fortitoken=[OTP] src=x',
        ),
        (
            "10:22:09 DEBUG client-cert-pass=Delf$haven-77 mode=tls",
            "10:22:09 DEBUG client-cert-pass=[PASSWORD] mode=tls",
        ),
        # any word in a log's password field
        (
            "auth failed user=jdoe password=zomer ip=x",
            "auth failed user=jdoe password=[PASSWORD] ip=x",
        ),
        # a password in a link's query, up to the next parameter
        (
            "GET /export?user=jdoe&pw=Zeilboot-Q3!&format=csv HTTP/1.1",
            "GET /export?user=jdoe&pw=[PASSWORD]&format=csv HTTP/1.1",
        ),
        # a one-time code with a dash before its last two digits (not a year's month)
        (
            "Web form\n\nPayment card for the excess: 4556 7340 2918 8277 / 08/25 / cvv 603\n"
            "One-time code received: 7730-41",
            "Web form\n\nPayment card for the excess: [CARD] / [EXPIRY] / cvv [CVV]\n"
            "One-time code received: [OTP]",
        ),
        # a card read out digit by digit with commas, in a text about a card
        (
            "Agent: Which card?\n"
            "Caller: Mastercard, 5, 4, 2, 5 - 2, 3, 3, 4 - 3, 0, 1, 0 - 9, 9, 0, 3.",
            "Agent: Which card?\nCaller: Mastercard, [CARD].",
        ),
        # a street said again with another flat's number
        (
            "Adres: ul. Piękna 20/3, 00-549 Warszawa\nKlient: przepraszam, Piękna 28/3",
            "Adres: [ADDRESS], [POSTCODE] Warszawa\nKlient: przepraszam, [ADDRESS]",
        ),
        # a PESEL given for an invoice
        ("PESEL voor mijn Poolse factuur: 44051401458.", "PESEL voor mijn Poolse factuur: [SSN]."),
        # a garage's speaker under the title that names it, the person in brackets
        (
            "WhatsApp – Garage Verbeek\n[09:12] Verbeek Auto (Rob): Uw auto is klaar.",
            "WhatsApp – Garage Verbeek\n[09:12] Verbeek Auto ([NAME]): Uw auto is klaar.",
        ),
    ],
)
def test_blind92_rest_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a job's field and a job's id
        "Service report\nJob: WO-2024-33017, 14/06/2024\nBoiler: Remeha Tzerra",
        "Import faalde. Job-ID 5e2d1b90-a7c3-4e10-8b5f-20b7d9c4e6a1 wordt herhaald.",
        # a student number asked for, answered on the next line
        "Student: ik kan niet inloggen, wachtwoord werkt niet\n"
        "Balie: Wat is je studentnummer?\nStudent: s3817264",
        # a log's other field after a password's word
        "2024-05-02 09:11:40 [auth] password changed user_id=48213 channel=web",
        # what a log writes where no password was given
        "login failed user=admin password=null",
        "login failed user=admin password=***",
        # a town in brackets after a motorway exit
        "File op de E34 bij afrit 10 (Brecht), richting Antwerpen.",
        "Accident on the A2 near exit 4 (Laurens), no injuries.",
        # guards, kept before too: a sudo line's directory, a log's own mask before a card's
        # last digits, a log's policy after a masked password
        "sudo: deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root",
        "Betaald met pin: **** **** **** 4821, transactie 00871",
        "Last attempted password (masked): ********\nPolicy: POL-LOCK-07",
        # a year's month after a code's word (a guard: kept before too)
        "The code is valid until 2027-05",
    ],
)
def test_blind92_rest_kept(text: str) -> None:
    assert _redacted(text) == text
