"""What the corpus idempotence test found when blind21 arrived (backup codes listed in
brackets were taken one per pass), and a PIN said in groups before a comma, found on a fresh
clone. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mijn backupcodes wel uitgeprint, maar de eerste twee (7hq2-pz4k en n5wr-2ktx) falen",
            "mijn backupcodes wel uitgeprint, maar de eerste twee ([OTP] en [OTP]) falen",
        ),
        # found on a fresh clone: the groups were cut before a comma ("[PASSWORD] 17,")
        ("passcode 58 20 17, tel 612 48 93 07", "passcode [PASSWORD], tel [PHONE]"),
    ],
)
def test_blind21_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
