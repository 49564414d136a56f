"""Forms the thirty-fourth blind set showed after it was measured once (the cases here are
written anew, not copied): the second plate in a list of plates ("H-839-NP en 9-XVT-32"), an
Italian plate with spaces about a car, a Dutch "Laan van ..." street of two words, a German
social insurance number named in Dutch and written in groups. Look-alikes stay: a laptop's
model before a number that reads as a postcode, parts listed with "en", a brand that reads
as a name. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenteken(s): K-471-ST en 3-ZXR-18", "Kenteken(s): [PLATE] en [PLATE]"),
        (
            "I'll be driving my brother's car too (GB 518 KL) next week",
            "I'll be driving my brother's car too ([PLATE]) next week",
        ),
        (
            "ik verhuis naar Laan van Nieuw Zeeland 12 in Den Haag",
            "ik verhuis naar [ADDRESS] in Den Haag",
        ),
        (
            "mijn Duitse sociale verzekeringsnummer: 12 240378 K 05 2. Mijn",
            "mijn Duitse sociale verzekeringsnummer: [SSN]. Mijn",
        ),
        (
            "the answer is my mum's maiden name, which is Doherty",
            "the answer is my mum's maiden name, which is [NAME]",
        ),
        # look-alikes
        (
            "Mijn naam is Karin Berg, ik kom van Malmö naar Utrecht.",
            "Mijn naam is [NAME], ik kom van Malmö naar Utrecht.",
        ),
        (
            "It fails on my Lenovo ThinkPad X1 13, 2024 model",
            "It fails on my Lenovo ThinkPad X1 13, 2024 model",
        ),
        ("filter AB-12-CD en GH-34-JK op voorraad", "filter AB-12-CD en GH-34-JK op voorraad"),
        (
            "hebben jullie nog de Marie Thumas erwtjes?",
            "hebben jullie nog de Marie Thumas erwtjes?",
        ),
        (
            "Tried on my Dell XPS 15 9520, BIOS 1.21.0.",
            "Tried on my Dell XPS 15 9520, BIOS 1.21.0.",
        ),
    ],
)
def test_blind34_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
