"""What the hundred-and-seventh blind set showed, each case written anew (not copied): a card
read out in groups with a spaced ellipsis between them; a phone's national groups after the same
phone was written with its country's code; a forum poster's handle of an initial and a surname
("pjanssen wrote:"); a new password in the clear in a log ("new_pw_plain="); the code typed in a
sign-in log ("code_entered="); a courier's "ontvangstcode" answered in the next turn; a mixed
code of four after its cue; a long recovery key named on the line before; a lock's code set for
the babysitter (a password); a Canadian SIN in a text that names one; an IBAN read out in Dutch
with its check digits as "vijf en zestig"; the given name Alva; a spaced code read back in one
piece. The kept ones are what the set showed taken that is no one's: a department's letters in
brackets, a pension fund signing, a booking's and a ticket's code, a printer's model after a log's
"code=", an issue number before "GPS", a text's sender number, a release's version, a hotel's
name in a sender. Every case fails on 6951d5e. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caller: five one seven eight … oh four nine two … three one one six … eight five oh"
            " three",
            "Caller: [CARD]",
        ),
        (
            "Móvil: +34 611 402 873\nPlease put both lines (611 402 873 and 699 310 225) on one"
            " bill.",
            "Móvil: [PHONE]\nPlease put both lines ([PHONE] and [PHONE]) on one bill.",
        ),
        (
            "pjanssen wrote:\nSame error on my side.\n\nsupportbot replied:\n@pjanssen please open"
            " a ticket.",
            "[NAME] wrote:\nSame error on my side.\n\nsupportbot replied:\n@[NAME] please open a"
            " ticket.",
        ),
        (
            "action=reset old_pw=******** new_pw_plain=Zomer!2023x",
            "action=reset old_pw=******** new_pw_plain=[PASSWORD]",
        ),
        (
            "2FA_FAILED user=k.li code_entered=309127",
            "2FA_FAILED user=k.li code_entered=[OTP]",
        ),
        (
            "[16:01] Bezorger: Mag ik de ontvangstcode?\n[16:02] Klant: 7720",
            "[16:01] Bezorger: Mag ik de ontvangstcode?\n[16:02] Klant: [OTP]",
        ),
        (
            "Bevestigingscode voor afhalen: 4RW8",
            "Bevestigingscode voor afhalen: [OTP]",
        ),
        (
            "Check your emergency sheet, it lists a recovery key.\n"
            "[20:11] User: here: RK-8QW2-P4TL-9XZM-3BND-V7KC",
            "Check your emergency sheet, it lists a recovery key.\n[20:11] User: here: [TOKEN]",
        ),
        (
            "Voor de oppas heeft ze code 447190 ingesteld op het slot.",
            "Voor de oppas heeft ze code [PASSWORD] ingesteld op het slot.",
        ),
        (
            "Customer: Why does the port form ask for my SIN??\n"
            "Agent: We don't need your SIN to port a number, it's optional.\n"
            "Customer: i already typed it, it's 052 918 372, can you delete it",
            "Customer: Why does the port form ask for my SIN??\n"
            "Agent: We don't need your SIN to port a number, it's optional.\n"
            "Customer: i already typed it, it's [SSN], can you delete it",
        ),
        (
            "Ze las haar IBAN voor: N L vijf en zestig, R A B O, nul drie een zeven, acht vier"
            " twee negen, vijf zes.",
            "Ze las haar IBAN voor: [IBAN].",
        ),
        (
            "Mijn dochters Alva en Saar gaan ook mee.",
            "Mijn dochters [NAME] en [NAME] gaan ook mee.",
        ),
        (
            "[10:12] Agent: U krijgt een code in de app, wilt u die typen?\n"
            "[10:13] Klant: 4 0 7 – 9 1 3, dus 407913",
            "[10:12] Agent: U krijgt een code in de app, wilt u die typen?\n"
            "[10:13] Klant: [OTP], dus [OTP]",
        ),
        (
            "Note from Hugo (HR): do not share this.",
            "Note from [NAME] (HR): do not share this.",
        ),
        # a text's sender number is kept, the codes it sent are not
        (
            "SMS-gesprek met 4040\n\n4040: Uw verificatiecode voor Bank Zuid is 662901. Deel deze"
            " code met niemand. Geldig 5 min.\nIk: ?? niks aangevraagd\n4040: Uw verificatiecode"
            " voor Bank Zuid is 118420. Deel deze code met niemand. Geldig 5 min.",
            "SMS-gesprek met 4040\n\n4040: Uw verificatiecode voor Bank Zuid is [OTP]. Deel deze"
            " code met niemand. Geldig 5 min.\nIk: ?? niks aangevraagd\n4040: Uw verificatiecode"
            " voor Bank Zuid is [OTP]. Deel deze code met niemand. Geldig 5 min.",
        ),
        # a hotel's name in a sender is kept, its address is not
        (
            "From: Reservations Hotel Bella Vista Lucca <stay@bellavistalucca.it>",
            "From: Reservations Hotel Bella Vista Lucca <[EMAIL]>",
        ),
    ],
)
def test_blind107_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Met vriendelijke groet,\nPensioenfonds Rijnmond Noord\n",
        "Mon train a été annulé (réservation ZK81PQ). Je veux un remboursement.",
        "Ticket code: WD3T7QS – show it at the gate",
        "[2024-05-02 17:41:09] ERROR Terminal: DECLINED code=05 (Do not honour)\n"
        "[2024-05-02 17:41:10] WARN  Printer: paper low (EPSON TM-T88VI)",
        "FleetTrack release 5.3\n  - #5518 GPS units showed the wrong speed for the van",
        "Release notes – PlanPro Cloud 10.2.4.1\n\n- Fix: export to CSV",
    ],
)
def test_blind107_kept(text: str) -> None:
    assert _redacted(text) == text
