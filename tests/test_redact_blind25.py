"""Forms the redactor learned from blind25 (measured first, then studied): someone else's name
after "her name is", "acc name", a surname that is also a word after "dhr." or "Mr" (initials
between allowed), a dentist's name, "mbr" before a member's name, a given name that is also a
place alone on a greeting line, Polish and Italian months in dates of birth, a code right after
an expiry as its CVV, a BSN cue nearer than an SSN cue, streets ending in -schans and on a quay
or viaduct, a lower-case street after "ik woon op", a house known by its name before the street,
a house number read out before a lower-case street, a Polish street without "ul.", a passphrase
of words joined by hyphens after the cue's colon. Look-alikes: desks and firms signing or
greeted ("Fleet Administration", "Teo Kitchens"), a firm with "Student" in it, "Bill to:",
"since Jan", a town before its US state, the station a train leaves from, "MS Office", "4 ms.",
a firm after "Klant" at a line's start, a full-word title ending a sentence ("meneer. Mag ik"),
"Password: auto-generated", the last 4 digits of a card, an error's code in brackets, a direct
debit's date, another field's label after the cue's sentence. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My aunt can't log in. Her name is Rosalind Tierney, born 3-4-1941.",
            "My aunt can't log in. Her name is [NAME], born [BIRTH_DATE].",
        ),
        ("app keeps crashing. acc name maya corrigan", "app keeps crashing. acc name [NAME]"),
        ("Beller: dhr. Smid belt over zijn polis.", "Beller: dhr. [NAME] belt over zijn polis."),
        ("Notitie: mevr. A.C. Visser, terugbellen", "Notitie: mevr. [NAME], terugbellen"),
        ("Dear Mr. Baker, thanks for your order", "Dear Mr. [NAME], thanks for your order"),
        (
            "uw afspraak bij tandarts Koolhoven op dinsdag",
            "uw afspraak bij tandarts [NAME] op dinsdag",
        ),
        (
            "Desk notes\nmbr Zofia Wiśniewska forgot her fob",
            "Desk notes\nmbr [NAME] forgot her fob",
        ),
        ("Ping 4 ms. Iemand hetzelfde?", "Ping 4 ms. Iemand hetzelfde?"),
        (
            "Escalatie\nKlant Koelwerk B.V. heeft een key geplakt",
            "Escalatie\nKlant Koelwerk B.V. heeft een key geplakt",
        ),
        ("Beste Florence,\n\nUw pakket is onderweg.", "Beste [NAME],\n\nUw pakket is onderweg."),
        ("Geboortedatum: 7 września 1986", "Geboortedatum: [BIRTH_DATE]"),
        ("data di nascita 21 maggio 1979", "data di nascita [BIRTH_DATE]"),
        (
            "Hierbij de gegevens: geldig t/m 04/27, code 318.",
            "Hierbij de gegevens: geldig t/m [EXPIRY], code [CVV].",
        ),
        (
            "- SSN: 412-55-7310\n- Spouse: no SSN yet\n- BSN: 111222333",
            "- SSN: [SSN]\n- Spouse: no SSN yet\n- BSN: [BSN]",
        ),
        (
            "Post goes to Lijnbaansschans 14 hs, Amsterdam.",
            "Post goes to [ADDRESS], Amsterdam.",
        ),
        ("we're at 7 Merchants Quay, Cork", "we're at [ADDRESS], Cork"),
        ("room in Flat 2B, 15 Bridge Viaduct? thx", "room in [ADDRESS]? thx"),
        (
            "ik woon op hoofdweg 23b in emmen en wil opzeggen",
            "ik woon op [ADDRESS] in emmen en wil opzeggen",
        ),
        (
            "Your claim is being handled.\n\nKind regards,\nFleet Administration",
            "Your claim is being handled.\n\nKind regards,\nFleet Administration",
        ),
        ("Hi Marlow Kitchens,\nThe hinge broke.", "Hi Marlow Kitchens,\nThe hinge broke."),
        (
            "To: Riverside Student Accommodation\nSubject: keys",
            "To: Riverside Student Accommodation\nSubject: keys",
        ),
        ("Bill to: Harrow Mills Ltd", "Bill to: Harrow Mills Ltd"),
        (
            "been paying since Jan but it shows arrears",
            "been paying since Jan but it shows arrears",
        ),
        (
            "Clinic: Northside Health, Madison WI\nThanks",
            "Clinic: Northside Health, Madison WI\nThanks",
        ),
        ("the 08:15 from Preston was late again", "the 08:15 from Preston was late again"),
        ("no life without MS Office, honestly", "no life without MS Office, honestly"),
        (
            "MW: Vervelend meneer. Mag ik uw postcode?",
            "MW: Vervelend meneer. Mag ik uw postcode?",
        ),
        (
            "Her address is The Old Mill, Church Lane, Kilkenny. Call 087 555 0142",
            "Her address is [ADDRESS], Kilkenny. Call [PHONE]",
        ),
        (
            "agent: ok I see you're at four eighteen harbor street in oakland, 2 lines",
            "agent: ok I see you're at [ADDRESS] in oakland, 2 lines",
        ),
        (
            "the parcel locker at Grunwaldzka 82 is broken",
            "the parcel locker at [ADDRESS] is broken",
        ),
        (
            "ophalen door oma; wachtwoord voor ophalen door anderen: linde-groen.",
            "ophalen door oma; wachtwoord voor ophalen door anderen: [PASSWORD].",
        ),
        ("Password: auto-generated, see mail 3", "Password: auto-generated, see mail 3"),
        (
            "Bot: Enter the last 4 digits of your card.\nCustomer: 4410\nBot: Thanks.",
            "Bot: Enter the last 4 digits of your card.\nCustomer: 4410\nBot: Thanks.",
        ),
        (
            'my PIN works, then it says "login failed (code 2207)". Help',
            'my PIN works, then it says "login failed (code 2207)". Help',
        ),
        (
            "card 4111 1111 1111 1111 exp 0528 cvc 912. next DD 01/07 £29.99",
            "card [CARD] exp [EXPIRY] cvc [CVV]. next DD 01/07 £29.99",
        ),
        (
            "Wijzig je SFTP-wachtwoord, het staat in een ticket. Server: web-ams-14, PHP 8.2",
            "Wijzig je SFTP-wachtwoord, het staat in een ticket. Server: web-ams-14, PHP 8.2",
        ),
    ],
)
def test_blind25_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
