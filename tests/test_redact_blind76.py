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
