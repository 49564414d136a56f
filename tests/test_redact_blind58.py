"""Forms the fifty-eighth blind set showed, studied after it was measured (the cases here are
written anew, not copied). Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Finnish identity code read out, its dash said as a word: one value, so a second
        # pass finds no code in its tail
        (
            "Agent: Could you tell me your personal identity code?\nCaller: One two zero four"
            " eight one, dash, three three nine five.\nAgent: Thanks.",
            "Agent: Could you tell me your personal identity code?\nCaller: [SSN].\nAgent: Thanks.",
        ),
    ],
)
def test_blind58_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected
