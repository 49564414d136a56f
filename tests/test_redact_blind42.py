"""Forms the forty-second blind set showed after it was measured once (the cases here are
written anew, not copied): a lower-case name after ", name", a surname that is also a label
word ("Price"), a Swedish postcode after a flat's number, a date of birth corrected after the
day alone, a spoken e-mail address with a country's domain, an Irish address known by its
county, a nickname in quotes inside a name, Chinese and older Dutch given names, an Italian
street in lower case after the flat, an alarm's code and a door's code naming the room as
passwords, spaced initials after "Naam op kaart", a security code joined to the expiry, an
expiry asked as a question and answered with the month's name. Look-alikes stay: a shop
after "the" with a possessive, a parcel's number in groups, a booking reference shaped like
a postcode, a villa and an office named after a person, "beste ... van de stad", a client's
ID. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "cancel my locker rental pls, ref 7731-C, name liam o'brien, thanks",
            "cancel my locker rental pls, ref 7731-C, name [NAME], thanks",
        ),
        (
            "Agent: Who is the account holder?\nCaller: Gwen Price. She is my mother.",
            "Agent: Who is the account holder?\nCaller: [NAME]. She is my mother.",
        ),
        (  # the flat goes with its street, as every writer of the corpus marks it (blind54)
            "Leveransadress: Götgatan 14 lgh 1204, 118 46 Stockholm. Tack!",
            "Leveransadress: [ADDRESS], [POSTCODE] Stockholm. Tack!",
        ),
        (
            "Agent: And your date of birth?\nCaller: Third of June, seventy-two. No sorry, the"
            " thirteenth. Thirteenth of June 1972.",
            "Agent: And your date of birth?\nCaller: [BIRTH_DATE]. No sorry, the thirteenth."
            " [BIRTH_DATE].",
        ),
        (
            "Caller: it's m dot nowak at wp dot pl, all lower case.",
            "Caller: it's [EMAIL], all lower case.",
        ),
        (
            "Please post the forms to 7 Bóthar na Trá, Salthill, Co. Galway.",
            "Please post the forms to [ADDRESS], Salthill, Co. Galway.",
        ),
        (
            'Caller is mevrouw Hendrika "Riek" van Dam-Jansen, 81, lives alone.',
            'Caller is mevrouw [NAME] "[NAME]" [NAME], 81, lives alone.',
        ),
        (
            "Sorry for the delay.\nRegards, Jing Wu (Finance)",
            "Sorry for the delay.\nRegards, [NAME] (Finance)",
        ),
        (
            "Host: Check-in after 15:00. Apartment 2A, via Garibaldi 17. Buzz twice.",
            "Host: Check-in after 15:00. Apartment 2A, [ADDRESS]. Buzz twice.",
        ),
        (
            "De code van het alarmsysteem is sinds gisteren 572019, graag noteren.",
            "De code van het alarmsysteem is sinds gisteren [PASSWORD], graag noteren.",
        ),
        (
            "Overdracht: mevr. Bos slaapt slecht, deurcode appartement 4471. Medicatie om 8.",
            "Overdracht: mevr. [NAME] slaapt slecht, deurcode appartement [PASSWORD]."
            " Medicatie om 8.",
        ),
        (
            "Naam op kaart: P A van der Wal\nKaartnummer: 4111 1111 1111 1111",
            "Naam op kaart: [NAME]\nKaartnummer: [CARD]",
        ),
        (
            "Agent: Geldig tot en de code op de achterkant?\nKlant: 11/28 en 604",
            "Agent: Geldig tot en de code op de achterkant?\nKlant: [EXPIRY] en [CVV]",
        ),
        (
            "Agent: En wanneer vervalt de kaart?\nKlant: Eind oktober 2028 denk ik.",
            "Agent: En wanneer vervalt de kaart?\nKlant: Eind [EXPIRY] denk ik.",
        ),
        (
            "Agent: When does the card expire?\nCaller: Oh-nine, thirty.",
            "Agent: When does the card expire?\nCaller: [EXPIRY].",
        ),
        # look-alikes
        (
            "Lovely staff at the Wagamama's near the station, they found my scarf.",
            "Lovely staff at the Wagamama's near the station, they found my scarf.",
        ),
        (
            "Your package 1Z 7A2 391 0412 8830 17 will arrive tomorrow.",
            "Your package 1Z 7A2 391 0412 8830 17 will arrive tomorrow.",
        ),
        (
            "Still no refund for reservation W4K9QT, third time asking.",
            "Still no refund for reservation W4K9QT, third time asking.",
        ),
        (
            "We booked Villa Giulia in Lucca for a week in June.",
            "We booked Villa Giulia in Lucca for a week in June.",
        ),
        (
            "Met vriendelijke groet,\nAdministratiekantoor De Boer",
            "Met vriendelijke groet,\nAdministratiekantoor De Boer",
        ),
        (
            "Recensie: Beste lasagne van de buurt, echt een aanrader!",
            "Recensie: Beste lasagne van de buurt, echt een aanrader!",
        ),
        (
            "Tenant ID: 3f6c1a2e-9b7d-4e21-8c55-0d9e4b7a6f13 and the app fails to sign in.",
            "Tenant ID: 3f6c1a2e-9b7d-4e21-8c55-0d9e4b7a6f13 and the app fails to sign in.",
        ),
        (
            "we arrived at 5 dot no problem with the keys",
            "we arrived at 5 dot no problem with the keys",
        ),
    ],
)
def test_blind42_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
