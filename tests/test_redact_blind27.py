"""Forms the redactor learned from blind27. Found by the corpus's idempotence test when the set
arrived, before it was measured: in "Naam deelnemer: Lucas Van Damme" the label is a form's
name field and "Van" a particle, not the "van" of a name being changed, so the whole name goes
on the first pass. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Naam deelnemer: Lucas Van Hecke\nGeboortedatum: 03-04-2012",
            "Naam deelnemer: [NAME]\nGeboortedatum: [BIRTH_DATE]",
        ),
        (
            "mijn achternaam is veranderd van Jansen naar De Vries",
            "mijn achternaam is veranderd van [NAME] naar [NAME]",
        ),
    ],
)
def test_blind27_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
