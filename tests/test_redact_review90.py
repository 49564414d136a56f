"""The review of the ninetieth round's two commits (8af0962 and dbaa691) and its mend: a plate
rule that fired again on its own placeholder, names the new firm and room words let through, a
PIN after a denied keypad's log name, a TAP in quotes, a DNI with a space before its letter, a
short given name before a very common surname, a desk's name in capitals; and the look-alikes
the new rules took: TAP Air Portugal and a mixer tap, units and years after "it's", a year
after "postcode area", a price's or a band's region, a sheet's row of quarters, towns and
provinces on CSV rows, products with a DNI-shaped code, opening hours, part and order numbers
in a car's text, pick-up points, a firm or software after "medewerker" or "agent", firms
signing, an amount after "die was", a log's timestamp. Each case fails on dbaa691; each also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted

from assistant.ingest.redact import scan_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mijn auto XK-827-T staat bij de garage, werkorder WO 24 118.",
            "Mijn auto [PLATE] staat bij de garage, werkorder WO 24 118.",
        ),
        (
            "Passenger: Sanne Visser Travel date: 12 May, seat 14C",
            "Passenger: [NAME] Travel date: 12 May, seat 14C",
        ),
        (
            "Please bring towels to the Pieter Bakker room (214).",
            "Please bring towels to the [NAME] room (214).",
        ),
        (
            "Keypad log 14:02 PIN_DENIED (code 4821) user=front door",
            "Keypad log 14:02 PIN_DENIED (code [PASSWORD]) user=front door",
        ),
        (
            "Guest: Lucía Fernández (05562841 S), room 214.",
            "Guest: [NAME] ([SSN]), room 214.",
        ),
        ("Met vriendelijke groet,\nAn Jansen", "Met vriendelijke groet,\n[NAME]"),
    ],
)
def test_review_of_round90_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_review_of_round90_quoted_access_pass() -> None:
    text = 'Sign in with your TAP: "K8f#2mWq!9", it expires at 14:00.'
    found = [(f.kind, text[f.start : f.end]) for f in scan_numbers(text).found]
    assert ("OTP", "K8f#2mWq!9") in found


@pytest.mark.parametrize(
    "text",
    [
        "Airline: TAP: TP1351 delayed 3 hours, rebooked on the next one.",
        "Mixer TAP: GROHE-32663 leaks at the base, please send a washer.",
        "The TAP was 8h-valid but expired before I got to the office.",
        "Agent: What's your postcode and the mileage?\nCustomer: it's 4500 miles, thanks",
        "Agent: postcode? Also what year is the boiler?\nCustomer: it's 2019 model, thanks",
        "New delivery rates per postcode area 2025 published, see the PDF.",
        "Delivery of the sofa costs in the 1500 region, is that correct?",
        "The signal in the 5000 region of the band is weak, engineer says.",
        "Credit card payments per quarter (EUR):\tQ1-Q4\n4120\t3980\t4410\t4003",
        "id,plaats,provincie,inwoners\n12,Bergen, N.H.,29.900",
        "order,sku,desc\n88213,Berg, L.,tent 2p",
        "I bought the Philips Hue Bridge (46677570J) last week and it keeps dropping.",
        "Order contains Nike Air Max (12345678Z) size 42.",
        "Bel ons ma-vr 0800 - 1700, za 0900 - 1300.",
        "Call us Mon-Fri 0900 - 1730 CET.",
        "Car plate holder broken. Ordered part NR 12 345 for the Golf, model 2019.",
        "Lease auto kenteken volgt, order NL 24 118 bij de dealer.",
        "Bezorgadres: Pakketpunt bij Jumbo 4512 | Openingstijden 8-21",
        "Delivery address: Locker in Station 12, pick up before Friday",
        "Adres: Zie voor Details 2, de bijlage.",
        "Ik ben doorverbonden met medewerker Hypotheekshop Bergen, die belt terug.",
        "Install the monitoring agent Datadog Berg for the EU cluster.",
        "Kind regards,\nNew Holland",
        "Met vriendelijke groet,\nICT Bergen",
        "Met vriendelijke groet,\nTechnische Dienst",
        "Kaart geweigerd na cvc-controle. Die was 300, nu 250 euro.",
        "Order from ikea.se, log timestamp 199603140915 shows payment.",
        "Swedish meatballs order 199703140930 delayed.",
    ],
)
def test_review_of_round90_kept(text: str) -> None:
    assert _redacted(text) == text
