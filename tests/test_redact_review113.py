"""What the second review of the blind111 draft found (a helper probing the mended draft with
about 460 texts of its own), each case written anew here. Found: names on a bell with other
verbs ("marked", "just says", "has ... on it", "name:"), children listed after a dash or a
sentence and in capitals, a secret word after a colon or a linking verb ("is", "lautet",
"est", "would be"), "nat. ins.", router passwords that begin like a maker's name, a WLAN key
after a compound word or a few words and "is". Kept: a Dutch plate after "kenteken" whose
letters look like a unit (the draft lost it), a name after a greeting without a comma (the
draft lost it), words after a secret word's cue in German and French ("vergessen", "oublié"),
brands before a team word in brackets mid-sentence, "Bel" as the verb "call", a shop's
"Kids:" list with one given name, a year or a room after an invitation to choose a PIN, "VW"
after a year read out, NI-shaped coupons and member numbers. The found cases fail on eb957c4;
most kept ones pass there too and guard this change's rules (the plates after "kenteken" and
the names after a greeting failed only on the draft)."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Courier: rang the bell marked "Verbeek", nobody came.',
            'Courier: rang the bell marked "[NAME]", nobody came.',
        ),
        (
            "Customer: our bell has 'Vermeulen' on it, the flat above.",
            "Customer: our bell has '[NAME]' on it, the flat above.",
        ),
        (
            'Letterbox name: "Bakker"',
            'Letterbox name: "[NAME]"',
        ),
        (
            "Kids - Lotte 8, Sem 5",
            "Kids - [NAME] 8, [NAME] 5",
        ),
        (
            "Travellers: 2 adults. Children: Noah 9, Julia 7.",
            "Travellers: 2 adults. Children: [NAME] 9, [NAME] 7.",
        ),
        (
            "Children: EMMA and LUCAS",
            "Children: [NAME] and [NAME]",
        ),
        (
            "Caller: security answer is biscuit",
            "Caller: security answer is [PASSWORD]",
        ),
        (
            "Kunde: Mein Codewort lautet Gartenzwerg.",
            "Kunde: Mein Codewort lautet [PASSWORD].",
        ),
        (
            "Client: le mot secret est mimosa.",
            "Client: le mot secret est [PASSWORD].",
        ),
        (
            "Caller: nat. ins. number jt482291b",
            "Caller: nat. ins. number [SSN]",
        ),
        (
            "My router login is Decorum77! since yesterday",
            "My router login is [PASSWORD] since yesterday",
        ),
        (
            "WLAN-Netzwerkschlüssel 3310 5582 0047 9916",
            "WLAN-Netzwerkschlüssel [PASSWORD]",
        ),
        (
            "Customer: the wifi key on the sticker is 7781 2204 5560 9912 3345",
            "Customer: the wifi key on the sticker is [PASSWORD]",
        ),
    ],
)
def test_review113_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Klant: mijn kenteken is 1234kb, graag de boete controleren",
            "Klant: mijn kenteken is [PLATE], graag de boete controleren",
        ),
        (
            "Hi Mark this is Jenny from the bakery, is my order ready?",
            "Hi [NAME] this is [NAME] from the bakery, is my order ready?",
        ),
    ],
)
def test_review113_draft_regressions(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kunde: Codewort vergessen, bitte zurücksetzen.",
        "Client: le mot secret oublié, que faire ?",
        "Customer: my memorable word contains numbers, right?",
        "Router is down again. Sky (support) says there's an area fault.",
        "Card blocked. Chase (fraud team) will call me back.",
        "Return accepted. Grace (team 3) period is 14 days.",
        'Bel "Philips" support voor de garantie.',
        "Kids: Jordan 4, Air Max 90 and Vans Old Skool restocked",
        "Agent: Kies nu een nieuwe pincode.\nKlant: Kan dat ook voor 2025?",
        "Agent: You can pick a new PIN at any ATM.\nCustomer: thanks. Room 1204 please",
        "What's the reg? It's a 2 0 1 8 VW Golf, silver.",
        "NI delivery. Coupon we 12 34 56 a not accepted.",
        "Please quote your NI number. Member no. ce 12 34 56 a is mine.",
    ],
)
def test_review113_kept(text: str) -> None:
    assert _redacted(text) == text
