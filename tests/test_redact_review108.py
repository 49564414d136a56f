"""The review of the blind107 draft (170 probes by a helper writing its own texts), each case
written anew. The draft hid less in each of the first seven: a value that starts its line before
a colon was taken for a text's sender, a booking's guard reached a date of birth past "is", a
release heading's guard reached an IP on any changelog line, a list of codes joined by dashes no
longer matched the code said before it, a trade word before a sender kept the person's name, a
"#" before a Spanish plate kept it, and "na ontvangst PIN" made a card's PIN a one-time code.
Those pass on 6951d5e too: they guard what the draft got wrong. The kept ones the draft took:
a number in a phone's shape that is an invoice's or a box's size, a forum handle that is a word,
a long reference in a text about monkey wrenches, a display's or a sticker's four characters.
The last case, a password in quotes with a space, fails on 6951d5e. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: could you read me the code from the text message?\n739104: that is what it"
            " shows",
            "Agent: could you read me the code from the text message?\n[OTP]: that is what it"
            " shows",
        ),
        (
            "For my reservation, is 22/07/1979 fine as the date of birth?",
            "For my reservation, is [BIRTH_DATE] fine as the date of birth?",
        ),
        (
            "Changelog: the server is now reachable at 10.0.31.7",
            "Changelog: the server is now reachable at [IP]",
        ),
        (
            "My PIN is 6204 and my son's PIN is 9157. At the machine I typed 6204 - 9157 - both"
            " were refused.",
            "My PIN is [PASSWORD] and my son's PIN is [PASSWORD]. At the machine I typed"
            " [PASSWORD] - [PASSWORD] - both were refused.",
        ),
        (
            "Van: Makelaardij Iris Ten Brink <iris.tenbrink@gmail.com>",
            "Van: Makelaardij [NAME] <[EMAIL]>",
        ),
        (
            "Parking fine for #7431 KLM near Plaza Mayor, I want to object.",
            "Parking fine for #[PLATE] near Plaza Mayor, I want to object.",
        ),
        (
            "Na ontvangst PIN 7302 heb ik de kaart geactiveerd.",
            "Na ontvangst PIN [PASSWORD] heb ik de kaart geactiveerd.",
        ),
        (
            'auth: user=m.smit new_pw_plain="Lente 2025" result=OK',
            'auth: user=[NAME] new_pw_plain="[PASSWORD]" result=OK',  # a log's user: blind108
        ),
    ],
)
def test_review108_redacted(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nuevo número +34 655 310 482. Factura 300 617 224 pagada el 04-02.",
            "Nuevo número [PHONE]. Factura 300 617 224 pagada el 04-02.",
        ),
        (
            "Bel me op +32 471 22 38 90. De doos is 120 40 35 60 cm.",
            "Bel me op [PHONE]. De doos is 120 40 35 60 cm.",
        ),
    ],
)
def test_review108_only_the_phone(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "chill wrote:\nJust chill, the fix is coming.",
        "We sold 30 monkey wrenches. Order ref MW-4A7B-9C2D-E3F4-5G6H-7J8K for the depot.",
        "Typ de code in die op het display staat: E7B2 en druk op start.",
        "Enter the code printed on the router sticker: WPA2. Is that the right one?",
        "Temp code AB12 for the shop counter.",
    ],
)
def test_review108_kept(text: str) -> None:
    assert _redacted(text) == text
