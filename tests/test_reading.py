"""What the local classifier reads of a text (cleaning) and how the word lists read its
valence: pure functions, table tests."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.classify.cleaning import tagging_text
from assistant.classify.learning import valence_first
from assistant.classify.valence import (
    POSITIVE_LEFT,
    clearly_negative,
    dutch_scores,
    valence_features,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "@VirginAir Hello? This is really frustrating! https://t.co/x1Y",
            "Hello? This is really frustrating!",
        ),
        ("@a @b @c", ""),
        ("https://bit.ly/3abc", ""),
        ("#NeverAgain #fail @bol", "Never Again fail"),
        ("mail me at user@example.com", "mail me at user@example.com"),  # not a handle
        (
            "My card was charged twice [CARD] by XXXX bank on XX/XX/XXXX",
            "My card was charged twice by bank on",
        ),
        (
            "Hi,\n\nMy order never came.\n\nSent from my iPhone\n\n"
            "On Tue, 3 Jan 2023 at 10:00, Shop <a@b.com> wrote:\n> Thanks for contacting us",
            "Hi,\nMy order never came.",
        ),
        (
            "Mijn pakket is zoek.\n\nOp di 3 jan. 2023 om 10:00 schreef Klantenservice <k@s.nl>:\n"
            "> Bedankt voor uw bericht",
            "Mijn pakket is zoek.",
        ),
        (
            "Agent: Hi, how can I help?\nCustomer: my parcel is late\nAgent: Sorry to hear that\n"
            "Customer: again!!",
            "my parcel is late\nagain!!",
        ),
        ("Medewerker: Goedemiddag!\nKlant: mijn factuur klopt niet", "mijn factuur klopt niet"),
        ("Customer service was rude: never again", "Customer service was rude: never again"),
    ],
)
def test_tagging_text_keeps_the_customers_own_words(text: str, expected: str) -> None:
    assert tagging_text(text) == expected


def test_dutch_negation_turns_a_word_around_within_its_clause() -> None:
    good_pos, good_neg = dutch_scores("het was goed")
    not_pos, not_neg = dutch_scores("het was niet goed")
    assert good_pos > 0.2 and good_neg == 0
    assert not_neg > 0.2 and not_pos == 0
    # a negator before the comma does not reach the next clause
    pos, _ = dutch_scores("geen wifi, wel een geweldige kamer")
    assert pos > 0.3


def test_each_word_list_reads_its_own_language() -> None:
    # "die" and "bad" are English words of grief in VADER, but Dutch for "that" and "bath"
    dutch = valence_features(["Het appartement die we hadden had een groot bad en het was prima"])
    assert dutch[0, 3] == 0.0 and dutch[0, 4] > 0.2 and dutch[0, 5] == 0.0
    english = valence_features(["The worst service ever, this is a joke"])
    assert english[0, 3] < -0.5 and english[0, 4] == 0.0


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Love when my train gets cancelled the morning of my interview 🙃", True),
        ("great job @ParcelFast, third missed delivery in a row", True),
        ("Echt top hoor, alweer een kapot pakket 👏", True),
        ("jullie zijn echt een grap", True),
        ("You people are the worst. Fix it.", True),
        ("Great job on the new app, love it", False),
        ("Top geholpen, dank je wel!", False),
        ("Where is my parcel?", False),
    ],
)
def test_clearly_negative_by_the_word_lists(text: str, negative: bool) -> None:
    assert bool(clearly_negative(valence_features([text]))[0]) is negative


def test_valence_first_moves_the_groups_mass_and_guards_negatives() -> None:
    groups = np.asarray([0, 0, 1, 2])  # two negative emotions, neutral, positive
    emotions = np.asarray([[0.1, 0.1, 0.1, 0.7]])
    valence = np.asarray([[0.6, 0.2, 0.2]])
    out = valence_first(emotions, valence, groups, 1.0)
    assert out.sum() == pytest.approx(1.0)
    assert out[0, :2].sum() == pytest.approx(0.6) and out[0, 0] == pytest.approx(out[0, 1])
    assert out[0, 3] == pytest.approx(0.2)
    guarded = valence_first(emotions, valence, groups, 1.0, np.asarray([True]))
    assert guarded[0, 3] == pytest.approx(0.2 * POSITIVE_LEFT)
