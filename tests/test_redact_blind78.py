"""Forms the seventy-eighth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a card typed digit by digit with dashes between the groups, or read
out in Dutch words with dashes; an expiry with its slash said, or as a payment's JSON field; a
date of birth read back as pairs of digits; a BSN read out in groups with dashes; a code "used
as" a security code; a WireGuard private key; a UK bank's memorable word; a password in
backticks; a shopper's name as a JSON field; a nickname in brackets between given name and
surname; a group chat's speaker with a trade in brackets; a German plate with a one-letter
district about a garage visit; a spaced PIN in a password table; and what is no one's personal
data: a Markdown table's rule, a barcode of thirteen digits, a log's message and user ids after
a code, a port after a masked host, a command in backticks, a parts list's article numbers, a
WireGuard public key, a subscription's id, a file's ".zip" before a version, a department
after a firm, a payment provider, a hostel's name, a team signing, a firm's "Vastgoed", a
form's label in a second language, Valentine's day and a length rule in brackets. Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rep: And the long number?\nCaller: 5 1 2 7 – 3 4 0 1 – 8 8 5 6 – 3 2 7 1, yes.",
            "Rep: And the long number?\nCaller: [CARD], yes.",
        ),
        (
            "Klant leest voor: vijf een twee zeven - drie vier nul een - acht acht vijf zes - "
            "drie twee zeven een.",
            "Klant leest voor: [CARD].",
        ),
        (
            "Klant: kaart 4719 0236 1174 8308, 11 slash 28, cvc 904",
            "Klant: kaart [CARD], [EXPIRY], cvc [CVV]",
        ),
        (
            '{"cardBin": "471902", "expiryDate": "11/2028", "shopperName": "Ruud Veldkamp"}',
            '{"cardBin": "471902", "expiryDate": "[EXPIRY]", "shopperName": "[NAME]"}',
        ),
        (
            "Agent: Date of birth?\nCaller: June third, nineteen eighty-one. So oh-six, "
            "oh-three, eighty-one.",
            "Agent: Date of birth?\nCaller: [BIRTH_DATE]. So [BIRTH_DATE].",
        ),
        (
            'Bsn (langzaam voorgelezen): "274 - 819 - 363"',
            'Bsn (langzaam voorgelezen): "[BSN]"',
        ),
        (
            "SMS 09:14: Gebruik 5821937 als verificatiecode voor je Outlook-account",
            "SMS 09:14: Gebruik [OTP] als verificatiecode voor je Outlook-account",
        ),
        (
            "[Interface]\nPrivateKey = kT4mQ9xV2bL7nR0sW5cY8dF1gH3jK6pZ+aE2uI9oB4w=\n"
            "ListenPort = 51820",
            "[Interface]\nPrivateKey = [TOKEN]\nListenPort = 51820",
        ),
        (
            "Security details\nMemorable word (8–15 characters): harbour77\nPasscode: ******",
            "Security details\nMemorable word (8–15 characters): [PASSWORD]\nPasscode: ******",
        ),
        (
            "mijn nieuwe wachtwoord is `Zandvoort!19`, zoals gevraagd",
            "mijn nieuwe wachtwoord is `[PASSWORD]`, zoals gevraagd",
        ),
        (
            "Bewoner: Geertruida (Truus) Bakker-de Groot, geboren 03-02-1938",
            "Bewoner: [NAME] ([NAME]) [NAME], geboren [BIRTH_DATE]",
        ),
        (
            "[09:02] Sietske (loodgieter): ben er om 11 uur\n[09:05] Pien: prima",
            "[09:02] [NAME] (loodgieter): ben er om 11 uur\n[09:05] [NAME]: prima",
        ),
        (
            "Autohaus review: left my Golf (L-KR 4471) for new brake discs, great job.",
            "Autohaus review: left my Golf ([PLATE]) for new brake discs, great job.",
        ),
        (
            "| App | Login | Password |\n|-----|-------|----------|\n| banking | PIN | 5 9 2 7 |",
            "| App | Login | Password |\n|-----|-------|----------|\n"
            "| banking | PIN | [PASSWORD] |",
        ),
    ],
)
def test_blind78_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Site | Password |\n|------|----------|\n| shop | Tulp!2024 |",
            "| Site | Password |\n|------|----------|\n| shop | [PASSWORD] |",
        ),
        ("[KASSA-2] 2024-05-11 10:12:03 ART 5410041001203 x2 1.89", None),
        (
            "sms INFO sent to=+31687654321 tpl=otp code=551902 msgid=8823104",
            "sms INFO sent to=[PHONE] tpl=otp code=[OTP] msgid=8823104",
        ),
        ("auth INFO 2fa challenge sent user_id=40921 channel=app", None),
        (
            "Database-URL met wachtwoord: postgres://crm:Tr4m!Noord2025@10.20.30.40:5432/klanten",
            "Database-URL met wachtwoord: postgres://crm:[PASSWORD]@[IP]:5432/klanten",
        ),
        (
            "Je wachtwoord staat online! Draai daarna `php artisan cache:clear` en "
            "`fail2ban-client reload`.",
            None,
        ),
        (
            "Pos  Artikelnr.       Omschrijving          Aantal  Prijs\n"
            "1    0 986 479 118    Remschijf achter      2       € 31,40\n"
            "2    0 451 103 336    Oliefilter            1       € 9,95",
            None,
        ),
        (
            "[Peer]\nPublicKey = Qm8vL2xN4rT7bW1cY6dE9fG3hJ5kA0sU2oP8iV1eZ3q=\n"
            "Endpoint = vpn.example.org:51820",
            None,
        ),
        ("Tenant: acme-nl\nAbonnements-ID: 5e2a9c71-0b4d-4f83-a6e1-9d27c3b8f041", None),
        ("Logs attached (export_0412.zip). Since updating from 3.12.4 it crashes.", None),
        (
            "Groet,\nHenk Jansen\nDe Vries Installaties – IT",
            "Groet,\n[NAME]\nDe Vries Installaties – IT",
        ),
        ("Betalingen lopen via Mollie, de koppeling met iDEAL werkt niet.", None),
        ("Gastenregistratie – Hostal Lucía, Sevilla", None),
        (
            "Met vriendelijke groet,\nSupport-team Bitvaart (support@bitvaart.nl)",
            "Met vriendelijke groet,\nSupport-team Bitvaart ([EMAIL])",
        ),
        (
            "From: M. Verbeek Vastgoed <info@verbeekvastgoed.nl>\nSubject: huurverhoging",
            "From: M. Verbeek Vastgoed <[EMAIL]>\nSubject: huurverhoging",
        ),
        (
            "Postcode / Code postal: 75011\nStad / Ville: Paris",
            "Postcode / Code postal: [POSTCODE]\nStad / Ville: Paris",
        ),
        ("A dozen tulips for Valentine's, delivered Friday please.", None),
        (
            "Nieuw wachtwoord (8–20 tekens): Zeilboot_Hoorn1",
            "Nieuw wachtwoord (8–20 tekens): [PASSWORD]",
        ),
    ],
)
def test_blind78_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is also a payment provider: with a cue or a surname it is a name
        ("Naam: Mollie de Vries", "Naam: [NAME]"),
        ("Spoke to Mollie Thompson, she wants a refund.", "Spoke to [NAME], she wants a refund."),
        ("Klant: Valentine's dochter belde.", "Klant: [NAME]'s dochter belde."),
        # a firm or a service speaking after the time is no person
        ("[09:00] Ziggo (storing): internet in 1012 storing", None),
        # only a place's label in a second language is kept, not a name after a slash
        ("Support / Jan: graag terugbellen", "Support / [NAME]: graag terugbellen"),
        ("Sanne / Joost: graag terugbellen", "[NAME] / [NAME]: graag terugbellen"),
        # a password after an address and a colon, not a port
        (
            "Wachtwoord voor jan.devries@example.nl:Zomer2024!",
            "Wachtwoord voor [EMAIL]:[PASSWORD]",
        ),
        # a phone in a sentence under a parts list
        (
            "Art.nr.  Omschrijving  Aantal  Prijs\nBO-0986479118  Remschijf  2  € 31,40\n"
            "Vragen? Bel Piet op 0318 123 456. Montage vanaf € 45,00",
            "Art.nr.  Omschrijving  Aantal  Prijs\nBO-0986479118  Remschijf  2  € 31,40\n"
            "Vragen? Bel [NAME] op [PHONE]. Montage vanaf € 45,00",
        ),
        # a date read back with its year whole; a count after a date is no date
        (
            "Agent: And your date of birth?\nCaller: April ninth, nineteen sixty-two. So oh-four,"
            " oh-nine, nineteen sixty-two.",
            "Agent: And your date of birth?\nCaller: [BIRTH_DATE]. So [BIRTH_DATE].",
        ),
        (
            "Geboortedatum: 12-03-1990, dus vier, vijf, zes weken geleden besteld.",
            "Geboortedatum: [BIRTH_DATE], dus vier, vijf, zes weken geleden besteld.",
        ),
        # a garage's work order and a part's number are no plates
        (
            "Autobedrijf Jansen, Werkorder: ab12cd, monteur Karel.",
            "Autobedrijf Jansen, Werkorder: ab12cd, monteur [NAME].",
        ),
        ("Autohaus Schmidt – Angebot für Zahnriemen, Artikel: SP-KT 1025", None),
        # a client's or a recipient's field may hold a firm
        ('{"clientName": "Coolblue", "recipientName": "Magazijn"}', None),
        # in brackets between given name and surname only a given name is a nickname
        ("Contact: Peter (Inkoop) Vermeulen", "Contact: [NAME] (Inkoop) Vermeulen"),
        # a team signs on the last line too
        ("Met vriendelijke groet,\nSupport-team Bitvaart", None),
        # a VPN's private key as a quoted setting or a JSON field
        (
            'private_key = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="',
            'private_key = "[TOKEN]"',
        ),
        # groups with long dashes, or a dash without spaces
        ("BSN: 274 — 819 — 363", "BSN: [BSN]"),
        ("Klant: het is 4 5 3 2-0 1 7 7-2 8 4 1-9 6 3 4", "Klant: het is [CARD]"),
        # a town after a postcode is no closing: redacting twice adds no name
        (
            "Adres: Dorpsstraat 4, 5684 AB Best\nNabestaandenpensioen stopt per 1 april.",
            "Adres: [ADDRESS], [POSTCODE] Best\nNabestaandenpensioen stopt per 1 april.",
        ),
    ],
)
def test_review_of_round78(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
