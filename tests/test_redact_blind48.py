"""Forms the forty-eighth blind set showed (and one the forty-ninth did), studied after the
forty-ninth was measured (the cases here are written anew, not copied): Indian mobiles after a
word that says a phone follows, a street as a JSON or log field's value, Hungarian streets, a
name spelled with spaced hyphens, who handled a ticket, whose phone it is in brackets, a
Polish street said again without its type; and what is no one's personal data: a firm's
broadband, a greeting, a coast, a letter of a plate spelled with a given name, a config's
port beside a password, an animal's chip, a delivery's minutes late. Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a listed given name before the one "here" points at: both go, so that a
            # second pass finds nothing left ("Wolfram [NAME]")
            "CALLER: Yes hi, Wolfram Dietmar here, about the wine club.",
            "CALLER: Yes hi, [NAME] here, about the wine club.",
        ),
        (
            "BELLER: Ja hallo, Reinhold Lorenz hier, over mijn abonnement.",
            "BELLER: Ja hallo, [NAME] hier, over mijn abonnement.",
        ),
        (
            "Engineer Pradeep will ring you from 99012 45678 before he arrives.",
            "Engineer Pradeep will ring you from [PHONE] before he arrives.",
        ),
        (
            "WhatsApp me on 8123456789 when the parts are in.",
            "WhatsApp me on [PHONE] when the parts are in.",
        ),
        (
            'payload={"customer":"Lotte","shipping":{"line1":"Kouter 41","zip":"9000"}}',
            'payload={"customer":"[NAME]","shipping":{"line1":"[ADDRESS]","zip":"[POSTCODE]"}}',
        ),
        (
            "ORDER street='Meir 12' city='Antwerpen'",
            "ORDER street='[ADDRESS]' city='Antwerpen'",
        ),
        (
            "Please deliver to Andrássy út 60, 1062 Budapest.",
            "Please deliver to [ADDRESS], [POSTCODE] Budapest.",
        ),
        (
            "Agent: Hoe spelt u de achternaam?\nKlant: K - O - W - A - L - S - K - I, met een k"
            " aan het eind.",
            "Agent: Hoe spelt u de achternaam?\nKlant: [NAME], met een k aan het eind.",
        ),
        (
            "Klacht over premieteruggave; klant gebeld.\nAfgehandeld: Roos (team Uitkering)",
            "Klacht over premieteruggave; klant gebeld.\nAfgehandeld: [NAME] (team Uitkering)",
        ),
        (
            # a given name that is also a town, beside one that is not
            "Vragen? App 06 41 22 83 10 (Femke) of 06 73 19 55 02 (Milan).",
            "Vragen? App [PHONE] ([NAME]) of [PHONE] ([NAME]).",
        ),
        (
            "Operator: And the new address?\nCaller: ulica Polna 8, flat 2, Gdańsk.\n"
            "Operator: So Polna 8 m. 2 in Gdańsk, confirmed.",
            "Operator: And the new address?\nCaller: [ADDRESS], flat 2, Gdańsk.\n"
            "Operator: So [ADDRESS] in Gdańsk, confirmed.",
        ),
        (
            # the plate's last letter spelled with a given name: the plate runs on over it
            "Beller: Het kenteken is G T, vier vier negen, B van Bernard.",
            "Beller: Het kenteken is [PLATE].",
        ),
        (
            # guards the rule above: a town alone in brackets may say where the office is
            "Bel 0161 496 0000 (Sydney) voor het kantoor daar.",
            "Bel [PHONE] (Sydney) voor het kantoor daar.",
        ),
        (
            "Toegangscode tablet (voor de monteur): 270419",
            "Toegangscode tablet (voor de monteur): [PASSWORD]",
        ),
        (
            "# config gedeeld, wachtwoord graag wijzigen\nimap:\n  host: mail.example.nl\n"
            "  port: 993\n  pass: K0ffie!Kop2025",
            "# config gedeeld, wachtwoord graag wijzigen\nimap:\n  host: mail.example.nl\n"
            "  port: 993\n  pass: [PASSWORD]",
        ),
    ],
)
def test_blind48_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Agent: Thank you for calling Shannon Broadband, how can I help?",
        "Host: Olá! Welcome to the flat, the key is in the box.",
        "Huurcontract vakantiehuis Costa Blanca, huurder betaalt in twee delen.",
        "Gevonden hond, chip 528210004471239, zwarte labrador.",
        "Aflevering 40 minuten te laat en de soep was koud.",
        # with "Ford Focus" no longer a name, an article's code beside it stays no plate
        "I ordered the wiper blade set WB-450-K for a Ford Focus, please send item"
        " (WB-450-K, qty 2).",
        # guards the new phone rule: a reference between the cue and the number
        "WhatsApp order 9845012873 shipped yesterday.",
    ],
)
def test_blind48_kept(text: str) -> None:
    assert _redacted(text) == text
