"""Forms the seventy-second blind set showed, studied after it was measured (the cases here are
written anew, not copied): a date of birth said month first with an ordinal day, one read out
as three numbers and then said again in words, a phone read out to "a contact number?", a code
answered on the next turn after "sent to the phone number on the account", a card reader's code
(a one-time code) and a parcel box's code (a password), a German social insurance number, an
identity card's number after its label, a house number after "code ... mail it to", a staff
member named at a note's end with the team in brackets; and what is no one's personal data: a
flat's number after an entry code, a card payment's authorisation code on a bill, a device's
ID, a version a repeater runs, a subscription's number, a road's number, a part's number on a
quote's line, a customer number asked with the name, a stool's name in quotes, a mail header's
Swedish labels and a department as its display name, a place and a greeted venue named after
people. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: Can I take your date of birth?\nCaller: March third, 1981.\nAgent: Thanks.",
            "Agent: Can I take your date of birth?\nCaller: [BIRTH_DATE].\nAgent: Thanks.",
        ),
        (
            "Agent: And the date of birth?\nCaller: Four, six, seventy-two. So the fourth of June"
            " 1972.\nAgent: Lovely.",
            "Agent: And the date of birth?\nCaller: [BIRTH_DATE]. So [BIRTH_DATE].\nAgent: Lovely.",
        ),
        (
            "Agent: Got it. A contact number in case we get cut off?\n"
            "Caller: six one seven, four four two, nine oh three one.",
            "Agent: Got it. A contact number in case we get cut off?\nCaller: [PHONE].",
        ),
        (
            "Agent: I've texted a code to the mobile number we have on file.\nClient: 5 0 9 2 7 3",
            "Agent: I've texted a code to the mobile number we have on file.\nClient: [OTP]",
        ),
        (
            "I typed my PIN 7710 and the code from the card reader, 55190382, into the form",
            "I typed my PIN [PASSWORD] and the code from the card reader, [OTP], into the form",
        ),
        (
            "Leg het pakje maar in de pakketkluis bij de garage, code 4417",
            "Leg het pakje maar in de pakketkluis bij de garage, code [PASSWORD]",
        ),
        (
            "Rentenversicherung:\n12 230385 M 41 6",
            "Rentenversicherung:\n[SSN]",
        ),
        (
            "ID document: Reisepass\nDocument no.: C4K7R2N19",
            "ID document: Reisepass\nDocument no.: [SSN]",
        ),
        (
            "No need to read me that code, sir. We will post the card to 2210 Birch Hollow Drive"
            " instead.",
            "No need to read me that code, sir. We will post the card to [ADDRESS] instead.",
        ),
        (
            "Nummer geport naar sim-only. Medewerker: Mo (team Arnhem).",
            "Nummer geport naar sim-only. Medewerker: [NAME] (team Arnhem).",
        ),
        (
            "To: Atención al Cliente <soporte@example.es>",
            "To: Atención al Cliente <[EMAIL]>",
        ),
    ],
)
def test_blind72_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Re: door code for lägenhet 0904",
        "Charged: Visa ****2231, auth code 551902. Thank you for staying with us.",
        "Machine ID 4C1D7A02-93BE-4F16-8E5A-0B2C77D914E3 keeps failing the update.",
        "Firmware 3.2 on the router; the satellite still runs on 6.14.2.8, needs an update.",
        "Graag de auto's op abonnement KP-2290 wijzigen.",
        "Aanrijding op de N201 bij Uithoorn, geen gewonden.",  # guard
        "- Front brake pads (04152-31090) .................. €142.00",
        # guard
        "Agent: Your customer number and the name on the account?\nKunde: 4471-903-22, thanks",
        'Bestelde de poef "Prinsengracht 12" in velours.',
        "Från: support-teamet\nSkickat: måndag",
        "We toured the Anne Frank House on Friday.",
        "Dear Hotel Borgo Sofia,",
        "[09:12] Autogarage Meijer: Uw auto is klaar.",  # guard
    ],
)
def test_blind72_kept(text: str) -> None:
    assert _redacted(text) == text
