"""Forms the seventy-fifth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a Spanish mobile after "line" with a contract named before it, a
Polish plate in a parking camera's log, a CVV read back at a turn's start, an alarm's
engineer code and a key machine's code (passwords, not one-time codes), an engineer with an
initial and a surname that is also a word, a Belgian national number with its date spaced, a
password answered in quotes, a name after "Mijn gegevens:"; and what is no one's personal data:
a car's make and model after "vehicle", a sofa's seats after a street-like model name, a
hotfix's version, an idempotency key in a request's header, an amount in kronor, a model year,
an error's hex code, a card's number after its label with an aside, two brands. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please move the direct debit for my phone contract (line 655 21 48 09) to my new "
            "bank.",
            "Please move the direct debit for my phone contract (line [PHONE]) to my new bank.",
        ),
        (
            "09:12:03 lane=EXIT-2 cam=ANPR-07 plate=WX 4K218 score=0.88",
            "09:12:03 lane=EXIT-2 cam=ANPR-07 plate=[PLATE] score=0.88",
        ),
        (
            "Agent: And the three digits on the back?\nCaller: two eight four\n"
            "Agent (Milo): 2-8-4, thank you.",
            "Agent: And the three digits on the back?\nCaller: [CVV]\n"
            "Agent ([NAME]): [CVV], thank you.",
        ),
        (
            "Alarm handover\nMaster code: 581302\n"
            "Engineer code changed from factory default to: 3391",
            "Alarm handover\nMaster code: [PASSWORD]\n"
            "Engineer code changed from factory default to: [PASSWORD]",
        ),
        (
            "U vindt de autosleutel in de sleutelautomaat naast de ingang. Uw code wordt 4187, "
            "geldig tot vrijdag.",
            "U vindt de autosleutel in de sleutelautomaat naast de ingang. Uw code wordt "
            "[PASSWORD], geldig tot vrijdag.",
        ),
        (
            "Visit booked 12 March\nEngineer: T. Price",
            "Visit booked 12 March\nEngineer: [NAME]",
        ),
        (
            "AGENT: Mag ik uw rijksregisternummer?\nKLANT: Acht vijf nul drie... nee wacht, dat "
            "is dat van mijn man. Het mijne is 99 07 22 113 94.",
            "AGENT: Mag ik uw rijksregisternummer?\nKLANT: Acht vijf nul drie... nee wacht, dat "
            "is dat van mijn man. Het mijne is [SSN].",
        ),
        (
            "Agent: Wat is het wachtwoord dat u bij de aanvraag koos?\n"
            'Klant: Het is "Zeilboot", met hoofdletter.',
            "Agent: Wat is het wachtwoord dat u bij de aanvraag koos?\n"
            'Klant: Het is "[PASSWORD]", met hoofdletter.',
        ),
        (
            "Graag herhaalrecept laten bezorgen. Mijn gegevens: Frans Hoekman, 04-09-1948.",
            "Graag herhaalrecept laten bezorgen. Mijn gegevens: [NAME], [BIRTH_DATE].",
        ),
        (
            "Met de kaartlezer lukt het niet (pincode 4471, foutmelding 0x8010002E).",
            "Met de kaartlezer lukt het niet (pincode [PASSWORD], foutmelding 0x8010002E).",
        ),
        (
            'Klant: Visa 4929 3810 6620 4573, afschrijving "CLOUDSTREAM*SUB" 249 kr op 3 mei.',
            'Klant: Visa [CARD], afschrijving "CLOUDSTREAM*SUB" 249 kr op 3 mei.',
        ),
    ],
)
def test_blind75_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Third party vehicle: Audi Q5, registration unknown",  # guard
        "The Dijkweg 2-seater arrived with a torn cushion.",
        "Planning: hotfix 10.4.2.7 uitrollen op dinsdag",
        '  -H "Idempotency-Key: 3c9f0a12-5b7e-4d21-9a8c-0e1f2a3b4c5d" \\',
        "Caller: 2021 Toyota Yaris, silver.",  # guard
        "Lidnummer (vervalt per 1 juli): 0041-7720-9",  # guard
        "Is the Elizabeth Arden gift set back in stock?",
        "Review: the Emma mattress is far too soft for me.",  # guard
    ],
)
def test_blind75_kept(text: str) -> None:
    assert _redacted(text) == text


def test_a_customer_number_is_no_phone() -> None:  # guard for the nearer cue
    text = "My customer number is 3004418229 and my line is fine."
    assert _redacted(text) == text
