"""Forms the forty-eighth blind set showed (and one the forty-ninth did), studied after the
forty-ninth was measured (the cases here are written anew, not copied). Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a listed given name before the one "here" points at: both go, so that a
            # second pass finds nothing left ("Wolfram [NAME]")
            "CALLER: Yes hi, Wolfram Dietmar here, about the wine club.",
            "CALLER: Yes hi, [NAME] here, about the wine club.",
        ),
        (
            "BELLER: Ja hallo, Reinhold Lorenz hier, over mijn abonnement.",
            "BELLER: Ja hallo, [NAME] hier, over mijn abonnement.",
        ),
    ],
)
def test_blind48_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected
