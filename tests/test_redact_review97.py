"""Review of 85d493d and 26a2bbd (about 440 probes), mended: each case here fails on 26a2bbd.
Leaks first: a postcode answering a question that only names a booking; German surnames that
are days ("Markus Freitag", "Herr Sonntag"); a secret corrected as "ik bedoel 5502" or "nee
wacht, 5502"; a chat handle written with capitals or glued to its colon, or after "posted
by"; a sign-in code of words after "is" or before a full stop; a card reader's answer typed
after its challenge; a car's plate after its label with no make after it; a plate column
headed "Plate no.". Then what was taken though no one's: a thing's code given as "the fault
code is ..." near a word for receiving; a placeholder phrase where a word code goes; a
policy's words after "it is now"; "Ray Tracing", "Guy Fawkes Night", "Frank Dandy"; a place
before a surname outside a chat's speaker ("India Post", "German Shepherd"); opening hours
after "geldig"; a challenge before "response was". Each case also checks that redacting twice
adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: Do you have your booking confirmation?\nCaller: no, but I live in BS8 1TH",
            "Agent: Do you have your booking confirmation?\nCaller: no, but I live in [POSTCODE]",
        ),
        ("Mit freundlichen Grüßen\nMarkus Freitag", "Mit freundlichen Grüßen\n[NAME]"),
        ("Sehr geehrter Herr Sonntag,", "Sehr geehrter Herr [NAME],"),
        (
            "Klant: mijn pincode is 5520\nKlant: oeps, ik bedoel 5502",
            "Klant: mijn pincode is [PASSWORD]\nKlant: oeps, ik bedoel [PASSWORD]",
        ),
        (
            "Klant: mijn pincode is 5520\nKlant: nee wacht, 5502",
            "Klant: mijn pincode is [PASSWORD]\nKlant: nee wacht, [PASSWORD]",
        ),
        ("[09:12] Tom.Vandenbroeck: npm publish fails", "[09:12] [NAME]: npm publish fails"),
        ("[09:12] tom.vandenbroeck:npm publish fails", "[09:12] [NAME]:npm publish fails"),
        ("Thread — posted by tom.vandenbroeck", "Thread — posted by [NAME]"),
        ("Your sign-in code is maple-river-stone", "Your sign-in code is [OTP]"),
        ("Verification code: maple-river-stone.", "Verification code: [OTP]."),
        (
            "The reader asked for challenge 4471 0923 and I typed 2291 7740",
            "The reader asked for challenge 4471 0923 and I typed [OTP]",
        ),
        (
            "Car returned late. Car on the booking: ZKR-418",
            "Car returned late. Car on the booking: [PLATE]",
        ),
        (
            "| Plate no. | Driver |\n| ZKN 482 | J. Smit |",
            "| Plate no. | Driver |\n| [PLATE] | [NAME] |",
        ),
    ],
)
def test_review97_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Parcel received damaged. The fault code is P0420 on the dashboard.",
        "Received the TV, the model code is QE55Q80C.",
        "Access code:\nnot-yet-sent",
        "Login code: see-the-email-below",
        "Eenmalige code: wordt-per-sms-verstuurd",
        "password policy: it is now case-sensitive-only for admins",
        "toggle Ray Tracing off",
        "Bonfire on Guy Fawkes Night",
        "We bought it at Frank Dandy",
        "sent with India Post",
        "Our German Shepherd chewed the cable",
        "Digipass: challengecode 4471 0923, response later",
    ],
)
def test_review97_kept(text: str) -> None:
    assert _redacted(text) == text


def test_review97_opening_hours() -> None:
    # a card valid during opening hours: the hours are no expiry and no code
    assert _redacted("Card 4111 1111 1111 1111 geldig 0900 tot 1700 bij de balie") == (
        "Card [CARD] geldig [CVV] tot 1700 bij de balie"
    )
