"""The review of 7eaece0 and d826a68 and its mend, leaks first: an address written again after a
version's word is an address (a value kept once as a version is no longer kept everywhere);
"Rolling back from" an address; a surname no list knows after "Signed by:"; a name in quotes
after a title with the sentence going on; a plate after a cue glued with a dash; a postcode
after a car's make; a card read out after "questions"; a speaker saying a code and more; a
speaker answering a long question for a number (also on a second pass); and what stays: a
firm that signs ("BAKKER BV"), a VIP Wi-Fi's password is a password. Each case fails on
d826a68; each also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn NAS zit op 10.0.0.20 en na de firmware-update 10.0.0.20 was hij weg. "
            "Kun je 10.0.0.20 pingen?",
            "Mijn NAS zit op [IP] en na de firmware-update 10.0.0.20 was hij weg. "
            "Kun je [IP] pingen?",
        ),
        ("Rolling back from 84.27.113.9 to the old DNS", "Rolling back from [IP] to the old DNS"),
        ("Signed by: WOUTERSE", "Signed by: [NAME]"),
        (
            "Getekend door: OUDSHOORN (ontvangst pakket 14:02)",
            "Getekend door: [NAME] (ontvangst pakket 14:02)",
        ),
        (
            'Ik sprak met meneer "Wouterse" en hij was boos',
            'Ik sprak met meneer "[NAME]" en hij was boos',
        ),
        ("Kenteken-HX-552-B staat op de parkeerbon", "Kenteken-[PLATE] staat op de parkeerbon"),
        (
            "Verzending naar Audi 1012 AB Amsterdam (bedrijf)",
            "Verzending naar Audi [POSTCODE] Amsterdam (bedrijf)",
        ),
        (
            "I answered the security questions, then read out my card: "
            "4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 7",
            "I answered the security questions, then read out my card: [CARD]",
        ),
        (
            "Mark: AB-1234 arrived damaged, can you help?",
            "[NAME]: AB-1234 arrived damaged, can you help?",
        ),
        (
            "Agent: Wat is het ordernummer van mevrouw Anna Catharina de Vries-Jansen?\n"
            "Bill: AB-55120",
            "Agent: Wat is het ordernummer van mevrouw [NAME]?\n[NAME]: AB-55120",
        ),
        ("x router-vip-pass=Admin!2024 y", "x router-vip-pass=[PASSWORD] y"),
    ],
)
def test_review95_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Signed by: BAKKER BV", "Signed by: JANSEN TRANSPORT BV"],
)
def test_review95_kept(text: str) -> None:
    assert _redacted(text) == text
