"""Forms the redactor learned from blind29. First the two that broke idempotence when the set
came in: a signature's given name that starts like a reference's cue ("Lotte" after "lot"), and
the placeholder "[POSTCODE]" read as the word postcode. Then other countries' national ID
numbers as [SSN]: checked forms anywhere (a Belgian national number with its dots, a British
National Insurance number, a codice fiscale, a French NIR), any form after its cue, also on the
next turn; not a phone or an order number after a cue's look-alike. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks,\nLotte\n0478 23 61 09", "Thanks,\n[NAME]\n[PHONE]"),
        ("Lot nr: 0478 23 61 09", "Lot nr: 0478 23 61 09"),
        (
            "Nieuw adres: [ADDRESS], [POSTCODE] Zutphen. Jas maat 3000 XL",
            "Nieuw adres: [ADDRESS], [POSTCODE] Zutphen. Jas maat 3000 XL",
        ),
        (
            "[19:05] Lien: en voor mijn broer moet het ook, 01.05.17-222.32",
            "[19:05] [NAME]: en voor mijn broer moet het ook, [SSN]",
        ),
        (
            "the one on the form (JK 73 01 58 D) does not match",
            "the one on the form ([SSN]) does not match",
        ),
        ("Codice fiscale: SPSCHR87D52F839X", "Codice fiscale: [SSN]"),
        (
            "mijn sociale-zekerheidsnummer: 2 91 06 92 384 051 09",
            "mijn sociale-zekerheidsnummer: [SSN]",
        ),
        ("Warszawa, PESEL 88071503415", "Warszawa, PESEL [SSN]"),
        (
            "PESEL genoteerd voor het verzekeringsdossier: 95031418731",
            "PESEL genoteerd voor het verzekeringsdossier: [SSN]",
        ),
        ("My CPR is 150785-1234", "My CPR is [SSN]"),
        ("My henkilötunnus is 150785-235K", "My henkilötunnus is [SSN]"),
        ("Mijn Spaanse DNI is 48392017V", "Mijn Spaanse DNI is [SSN]"),
        ("DOB 22/07/1990, PPSN 7391046WA", "DOB [BIRTH_DATE], PPSN [SSN]"),
        (
            "Agent: And your birth number, the eleven digits?\nCaller: 090283 41256",
            "Agent: And your birth number, the eleven digits?\nCaller: [SSN]",
        ),
        (
            "national number I rather not send by email, call me on 0476 55 21 09",
            "national number I rather not send by email, call me on [PHONE]",
        ),
        ("pakket nie bezorgd!! ordernr 55120943", "pakket nie bezorgd!! ordernr 55120943"),
        (
            "rijksregister niet opgegeven. Tel 0495 11 22 33",
            "rijksregister niet opgegeven. Tel [PHONE]",
        ),
    ],
)
def test_blind29_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
