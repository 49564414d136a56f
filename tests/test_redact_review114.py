"""What the review of the blind112 draft found (a helper probing it with about 300 texts of its
own), each case written anew here. Found: a card in halves or with dashes after a card's word,
more ways to say an age reached on a day (in words, "became", "will turn", "is 18 geworden",
"years old", a name or "who" between), a list set off by em dashes, logins joined by
underscores or written with capitals. Kept (the draft over-redacted them): a bill's or a
shop's "turned 25 on", a date on the line after an unrelated "ik werd", French courses ("3
cours de Français"), places, breaks and brands in a list's column beside two names, a column
of plates, a 6-6-4 order number with no card's word. The found cases fail on 11f7136; the kept
ones pass there and failed only on the draft."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Card: 453201-884213-7706 exp 03/28",
            "Card: [CARD] exp [EXPIRY]",
        ),
        (
            "creditcard 45320188 42137706 graag blokkeren",
            "creditcard [CARD] graag blokkeren",
        ),
        (
            "My son turned eighteen on 4 March 2024, so the junior plan should end.",
            "My son turned eighteen on [BIRTH_DATE], so the junior plan should end.",
        ),
        (
            "Mijn dochter Lisa is 18 geworden op 3 februari 2024.",
            "Mijn dochter [NAME] is 18 geworden op [BIRTH_DATE].",
        ),
        (
            "My daughter, who turned 16 on 9 April 2024, wants her own account.",
            "My daughter, who turned 16 on [BIRTH_DATE], wants her own account.",
        ),
        (
            "She became 18 on 3 February 2024 so the youth tariff ended.",
            "She became 18 on [BIRTH_DATE] so the youth tariff ended.",
        ),
        (
            "Bewoners:\nApp. 1 — Jan de Vries — XR-12-PB\nApp. 2 — Pieter Bakker — GH-44-KL\n"
            "App. 3 — Lindström — ZT-99-AA\nApp. 4 — Sanne Smit — AB-12-CD",
            "Bewoners:\nApp. 1 — [NAME] — [PLATE]\nApp. 2 — [NAME] — [PLATE]\n"
            "App. 3 — [NAME] — [PLATE]\nApp. 4 — [NAME] — [PLATE]",
        ),
        (
            "Account: noor_van_dam, kan niet inloggen.",
            "Account: [NAME], kan niet inloggen.",
        ),
        (
            "Login name: Pieter.Bakker",
            "Login name: [NAME]",
        ),
    ],
)
def test_review114_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our rent turns 900 on 1 August 2024, please confirm.",
        "Mijn huur wordt 850 op 1 juli 2024, klopt dat?",
        "We turned 25 on 1 June 2024 – our anniversary sale!",
        "Ik werd 2 keer afgewezen.\nMijn bestelling van 5 maart 2024 is nog niet binnen.",
        "J'ai suivi 3 cours de Français en ligne avec vous.",
        "Order 402400 715236 8840 was shipped yesterday.",
    ],
)
def test_review114_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rooster:\nMa | Sanne Visser | Utrecht\nDi | Mark Jansen | Amersfoort\n"
            "Wo | Ruurlo | Zutphen",
            "Rooster:\nMa | [NAME] | Utrecht\nDi | [NAME] | Amersfoort\nWo | Ruurlo | Zutphen",
        ),
        (
            "Wachtrij:\n10:00 – Anna Jansen – Utrecht\n10:30 – Kees de Boer – Leiden\n"
            "11:00 – Lunchpauze – Kantine",
            "Wachtrij:\n10:00 – [NAME] – Utrecht\n10:30 – [NAME] – Leiden\n"
            "11:00 – Lunchpauze – Kantine",
        ),
        (
            "Parkeerplaatsen:\nP1 – XR-12-PB – bezet\nP2 – GH-44-KL – bezet\nP3 – Deelauto – vrij",
            "Parkeerplaatsen:\nP1 – [PLATE] – bezet\nP2 – [PLATE] – bezet\nP3 – Deelauto – vrij",
        ),
        (  # a header row's labels stay (found by the final tune run)
            "Bus | Kenteken | Chauffeur\nFord Transit | VN-482-T | Dennis Mulder\n"
            "Renault Master | VZ-917-H | Youssef Amrani\nIveco Daily | VR-220-K | Sanne de Jong",
            "Bus | Kenteken | Chauffeur\nFord Transit | [PLATE] | [NAME]\n"
            "Renault Master | [PLATE] | [NAME]\nIveco Daily | [PLATE] | [NAME]",
        ),
    ],
)
def test_review114_kept_beside(text: str, expected: str) -> None:
    assert _redacted(text) == expected
