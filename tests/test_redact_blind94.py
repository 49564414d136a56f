"""What the ninety-fourth blind set showed, studied after it was measured (the cases here are
written anew, not copied): what it missed (who took a call's order, "Opgenomen door:"; a map
key behind a vendor's prefix) and what it took that is no one's (a release installed or
rolled back, also where it is written again; a supply point's number; a masked card's last
digits and its brand; a car's make and model; a code's example and a sender's short code; a
police report's reference; a receipt's authorisation; a registration's code that holds a
plate's shape; a receipt's number; a car called "Panda"). Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bestelling via telefoon\nOpgenomen door: Roos Veldkamp\nKlant: Marco Rossi",
            "Bestelling via telefoon\nOpgenomen door: [NAME]\nKlant: [NAME]",
        ),
        (
            "Old key (revoked): mg_pk.eyJ1IjoiZGVtb2xhYnMifQ.Zx8Kq2Lp9Wm",
            "Old key (revoked): [TOKEN]",
        ),
        # the car's plate goes, a registration's code stays
        (
            "Hanneke Post: Fiat Panda uit 2012. Dan taxeert Martijn de Panda morgen.",
            "[NAME]: Fiat Panda uit 2012. Dan taxeert [NAME] de Panda morgen.",
        ),
    ],
)
def test_blind94_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Subject: app crashes after update to 3.2\nbuild 3.2.1.44 (Windows 11) crashes on start.\n"
        "Steps: 1. Install 3.2.1.44 over the old version.",
        "Rolling back to 3.2.0.17 fixes it.",
        "Zählpunktnummer: AT0010000000000000001000009921377",
        "2024-03-02 12:43 TID 7401 SALE EUR 7.95 card ************5521 MC CHIP result=DECLINED",
        "Forum – Autoforum › Peugeot 5008 GT Line turbo fluit",
        "Codes are 6 digits (for example 482 913) and valid for 10 minutes.",
        '3. Codes are sent from the short code 3030 or the sender name "VERIFY".',
        "Your new card gets a new PIN. I also filed a police report, reference: PV-2024-11872.",
        "Betaald: pin Maestro, autorisatie 552019, terminal T-0042",
        "Vraag over mijn kenteken. Registratie via de website (registratienummer REG-NL-448120).",
        "Gekocht in Delft, kassabon 0214-5512-0099. Kunnen de onderdelen worden nagestuurd?",
    ],
)
def test_blind94_kept(text: str) -> None:
    assert _redacted(text) == text
