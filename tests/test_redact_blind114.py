"""What the hundred-and-fourteenth blind set showed, each case written anew (not copied): a card
reader's code in groups of two and three, answered after a question that counts digits; an app's
own code asked for by its length; a card typed in two pieces of odd length; a network key of a
word and a number; the old password later in a text about one; a login pair after "basic auth";
a phone's screen lock code; a card read out with a French "sept"; a street after "logeer in" with
its town; a whole date as a card's expiry; a VPN certificate's name; a household by its surname.
Kept: hours from and to beside a code, a B&B speaking, plugins' releases in a list, a storage
box's number in a plate's shape. Every found case fails on 5cba251; the kept ones guard the new
rules. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: Now the code from your card reader: choose Sign and type the last "
            "8 digits.\n"
            "Caller: Right, it shows 47 310 852.",
            "Agent: Now the code from your card reader: choose Sign and type the last "
            "8 digits.\n"
            "Caller: Right, it shows [OTP].",
        ),
        (
            "The bank app asks for my 6-digit code and keeps refusing it, but I know it's 250913.",
            "The bank app asks for my 6-digit code and keeps refusing it, but I know "
            "it's [PASSWORD].",
        ),
        (
            "Card used: mastercard 5105105 105105100",
            "Card used: mastercard [CARD]",
        ),
        (
            "Gastnetwerk: Boerderij_Gast\nwifi key: ZonneBloem 42",
            "Gastnetwerk: Boerderij_Gast\nwifi key: [PASSWORD]",
        ),
        (
            "Hi PassNest,\n"
            "\n"
            "I reset my master password this morning and now the phone app refuses it. "
            "I am certain I typed Zonne-Bloem-44-Trap exactly (dashes included).\n"
            "\n"
            "My recovery sheet has the account key B7-4KQW9X-2MLP8R, is that useful? "
            'The app shows error PN-4101 "key mismatch".\n'
            "\n"
            "The old one was giraf55 in case you need it.",
            "Hi PassNest,\n"
            "\n"
            "I reset my master password this morning and now the phone app refuses it. "
            "I am certain I typed [PASSWORD] exactly (dashes included).\n"
            "\n"
            "My recovery sheet has the account key [PASSWORD], is that useful? The app "
            'shows error PN-4101 "key mismatch".\n'
            "\n"
            "The old one was [PASSWORD] in case you need it.",
        ),
        (
            "The staging site sits behind basic auth (tester / Stage#Pass99) for now.",
            "The staging site sits behind basic auth (tester / [PASSWORD]) for now.",
        ),
        (
            "Ze gaf ook haar schermvergrendelingscode: 582914, die hebben we niet nodig.",
            "Ze gaf ook haar schermvergrendelingscode: [PASSWORD], die hebben we niet nodig.",
        ),
        (
            "Baliemedewerker: Uw kaartnummer graag.\n"
            "Klant: vier vijf vijf zes - sept drie negen één - nul twee acht vier - "
            "nul nul één sept",
            "Baliemedewerker: Uw kaartnummer graag.\nKlant: [CARD]",
        ),
        (
            "Ik logeer in Rokin 75, Amsterdam, tot zondag.",
            "Ik logeer in [ADDRESS], Amsterdam, tot zondag.",
        ),
        (
            "Reservering bevestigd. Betaald met visa 4111 1111 1111 1111\nverloopt op 31/05/2027",
            "Reservering bevestigd. Betaald met visa [CARD]\nverloopt op [EXPIRY]",
        ),
        (
            "Jul  2 08:11:02 gw openvpn[881]: 81.2.69.160:1194 VERIFY OK: CN=sanne.visser",
            "Jul  2 08:11:02 gw openvpn[881]: [IP]:1194 VERIFY OK: CN=[NAME]",
        ),
        (
            "Keys for the Brennan family are in the box by the door.",
            "Keys for the [NAME] family are in the box by the door.",
        ),
    ],
)
def test_blind114_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Check-in after 3pm, the key box code is 2741. Breakfast 7–10:30.",
            "Check-in after 3pm, the key box code is [PASSWORD]. Breakfast 7–10:30.",
        ),
        (
            "+44 7700 900123 → Rose Cottage B&B, 18:02\n"
            "hi its anna from the booking\n"
            "\n"
            "Rose Cottage B&B, 18:10\n"
            "Thanks Anna, see you then!",
            "[PHONE] → Rose Cottage B&B, 18:02\n"
            "hi its [NAME] from the booking\n"
            "\n"
            "Rose Cottage B&B, 18:10\n"
            "Thanks [NAME], see you then!",
        ),
        (
            "Add-ons to update first: Table Filter 9.4.1.2, Exporter Pro 10.1.3.5, Calendar 6.2.0",
            "Add-ons to update first: Table Filter 9.4.1.2, Exporter Pro 10.1.3.5, Calendar 6.2.0",
        ),
        (
            "Beste huurder, uw opslagbox 14-TR-02 is vanaf maandag beschikbaar.",
            "Beste huurder, uw opslagbox 14-TR-02 is vanaf maandag beschikbaar.",
        ),
    ],
)
def test_blind114_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
