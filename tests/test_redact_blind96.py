"""What the ninety-sixth blind set showed, studied after it was measured (the cases here are
written anew, not copied). Missed: a card's expiry after its format in brackets ("Geldig t/m
(MM/JJ): 0729"); a security code typed onto its cue ("cvc480"); a given name kept as a city
speaking in a chat ("[21:30] Milan:"); a Swedish car's plate ("Din bil KLM 48B"); a passphrase
after "new one is"; a temporary password sent by text to a number, after a colon. Taken
though no one's: a build's job number ("Job #88213"); a build cache's key; a chat bot's name
("Fietsbot"); a floor lamp, a pet food and a charger named like people; a receipt's "PIN ****
7781" with its terminal and transaction; a car's model after its make ("Peugeot 308 SW"); a
pickup code's day of validity ("Geldig t/m 04-04"). Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kaartnummer: 4024-0071-5938-2646 | Geldig t/m (MM/JJ): 0828 | Opmerking: graag snel",
            "Kaartnummer: [CARD] | Geldig t/m (MM/JJ): [EXPIRY] | Opmerking: graag snel",
        ),
        (
            "mijn creditcard is ingeslikt, exp.11-28 cvc517. graag blokkeren",
            "mijn creditcard is ingeslikt, exp.[EXPIRY] cvc[CVV]. graag blokkeren",
        ),
        (
            "[19:02] Milan: ik kan niet meer inloggen\n[19:03] Agent: wat is uw e-mail?\n"
            "[19:04] Milan: het oude adres",
            "[19:02] [NAME]: ik kan niet meer inloggen\n[19:03] Agent: wat is uw e-mail?\n"
            "[19:04] [NAME]: het oude adres",
        ),
        ("Hej! Din bil RTX 71K är klar att hämta.", "Hej! Din bil [PLATE] är klar att hämta."),
        (
            "[20:18] Agent: pick a new password, like a sentence.\n"
            "[20:19] Karim: done, new one is groene-appels-zijn-zuur ok",
            "[20:18] Agent: pick a new password, like a sentence.\n"
            "[20:19] [NAME]: done, new one is [PASSWORD] ok",
        ),
        (
            "Tijdelijk wachtwoord via sms naar 06 4412 8830: Vrl-8kQz-5521 (wijzigen bij login)",
            "Tijdelijk wachtwoord via sms naar [PHONE]: [PASSWORD] (wijzigen bij login)",
        ),
        (
            "Auto: Peugeot 308 SW, kenteken XV-917-L",
            "Auto: Peugeot 308 SW, kenteken [PLATE]",
        ),
        (
            "Ophaalcode: 5821-09. Geldig t/m 04-04.",
            "Ophaalcode: [OTP]. Geldig t/m 04-04.",
        ),
    ],
)
def test_blind96_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[ci-runner-3] Job #44120 failed on stage test.",
        "Artifact cache key: win-node18-3fa9c01d7e (hit rate 64%).",
        "[09:01] Bot: Hi! I'm Fietsbot 🤖. Waar kan ik mee helpen?",
        '• Rug "Via Appia" 160 × 230, wool – €329\n• Floor lamp "Casa Verde" brass – €189',
        "Per ongeluk 12 zakken Royal Canin Sterilised besteld.",
        "Alfen Eve Single Pro-line 11 kW",
        "Totaal 9,97\nPIN  **** 5521\nTerminal 60031187\nTrans. 204418",
    ],
)
def test_blind96_kept(text: str) -> None:
    assert _redacted(text) == text
