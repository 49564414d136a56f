"""A CVV named by where it stands ("die met 8-1-4 achterop") after a card's number or a card
word in German ("Kreditkarte"). Found by the new-user run at fb3eda4: the first pass kept the
digits and a second pass took them (the "[CARD]" placeholder read as the word "card"), so
`journey redact-check` reported a missed CVV. The first case fails on ad3998e; the second,
right after the number, passed there too and guards the number as the card's mark. Each case
also checks that redacting twice adds nothing. The last two cases were found by rereading
92b0c68: a value masked before the card (an e-mail, an IBAN) started a match that was dropped
and swallowed the card's mark, so the digits stayed; both fail on 92b0c68."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kreditkarte 4539 1488 0343 6467, Gültig bis: Ende 2027, die met 8-1-4 achterop",
            "Kreditkarte [CARD], Gültig bis: [EXPIRY], die met [CVV] achterop",
        ),
        ("4539 1488 0343 6467, and 381 on the back", "[CARD], and [CVV] on the back"),
        (
            "Mail jan@x.nl; nummer 4539 1488 0343 6467, die met 8-1-4 achterop.",
            "Mail [EMAIL]; nummer [CARD], die met [CVV] achterop.",
        ),
        (
            "IBAN NL91ABNA0417164300 en nummer 4539 1488 0343 6467, die met 2-9-1 achterop",
            "IBAN [IBAN] en nummer [CARD], die met [CVV] achterop",
        ),
    ],
)
def test_cvv_by_card(text: str, expected: str) -> None:
    assert _redacted(text) == expected
