"""Forms the redactor learned from blind28 (measured first, then a short study): a keypad code
ending in "*", a full name after "naam is" at a line's start, a given name that is also a place
with its surname after a closing ("Gr. Milan Verbeek"), a key with one prefix and mixed case.
Look-alikes: a chat time in brackets after a password's cue, a filler ("Eh...") after a
speaker's label. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the key safe code is 7319* ok", "the key safe code is [PASSWORD] ok"),
        (
            "hoi\nnog niks ontvangen\nnaam is kevin de groot\nthx",
            "hoi\nnog niks ontvangen\nnaam is [NAME]\nthx",
        ),
        (
            "Geen bevestiging ontvangen.\n\nGr. Milan Verbeek",
            "Geen bevestiging ontvangen.\n\nGr. [NAME]",
        ),
        ("Webhook-geheim: dswh_Ke72pLm9Xq4Rt1Nz", "Webhook-geheim: [TOKEN]"),
        (
            "[09:14] Bezoeker: mijn simkaart is geblokkeerd na 3x een verkeerde pincode",
            "[09:14] Bezoeker: mijn simkaart is geblokkeerd na 3x een verkeerde pincode",
        ),
        ("Beller: Eh... dat weet ik niet.", "Beller: Eh... dat weet ik niet."),
    ],
)
def test_blind28_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
