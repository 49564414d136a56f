"""The review of e236562 and d8f4bde and its mend: phones near "pallet" or "colli" (only a
container code of 17 digits or more is kept), cards read digit by digit with commas after a
card's words further back, a listed surname after "Getekend door:", a guest Wi-Fi's password
in a "-pass=" key, a
person's common-word surname in a customer's column, a passport's number under a generic
"Document:", the person "Herman Miller"; and what stays: what signs for a parcel that is no
one ("MAILROOM", "DPD", a firm), a card's print after its expiry ("CONTACTLESS"), responses and
timings away from a card reader, brands in quotes after a title, an address after "current",
Dutch status words in a password field. Each case fails on d8f4bde; each also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colli 2, tel 0612345678", "Colli 2, tel [PHONE]"),
        (
            "Retour 2 pallets, contact +32 470 12 34 56",
            "Retour 2 pallets, contact [PHONE]",
        ),
        (
            "The number on my card, as you asked, digit by digit: "
            "4, 9, 1, 6, 3, 8, 2, 2, 0, 1, 7, 5, 5, 4, 3, 3",
            "The number on my card, as you asked, digit by digit: [CARD]",
        ),
        ("Getekend door: JANSEN", "Getekend door: [NAME]"),
        (
            "wifi config: guest-pass=Gast2024! ssid=Cafe",
            "wifi config: guest-pass=[PASSWORD] ssid=Cafe",
        ),
        ("VALID THRU 10/25 — CONTACTLESS", "VALID THRU [EXPIRY] — CONTACTLESS"),
        (
            "Customer | Orders | Region\nPeter Winkel | 4 | DE",
            "Customer | Orders | Region\n[NAME] | 4 | DE",
        ),
        (
            "Document type: passport\nDocument: NX7KP2L91",
            "Document type: passport\nDocument: [SSN]",
        ),
        (
            "Mijn naam is Herman Miller en ik bel over mijn order.",
            "Mijn naam is [NAME] en ik bel over mijn order.",
        ),
        (
            "Update the firewall rule; current 85.144.21.9, new 85.144.21.10",
            "Update the firewall rule; current [IP], new [IP]",
        ),
    ],
)
def test_review94_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Signed by: MAILROOM",
        "Parcel left at the depot. Signed by: DPD",
        "Contract signed by: ACME BV and the client",
        "p99 response 3400 1200",
        "Ticket response 20240512 sent",
        'Dr. "Dre" headphones, still sealed.',
        'Mr "Bean" DVD box',
        "auth wachtwoord=gewijzigd user=jan",
        "Credit card survey. Card 4, 5 stars. Scores: 4, 9, 1, 6, 3, 8, 2, 2, 0, 1, 7, 5, 5, 4,"
        " 3, 3",
    ],
)
def test_review94_kept(text: str) -> None:
    assert _redacted(text) == text
