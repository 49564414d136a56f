"""What the hundred-and-eleventh blind set showed, each case written anew (not copied): an
Irish plate read out in words; a greeting in another language before a given name ("Buongiorno",
"Bonjour"); a note signed with a given name and its team in brackets; a memorable word with no
colon; a British NI number in lower case, answered on the next turn; a router's login given as
one value, and a WLAN key printed in groups of four digits; a double surname typed with an en
dash on a doorbell; a PIN proposed on the turn after an invitation to choose one; children
listed under "Kinderen:". Kept: a measure in milliseconds in a driver's log, a bell's number, a
router's login page. Every found case fails on eb957c4, and so does the first kept one; the
other kept cases pass there too: they guard the new rules against over-redaction. Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toll query: the van is a Ford Transit, reg one six one, KY, four four zero two.\n"
            "Agent: Found it.",
            "Toll query: the van is a Ford Transit, reg [PLATE].\nAgent: Found it.",
        ),
        (
            "Buongiorno Giulia,\n\nthe transfer for the apartment went through this morning.",
            "Buongiorno [NAME],\n\nthe transfer for the apartment went through this morning.",
        ),
        (
            "Bonjour Francesca, merci pour la réponse rapide.",
            "Bonjour [NAME], merci pour la réponse rapide.",
        ),
        (
            "Wanted to read out her card; stopped her and sent a payment link. Bas (team 2)",
            "Wanted to read out her card; stopped her and sent a payment link. [NAME] (team 2)",
        ),
        (
            "Refund approved, label e-mailed.\nMark (shift B)",
            "Refund approved, label e-mailed.\n[NAME] (shift B)",
        ),
        (
            "Gave the password Arsenal1886! and memorable word lighthouse before I realised.",
            "Gave the password [PASSWORD] and memorable word [PASSWORD] before I realised.",
        ),
        (
            "[09:12] Agent: Could you confirm your NI number?\n[09:13] You: jk 40 18 27 c",
            "[09:12] Agent: Could you confirm your NI number?\n[09:13] You: [SSN]",
        ),
        (
            "The router login Dresden#Keller7 no longer works after the update.",
            "The router login [PASSWORD] no longer works after the update.",
        ),
        (
            "WLAN-Schlüssel 8812 4490 3367 1025 2298, Netzwerk FRITZ!Box 7530 QK.",
            "WLAN-Schlüssel [PASSWORD], Netzwerk FRITZ!Box 7530 QK.",
        ),
        (
            'Adres: Kerkstraat 12, 9000 Gent, bel "Peeters–De Smet".',
            'Adres: [ADDRESS], [POSTCODE] Gent, bel "[NAME]".',
        ),
        (
            "Medewerker: U kunt nu een nieuwe pincode voor de app instellen.\n"
            "Klant: Kan ik weer 7 7 2 9 1 nemen?",
            "Medewerker: U kunt nu een nieuwe pincode voor de app instellen.\n"
            "Klant: Kan ik weer [PASSWORD] nemen?",
        ),
        (
            "- Kinderen: Fleur (BSN 111222333) en Sem",
            "- Kinderen: [NAME] (BSN [BSN]) en [NAME]",
        ),
    ],
)
def test_blind111_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fleet driver app log: backoff 2000ms, then retry 3 of 5.",
        'Press bell "2B" for the office.',
        "The router login page at fritz.box does not load.",
        "Medewerker: U kunt een nieuwe pincode kiezen.\nKlant: Oké. Bestelling 1 2 3 4 kwam niet.",
        "Refund sent. Paid via Klarna (team 3)",
    ],
)
def test_blind111_kept(text: str) -> None:
    assert _redacted(text) == text
