"""What the hundred-and-third blind set showed, each case written anew (not copied): a card's
expiry in a form's cell with the slash set apart ("09 / 28"); a card's name asked for and
answered in capitals with a middle initial on the next turn; an Italian street with its
article run on ("Via dell'Orso 14"); an Irish street named after a saint with "St." and its
dot; an identity document's number asked for and answered on the next turn; a recovery code
named before the drawer it was kept in is a one-time code, and so is a "machtigingscode"; a
CVV typed wrong and then corrected, after the CVV was named on the turn before; a listed
given name in lower case after a close relative ("mijn zoon daan"); a listed given name after
a capitalised role noun opening a line ("Klant Roxanne ..."); a smart lock's codes set per
guest or kept for good are passwords. Kept: a browser's user agent in a log, a version after
"upgrading to", a number shown masked ("06-XXXX"), a quote's number ("offerte 24-0391"),
"franco" delivery, and a card payment's approval code. Every case fails on b5c9f8c. Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Card number        | 5425 2334 3010 9903        |\n"
            "| Valid thru         | 09 / 28                  |",
            "| Card number        | [CARD]        |\n"
            "| Valid thru         | [EXPIRY]                  |",
        ),
        (
            "Desk: And the name exactly as on the card?\nCaller: MARTA J KOWALSKA",
            "Desk: And the name exactly as on the card?\nCaller: [NAME]",
        ),
        (
            "Ship it to Via dell'Orso 14, 20121 Milano please.",
            "Ship it to [ADDRESS], [POSTCODE] Milano please.",
        ),
        (
            "Home: 8 St. Kevin's Road, Bray, A98 E2K1",
            "Home: [ADDRESS], Bray, [POSTCODE]",
        ),
        (
            "Receptie: mag ik uw paspoortnummer?\nGast: NP4KX81C2",
            "Receptie: mag ik uw paspoortnummer?\nGast: [SSN]",
        ),
        (
            "De herstelcode die we in het kluisje vonden is 7RTX-44KD, maar die werkt niet meer.",
            "De herstelcode die we in het kluisje vonden is [OTP], maar die werkt niet meer.",
        ),
        (
            "Uw machtigingscode (geldig tot vrijdag): 9PLQ-3XW7",
            "Uw machtigingscode (geldig tot vrijdag): [OTP]",
        ),
        (
            "Shop: The bank says CVV mismatch.\nMe: I typed 482 but it should be 428 I think",
            "Shop: The bank says CVV mismatch.\nMe: I typed [CVV] but it should be [CVV] I think",
        ),
        (
            "mijn zoon daan (bsn 111222333) heeft een nieuwe pas nodig",
            "mijn zoon [NAME] (bsn [BSN]) heeft een nieuwe pas nodig",
        ),
        (
            "Bezoek filiaal\nKlant Roxanne Pinas haalt haar nieuwe toestel op.",
            "Bezoek filiaal\nKlant [NAME] haalt haar nieuwe toestel op.",
        ),
        (
            "Keypad lock set up:\n- Guests from Friday: code 550913\n- Gardener: permanent"
            " code 7 2 0 4 1 8",
            "Keypad lock set up:\n- Guests from Friday: code [PASSWORD]\n- Gardener: permanent"
            " code [PASSWORD]",
        ),
        # kept beside a value: a browser's user agent after a log's account, a number shown
        # masked after a code sent, a quote's number after a key safe's code
        (
            '09:14:02 [auth] password_reset.completed account=k.berg@example.nl ua="Mozilla/5.0'
            ' (Windows NT 10.0; Win64; x64)"',
            '09:14:02 [auth] password_reset.completed account=[EMAIL] ua="Mozilla/5.0'
            ' (Windows NT 10.0; Win64; x64)"',
        ),
        (
            "SMS\n\nVan: Bol\nJe verificatiecode: 553190. Deze code is 10 minuten geldig.\n\n"
            "Van: 06-XXXX\nhey, kun je me die code even doorsturen?",
            "SMS\n\nVan: Bol\nJe verificatiecode: [OTP]. Deze code is 10 minuten geldig.\n\n"
            "Van: 06-XXXX\nhey, kun je me die code even doorsturen?",
        ),
        (
            "Klant: de code van de kluis is 4471\nGarage: Gaat dit om de APK-keuring (offerte"
            " 25-0417)?",
            "Klant: de code van de kluis is [PASSWORD]\nGarage: Gaat dit om de APK-keuring"
            " (offerte 25-0417)?",
        ),
    ],
)
def test_blind103_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Changelog: the console showed 4.1.9.2 before upgrading to 4.1.10.3.",
        "Levertijd 3 werkdagen, franco vanaf € 500. Franco levering in de Benelux.",
        "- Payment authorised, auth code 731904 (not shared with customer).",
    ],
)
def test_blind103_kept(text: str) -> None:
    assert _redacted(text) == text
