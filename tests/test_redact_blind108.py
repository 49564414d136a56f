"""What the hundred-and-eighth blind set showed, each case written anew (not copied): a name
answered to a question that opens with "Name" or asks "Op naam van?", a given name that is also
a word before a surname; Google's refresh token; a service's key given as the password setting;
Nordic registration numbers after their form's word; a BSN read back in single digits with
commas; a surname after "Achternaam" with no colon, when a reference was asked before; a name
after a form's dotted leader; a log's user of an initial and a listed surname; an
authenticator's setup key in groups of four; a North American phone in brackets right after a
card's expiry (its area code was taken as a CVV); "expiring" before an expiry after a card in
the same sentence; a CVV corrected with "wait no."; a compound PIN word ("Kopieerpincode").
The kept ones are what the set showed taken that is no one's: a train's number before a ZIP's
shape, a Wi-Fi class after a repeater, a hospital's treatment code (DBC). Every case fails on
3495daf. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[10:01] Agent: I can book it for you by hand. Name and delivery address please?\n"
            "[10:02] Visitor: Anders Lund, Kirkegade 12, 8000 Aarhus C",
            "[10:01] Agent: I can book it for you by hand. Name and delivery address please?\n"
            "[10:02] Visitor: [NAME], [ADDRESS], [POSTCODE] Aarhus C",
        ),
        ("Agent: Op naam van?\nKlant: Anders Holm", "Agent: Op naam van?\nKlant: [NAME]"),
        (
            "Saved in the vault for org 7781: 1//0hQ2xLm8Pz4Kv7Tn-R3bWq9Yc5Jd1Fs6Ga",
            "Saved in the vault for org 7781: [TOKEN]",
        ),
        (
            "MAIL_USER=apikey\nMAIL_PASSWORD=SG.k7Pq2Wn9Lx.Rt4Bv8Mz1Cd6Hs3Jf0Ya5Ue2Ko7Ni",
            "MAIL_USER=apikey\nMAIL_PASSWORD=[TOKEN]",
        ),
        ("Registreringsnummer: DK 71942", "Registreringsnummer: [PLATE]"),
        ("Rekisterinumero: ZTP-742", "Rekisterinumero: [PLATE]"),
        (
            "Caller: Her BSN is 246 813 507... one moment, let me check her pass... yes, 2 4 6,"
            " 8 1 3, 5 0 7.",
            "Caller: Her BSN is [BSN]... one moment, let me check her pass... yes, [BSN].",
        ),
        (
            "[09:12] Balie: Heb je het werkbonnummer?\n[09:13] Klant: WB-4471. Achternaam Smit",
            "[09:12] Balie: Heb je het werkbonnummer?\n[09:13] Klant: WB-4471. Achternaam [NAME]",
        ),
        (
            "Aanvrager\n  Naam ............ Joke Rutten-Verhagen\n  Geb.datum ....... 06.06.1980",
            "Aanvrager\n  Naam ............ [NAME]\n  Geb.datum ....... [BIRTH_DATE]",
        ),
        (
            "Jul 09 23:58:12 vpn-gw01 ocserv[2281]: user 'p.dekker' authenticated from"
            " 145.53.192.6",
            "Jul 09 23:58:12 vpn-gw01 ocserv[2281]: user '[NAME]' authenticated from [IP]",
        ),
        (
            "Nieuwe collega: voer de setupsleutel handmatig in: KRUG S4ZA NBSW Y3DP",
            "Nieuwe collega: voer de setupsleutel handmatig in: [TOKEN]",
        ),
        (
            "Borg op Visa 4761 7390 0218 4657, exp 09/2027\nContact: +1 (614) 555-0193 – tijdens"
            " de huur",
            "Borg op Visa [CARD], exp [EXPIRY]\nContact: [PHONE] – tijdens de huur",
        ),
        (
            "Front desk: for the card ending in 4471 expiring 08 / 27?",
            "Front desk: for the card ending in 4471 expiring [EXPIRY]?",
        ),
        (
            "[21:35] Guest: I gave you the wrong cvv, it should be 725\n"
            "[21:35] Guest: wait no. 752. sorry",
            "[21:35] Guest: I gave you the wrong cvv, it should be [CVV]\n"
            "[21:35] Guest: wait no. [CVV]. sorry",
        ),
        (
            "Kopieerpincode voor de printers: 8824",
            "Kopieerpincode voor de printers: [PASSWORD]",
        ),
    ],
)
def test_blind108_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sleeper train NJ 40490 left Amsterdam 55 min late",
        "Check of je mesh-repeater (1200 AX) op 7.57 staat.",
        "Behandeling 14-07-2024: röntgenfoto (DBC 131999011)",
    ],
)
def test_blind108_kept(text: str) -> None:
    assert _redacted(text) == text
