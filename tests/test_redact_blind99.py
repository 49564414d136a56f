"""What the ninety-ninth blind set showed, each case written anew (not copied): a password's
event is no cue ("after password change", then a ticket's fields); a duration after "in" in
minutes ("in ~25 min") is no value; a password set before a command in backticks
("`PGPASSWORD=... psql`"); Google's "G-" code after a clock time; a text's code of six that
no British postcode starts so ("R4T9QX": an area of one letter is B, E, G, L, M, N, S or W);
a British street and postcode typed in lower case in answer to an address question; a Dutch
postcode before the street after "Address"; an address "again"; a plate in brackets after a
compound car word ("leaseauto"), or named a plate after it ("(Zurich plates)"), or typed
again without its space; the Flemish given name "An" (not the article before a vowel) and
the Frisian "Trijntje"; "Oproeper:" as a caller's label. Kept: a truck's route code after a
number ("truck 9, route RTM-Z-11"); a street named after someone in a timetable ("Jan Pieter
Heijestraat 07:18"); a firm signing after a sentence ("Autoservice Zuid"); a firm's handle
ending in its trade ("@SkyLineAir"), not a person's ("@Blair"); a firm's customer service
mailbox in another language. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Run `PGPASSWORD=Vlier-boom-42! psql -h db-1 -U app` once.",
            "Run `PGPASSWORD=[PASSWORD] psql -h db-1 -U app` once.",
        ),
        ("09:12 G-481637 is je verificatiecode.", "09:12 G-[OTP] is je verificatiecode."),
        ("Ik kreeg een sms met code K7P3WZ.", "Ik kreeg een sms met code [OTP]."),
        (
            "[10:02] Agent: Can you confirm the delivery address?\n"
            "[10:03] Sam: 12 mill lane, leeds ls6 2qt",
            "[10:02] Agent: Can you confirm the delivery address?\n"
            "[10:03] [NAME]: [ADDRESS], leeds [POSTCODE]",
        ),
        (
            "Address 1012 JS Damrak 70, Amsterdam. Phone 020 555 0182.",
            "Address [POSTCODE] [ADDRESS], Amsterdam. Phone [PHONE].",
        ),
        (
            "Address again: Odos Sofokleous 12, 2nd floor, 105 59",
            "Address again: [ADDRESS], 2nd floor, [POSTCODE]",
        ),
        ("mijn privéauto (WPR 48213) is weggesleept", "mijn privéauto ([PLATE]) is weggesleept"),
        (
            "Unit 2 without permit: ZH 518 204 (Zurich plates), owner unknown",
            "Unit 2 without permit: [PLATE] (Zurich plates), owner unknown",
        ),
        (
            "Kan ik een vergunning op kenteken GD 4K812 krijgen?\nJa, ik zet GD4K812 in de app.",
            "Kan ik een vergunning op kenteken [PLATE] krijgen?\nJa, ik zet [PLATE] in de app.",
        ),
        ("Oproeper: An Claes, belt over haar factuur", "Oproeper: [NAME], belt over haar factuur"),
        (
            "An error occurred after An Peeters logged in.",
            "An error occurred after [NAME] logged in.",
        ),
        (
            "Welcome to An Lac Restaurant. An hour later, An Peeters arrived.",
            "Welcome to An Lac Restaurant. An hour later, [NAME] arrived.",
        ),
        (
            "Caller also asked for his wife's claim (Trijntje Kok, BSN 111222333) — not given.",
            "Caller also asked for his wife's claim ([NAME], BSN [BSN]) — not given.",
        ),
    ],
)
def test_blind99_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "INC0051234 — Wi-Fi drops after password change\n"
            "Opened: 2025-04-11 09:15 by Sanne Visser\nDevice: LT-UTR-0117, Windows 11",
            "INC0051234 — Wi-Fi drops after password change\n"
            "Opened: 2025-04-11 09:15 by [NAME]\nDevice: LT-UTR-0117, Windows 11",
        ),
        (
            "Please don't share the PIN here. A mechanic will be with you in ~25 min.",
            "Please don't share the PIN here. A mechanic will be with you in ~25 min.",
        ),
        (
            "Delivery slot: Monday 07:00-12:00 (truck 9, route RTM-Z-11)",
            "Delivery slot: Monday 07:00-12:00 (truck 9, route RTM-Z-11)",
        ),
        (
            "Line 5 timetable\nCentraal    07:10  07:25\nJan Pieter Heijestraat 07:18 07:33",
            "Line 5 timetable\nCentraal    07:10  07:25\nJan Pieter Heijestraat 07:18 07:33",
        ),
        (
            "SMS 10:02: Uw auto is klaar, ophaalcode 4471. Factuur volgt. Autoservice Zuid",
            "SMS 10:02: Uw auto is klaar, ophaalcode [OTP]. Factuur volgt. Autoservice Zuid",
        ),
        (
            "DM thread — @SkyLineAir\n\nPia Berg: Hi, my app login fails\n"
            "@SkyLineAir: Hi Pia, sorry! Can you confirm your phone?\nPia Berg: +47 912 34 567",
            "DM thread — @SkyLineAir\n\n[NAME]: Hi, my app login fails\n"
            "@SkyLineAir: Hi [NAME], sorry! Can you confirm your phone?\n[NAME]: [PHONE]",
        ),
        ("@Blair: thanks!\n@Blair: see you", "[NAME]: thanks!\n[NAME]: see you"),
        (
            "upload failed: ./dist/app.js to s3://web-prod/app.js An error occurred (AccessDenied)",
            "upload failed: ./dist/app.js to s3://web-prod/app.js An error occurred (AccessDenied)",
        ),
        (
            "Von: Jonas Weber <j.weber@example.de>\nAn: service@zeilschule.example\n"
            "Betreff: Rechnung",
            "Von: [NAME] <[EMAIL]>\nAn: [EMAIL]\nBetreff: Rechnung",
        ),
        (
            "Parcel sent.\n\nAn Post tracking: CE110204377IE",
            "Parcel sent.\n\nAn Post tracking: CE110204377IE",
        ),
        (
            "From: Kari Lund <kari.lund@online.no>\n"
            "To: Bergen Bompenger <kundeservice@bergenbom.no>\nSubject: Wrong invoice",
            "From: [NAME] <[EMAIL]>\nTo: Bergen Bompenger <[EMAIL]>\nSubject: Wrong invoice",
        ),
    ],
)
def test_blind99_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
