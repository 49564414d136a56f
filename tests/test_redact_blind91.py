"""Forms the ninety-first blind set showed, studied after it was measured (the cases here are
written anew, not copied): a given name kept as a place before particles and a listed surname, a
postcode and town in brackets after the country one lives in, a student room's number between
the street and the postcode, a log's password tried, an Azure secret with a short head, an IBAN
read out before its written form; and what is no one's personal data: a parcel's code after its
carrier's prefix, a SIM card's number, an app's release, a day a code was extended to, a baggage
tag, a meeting room named after a person, a tape measure's line, a florist's name. Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ticket doorgezet naar Milan van Dijk, team Noord.",
            "Ticket doorgezet naar [NAME], team Noord.",
        ),
        (
            "Van: Sanne <sanne.devos@telenet.be>\nAan: Lotte Vastgoed Breda"
            " <verhuur@lottevastgoed-breda.nl>\nOnderwerp: huurcontract",
            "Van: [NAME] <[EMAIL]>\nAan: Lotte Vastgoed Breda <[EMAIL]>\nOnderwerp: huurcontract",
        ),
        (
            "Mijn pakket komt niet aan. Ik woon in Frankrijk (67000 Strasbourg) en bestelde"
            " via jullie.",
            "Mijn pakket komt niet aan. Ik woon in Frankrijk ([POSTCODE] Strasbourg) en bestelde"
            " via jullie.",
        ),
        (
            "Nieuwe fiets graag naar mijn adres: Mekelweg 12 k14 2628 CD Delft",
            "Nieuwe fiets graag naar mijn adres: [ADDRESS] [POSTCODE] Delft",
        ),
        (
            '2024-10-02T01:12:09Z WARN login failed user=beheer pw_attempt="Zomer2024!"',
            '2024-10-02T01:12:09Z WARN login failed user=beheer pw_attempt="[PASSWORD]"',
        ),
        (
            "De variabele AZ_CRED bevat Zk7Q~pL2mN8.vR4sTq9WxY1bC6dF0gH3jK5 sinds gisteren.",
            "De variabele AZ_CRED bevat [TOKEN] sinds gisteren.",
        ),
    ],
)
def test_blind91_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


# an IBAN read out and then written, with no word for an account: both on the first pass (the
# read-out one was taken only on a second pass, through the first one's placeholder)
def test_blind91_read_out_iban_before_its_written_form() -> None:
    text = (
        "AGENT: Where do we send the money?\n"
        "CALLER: N L four five, T R I O, zero three nine one, eight four two two, seven one."
        " → NL45TRIO0391842271"
    )
    assert _redacted(text) == ("AGENT: Where do we send the money?\nCALLER: [IBAN]. → [IBAN]")


@pytest.mark.parametrize(
    "text",
    [
        "Zending JVGL 0612 4471 0093 55 staat nog bij het sorteercentrum.",
        "Nieuwe simkaart nr 8931 4400 1234 5678 901 is geactiveerd.",
        "Subject: Backup client 4.18.2.7 crashes on startup",
        "The locker code still works, we extended it to 14-06 for you.",
        "Lost luggage, baggage tag: KL 558213, file AMSKL44120.",
        "Meeting room Johan is booked from 9 to 12.",
        "Is de rolmaat Stanley FatMax ook in 5 meter te krijgen?",
        "Kan iemand de account van klant Bloemenhuis Verbeek bekijken?",
    ],
)
def test_blind91_kept(text: str) -> None:
    assert _redacted(text) == text
