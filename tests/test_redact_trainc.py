"""Forms the third training set (``*_trainc``: two more writers who never saw the redactor,
asked for many phrasings of plates, postcodes, national IDs and secrets) showed when the
redactor first ran on it (the cases here are written anew, not copied): other countries'
names for a national ID number (kennitala, CNP, AMKA, isikukood, Aadhaar, NIN, TFN, SIN,
CPF, TC kimlik, CIN, rodné číslo, EGN, a social insurance number in English, a DNI or an NI
number in lower case), a plate a few words after its cue or after the car ("the plate on it
is 1-xkb-482", "my old van is R482 KTX", "reg. no. EL 48213"), a postcode after an address
on the next line after a box, or closing the sentence.
Look-alikes stay: a booking or a flight near a car, an error on a car park's terminal, a
call's ID, a code on an appliance's plate, an amount after an address. Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please update my file, kennitala 250291-3389.",
            "Please update my file, kennitala [SSN].",
        ),
        (
            "Date de contact, CNP 1900412223344, mulțumesc.",
            "Date de contact, CNP [SSN], mulțumesc.",
        ),
        ("My AMKA is 12039104412 for the insurer.", "My AMKA is [SSN] for the insurer."),
        ("Isikukood 39105120231, palun kontrollige.", "Isikukood [SSN], palun kontrollige."),
        ("For KYC: Aadhaar 2231 8840 1196.", "For KYC: Aadhaar [SSN]."),
        ("Hello, my NIN is 7721 093 4415, thanks", "Hello, my NIN is [SSN], thanks"),
        ("Invoice needs my TFN: 221 490 118.", "Invoice needs my TFN: [SSN]."),
        ("Mijn SIN is 046 454 286 voor de payroll.", "Mijn SIN is [SSN] voor de payroll."),
        ("Nota fiscal com CPF 221.774.390-12 por favor", "Nota fiscal com CPF [SSN] por favor"),
        ("TC kimlik no 10293847561 opgegeven.", "TC kimlik no [SSN] opgegeven."),
        ("Mon CIN est BK772041, merci.", "Mon CIN est [SSN], merci."),
        ("Rodné číslo: 905612/4433 ter controle.", "Rodné číslo: [SSN] ter controle."),
        ("EGN 9104127790, graag nakijken.", "EGN [SSN], graag nakijken."),
        ("Social insurance no. 3318 120490, Vienna.", "Social insurance no. [SSN], Vienna."),
        ("sorry my dni is 73104852Q right", "sorry my dni is [SSN] right"),
        ("NI number: qq123456b thanks", "NI number: [SSN] thanks"),
        (
            "got a fine but the plate on it is 2-pkt-771 and that is not my car",
            "got a fine but the plate on it is [PLATE] and that is not my car",
        ),
        (
            "Kenteken doorgegeven als ZX 7720B, klopt dat?",
            "Kenteken doorgegeven als [PLATE], klopt dat?",
        ),
        ("hi, my old van is K771 PLR and it failed", "hi, my old van is [PLATE] and it failed"),
        ("The car is a Kia Ceed, reg. no. KT 22917.", "The car is a Kia Ceed, reg. no. [PLATE]."),
        ("rego for the ute is DKP42Z mate", "rego for the ute is [PLATE] mate"),
        ("My car in Kraków is KR 771PT now.", "My car in Kraków is [PLATE] now."),
        (  # the box goes with its street, as every writer of the corpus marks it (blind54)
            "Deliver to:\nRue Haute 12 bte 4\n1000 Bruxelles",
            "Deliver to:\n[ADDRESS]\n[POSTCODE] Bruxelles",
        ),
        (
            "Está en Calle de Alcalá 40, 2º derecha, 28014.",
            "Está en [ADDRESS], 2º derecha, [POSTCODE].",
        ),
        # found by the redact-twice check: "PLATE" in a placeholder is no plate's cue
        (
            "My lease car (XR-512-K, Peugeot 308 SW) was hit in the car park.",
            "My lease car ([PLATE], Peugeot 308 SW) was hit in the car park.",
        ),
        # look-alikes
        (
            "Picking up the car tomorrow (booking KX-48213, Opel Corsa).",
            "Picking up the car tomorrow (booking KX-48213, Opel Corsa).",
        ),
        (
            "The rental car was waiting after flight KL1234 landed.",
            "The rental car was waiting after flight KL1234 landed.",
        ),
        (
            'The car park machine showed error "PAY-07" so I could not pay.',
            'The car park machine showed error "PAY-07" so I could not pay.',
        ),
        ("[Auto-transcript, Call ID 4410-BX]", "[Auto-transcript, Call ID 4410-BX]"),
        (
            "the dryer shows F-05 and the code on its plate is 4471-KD.",
            "the dryer shows F-05 and the code on its plate is 4471-KD.",
        ),
        (
            "Huur voor Kerkstraat 14, 2500 per maand, is te hoog.",
            "Huur voor [ADDRESS], 2500 per maand, is te hoog.",
        ),
    ],
)
def test_trainc_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
