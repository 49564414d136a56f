"""Forms the thirty-eighth blind set showed after it was measured once (the cases here are
written anew, not copied): a BSN answered on the chat turn after it is asked for when the
turn carries a time, a value given as right beside the wrong one ("X, not Y"), a plate
answered and then corrected on the same turn and named again later, a key typed in groups
of four, a card's expiry read back as month and year in words, "hr." as a title, a
consultant or a firm's letters before a speaker's name, a spelled name in lower case, a
given name that is also a town signing the text, Turkish given names. Look-alikes stay: a
card's last digits, a transaction date in a card form, a form's field naming another number,
a body's letters as a speaker, a firm before its legal form, a chain named after a person.
Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[14:10] Agent Joris: Wat is het BSN van uw zoon?\n[14:11] Klant: 111222333",
            "[14:10] Agent [NAME]: Wat is het BSN van uw zoon?\n[14:11] Klant: [BSN]",
        ),
        (
            "The number on file should be 93.11.02-147.77, not 93.11.02-147.71 as printed.",
            "The number on file should be [SSN], not [SSN] as printed.",
        ),
        (
            "Support: What's the reg of the van?\nClient: KPT 719? sorry, that one is sold. "
            "rental one is BRX 22L\nSupport: Noted, BRX 22L goes on the form.",
            "Support: What's the reg of the van?\nClient: [PLATE]? sorry, that one is sold. "
            "rental one is [PLATE]\nSupport: Noted, [PLATE] goes on the form.",
        ),
        (
            "Use this secret key in the app: P4XW 7TQM R2ZD 9KLB",
            "Use this secret key in the app: [TOKEN]",
        ),
        (
            "Agent: The expiry?\nCaller: oh three twenty-nine\nAgent: March twenty-nine. And "
            "the code on the back?",
            "Agent: The expiry?\nCaller: [EXPIRY]\nAgent: [EXPIRY]. And the code on the back?",
        ),
        ("Graag terugbellen naar hr. Wolterbeek.", "Graag terugbellen naar hr. [NAME]."),
        (
            "Consulent (Joke): Hoi! Wat kan ik voor je doen?",
            "Consulent ([NAME]): Hoi! Wat kan ik voor je doen?",
        ),
        (
            "SVB – Fleur: Goedemiddag, waarmee kan ik helpen?",
            "SVB – [NAME]: Goedemiddag, waarmee kan ik helpen?",
        ),
        (
            "Klant: Mijn achternaam is Terpstra. Met een p, t-e-r-p-s-t-r-a.",
            "Klant: Mijn achternaam is [NAME]. Met een p, [NAME].",
        ),
        (
            "De deur klemt nog steeds. Groeten, Florence (Vondelstraat 12)",
            "De deur klemt nog steeds. Groeten, [NAME] ([ADDRESS])",
        ),
        (
            "Bel me op 06-12345678 als het klaar is, Tuğba Kaya.",
            "Bel me op [PHONE] als het klaar is, [NAME].",
        ),
        # look-alikes
        (
            "Account locked after the password reset, card ending 4417 is blocked too.",
            "Account locked after the password reset, card ending 4417 is blocked too.",
        ),
        (
            "Card number: 4111 1111 1111 1111\nExpiry: 08/27\nPaid: €19.99 on 23/04",
            "Card number: [CARD]\nExpiry: [EXPIRY]\nPaid: €19.99 on 23/04",
        ),
        ("Aanslagnummer: 0188.3321.4410", "Aanslagnummer: 0188.3321.4410"),
        ("Agent (HMRC): Which tax year is it about?", "Agent (HMRC): Which tax year is it about?"),
        (
            "Rent goes to Fastighets AB Norrsken every month.",
            "Rent goes to Fastighets AB Norrsken every month.",
        ),
        ("Tim Hortons coffee is better than this.", "Tim Hortons coffee is better than this."),
    ],
)
def test_blind38_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
