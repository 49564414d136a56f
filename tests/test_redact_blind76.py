"""Forms the seventy-sixth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a bank's security word, an agent named in lower case at a title
line's end, a card's expiry as a log field with the year first, a Persian name after "Beste",
an expiry after "verloopdatum was trouwens", a short login token behind its type's prefix; and
what is no one's personal data: another card's last digits after the card, a card's masked
digits on a receipt, an outage's number after "Storing", care homes and a GP practice named
"De Linde" or "Ter Linde", a car's model. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sort code: 20-45-58\nSecurity word: pinecone\nSigned: K. Osei",
            "Sort code: 20-45-58\nSecurity word: [PASSWORD]\nSigned: [NAME]",
        ),
        (
            "Call notes – broadband fault, agent Patrycja\nAgent: Can I have your account number?",
            "Call notes – broadband fault, agent [NAME]\nAgent: Can I have your account number?",
        ),
        (
            "card_number      4929 3810 6620 4573\ncard_expiry      2027-09\ncard_cvc         318",
            "card_number      [CARD]\ncard_expiry      [EXPIRY]\ncard_cvc         [CVV]",
        ),
        (
            "Beste Farhad Karimi,\n\nUw afspraak is bevestigd.",
            "Beste [NAME],\n\nUw afspraak is bevestigd.",
        ),
        (
            "Klant: gelukt hoor. verloopdatum was trouwens 08-2027 als jullie dat nog nodig hebben",
            "Klant: gelukt hoor. verloopdatum was trouwens [EXPIRY] als jullie dat nog nodig "
            "hebben",
        ),
        (
            "In de welkomstmail stond inlogtoken ab_7Hq2Lk9PzX4m en verder niets.",
            "In de welkomstmail stond inlogtoken [TOKEN] en verder niets.",
        ),
        (
            "Charge my other card, 4929 3810 6620 4573, not the one ending 8812.",
            "Charge my other card, [CARD], not the one ending 8812.",
        ),
    ],
)
def test_blind76_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Totaal € 23,40\nBetaald pin ****7731\nBedankt en tot ziens!",
        "Storing 2025-ST-11873, Amersfoort-Noord, hersteld om 14:10.",
        "Mijn moeder woont sinds maart in WZC Ter Linde.",
        "Verwijsbrief huisartsenpraktijk De Linde – alleen intern",
        "Is the Alfa Romeo Giulia brochure also in Dutch?",
    ],
)
def test_blind76_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted answer to a bare request for the password
        (
            'Agent: Password please?\nCustomer: "sunflower"',
            'Agent: Password please?\nCustomer: "[PASSWORD]"',
        ),
        ('Agent: Wachtwoord?\nKlant: "zonnebloem"', 'Agent: Wachtwoord?\nKlant: "[PASSWORD]"'),
        (
            'Agent: Do you remember the telephone banking password?\nCustomer: "buttercup"',
            'Agent: Do you remember the telephone banking password?\nCustomer: "[PASSWORD]"',
        ),
        # a CVV read back alone on the agent's turn
        (
            "Caller: my CVV is 517\nAgent: 517\nCaller: yes that's it",
            "Caller: my CVV is [CVV]\nAgent: [CVV]\nCaller: yes that's it",
        ),
        # residents and staff after a care home's or a centre's word are people
        (
            "Bewoner rusthuis Maria Peeters, kamer 12, heeft een nieuwe bril nodig.",
            "Bewoner rusthuis [NAME], kamer 12, heeft een nieuwe bril nodig.",
        ),
        (
            "Via het klantcentrum Lotte van Dijk gesproken.",
            "Via het klantcentrum [NAME] gesproken.",
        ),
        # a surname with its particle
        (
            "Van Dijk schreef in de community: werkt prima.",
            "[NAME] schreef in de community: werkt prima.",
        ),
        ("Gegevens:\nDe Jong\nGeboren 12-03-1961", "Gegevens:\n[NAME]\nGeboren [BIRTH_DATE]"),
        # a listed surname on a staff label, even when it is a place
        ("Agent: J. Holland", "Agent: [NAME]"),
        # the code's own "ending"
        (
            "Card 4929 3810 6620 4573 exp 09/27, security code ending 318",
            "Card [CARD] exp [EXPIRY], security code ending [CVV]",
        ),
        # an alarm code that never runs out
        (
            "The engineer code 4471 never expires unless you change it.",
            "The engineer code [PASSWORD] never expires unless you change it.",
        ),
        # a key safe's access code
        (
            "De sleutel ligt in de sleutelautomaat. Uw toegangscode wordt 6613.",
            "De sleutel ligt in de sleutelautomaat. Uw toegangscode wordt [PASSWORD].",
        ),
        # kept: a product's number after "new", a session's name, a tenant's id, a time
        ("I need a password for the new 365 mailbox.", None),
        ("Session: Sprint-42-Retro", None),
        ("Azure Key Vault tenant ID: 72f988bf-86f1-41af-91ab-2d7cd011db47", None),
        ("Quote expiry was 1130, customer called back at 1145.", None),
        # a speaker named like a reference's word keeps her phone
        ("[21:21] Lotte: 0471 38 92 05", "[21:21] [NAME]: [PHONE]"),
    ],
)
def test_review_of_round76(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
