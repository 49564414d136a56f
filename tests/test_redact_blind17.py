"""Forms the redactor learned from the misses on blind17 (measured first, then studied): a
one-time code in two groups after "security code", code pairs and 2-digit groups, CVCs
answered with "dat is", word passwords "set to" a value, a network's name next to its
password, plates a photo "reads", lower-case flats in named buildings, a flat and street read
out with the postcode spelled after the town, children's dates after "°", French and Spanish
form labels, names in capitals after a name label, chat lines of a name and a time, and the
look-alikes that came with them (ticket ids after "PW", amounts, VAT numbers, SIM numbers,
a town before its state and ZIP, a tyre's load index before a word). Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your Northbank security code is 418 207. It expires in 10 minutes.",
            "Your Northbank security code is [OTP]. It expires in 10 minutes.",
        ),
        ("Code from the e-mail: 62 04 91 37. Parcel", "Code from the e-mail: [OTP]. Parcel"),
        ("ze vraagt om de cvc, dat is 835 toch?", "ze vraagt om de cvc, dat is [CVV] toch?"),
        (
            'Asked for a password for home visits, set to "kingfisher". Bills',
            'Asked for a password for home visits, set to "[PASSWORD]". Bills',
        ),
        (
            'Wifi: netwerk "Duinpad22", ww strandstoel91. Welkom!',
            'Wifi: netwerk "Duinpad22", ww [PASSWORD]. Welkom!',
        ),
        (
            "The plate in the camera still reads 7RTA183, not mine.",
            "The plate in the camera still reads [PLATE], not mine.",
        ),
        (
            "its flat 4 mill court, 12 canal street paisley pa1 1ab. door",
            "its [ADDRESS] paisley [POSTCODE]. door",
        ),
        (
            "CALLER: it's flat three forty one Ashgrove Road Bradford B D nine four E X\n",
            "CALLER: it's [ADDRESS] Bradford [POSTCODE]\n",
        ),
        (
            "at Rue Haute 12, 1000 Brussel. The meter number is 07K-339120. Index",
            "at [ADDRESS], [POSTCODE] Brussel. The meter number is 07K-339120. Index",
        ),
        ("Onze dochter Fien (°04/09/2014) begint", "Onze dochter [NAME] (°[BIRTH_DATE]) begint"),
        ("Nom: Lefèvre\nPrénom: Chloé\n", "Nom: [NAME]\nPrénom: [NAME]\n"),
        ("huisarts: dokter Yilmaz, Deventer", "huisarts: dokter [NAME], Deventer"),
        ("de Dokter Wagemaker vaart dan", "de Dokter Wagemaker vaart dan"),
        ("Name on card: JOANA PEREIRA SILVA\n", "Name on card: [NAME]\n"),
        (
            "Marzena 09:02\nhi, my iban is wrong\n\nMarzena 09:03\nsorry",
            "[NAME] 09:02\nhi, my iban is wrong\n\n[NAME] 09:03\nsorry",
        ),
        ("Support 09:05\nhello", "Support 09:05\nhello"),
        ("Klant: Hendrik Oude Wesselink\n", "Klant: [NAME]\n"),
        ("Met vriendelijke groeten,\nKlantendienst", "Met vriendelijke groeten,\nKlantendienst"),
        ("afgegeven bij de buren op Wolfskuil 38.", "afgegeven bij de buren op [ADDRESS]."),
        ("- Fixed: export crash (PW-5120)\n", "- Fixed: export crash (PW-5120)\n"),
        (
            "failed password for root\n\nTotal: 9,114 attempts",
            "failed password for root\n\nTotal: 9,114 attempts",
        ),
        (
            "SMS: Code 551-204 voor een overboeking van EUR 2.480,00 naar",
            "SMS: Code [OTP] voor een overboeking van EUR 2.480,00 naar",
        ),
        (
            "Uw ophaalcode: 662 0913. Geldig t/m 21-04. Deel",
            "Uw ophaalcode: [OTP]. Geldig t/m 21-04. Deel",
        ),
        (
            "SIM (ICCID) 8931 0440 0077 2211 456. Overzetting",
            "SIM (ICCID) 8931 0440 0077 2211 456. Overzetting",
        ),
        ("Adviesbureau BV, btw BE 0745.118.302.", "Adviesbureau BV, btw BE 0745.118.302."),
        (
            "4x Primacy 4 205/55 R16 91V. Kosten incl. opslag",
            "4x Primacy 4 205/55 R16 91V. Kosten incl. opslag",
        ),
        (
            "Mailing address: 12 Pine St, Apt 2, Austin, TX 78701",
            "Mailing address: [ADDRESS], Austin, TX [POSTCODE]",
        ),
        ("Dr. Martens boots £119", "Dr. Martens boots £119"),
    ],
)
def test_blind17_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
