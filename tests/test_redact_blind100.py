"""What the hundredth blind set showed, each case written anew (not copied): a child's birth
reported as a change ("geboorte kind Noor op 14-01-2025", "the birth of our son on ..."); a
code valid for minutes is a one-time code ("Unlock the bike with code ... Valid 10 min."); a
porch's code opens it for good; an agent's initials after a caret whatever letters they are
("^ML"); common Polish surnames after a given name that is also a month ("Jan Nowak"). Kept:
"Best wishes" as a closing; a regulation's number after a card's expiry ("Under EU261"); a
year before a station named after a saint ("2024, London St Pancras"); an error code a display
shows ('"E 22" op het display, soms ook code 3308'). Every case fails on 9eaa454 but the
last, a guard. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wijziging: geboorte kind Noor op 14-01-2025, graag toeslag aanpassen",
            "Wijziging: geboorte kind [NAME] op [BIRTH_DATE], graag toeslag aanpassen",
        ),
        (
            "We want to add the birth of our son on 3 February 2025 to the policy.",
            "We want to add the birth of our son on [BIRTH_DATE] to the policy.",
        ),
        (
            "Unlock the bike with code 640218. Valid 10 min.",
            "Unlock the bike with code [OTP]. Valid 10 min.",
        ),
        ("the porch code is 5820 if I'm out", "the porch code is [PASSWORD] if I'm out"),
        ("Wij bellen je morgen terug. ^ML", "Wij bellen je morgen terug. ^[NAME]"),
        (
            "Guests\n1   Jan Nowak        12.04.1975\n2   Anna Nowak       30.09.1978",
            "Guests\n1   [NAME]        [BIRTH_DATE]\n2   [NAME]       [BIRTH_DATE]",
        ),
    ],
)
def test_blind100_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thanks for sorting the keys.\n\nBest wishes\nEleni Georgiou",
            "Thanks for sorting the keys.\n\nBest wishes\n[NAME]",
        ),
        (
            "card 4539 1488 0343 6467, exp 09/27. Under EU261 I claim €250.",
            "card [CARD], exp [EXPIRY]. Under EU261 I claim €250.",
        ),
        (
            "Return: Sun 8 Sep 2024, London St Pancras 17:01 to Brussels-Midi",
            "Return: Sun 8 Sep 2024, London St Pancras 17:01 to Brussels-Midi",
        ),
        (
            'Na 10 minuten verschijnt "E 22" op het display, soms ook code 3308.',
            'Na 10 minuten verschijnt "E 22" op het display, soms ook code 3308.',
        ),
        ("Thanks! ^OK", "Thanks! ^OK"),
    ],
)
def test_blind100_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
