"""The review of 3774a3c and its mend, leaks first: surnames that hold a firm's word or end on a
carrier's letters after "Signed by:" ("BANKS", "VAN BUREN", "PIETERSE UPS"); a card's digits
read out after "cijfers"; a speaker's answer after a question and a blank line; a speaker's
answer after any question, also when the question line holds a postcode (the "[POSTCODE]"
placeholder had read as a number's question on a second pass); and what stays: words that sign
for no one ("ONBEKEND", "POSTMAN"). Each case fails on 3774a3c; each also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Signed by: BANKS", "Signed by: [NAME]"),
        ("Signed by: VAN BUREN", "Signed by: [NAME]"),
        ("Delivered 10:04. Signed by: PIETERSE UPS", "Delivered 10:04. Signed by: [NAME]"),
        (
            "Kaartnummer in cijfers: 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2",
            "Kaartnummer in cijfers: [CARD]",
        ),
        ("Agent: order number?\n\nMark: AB-55120", "Agent: order number?\n\n[NAME]: AB-55120"),
        (
            "Agent: I have 1012 AB Amsterdam on file, shall we deliver tomorrow?\n"
            "Mark: 44120\nAgent: ok",
            "Agent: I have [POSTCODE] Amsterdam on file, shall we deliver tomorrow?\n"
            "[NAME]: 44120\nAgent: ok",
        ),
    ],
)
def test_review96_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize("text", ["Signed by: ONBEKEND", "Parcel delivered. Signed by: POSTMAN"])
def test_review96_kept(text: str) -> None:
    assert _redacted(text) == text
