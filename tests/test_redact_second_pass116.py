"""What the corpus's redact-twice check showed once blind116 joined it, written anew: a Dutch
mobile whose groups start like a card's expiry ("06 2019 ...") was kept after a masked e-mail on
the first pass, read as a card's expiry after the card, and taken on the second pass only, where
the e-mail is a placeholder. Only a card taken right before it makes it an expiry now. Both found
cases fail on 7deac6c; the third guards the card's expiry."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afzender: Femke Dijkstra, femke.dijkstra@ziggo.nl, 06 2018 5521\nBetaalmethode: iDEAL",
            "Afzender: [NAME], [EMAIL], [PHONE]\nBetaalmethode: iDEAL",
        ),
        (
            "Contact: jeroen@example.nl, 06 2024 7730",
            "Contact: [EMAIL], [PHONE]",
        ),
        (
            "Betaald met mastercard 5425 2334 3010 9903 06-2029 448",
            "Betaald met mastercard [CARD] [EXPIRY] [CVV]",
        ),
    ],
)
def test_a_mobile_after_an_email_is_no_expiry(text: str, expected: str) -> None:
    assert _redacted(text) == expected
