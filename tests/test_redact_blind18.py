"""Forms the redactor learned from the misses on blind18 (measured first, then studied):
mobiles without a leading 0 after a phone cue, Welsh streets after "at", lower-case British
postcodes after their cue, Belgian postcodes after "uit", a date of birth answered after a
chat's time, IBANs read out with the country apart, German customer passwords, webhook
secrets, chat labels of a person and a firm, surnames that end like a street after
initials; and the look-alikes that came with them (a share, a web address, a meter number,
form labels, an adjective after "it's", "met inbegrip van"). Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my name Lucía Ortega, tel 622 31 80 45. gracias", "my name [NAME], tel [PHONE]. gracias"),
        ("Zofia Nowak, tel. 601 228 947", "[NAME], tel. [PHONE]"),
        (
            "Tenant Mr Rhys Morgan at 9 Heol y Nant, Caerphilly CF83 1AB reports damp",
            "Tenant Mr [NAME] at [ADDRESS], Caerphilly [POSTCODE] reports damp",
        ),
        ("dob 2 3 1999 postcode g12 8qq. ring me", "dob [BIRTH_DATE] postcode [POSTCODE]. ring me"),
        ("ik ben Jens uit 9000 Gent, geboren", "ik ben [NAME] uit [POSTCODE] Gent, geboren"),
        (
            "Eva: wat is je geboortedatum?\n10:12 Klant: 04081985\n",
            "[NAME]: wat is je geboortedatum?\n10:12 Klant: [BIRTH_DATE]\n",
        ),
        ("IBAN (voorgelezen): NL 20 INGB 0001 2345 67\n", "IBAN (voorgelezen): [IBAN]\n"),
        ("we go to NL 20 times a year", "we go to NL 20 times a year"),
        (
            'mein Kundenkennwort ist "Zugspitze1962", danke',
            'mein Kundenkennwort ist "[PASSWORD]", danke',
        ),
        ('const secret = "whsec_Pq4Lz8Rt2Vn6Xc1Bm9Kd";', 'const secret = "[TOKEN]";'),
        (
            "10:02 Noor | Duinzicht Wonen: Wat is uw postcode?",
            "10:02 [NAME] | Duinzicht Wonen: Wat is uw postcode?",
        ),
        ("Behandeld door R. Kerkhof, team Schade", "Behandeld door [NAME], team Schade"),
        ("kom langs op de Kerkhof 12", "kom langs op de [ADDRESS]"),
        (
            "wrong password but I'm 100% sure it's Meadow_77\n",
            "wrong password but I'm 100% sure it's [PASSWORD]\n",
        ),
        (
            "wachtwoord was een nepsite (inloggen-bank24.com). Wat",
            "wachtwoord was een nepsite (inloggen-bank24.com). Wat",
        ),
        ("My MPRN is 10 004 511 882 and the", "My MPRN is 10 004 511 882 and the"),
        (
            "Job number: JB-7720931\nPrice: £89.00 incl. VAT",
            "Job number: JB-7720931\nPrice: £89.00 incl. VAT",
        ),
        ("Rolled back and it's stable again.", "Rolled back and it's stable again."),
        ("hi its jola from 12b", "hi its [NAME] from 12b"),
        ("heel fijn, met inbegrip van ontbijt", "heel fijn, met inbegrip van ontbijt"),
        (
            "Customer password (Kundenkennwort): Amsel42\nContact: 030 2841 7790\n",
            "Customer password (Kundenkennwort): [PASSWORD]\nContact: [PHONE]\n",
        ),
    ],
)
def test_blind18_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
