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
