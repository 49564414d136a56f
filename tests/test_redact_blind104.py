"""What the hundred-and-fourth blind set showed, each case written anew (not copied): a card's
number, expiry and CVV between slashes, ending a sentence; a date of birth after an aside that
names a national register ("Geboortedatum (volgens CPR-register): ..."); a one-time code of
nine digits in three groups after an aside with digits; a long random key in a setting named
"..._KEY"; a plate after "licence plate of ..." and a clause, then a colon; a password answered
on the next turn after "It's, ehm," with a note after it; an IP address read out with "dot"; a
forum poster's given name before "(moderator) om 07:45:". Kept: an app's build number after
"versionCode"; a parcel's shipment number under a locker's number. Every found and kept case
fails on 642e0aa; the three guards at the end pass there too. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "kaart 4539 1488 0343 6467 / 0827 / 415. Graag snel!",
            "kaart [CARD] / [EXPIRY] / [CVV]. Graag snel!",
        ),
        (
            "Geboortedatum (volgens CPR-register): 02-11-1979",
            "Geboortedatum (volgens CPR-register): [BIRTH_DATE]",
        ),
        (
            "MFA-code (eenmalig, 48 uur geldig): 318 604 227",
            "MFA-code (eenmalig, 48 uur geldig): [OTP]",
        ),
        (
            "DB_HOST=localhost\nDB_PASSWORD=kaas-Schaaf!77\n"
            "MAPS_KEY=pk.eyJ1IjoiZ2VvYmFrZXIiLCJhIjoiY2x0M3Q5eHIwMXZ4",
            "DB_HOST=localhost\nDB_PASSWORD=[PASSWORD]\nMAPS_KEY=[TOKEN]",
        ),
        (
            "Licence plate of the one that stays at your lot: WE 48213. Deposit card: 4539 1488"
            " 0343 6467",
            "Licence plate of the one that stays at your lot: [PLATE]. Deposit card: [CARD]",
        ),
        (
            "Agent: For security, your customer password please?\nCaller: It's, ehm,"
            " Lindenhof-1988. Capital L.",
            "Agent: For security, your customer password please?\nCaller: It's, ehm, [PASSWORD]."
            " Capital L.",
        ),
        (
            "ok so the router's public ip is 62 dot 45 dot 118 dot 20, right",
            "ok so the router's public ip is [IP], right",
        ),
        (
            "Iemand een idee?\n\nMerel (beheerder) om 07:45: @pietjan haal dat weg",
            "Iemand een idee?\n\n[NAME] (beheerder) om 07:45: @pietjan haal dat weg",
        ),
    ],
)
def test_blind104_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Windows-client: 10.0.19045; Android-app: 4.2.1 (versionCode 421000)",
        "Locatie: pakketautomaat, kluis 9\nZending: JVGL0614992210418832\nAfzender: Wehkamp",
        # guards
        "firmware is 3 dot 1 dot 4 dot 2",
        "Levering om 10:30: graag thuis zijn",
        "SORT_KEY=created_at_descending_order",
    ],
)
def test_blind104_kept(text: str) -> None:
    assert _redacted(text) == text
