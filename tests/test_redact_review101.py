"""The review of 70ad1ef (235 probes), mended, each case written anew. Leaks the change caused
first: "Hr." (Mr) and "min." (minimum) read as a duration after a password ("Pincode: 6120 Hr.
Visser"), now only "min"/"hrs" in lower case after "in", "within" or "~"; a person's handle
ending in a country or a trade ("@TessaNL", "@KeesBank"); a sender known by the surname alone
on a role mailbox ("Visser <reservations@...>"). Then over-redaction it caused: a lower-case
British postcode after any "address" ("email address ... s21 2nd hand"), now only after a
lower-case street and town; a shop's item named "(Dinner Plates)", now only in a text about a
car; "An" before a capitalised word that is no name ("An SMS was sent"); Google's "G-" after
"#" or "/". Near variants: a lower-case street with no town or a comma before the postcode,
more street types; "-wagen" compounds; a password setting after a quote. Every case fails on
9eaa454. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pincode: 6120 Hr. Visser weet ervan", "Pincode: [PASSWORD] Hr. [NAME] weet ervan"),
        (
            "Alarmcode 3391 min. 2 personen aanwezig bij inschakelen",
            "Alarmcode [PASSWORD] min. 2 personen aanwezig bij inschakelen",
        ),
        ("@TessaNL: ik heb hetzelfde met mijn modem", "[NAME]: ik heb hetzelfde met mijn modem"),
        ("@KeesBank: dat is raar", "[NAME]: dat is raar"),
        (
            "From: Visser <reservations@hotelduin.nl>\nSubject: uw verblijf",
            "From: [NAME] <[EMAIL]>\nSubject: uw verblijf",
        ),
        (
            "Where should it go? Address: 8 elm close, west bromwich, b70 9qa",
            "Where should it go? Address: [ADDRESS], west bromwich, [POSTCODE]",
        ),
        (
            "Confirm the address please\n3 station approach, woking gu21 4aw",
            "Confirm the address please\n[ADDRESS], woking [POSTCODE]",
        ),
        (
            "Mijn bestelwagen (WXR 40213) is weggesleept",
            "Mijn bestelwagen ([PLATE]) is weggesleept",
        ),
        (
            'Deploy note: "PGPASSWORD=Zilver-Vos-31 psql -h db-2" ran at 02:00',
            'Deploy note: "PGPASSWORD=[PASSWORD] psql -h db-2" ran at 02:00',
        ),
    ],
)
def test_review101_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Please fix my email address; also my galaxy s22 2nd hand phone won't pair.",
            "Please fix my email address; also my galaxy s22 2nd hand phone won't pair.",
        ),
        (
            "Order 5512: KT 3040 (Dinner Plates) x2 arrived chipped.",
            "Order 5512: KT 3040 (Dinner Plates) x2 arrived chipped.",
        ),
        (
            "Hi, An Peeters here. An SMS came but An Uber driver took the parcel.",
            "Hi, [NAME] here. An SMS came but An Uber driver took the parcel.",
        ),
        (
            "Verificatiecode 551820 voor bestelling #G-30417",
            "Verificatiecode [OTP] voor bestelling #G-30417",
        ),
    ],
)
def test_review101_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
