"""Two more of what the ninety-sixth blind set showed (written anew, not copied), and one from
blind95's: a card's end said in words after "loopt tot" or "loopt af"; a name in quotes as an
app or a card shows it; who wrote a note, in brackets before their line ("(Bas, 2e lijn)").
Each case also checks that redacting twice adds nothing. The kept cases are guards for the new
rules and pass on the commit before too."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "het is mijn kaart, en hij loopt tot maart negenentwintig, code achterop volgt",
            "het is mijn kaart, en hij loopt tot [EXPIRY], code achterop volgt",
        ),
        (
            'The booking shows my name as "NOWAK PIOTR" but the passport says Piotr Nowak.',
            'The booking shows my name as "[NAME]" but the passport says [NAME].',
        ),
        (
            'Op de pas staat mijn naam als "Jansen, P." en dat klopt niet.',
            'Op de pas staat mijn naam als "[NAME]" en dat klopt niet.',
        ),
        (
            "Interne notitie (Joke, 2e lijn): klant opnieuw gebeld.",
            "Interne notitie ([NAME], 2e lijn): klant opnieuw gebeld.",
        ),
    ],
)
def test_blind96_rest_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mijn abonnement loopt tot maart negenentwintig, zonder kaart.",
        'Save the report with the name as "Final Report".',
    ],
)
def test_blind96_rest_kept(text: str) -> None:
    assert _redacted(text) == text
