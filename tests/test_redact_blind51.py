"""Forms the fifty-first blind set showed, studied after the fifty-second was measured (the
cases here are written anew, not copied): an assistant's name and time as a chat label, a
street named after a person after "Straat + huisnummer:", a title with an initial without its
dot ("Mrs H Patel"); and what is no one's personal data:
a salon speaking in a chat, a transport card's or a case's number that passes the card check.
Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Klant 11:02: Hello, I need to register\nAssistente Ingrid 11:03: Geen probleem!",
            "Klant 11:02: Hello, I need to register\nAssistente [NAME] 11:03: Geen probleem!",
        ),
        (
            "Telefoonnummer: 0229 - 217 43 28\nStraat + huisnummer: Vincent van Goghlaan 8\n"
            "Postcode: 1621 KL",
            "Telefoonnummer: [PHONE]\nStraat + huisnummer: [ADDRESS]\nPostcode: [POSTCODE]",
        ),
    ],
)
def test_blind51_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British initial without its dot after a title
        ("Caller: Mrs R Shah.\nAgent: thank you", "Caller: Mrs [NAME].\nAgent: thank you"),
        ("Spoke to Mr J Okafor about the refund.", "Spoke to Mr [NAME] about the refund."),
        # guard: titles with a letter alone name no one
        ("Mr B and Mrs C went home.", "Mr B and Mrs C went home."),
    ],
)
def test_initial_without_dot(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[18:04] Ik: morgen kan ik niet\n[18:05] Salon Bella: Hoi!\n[18:06] Ik: ok"
        "\n[18:07] Salon Bella: top",
        "OV-chipkaart: 3528 0100 4417 2290",
        "Opened case 2401170040001234 in January, still no answer.",
    ],
)
def test_blind51_kept(text: str) -> None:
    assert _redacted(text) == text
