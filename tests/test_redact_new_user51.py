"""Found by the new-user run at 7d5f78f: a listed given name in lower case after a close
relative went unredacted when the possessive opened the sentence ("Mijn zoon daan ..."),
since the rule knew "mijn" in lower case only. The first two cases fail on 7d5f78f; the last
is a guard. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn zoon daan (bsn 111222333) heeft een nieuwe pas nodig",
            "Mijn zoon [NAME] (bsn [BSN]) heeft een nieuwe pas nodig",
        ),
        ("My daughter fenna lost her card.", "My daughter [NAME] lost her card."),
        ("Mijn man heeft gisteren gebeld.", "Mijn man heeft gisteren gebeld."),
    ],
)
def test_kin_name_after_a_capitalised_possessive(text: str, expected: str) -> None:
    assert _redacted(text) == expected
