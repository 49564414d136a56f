"""Forms the fifty-third blind set showed, studied after the fifty-fourth was measured (the cases
here are written anew, not copied): Irish estates' street types, a mobile a payment app is
tied to, a secret further along a log's line, initials signing after a slash, Turkish and
Finnish streets, a number read out with a filler in its pauses, "hij heette", a lower-case name
after a title, a broker's label; and what is no one's personal data: car makes, a beer, a
cake, someone's firm after "van". Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Irish estates' street types
        (
            "sure, its 17 Rosemount Lawn, Ballincollig. thanks",
            "sure, its [ADDRESS], Ballincollig. thanks",
        ),
        ("We moved to 3 Elm Meadows last spring.", "We moved to [ADDRESS] last spring."),
        # a mobile a payment app is tied to
        (
            "Please stop the MobilePay link to 42 18 66 07, that phone is gone.",
            "Please stop the MobilePay link to [PHONE], that phone is gone.",
        ),
        # a secret further along a log's line
        (
            "02:14:07 job start DB_USER=etl DB_PASSWORD=Kx7-vvQ2!m STRIPE_SECRET_KEY=rk9Tq2Lm8",
            "02:14:07 job start DB_USER=etl DB_PASSWORD=[PASSWORD] STRIPE_SECRET_KEY=[TOKEN]",
        ),
        # initials signing a note after a slash
        (
            "Credit note sent on 4 May. /KJ",
            "Credit note sent on 4 May. /[NAME]",
        ),
        # Turkish and Finnish streets
        (
            "Yazlık adres: Cumhuriyet Cad. No:48 D:3, Bodrum",
            "Yazlık adres: [ADDRESS], Bodrum",
        ),
        (
            "Old address: Pispalan valtatie 14 B 9, Tampere",
            "Old address: [ADDRESS], Tampere",
        ),
        # a number read out with a filler in its pauses
        (
            "Medewerker: Op welk nummer bent u bereikbaar?\n"
            "Klant: nul zes... een vier... ehm... drie drie, zeven twee, acht nul.",
            "Medewerker: Op welk nummer bent u bereikbaar?\nKlant: [PHONE].",
        ),
        # "hij heette": a name that no list holds
        (
            "De monteur was top, hij heette Tyrese geloof ik.",
            "De monteur was top, hij heette [NAME] geloof ik.",
        ),
        # a lower-case name after a title in a quick note
        (
            "tel notitie: mevr fatma demir belde over haar retour",
            "tel notitie: mevr [NAME] belde over haar retour",
        ),
        # the person, not the firm after "van"
        (
            "Hoi, met Gerrit van Verhuur Zuid: de sleutel ligt klaar.",
            "Hoi, met [NAME] van Verhuur Zuid: de sleutel ligt klaar.",
        ),
        # a PIN guessed at with a question mark, its cue after it
        (
            "volgens mij was het 7302? ik ben mijn pincode vergeten",
            "volgens mij was het [PASSWORD]? ik ben mijn pincode vergeten",
        ),
        # a broker's label
        (
            "Broker: Tavleen Mehta, Mehta & Co Mortgages",
            "Broker: [NAME], Mehta & Co Mortgages",
        ),
    ],
)
def test_blind53_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # car makes, a beer, a cake
        "Klant: de Kia Niro, die staat bij de dealer",
        "Twee kratten Hertog Jan voor het feest",
        "Bring a Victoria sponge to the bake sale!",
        # guards: a unit after a slash; a title before a word
        "Price per piece. /PC",
        "dhr belde terug over de factuur",
        # a year guessed at is no PIN
        "was it 2019? the pin card came then",
    ],
)
def test_blind53_kept(text: str) -> None:
    assert _redacted(text) == text
