"""Forms the thirty-second blind set showed after it was measured once (the cases here are
written anew, not copied): a date of birth read out with words or quotes between it and its
cue, plates spelled with the spelling alphabet, a door code asked about with "still", Spanish
and Catalan streets ("Carrer", "Avda."), plates in a text about a crash or a breakdown, a
Swedish personnummer with its check in a text that names one, a chat export's speaker lines
("Xiao Wen Chen 14:20"), a sender's name whose first word is also a word, a support agent in
lower case, a client secret with a "~". Look-alikes stay. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'geboortedatum door de klant gegeven als "drie mei negentienvierenzestig" (ok)',
            'geboortedatum door de klant gegeven als "[BIRTH_DATE]" (ok)',
        ),
        (
            "mijn geboortedatum, dat vroeg u net, is negen maart negentienzeventig. Dank u",
            "mijn geboortedatum, dat vroeg u net, is [BIRTH_DATE]. Dank u",
        ),
        (
            "Agent: And the vehicle registration?\nCaller: Delta Kilo one two, Bravo Echo Zulu.",
            "Agent: And the vehicle registration?\nCaller: [PLATE].",
        ),
        ("Is the gate code still 7Q21B?", "Is the gate code still [PASSWORD]?"),
        ("el piso en Carrer de Mallorca 120, 3r 2a", "el piso en [ADDRESS], 3r 2a"),
        (
            "send it to Avda. del Puerto 9, 2ºB, 46021 Valencia please",
            "send it to [ADDRESS], 2ºB, [POSTCODE] Valencia please",
        ),
        (
            "Na de aanrijding reed de bestelwagen met plaat GH-214-KS door.",
            "Na de aanrijding reed de bestelwagen met plaat [PLATE] door.",
        ),
        (
            "Roadside call: Opel Astra plate KR 41920, broke down near Kraków",
            "Roadside call: Opel Astra plate [PLATE], broke down near Kraków",
        ),
        (
            "Zijn persoonsnummer volgt; dat van zijn vrouw Karin is 790314-2386.",
            "Zijn persoonsnummer volgt; dat van zijn vrouw [NAME] is [SSN].",
        ),
        (
            "Oksana Melnyk 09:12\nhallo, de sleutel past niet\nVerhuur (Jet) 09:14\nhoi!\n"
            "Oksana Melnyk 09:15\nok",
            "[NAME] 09:12\nhallo, de sleutel past niet\nVerhuur ([NAME]) 09:14\nhoi!\n"
            "[NAME] 09:15\nok",
        ),
        ("Van: Lieve Peeters <lp@example.be>\nAan: a@b.be", "Van: [NAME] <[EMAIL]>\nAan: [EMAIL]"),
        ("me: hi\nsupport (sanne): hello!\nme: ok", "me: hi\nsupport ([NAME]): hello!\nme: ok"),
        (
            "ze stuurden dit client secret mee: Ab3~kL9pQ.zX2mN7vB_4tR8wY (app)",
            "ze stuurden dit client secret mee: [TOKEN] (app)",
        ),
        (
            "Jasper: en die code die ik nu krijg?\nEline: oh dat is 5530, die komt op mijn mail",
            "[NAME]: en die code die ik nu krijg?\n[NAME]: oh dat is [OTP], die komt op mijn mail",
        ),
        # look-alikes
        (
            "Medewerker: En het huisnummer?\nBeller: Vijfenveertig.",
            "Medewerker: En het huisnummer?\nBeller: Vijfenveertig.",
        ),
        ("we met at Plaza Mayor 3 times last year", "we met at Plaza Mayor 3 times last year"),
        (
            "we stayed at the golf hotel six nights, plate of the day was great",
            "we stayed at the golf hotel six nights, plate of the day was great",
        ),
        ("order 880917-2383 shipped today", "order 880917-2383 shipped today"),
        ("Departure 14:20\nArrival 16:45", "Departure 14:20\nArrival 16:45"),
        (
            "the key is in the drawer: top-left-cabinet-drawer-2",
            "the key is in the drawer: top-left-cabinet-drawer-2",
        ),
    ],
)
def test_blind32_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
