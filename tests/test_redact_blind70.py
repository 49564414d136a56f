"""Forms the seventieth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a street repeated in lower case, a phone corrected without its
country code and read back, a plate repeated without its dashes, a password typed in a hurry
and a second try, an airline's date of birth and passengers with particles, an IPv6 address
with a port, a device fingerprint, a digipass response code, a Dutch 097 number, a Belgian
box, a street with "-Oost", an itsme PIN, a payroll export by column, an ID that starts with
its holder's date of birth, a card with its expiry and CVV between dashes, a room safe's code;
and what is no one's personal data: a restaurant, a health centre, a hotel and a street named
after people, a supply point's code, a table's room numbers, a count with a plus, a version
after an arrow and in a file's name, a reservation's dates, a car park's bay,
an article's code, a card's masked digits, a model named twice, a flight number, a SIM's
ICCID. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Landlord: It's Via Garibaldi 14, right?\nTenant: yes via garibaldi 14 int 2",
            "Landlord: It's [ADDRESS], right?\nTenant: yes [ADDRESS] int 2",
        ),
        (
            "CALLER: Plus three one, six one two, three four, five six seven... sorry, no, six one"
            " two, three four, five six eight.\nAGENT: Six one two, three four, five six eight.",
            "CALLER: [PHONE]... sorry, no, [PHONE].\nAGENT: [PHONE].",
        ),
        (
            "Customer: the van is 7-VKS-21\nBot: Booked for 7VKS21 on Monday.",
            "Customer: the van is [PLATE]\nBot: Booked for [PLATE] on Monday.",
        ),
        (
            "tried my paswrd rosehip_9 and also Rosehip9, neither works",
            "tried my paswrd [PASSWORD] and also [PASSWORD], neither works",
        ),
        (
            "Passengers:\n1. VAN DAM/LOTTE MS\n2. VAN DAM/NOAH CHD (date of birth 03MAR2017)",
            "Passengers:\n1. [NAME] MS\n2. [NAME] CHD (date of birth [BIRTH_DATE])",
        ),
        (
            "ovpn: k.meyer@example.de/2a02:8108:1c40:7a00:5d1e:3c2:ff10:9b2:51544 AUTH_FAILED",
            "ovpn: [EMAIL]/[IP]:51544 AUTH_FAILED",
        ),
        ("- Browser fingerprint fp_a91c04e7b3d25f68", "- Browser fingerprint [TOKEN]"),
        (  # guard: the learned step took the blind set's
            "Klant las de responscode van de digipass voor: 40917735.",
            "Klant las de responscode van de digipass voor: [OTP].",
        ),
        ("Bericht van +3197010557321 ontvangen.", "Bericht van [PHONE] ontvangen."),
        (
            "Storing op de Ijzerenleen 17 bus 3 sinds vanochtend.",
            "Storing op de [ADDRESS] sinds vanochtend.",
        ),
        (
            "Ik woon sinds mei in Amersfoort (Stationsweg-Oost 212, 3811 AB).",
            "Ik woon sinds mei in Amersfoort ([ADDRESS], [POSTCODE]).",
        ),
        (
            "| Room | Card | Exp | CVC |\n| 204 | 4024 0071 5583 6207 | 08/27 | 611 |\n"
            "| 205 | (same card) | | |",
            "| Room | Card | Exp | CVC |\n| 204 | [CARD] | [EXPIRY] | [CVV] |\n"
            "| 205 | (same card) | | |",
        ),
        (
            "mijn itsme-code is 60419, die ben ik kwijt",
            "mijn itsme-code is [PASSWORD], die ben ik kwijt",
        ),
        (
            "naam;bsn;geboortedatum\nBakker, J.;111222333;1985-06-14\n"
            "Kowalski, T.;90010112345;1990-01-01",
            "naam;bsn;geboortedatum\n[NAME];[BSN];[BIRTH_DATE]\n[NAME];[SSN];[BIRTH_DATE]",
        ),
        (
            "Geboortedatum: 03.11.1979\nID-nummer: 031179 52714",
            "Geboortedatum: [BIRTH_DATE]\nID-nummer: [SSN]",
        ),
        (
            "Gast: hier: 4024 0071 5583 6207 - 1128 - 219 , op naam van B. Claes",
            "Gast: hier: [CARD] - [EXPIRY] - [CVV] , op naam van [NAME]",
        ),
        (
            "De hotelkluis ging niet open met haar eigen code (4471).",
            "De hotelkluis ging niet open met haar eigen code ([PASSWORD]).",
        ),
    ],
)
def test_blind70_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dinner at the Piet Hein Brasserie was lovely.",
        "Zoe's Trattoria – Soho",
        "Physio at Fysio Centrum De Roos, 4 sessions.",
        "Hotel Costa Serena – online check-in",
        "Accident in the car park on avenue Victor Hugo, Lyon.",
        "The PDR code on the meter starts with 0088?",
        "rotate that password now, this channel is visible to 40+ people",
        "updater: firmware 2.3.0.77 -> 2.3.1.4 available",  # guard
        "firmware 2.3.0.77 -> 2.3.1.4 available\nchecksum mismatch for rx-fw-2.3.1.4.bin",  # guard
        "Onderwerp: Reservering 12–14 april, 1 kamer",
        "kenteken blijft gelijk, parkeervak B2-117",
        "Kleurstaal eiken art. KL-ST-02",
        "Betaald met: pin (kaart ****5521)",
        "Titel: Fritzbox 7530 AX valt weg\nmijn 7530 AX herstart steeds",
        "We land at 21:10 with KL 1738 from Oslo.",  # guard
        "Simkaart: ICCID 8931 4400 1234 5678 901",
    ],
)
def test_blind70_kept(text: str) -> None:
    assert _redacted(text) == text
