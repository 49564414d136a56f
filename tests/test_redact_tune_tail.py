"""Forms from the tail of the tune split: a postcode in a log's field ("billing_zip=78704",
"postal_code: 90210"), and a street named again in lower case with another number ("bij de
buren op merelstraat 16? ik woon op merelstraat 14"). Look-alikes stay. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("billing_zip=78704 ip=8.8.4.4", "billing_zip=[POSTCODE] ip=[IP]"),
        ("postal_code: 90210", "postal_code: [POSTCODE]"),
        ("zip=3 items", "zip=3 items"),
        (
            "kunt u het afgeven op merelstraat 16? ik woon op merelstraat 14.",
            "kunt u het afgeven op [ADDRESS]? ik woon op [ADDRESS].",
        ),
        ("we sell the hof 12 pack", "we sell the hof 12 pack"),
    ],
)
def test_tune_tail_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
