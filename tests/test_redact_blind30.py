"""Forms the redactor learned from blind30. First the one that broke idempotence when the set
came in: a date of birth corrected in the same breath ("... nee wacht, dertien augustus
negentien vierenveertig"). Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A: uw geboortedatum?\nB: twaalf augustus negentien vierenveertig... nee wacht,"
            " dertien augustus negentien vierenveertig, ik haal het door elkaar.",
            "A: uw geboortedatum?\nB: [BIRTH_DATE]... nee wacht, [BIRTH_DATE], ik haal het"
            " door elkaar.",
        ),
        ("DOB 12/03/1985, no sorry, 13/03/1985", "DOB [BIRTH_DATE], no sorry, [BIRTH_DATE]"),
    ],
)
def test_blind30_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
