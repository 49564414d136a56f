"""The review of the blind108 draft (261 probes by a helper writing its own texts), each case
written anew. The draft hid less in the first seven: a learned-step guard for "error" and
"fout" reached values after "fout," and "Fehler:", a plate answered to "kenteken en
klantnummer?" or "Wat is het kenteken? En uw ordernummer?" was dropped, a Dutch postcode in a
text about a router was taken for a Wi-Fi class, and a village's name kept a woman's name. The
draft took the next six that are no one's: an answer to "Name the store", a bakery "op naam
van", "Gold Member", "Onbekend" after a dotted leader, "Last name Field", a subscription
"expiring 12/2025". Those pass on 3495daf too: they guard what the draft got wrong. The last two
fail on 3495daf: a house number after "Adresse:" on the date of birth's line, and an
authenticator key whose first group an earlier rule left. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De eerste code was fout, 839201 werkte wel bij het inloggen.",
            "De eerste code was fout, [OTP] werkte wel bij het inloggen.",
        ),
        (
            "Mijn wachtwoord was fout, Zomer2024! werkt ook niet meer.",
            "Mijn wachtwoord was fout, [PASSWORD] werkt ook niet meer.",
        ),
        (
            "Fehler: 12.03.1985 als Geburtsdatum wird nicht akzeptiert.",
            "Fehler: [BIRTH_DATE] als Geburtsdatum wird nicht akzeptiert.",
        ),
        (
            "Wat is uw kenteken en klantnummer?\nKlant: HG 4521",
            "Wat is uw kenteken en klantnummer?\nKlant: [PLATE]",
        ),
        (
            "Monteur: Wat is het kenteken? En uw ordernummer?\nKlant: JRK 482",
            "Monteur: Wat is het kenteken? En uw ordernummer?\nKlant: [PLATE]",
        ),
        (
            "My wifi router is dead. Please send the replacement to 2611 AX Delft, house 7.",
            "My wifi router is dead. Please send the replacement to [POSTCODE] Delft, house 7.",
        ),
        ("Mijn naam is Anna Paulowna de Vries.", "Mijn naam is [NAME]."),
        (
            "Geburtsdatum: 15.03.1985, Adresse: Neubaugasse 64/2/11, 1070 Wien",
            "Geburtsdatum: [BIRTH_DATE], Adresse: [ADDRESS], [POSTCODE] Wien",
        ),
        (
            "Manual entry key: JBSW Y3DP EHPK 3PXP EHPK 3PXP",
            "Manual entry key: [TOKEN]",
        ),
    ],
)
def test_review109_redacted(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Agent: Thanks. Name the store where you bought it?\nCustomer: Media Markt",
        "Medewerker: Dank u. Op naam van?\nKlant: Bakkerij De Korenschoof",
        "Agent: Sure. Name and membership type?\nCustomer: Gold Member",
        "Naam ........... Onbekend",
        "Thanks. Last name Field keeps showing an error on your checkout page.",
        "My Netflix subscription is expiring 12/2025, can I pay with iDEAL?",
        "In Flask I do user = g.user and then login = s.king but it errors.",
    ],
)
def test_review109_kept(text: str) -> None:
    assert _redacted(text) == text
