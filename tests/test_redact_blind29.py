"""Forms the redactor learned from blind29. First the two that broke idempotence when the set
came in: a signature's given name that starts like a reference's cue ("Lotte" after "lot"), and
the placeholder "[POSTCODE]" read as the word postcode. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks,\nLotte\n0478 23 61 09", "Thanks,\n[NAME]\n[PHONE]"),
        ("Lot nr: 0478 23 61 09", "Lot nr: 0478 23 61 09"),
        (
            "Nieuw adres: [ADDRESS], [POSTCODE] Zutphen. Jas maat 3000 XL",
            "Nieuw adres: [ADDRESS], [POSTCODE] Zutphen. Jas maat 3000 XL",
        ),
    ],
)
def test_blind29_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
