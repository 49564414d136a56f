"""Forms the redactor learned from blind29. First the two that broke idempotence when the set
came in: a signature's given name that starts like a reference's cue ("Lotte" after "lot"), and
the placeholder "[POSTCODE]" read as the word postcode. Then other countries' national ID
numbers as [SSN]: checked forms anywhere (a Belgian national number with its dots, a British
National Insurance number, a codice fiscale, a French NIR), any form after its cue, also on the
next turn; not a phone or an order number after a cue's look-alike. Each case also checks that
redacting twice adds nothing. Then names: a chat speaker who speaks twice in lower case
("jayden:") or with a given name no list holds before a known surname ("Wei Zhang:"), someone
named by their role ("The neighbour's name is ..."), a full name answering "full name?" with a
surname that is a word ("Jansen-de Groot") after a timed speaker label, initials in a name in
capitals after a label ("ROBERT J. VAN ECK"); an Irish plate after "reg"; look-alikes: a firm
and its town speaking ("PowerBox Valencia:"), the Garda, Louis Vuitton."""

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
        ("Rentenversicherungsnummer: 65 170839 J 003 ok", "Rentenversicherungsnummer: [SSN] ok"),
        (
            "My personnummer is 19880715-3412 if you need it",
            "My personnummer is [SSN] if you need it",
        ),
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
        (
            "Emma (Vodafone): Hallo!\njayden: sim kapot\nEmma (Vodafone): ok?\njayden: ja",
            "[NAME] (Vodafone): Hallo!\n[NAME]: sim kapot\n[NAME] (Vodafone): ok?\n[NAME]: ja",
        ),
        (
            "[11:20] Wei Zhang: hi our dashboard\n[11:21] Support: Hi\n[11:22] Wei Zhang: oops",
            "[11:20] [NAME]: hi our dashboard\n[11:21] Support: Hi\n[11:22] [NAME]: oops",
        ),
        (
            "PowerBox Valencia: hola\nCustomer: hi\nPowerBox Valencia: ok",
            "PowerBox Valencia: hola\nCustomer: hi\nPowerBox Valencia: ok",
        ),
        ("The neighbour's name is Gennaro Russo, he has", "The neighbour's name is [NAME], he has"),
        ("The app's name is FitTrack", "The app's name is FitTrack"),
        (
            "[19/10, 21:06] Service: Can you give your full name please?\n"
            "[19/10, 21:09] Klant: Wilhelmina Jansen-de Groot, contract 55-10483.",
            "[19/10, 21:06] Service: Can you give your full name please?\n"
            "[19/10, 21:09] Klant: [NAME], contract 55-10483.",
        ),
        ("Naam op kaart: ROBERT J. VAN ECK", "Naam op kaart: [NAME]"),
        (
            "Caller says reg 191-D-48213 was stolen, Garda PULSE ref given.",
            "Caller says reg [PLATE] was stolen, Garda PULSE ref given.",
        ),
        ("my Louis Vuitton bag", "my Louis Vuitton bag"),
    ],
)
def test_blind29_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
