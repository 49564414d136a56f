"""Forms the fifty-eighth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a Finnish identity code read out with its dash said, a CVV given
with the question about it, a key safe's code, a second phone in the first one's shape, a
postcode in a table's postcode column, a person before the firm in a label's brackets, a
speaker with the time and a dash, a grandmother saved with a heart after her name; and what
is no one's personal data: a span of days before opening hours, a
word that opens a chat line's message, a closing word, brands' lines, a form's "D.O.B." label,
a salon's name. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Finnish identity code read out, its dash said as a word: one value, so a second
        # pass finds no code in its tail
        (
            "Agent: Could you tell me your personal identity code?\nCaller: One two zero four"
            " eight one, dash, three three nine five.\nAgent: Thanks.",
            "Agent: Could you tell me your personal identity code?\nCaller: [SSN].\nAgent: Thanks.",
        ),
        (
            "Medewerker: En de borg staat op uw Amex 3782 822463 10005?\nKlant: ja, gültig bis"
            " 09/27. moet ik de code nog geven? 4418",
            "Medewerker: En de borg staat op uw Amex [CARD]?\nKlant: ja, gültig bis [EXPIRY]."
            " moet ik de code nog geven? [CVV]",
        ),
        (
            "OCR scan\nNAME: PIETER DE BOER\nD.O.B.: 02 / 11 / 1979",
            "OCR scan\nNAME: [NAME]\nD.O.B.: [BIRTH_DATE]",
        ),
        (
            "Uw fiets staat klaar. De sleutel hangt in de sleutelkluis naast de deur, ophaalcode"
            " 3927.",
            "Uw fiets staat klaar. De sleutel hangt in de sleutelkluis naast de deur, ophaalcode"
            " [PASSWORD].",
        ),
        (
            "[09:40] Customer: 416-555-0182, and my wife's line is 416 555 0199",
            "[09:40] Customer: [PHONE], and my wife's line is [PHONE]",
        ),
        (
            "klant_id;naam;straat;postcode;plaats\n88;Els Claes;Kortrijksesteenweg 88;9000;Gent",
            "klant_id;naam;straat;postcode;plaats\n88;[NAME];[ADDRESS];[POSTCODE];Gent",
        ),
        (
            "Customer: I need a copy of my annual statement\nAgent (Fleur, Pensioenfonds): Good"
            " afternoon!",
            "Customer: I need a copy of my annual statement\nAgent ([NAME], Pensioenfonds): Good"
            " afternoon!",
        ),
        (
            "Roos (Ziggo) 10:02 - Hoi! Waarmee kan ik helpen?\nTom Bakker 10:03 - mijn modem"
            " knippert\nRoos (Ziggo) 10:04 - Dan zet ik een reset klaar.",
            "[NAME] (Ziggo) 10:02 - Hoi! Waarmee kan ik helpen?\n[NAME] 10:03 - mijn modem"
            " knippert\n[NAME] (Ziggo) 10:04 - Dan zet ik een reset klaar.",
        ),
        # a grandmother saved with a heart in the chat's contacts
        (
            "Nonna Nella 💕: the bank sent me a message\nMarco: don't click it!\nNonna Nella 💕:"
            " ok",
            "Nonna [NAME] 💕: the bank sent me a message\n[NAME]: don't click it!\nNonna [NAME] 💕:"
            " ok",
        ),
    ],
)
def test_blind58_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Garage: uw auto met kenteken staat klaar. Openingstijden ma-vr 8:00-17:30.",
        "Thanks for sorting the refund so fast.\n\nGreetings",
        "I bought the Per Una skirt in a 14 and the Emma Original mattress.",
        "Nike Air Max in maat 42, bestelling 55120.",
        "WhatsApp - Kapsalon Saloon Yasmin\nKlant: kan ik zaterdag komen?",
        # guard: a pizzeria named after a grandmother speaking
        "[19:31] Pizzeria Da Nonna: Ciao! Two margheritas, ready at 20:00.",
    ],
)
def test_blind58_kept(text: str) -> None:
    assert _redacted(text) == text
