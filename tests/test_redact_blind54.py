"""Forms the fifty-fourth blind set showed, studied after it was measured and before the
fifty-fifth was (the cases here are written anew, not copied): a North American mobile in
spaced groups answering a question, French and Belgian streets with the type in lower case,
a Dublin district before the Eircode, a Swedish flat's number, a Portuguese date of birth, a
German mobile after "in case", a PIN with a note in brackets, a given name in lower case after
a role, a label after a sentence on the same line, the German "Fr." (Frau); and what is no
one's personal data: a vitamin's units, a flat's number, an item's code, a link or a score
after a password's cue, a meeting room named after a painter, a wholesaler, opening days.
Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: And your mobile number?\n14:20 Customer: 416 555 0187\n14:21 Agent: thanks",
            "Agent: And your mobile number?\n14:20 Customer: [PHONE]\n14:21 Agent: thanks",
        ),
        (
            "Please send it to the office, 8 cours Lafayette, 69003 Lyon.",
            "Please send it to the office, [ADDRESS], [POSTCODE] Lyon.",
        ),
        (
            "Klant: rue Royale 220 bte 4, 1000 Bruxelles",
            "Klant: [ADDRESS], [POSTCODE] Bruxelles",
        ),
        (
            "Post it to 7 Ard Mhuire, Terenure, Dublin 6W, D6W Y2K8 please.",
            "Post it to [ADDRESS], Terenure, Dublin 6W, [POSTCODE] please.",
        ),
        (
            "Ny adress: Hornsgatan 12 lgh 1204, 118 20 Stockholm",
            "Ny adress: [ADDRESS], [POSTCODE] Stockholm",
        ),
        (
            "I'm Rui Tavares, date of birth 14 de outubro de 1983.",
            "I'm [NAME], date of birth [BIRTH_DATE].",
        ),
        (
            "Montage erledigt. Meine Nummer in case: 0151 2290417",
            "Montage erledigt. Meine Nummer in case: [PHONE]",
        ),
        (
            "Pincode fietsenstalling (zelf gekozen, 4 cijfers): 6182\nBetaling: per factuur",
            "Pincode fietsenstalling (zelf gekozen, 4 cijfers): [PASSWORD]\nBetaling: per factuur",
        ),
        (
            "customer: hello\nagent (jess): hi, how can I help?",
            "customer: hello\nagent ([NAME]): hi, how can I help?",
        ),
        (
            "Factuur volgt binnen 14 dagen. Contactpersoon: Frank Hoogeveen.",
            "Factuur volgt binnen 14 dagen. Contactpersoon: [NAME].",
        ),
        (
            "Rückruf erbeten - Fr. Brandstätter wegen Kündigung",
            "Rückruf erbeten - Fr. [NAME] wegen Kündigung",
        ),
        # seen when blind55 was redacted twice: a cue's reach past a number taken before it,
        # the same on the first pass as on the second (which reads the placeholder instead)
        ("Móvil: 612 48 93 07 / oficina 963 41 22 80", "Móvil: [PHONE] / oficina [PHONE]"),
        # guard: a placeholder's "PHONE" is no phone word (the second number is a phone by its
        # shape beside the first since the round on blind58, on both passes alike)
        ("Best # 415-555-0199, alt 415 555 0142 (wife)", "Best # [PHONE], alt [PHONE] (wife)"),
        # guard: a card's security code after a text message stays a CVV
        (
            "I got a text, typed my card in, and the security number 481.",
            "I got a text, typed my card in, and the security number [CVV].",
        ),
    ],
)
def test_blind54_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bottle says 2000 IU per capsule, 60 capsules.",
        "Can you reserve it for me, item code 551-208?",
        "Zaal Rembrandt is vrij vanaf 14:00.",
        "Geöffnet Mo.-Fr. 8-17 Uhr.",
        # guards: a flat's number, a score after a password's cue, wholesalers
        "Bin not collected at the back of Flat 3F2 again.",
        "Het wifi-wachtwoord staat op de kaart. Verblijf 9/10.",
        "Levering door Bidfood Groothandel. Afzender: Sligro Groothandel.",
    ],
)
def test_blind54_kept(text: str) -> None:
    assert _redacted(text) == text
