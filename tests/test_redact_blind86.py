"""Forms the eighty-sixth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a transcript's speaker labels in capitals after the names were
given, a recovery key in groups after a compound of "sleutel"; and what is no one's personal
data: a chat export's date stamp after a question for a date of birth, words of firms' names
("Santé", "Fleetmanagement"). Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Medewerker: Yara | Klant: mevr. Ilona Dekkers\n\nYARA: Goedemiddag, waarmee kan ik"
            " helpen?\nILONA: mijn pas is geblokkeerd",
            "Medewerker: [NAME] | Klant: mevr. [NAME]\n\n[NAME]: Goedemiddag, waarmee kan ik"
            " helpen?\n[NAME]: mijn pas is geblokkeerd",
        ),
        (
            "Herstelsleutel uit de bevestigingsmail: QX-4M7D-9KPL-2WZT-71RB-H8NC.",
            "Herstelsleutel uit de bevestigingsmail: [TOKEN].",
        ),
    ],
)
def test_blind86_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[12/05/2024, 09:10] Verhuur – Sanne: we still need your date of birth please\n"
            "[12/05/2024, 09:31] Tom: sure, it's 4 July 1991",
            "[12/05/2024, 09:10] Verhuur – [NAME]: we still need your date of birth please\n"
            "[12/05/2024, 09:31] [NAME]: sure, it's [BIRTH_DATE]",
        ),
        ("Chat – Assurance Santé Plus (English desk) – 15/03/2024", None),
        ("Van: Fleetmanagement – Bouwbedrijf Jansen B.V.", None),
    ],
)
def test_blind86_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# the review of the blind86 round: each case fails on the commit that retrained the learned
# step for blind87
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in capitals only as a speaker's label
        (
            "Hi, this is Rose Bakker. I ordered from your ROSE collection",
            "Hi, this is [NAME]. I ordered from your ROSE collection",
        ),
        (
            "Customer: Hunter Brooks\nProduct: HUNTER boots size 42",
            "Customer: [NAME]\nProduct: HUNTER boots size 42",
        ),
        # a later expiry after a year and month that is none; no expense or validation
        (
            "Kaart 5555 4444 3333 1111, uitgegeven 2024-03, vervalt 2029-03",
            "Kaart [CARD], uitgegeven 2024-03, vervalt [EXPIRY]",
        ),
        (
            "Card 4111 1111 1111 1111. Expense report for 2025-02 attached.",
            "Card [CARD]. Expense report for 2025-02 attached.",
        ),
        # a plain word after the user's key, a password in a payload
        (
            '{"user": "jan.devries", "pass": "zonneschijn"}',
            '{"user": "jan.devries", "pass": "[PASSWORD]"}',
        ),
        (
            'Here is the payload: {"pass": "Zomer2024!"}',
            'Here is the payload: {"pass": "[PASSWORD]"}',
        ),
        # a yes-or-no question that also asks what it is
        (
            "Medewerker: Staat het wachtwoord nog op het briefje? Wat is het?\nKlant: appelboom",
            "Medewerker: Staat het wachtwoord nog op het briefje? Wat is het?\nKlant: [PASSWORD]",
        ),
        # a PIN column beside bank cards
        (
            "| Kaart | PIN |\n|---|---|\n| Bankpas ING | 4821 |",
            "| Kaart | PIN |\n|---|---|\n| Bankpas ING | [PASSWORD] |",
        ),
        # an order's reference after "sleutel"
        ("Order: 1x sleutel, ref NL-2024-0831-5523 (geleverd).", None),
        # an Android chat export's stamp
        (
            "03/09/2024, 14:10 - Ilse: we still need your date of birth\n"
            "03/09/2024, 14:22 - Mehmet Aydın: 12-05-1984",
            "03/09/2024, 14:10 - [NAME]: we still need your date of birth\n"
            "03/09/2024, 14:22 - [NAME]: [BIRTH_DATE]",
        ),
    ],
)
def test_review_of_round86(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
