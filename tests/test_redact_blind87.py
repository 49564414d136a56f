"""Forms the eighty-seventh blind set showed, studied after it was measured (the cases here are
written anew, not copied): an expiry after "geldig tm" typed without its slash, a SendGrid key;
and what is no one's personal data: an Italian garage speaking in a chat. Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "deze: 4556  7392 0184 7368 geldig tm 0329 en achterop 4 1 8",
            "deze: [CARD] geldig tm [EXPIRY] en achterop [CVV]",
        ),
        (
            "de key voor de mailserver: SG.Qw3Er5Ty7Ui.Op9As1Df3Gh5Jk7Lz2Xc4Vb6",
            "de key voor de mailserver: [TOKEN]",
        ),
    ],
)
def test_blind87_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[10:12] Officina Greco: Buongiorno, la macchina è pronta.\n[10:13] Klant: top", None),
        ("De actieprijs is geldig tm zondag.", None),
    ],
)
def test_blind87_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
