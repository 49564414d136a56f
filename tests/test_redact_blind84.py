"""Forms the eighty-fourth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a network's key after its quoted name and "sleutel", a token under a
link's one-letter key, a postcode after a French or Spanish label, a desk's name with the person
in brackets, a maiden name after its words, an expiry written year first after a card, a
password column headed "ww"; and what is no one's personal data: clothes and plants named in
quotes, a form's next label after a title. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Router: SSID "Thuis-5G-2291", sleutel pq7r-44xz-mn2k-ld90',
            'Router: SSID "Thuis-5G-2291", sleutel [PASSWORD]',
        ),
        (
            "Reset je wachtwoord via https://shop.example.nl/reset?t=rs_7Kd2Pq9Lm4Xw",
            "Reset je wachtwoord via https://shop.example.nl/reset?t=[TOKEN]",
        ),
        ("Code postal / Localité : 4020 Liège", "Code postal / Localité : [POSTCODE] Liège"),
        ("C.P.: 28013 Madrid", "C.P.: [POSTCODE] Madrid"),
        (
            "[20:14] Retouren team (Mark): Wat vervelend om te horen.",
            "[20:14] Retouren team ([NAME]): Wat vervelend om te horen.",
        ),
        (
            "Partner: Anna Berg, maiden name Sjöberg, born 3 May 1990",
            "Partner: [NAME], maiden name [NAME], born [BIRTH_DATE]",
        ),
        (
            "Guest: fine, 4111 1111 1111 1111, expires 2029-03, cvc 118",
            "Guest: fine, [CARD], expires [EXPIRY], cvc [CVV]",
        ),
        (
            "mijn wachtwoorden:\nsite | gebruiker | ww\nportaal | jdekker | Tulpen#41\n",
            "mijn wachtwoorden:\nsite | gebruiker | ww\nportaal | jdekker | [PASSWORD]\n",
        ),
    ],
)
def test_blind84_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Retour: Blazer 'Josephine' groen, maat 38, te klein", None),
        ("Besteld: 2x Roos 'Madeleine' en 1x Clematis 'Carmen'", None),
        ("Title: Ms   First name: Helen", "Title: Ms   First name: [NAME]"),
        ("Maiden name: Unknown", None),
        ("Watch from https://video.example.com/v/8841?t=95s", None),
    ],
)
def test_blind84_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# the review of the blind84 round: each case fails on 2019bba
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "pass" key of its own with a password's shape in a login's setting
        ('auth config: {"pass": "Zomer2024!"}', 'auth config: {"pass": "[PASSWORD]"}'),
        # German streets in lower case without "str." before five digits and a town
        (
            "mijn adres is am markt 5, 10115 berlin",
            "mijn adres is [ADDRESS], [POSTCODE] berlin",
        ),
        # a word alone answering the agent's question for a password
        (
            "Agent: Wat is het wachtwoord van de router?\nKlant: zonnebloem",
            "Agent: Wat is het wachtwoord van de router?\nKlant: [PASSWORD]",
        ),
        # no field after three spaces is taken as a name's cue
        ("Printer: HP LaserJet 4250   Driver: Universal Print   Status: ok", None),
        ("Type: laptop   Driver: Nvidia Studio   Versie: 551.23", None),
        # a year and month near a card are an expiry only after an expiry's word
        (
            "Kaart 4111 1111 1111 1111, uitgegeven 2024-03, werkt niet meer.",
            "Kaart [CARD], uitgegeven 2024-03, werkt niet meer.",
        ),
        # "PIN", "pw" and "WW" columns of other things
        ("Bedrading (passive buzzer):\nPin | Function | Kleur\nGPIO17 | Buzzer | rood", None),
        ("Passend werk:\nMaand | WW | Toeslag\nJanuari | 1250,00 | 85,00", None),
        ("Terminals, password reset done:\nTerminal | PIN | Status\nT-1001 | enabled | on", None),
        # a maiden name's words before other words
        ("Geburtsname Ihrer Mutter: bitte eintragen", None),
        ("The Maiden name Lookup service is down.", None),
        # a region in brackets after a desk
        ("Tech support (EU): Please restart the router.", None),
        # Belgium's joint committees
        ("Paritair comité: C.P. 200 (bedienden), zie ook C.P. 1240 in de bijlage", None),
        # and a postcode after "et localité"
        (
            "Code postal et localité: 1000 Bruxelles",
            "Code postal et localité: [POSTCODE] Bruxelles",
        ),
    ],
)
def test_review_of_round84(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
