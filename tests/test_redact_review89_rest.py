"""Holes the review of the eighty-ninth round found and its mend left open, closed at the start of
the ninetieth: a temporary access pass by its short name (TAP) and with symbols, a postcode
after "postcode area", a postcode answered after "it's" and before thanks, a log's one-time code
in camelCase, a card pasted with tabs, a fuel card's number that starts with 7, a surname with
initials on a CSV row or with an apostrophe, a Spanish DNI in brackets after a name with no cue;
and the look-alikes each must leave. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted

from assistant.ingest.redact import scan_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outage in postcode area 8017 since noon, engineers are on it.",
            "Outage in postcode area [POSTCODE] since noon, engineers are on it.",
        ),
        (
            "Storing in postcodegebied 3822, monteur is onderweg.",
            "Storing in postcodegebied [POSTCODE], monteur is onderweg.",
        ),
        (
            "Agent: And your postcode?\nKlant: it's 3000 leuven, thanks",
            "Agent: And your postcode?\nKlant: it's [POSTCODE] leuven, thanks",
        ),
        (
            "Agent: Wat is uw postcode?\nKlant: 2018 antwerpen, bedankt!",
            "Agent: Wat is uw postcode?\nKlant: [POSTCODE] antwerpen, bedankt!",
        ),
        (
            "2026-11-02T08:14 auth lastOtpEntered=482913 status=FAIL",
            "2026-11-02T08:14 auth lastOtpEntered=[OTP] status=FAIL",
        ),
        ('{"otpEntered":"550172","ok":false}', '{"otpEntered":"[OTP]","ok":false}'),
        ("card number\t4539\t1488\t0343\t6467", "card number\t[CARD]"),
        (
            "Mijn tankpas is geblokkeerd. Pasnummer 7002 0511 2847 65, kenteken weet ik niet.",
            "Mijn tankpas is geblokkeerd. Pasnummer [CARD], kenteken weet ik niet.",
        ),
        ("id,naam,geboren\n15,Jansen, P.,1985-03-02", "id,naam,geboren\n15,[NAME],[BIRTH_DATE]"),
        ("row 2: O'Brien, K. | bsn 111222333", "row 2: [NAME] | bsn [BSN]"),
        (
            "The card is in the name of my aunt Lucía Fernández (05562841S), she agreed.",
            "The card is in the name of my aunt [NAME] ([SSN]), she agreed.",
        ),
    ],
)
def test_review89_rest_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your Temporary Access Pass (TAP): Kd8#mQ2!rT valid for 8 hours.", "Kd8#mQ2!rT"),
        ("New laptop? Use TAP: 9XK2-PQ7L to sign in the first time.", "9XK2-PQ7L"),
        ("To sign in on the new laptop: the TAP is Wq7-55Kp.", "Wq7-55Kp"),
    ],
)
def test_review89_rest_access_pass(text: str, value: str) -> None:
    found = [(f.kind, text[f.start : f.end]) for f in scan_numbers(text).found]
    assert ("OTP", value) in found


@pytest.mark.parametrize(
    "text",
    [
        "We have 3 TAP: beer lines on the bar.",
        "TAP is 24 hours at the earliest.",
        "Invoice 7002 0511 2847 65 for diesel, paid.",
        "Agent: which zip code?\nCustomer: it's 2024 onwards",
        "Agent: zip code?\nCustomer: it's 1500 euros",
        "3,Bakker, B.V.,supplier",
        "Het postcodegebied is groot, de regio ook.",
        "Our 2024 region results are in the deck.",
        "Pedido Caja Grande (05562841A) enviado.",
        "Toeslag voor de eilanden (postcodegebied 8881–8899 en 9161–9166).",
    ],
)
def test_review89_rest_kept(text: str) -> None:
    assert _redacted(text) == text
