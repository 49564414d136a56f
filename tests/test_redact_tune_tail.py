"""Forms from the tail of the tune split: a postcode in a log's field ("billing_zip=78704",
"postal_code: 90210"), and a street named again in lower case with another number ("bij de
buren op merelstraat 16? ik woon op merelstraat 14"); a name in lower case after whose
account it is ("the account is under jess mcallister", "acct holder jessica lopez").
Look-alikes stay. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("billing_zip=78704 ip=81.8.4.4", "billing_zip=[POSTCODE] ip=[IP]"),
        ("postal_code: 90210", "postal_code: [POSTCODE]"),
        ("zip=3 items", "zip=3 items"),
        (
            "kunt u het afgeven op merelstraat 16? ik woon op merelstraat 14.",
            "kunt u het afgeven op [ADDRESS]? ik woon op [ADDRESS].",
        ),
        ("we sell the hof 12 pack", "we sell the hof 12 pack"),
        (
            "the account is under jess mcallister. your engineer never came",
            "the account is under [NAME]. your engineer never came",
        ),
        ("acct holder jessica lopez, service address", "acct holder [NAME], service address"),
        ("the account is under review since monday", "the account is under review since monday"),
        ("account holder is the company", "account holder is the company"),
    ],
)
def test_tune_tail_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
