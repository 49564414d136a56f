"""Forms the redactor learned from blind24 (measured first, then studied): "ID" before a number
is an Idaho ZIP only in Idaho's range, so an employee's name before an ID number is taken on
the first pass (redacting twice took it on the second). Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employee: Gabriela Ortiz, ID 10442\nThanks!", "Employee: [NAME], ID 10442\nThanks!"),
        (
            "ship to 12 Main St, Boise, ID 83702 please",
            "ship to [ADDRESS], Boise, ID [POSTCODE] please",
        ),
    ],
)
def test_blind24_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
