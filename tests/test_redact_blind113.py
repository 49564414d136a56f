"""What the hundred-and-thirteenth blind set showed, each case written anew (not copied): an
alarm's disarm code; a PIN column in a table of fuel cards (its last-four column kept); a code
sent to the old number; a card read out in words as sentences of four; a passcode answered on
the next turn after a few words and "is"; a phone bank's "telefooncode" read out after a false
start; an unlock code sent by text, answered with "right?"; a link's prefixed hex id; a plate
read back spelled after a written answer; an IBAN read out with "then" between its parts.
Kept: a port after a port's word in a text about passwords, a version before its predecessor in
brackets, a version rolled out after a build named on its line, a form's town field. Every
found case fails on 07d5ba1; the kept ones guard the new rules. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Note from the monitoring centre: the caller gave her disarm code 5 1 7 3 "
            "before we could stop her.",
            "Note from the monitoring centre: the caller gave her disarm code "
            "[PASSWORD] before we could stop her.",
        ),
        (
            "Tankkaarten vanaf 1 mei:\n"
            "\n"
            "| Chauffeur | Tankpas (laatste 4) | Pincode |\n"
            "|---|---|---|\n"
            "| Ilse Bakker | 5521 | 3094 |\n"
            "| Tom Kramer | 5522 | 7716 |",
            "Tankkaarten vanaf 1 mei:\n"
            "\n"
            "| Chauffeur | Tankpas (laatste 4) | Pincode |\n"
            "|---|---|---|\n"
            "| [NAME] | 5521 | [PASSWORD] |\n"
            "| [NAME] | 5522 | [PASSWORD] |",
        ),
        (
            "Logregel 22:14 - sms-code naar oude nummer: 6620 ingevoerd",
            "Logregel 22:14 - sms-code naar oude nummer: [OTP] ingevoerd",
        ),
        (
            "Medewerker: Het kaartnummer graag per vier cijfers.\n"
            "Klant: Vijf drie vijf vier. Eén acht nul nul. Zeven zeven één twee. Negen "
            "nul drie nul.",
            "Medewerker: Het kaartnummer graag per vier cijfers.\nKlant: [CARD].",
        ),
        (
            "Agent: What is your telephone banking passcode?\n"
            "Caller: I always mix them up, but the full one is 7 2 0 5 5 1.",
            "Agent: What is your telephone banking passcode?\n"
            "Caller: I always mix them up, but the full one is [PASSWORD].",
        ),
        (
            "Medewerker: Voor de beveiliging vraag ik nog uw telefooncode.\n"
            "Klant: Vier vier... nee sorry, vier zeven twee nul negen.",
            "Medewerker: Voor de beveiliging vraag ik nog uw telefooncode.\n"
            "Klant: Vier vier... nee sorry, [PASSWORD].",
        ),
        (
            "Support: We texted you an unlock code for the e-bike just now.\n"
            "Rider: 4471 right? still locked",
            "Support: We texted you an unlock code for the e-bike just now.\n"
            "Rider: [OTP] right? still locked",
        ),
        (
            "Click to stop these mails: https://mail.padloop.com/u/x_7c2e91ab04fd",
            "Click to stop these mails: https://mail.padloop.com/u/[TOKEN]",
        ),
        (
            "Agent: And the car's registration?\n"
            "Caller: PL-KJ 204.\n"
            "Agent: P L, K J, two zero four. Thanks.",
            "Agent: And the car's registration?\nCaller: [PLATE].\nAgent: [PLATE]. Thanks.",
        ),
        (
            "Agent: Which account should the refund go to?\n"
            "Caller: It starts N L, then eight six, R A B O, zero three one two, eight "
            "seven zero four, five five.",
            "Agent: Which account should the refund go to?\nCaller: It starts [IBAN].",
        ),
    ],
)
def test_blind113_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wachtwoord gereset. Let op: sinds 3.2 is de standaardpoort naar 8443 gegaan.",
            "Wachtwoord gereset. Let op: sinds 3.2 is de standaardpoort naar 8443 gegaan.",
        ),
        (
            "Firmware 5.2.0.8 (was 5.1.9.3) fixed the crash.",
            "Firmware 5.2.0.8 (was 5.1.9.3) fixed the crash.",
        ),
        (
            "De kassa's draaiden op build 10.4.1.9; na de uitrol van 10.4.2.7 werkt betalen weer.",
            "De kassa's draaiden op build 10.4.1.9; na de uitrol van 10.4.2.7 werkt betalen weer.",
        ),
        (
            "Nom: Dupont\nVille: Lyon\nPays: France",
            "Nom: [NAME]\nVille: Lyon\nPays: France",
        ),
    ],
)
def test_blind113_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
