"""Forms the seventy-fifth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a Spanish mobile after "line" with a contract named before it, a
Polish plate in a parking camera's log, a CVV read back at a turn's start, an alarm's
engineer code and a key machine's code (passwords, not one-time codes), an engineer with an
initial and a surname that is also a word, a Belgian national number with its date spaced, a
password answered in quotes, a name after "Mijn gegevens:"; and what is no one's personal data:
a car's make and model after "vehicle", a sofa's seats after a street-like model name, a
hotfix's version, an idempotency key in a request's header, an amount in kronor, a model year,
an error's hex code, a card's number after its label with an aside, a mattress brand. Then the
cases the review of this round found (``test_review_of_round75``). Each case also
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
        "Review: the Emma mattress is far too soft for me.",  # guard
    ],
)
def test_blind75_kept(text: str) -> None:
    assert _redacted(text) == text


def test_a_customer_number_is_no_phone() -> None:  # guard for the nearer cue
    text = "My customer number is 3004418229 and my line is fine."
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password or a code after an "ID" or "...nummer" label with an aside
        (
            "New password for my Apple ID (changed today): Summer2024!",
            "New password for my Apple ID (changed today): [PASSWORD]",
        ),
        (
            "Wachtwoord voor klantnummer (webshop): Tulp!2024",
            "Wachtwoord voor klantnummer (webshop): [PASSWORD]",
        ),
        ("Verificatienummer (per sms): 482913", "Verificatienummer (per sms): [OTP]"),
        # a reference's number after "number is" is no phone
        ("SMS update: your order number is 612 480 337.", None),
        ("Text from courier: parcel number is 712 480 337, arriving today.", None),
        # a quoted answer only to a question for the password itself
        ('Agent: Which account is the password for?\nCustomer: "Netflix"', None),
        ('Agent: Welk wachtwoord bedoelt u?\nKlant: "Outlook"', None),
        ('Agent: What is your password hint?\nCustomer: "Hondennaam"', None),
        ('Agent: Did you change your password?\nCustomer: "Yes"', None),
        # a newspaper or a site that wrote is no name
        ("Het Parool schreef gisteren dat de storing voorbij is.", None),
        ("Op Trustpilot schreef iemand een slechte review.", None),
        # an IP after "hotfix to" or "Hotfix:" is an address
        (
            "Deployed hotfix to 185.23.114.7 at 14:02, customer confirmed.",
            "Deployed hotfix to [IP] at 14:02, customer confirmed.",
        ),
        (
            "Hotfix: 81.204.33.17 still failing after patch.",
            "Hotfix: [IP] still failing after patch.",
        ),
        # a confirmation code after a key safe's sentence stays a one-time code
        (
            "De sleutels liggen in de sleutelkluis naast de deur. Uw bevestigingscode is 482913.",
            "De sleutels liggen in de sleutelkluis naast de deur. Uw bevestigingscode is [OTP].",
        ),
        (
            "Drop your keys in the key drop after 18:00. Your confirmation code is 662014.",
            "Drop your keys in the key drop after 18:00. Your confirmation code is [OTP].",
        ),
        (
            "Engineer code 4471 expires in 10 minutes, then reverts.",
            "Engineer code [OTP] expires in 10 minutes, then reverts.",
        ),
        # a GUID secret near another label's "ID"
        (
            "App ID: 4471, API key: 3f2a9c1e-7b4d-4e8a-9f21-6c5d8e7a1b03",
            "App ID: 4471, API key: [TOKEN]",
        ),
        # no read-back of a CVV: a price, a room, a region, a Dutch "door"
        (
            "Caller: CVV is 120.\nAgent: OK.\nTotal: 120 EUR",
            "Caller: CVV is [CVV].\nAgent: OK.\nTotal: 120 EUR",
        ),
        ("Engineer: N. Ireland", None),
        ("Advisor: N. Available", None),
        # (the first review's Dutch "7-door, de achterdeur" lost to the second review's
        # English furniture: "-door" after a street-like model is a product again)
        ("The Parklaan 4-door cabinet arrived damaged.", None),
        ("Customer: Elizabeth Arden, born 12-03-1961.", "Customer: [NAME], born [BIRTH_DATE]."),
    ],
)
def test_review_of_round75(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
