"""The review of the blind105 study draft (416 probes by a helper that wrote its own texts).

Found cases fail on 8ce98ab: a second spoken IP after a first one ("IP: ... dot ..., gateway
... dot ...", which also broke redacting twice), a spoken IP in German after "IPv4-Adresse",
a card's number, expiry and CVV joined by bars (the expiry was taken as a CVV, and a second
pass took the CVV), a German "Abholcode", a receipt's approval code after "Paid with Visa
ending ..." or "Paid by debit card ending ...".

The kept cases guard what the draft got wrong and 8ce98ab got right, so they pass there too:
- leaks: a password sent "via sms" with a time before its colon, a PIN answered after a question
  that also asks for the postcode, an IP after "update to the";
- over-redaction: single digits in a score list or a pattern taken as a phone, a bracket
  holding a severity or a plan read as an agent's name, "keep the number ..." as a phone cue,
  "BNS" in capitals as a BSN cue, firmware read out with "Punkt" on an IP phone, a year after a
  card's number and expiry read as its CVV.
Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Router IP: 81 dot 64 dot 12 dot 208, gateway 81 dot 64 dot 12 dot 1",
            "Router IP: [IP], gateway [IP]",
        ),
        (
            "Die IPv4-Adresse lautet 81 Punkt 64 Punkt 12 Punkt 208.",
            "Die IPv4-Adresse lautet [IP].",
        ),
        (
            "pay with card 5425233430109903|1128|604 please",
            "pay with card [CARD]|[EXPIRY]|[CVV] please",
        ),
        ("Ihr Abholcode: K7M2Q9, gültig bis Samstag.", "Ihr Abholcode: [OTP], gültig bis Samstag."),
    ],
)
def test_review107_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Paid with Visa ending 7731, auth code 508214.",
        "Paid by debit card ending 7731, auth code 508214.",
    ],
)
def test_review107_found_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tijdelijk wachtwoord via sms om 10:06 verstuurd: Zomer-Kq72",
            "Tijdelijk wachtwoord via sms om 10:06 verstuurd: [PASSWORD]",
        ),
        (
            "Agent: what's the PIN on the card? and your postcode?\nCustomer: 7316",
            "Agent: what's the PIN on the card? and your postcode?\nCustomer: [PASSWORD]",
        ),
        ("the update to the 81.64.12.208 gateway failed", "the update to the [IP] gateway failed"),
        # over-redaction: a year after the card's number and expiry is no CVV
        ("Order 4539578763621486/0126/2024 ref", "Order [CARD]/0126/2024 ref"),
    ],
)
def test_review107_draft_leaks(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Scores per question: 0 3 2 4 1 5 6 9 8 7",
        "Unlock pattern: 0 1 2 5 8 7 4 3 6 9",
        "Severity (Major): checkout fails for everyone",
        "Abonnement (Max): 39,99 per maand",
        "Please keep the number 9845012873 for your records.",
        "BNS Group order 123456782 delivered",
        "Das IP-Telefon hat Firmware 2 Punkt 4 Punkt 1 Punkt 9",
    ],
)
def test_review107_draft_over_redaction(text: str) -> None:
    assert _redacted(text) == text
