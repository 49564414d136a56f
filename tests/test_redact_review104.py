"""Review of 8b4aa5d (the blind102 study), 175 probes by a reviewer who wrote its own texts.
Leaks the change caused, closed first: a number after a "BSN:" label on the line under a
register number's question that fails the 11-test is a national number again (only a valid
BSN is left to the BSN rules); a person after "Versicherung", "Seguros" or "Assurances" (only
"Assicurazioni" names an insurer before its name now). Over-redaction it caused: a Canadian
postcode's shape on the line after any mention of a postcode or a zip file (now only alone as
the answer, maybe with its town); "i live at ..., 3000 meters" (a counted word is no town);
"API key code"; a campaign's tag "tok_event_..." (a card's token has upper and lower case).
Near variants: "wonen aan", "fév", "Jamie’s Italian" with a curly apostrophe; a delivery's
address before its cost is an address again (the wood-and-price form is a product only on an
order line: "1x Salontafel ..."). Also from blind102's measurement: a spoken security code
after an expiry asked with it ("the expiry and the four-digit code?" / "Expiry May
twenty-nine, code nine zero one five") was taken only on a second pass. Every case fails on
8b4aa5d. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rijksregisternummer?\nBSN: 123456780", "Rijksregisternummer?\nBSN: [SSN]"),
        (
            "Sachbearbeiterin der Versicherung Anna Schulz hat zurückgerufen",
            "Sachbearbeiterin der Versicherung [NAME] hat zurückgerufen",
        ),
        (
            "Customer: spoke with Seguros Ana López yesterday about my claim",
            "Customer: spoke with Seguros [NAME] yesterday about my claim",
        ),
        (
            "Klant: wij wonen aan lange nieuwstraat 4, 2000 antwerpen",
            "Klant: wij wonen aan [ADDRESS], [POSTCODE] antwerpen",
        ),
        (
            "Bezorgen tafel Kerkstraat 14 - € 35 extra bezorgkosten",
            "Bezorgen tafel [ADDRESS] - € 35 extra bezorgkosten",
        ),
        (
            "Receptionist: And the expiry and the four-digit code on the front?\nGuest: Expiry"
            " May twenty-nine, code nine zero one five.",
            "Receptionist: And the expiry and the four-digit code on the front?\nGuest: Expiry"
            " [EXPIRY], code [CVV].",
        ),
        (
            "Carte: 4539 1488 0343 6467\nExpiry: fév 2027",
            "Carte: [CARD]\nExpiry: [EXPIRY]",
        ),
    ],
)
def test_review104_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Postcode check for store pickup\nProduct: A1B 2C3 adapter, €19.99",
        "Agent: please re-upload the zip file\nCustomer: done, build T1X 2Y3 attached",
        "Customer: I live at walking distance 2, 3000 meters from the shop",
        "Customer: the API key code is 401 unauthorized",
        "utm_campaign=tok_event_2024march",
        "Customer: Jamie’s Italian charged me twice",
    ],
)
def test_review104_kept(text: str) -> None:
    assert _redacted(text) == text
