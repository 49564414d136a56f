"""What the corpus's redact-twice check showed once blind115 joined it, written anew: a login
pair's rule ("user ... word / value") read a browser's release in a log's user agent as a
password on the second pass only, where the e-mail's placeholder is shorter than the masked
address and the gap fits. A release ("Edge/124.0") is no password on either pass. Both cases
fail on 7b727ec."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[web] 2024-06-01 09:12:03 INFO login.ok user=marieke.vandenberg@example.nl "
            'src=81.2.69.160 ua="Edge/124.0" session=ok',
            '[web] 2024-06-01 09:12:03 INFO login.ok user=[EMAIL] src=[IP] ua="Edge/124.0" '
            "session=ok",
        ),
        (
            'user=marieke.vandenberg@example.nl ua="Edge/124.0"',
            'user=[EMAIL] ua="Edge/124.0"',
        ),
    ],
)
def test_a_release_is_no_password_on_either_pass(text: str, expected: str) -> None:
    assert _redacted(text) == expected
