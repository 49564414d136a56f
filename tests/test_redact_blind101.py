"""What the hundred-and-first blind set showed, each case written anew (not copied): a
passphrase of a few words with a digit in quotes; a Norwegian birth number after "fnr"; a PUK
read out "to her:"; a PIN answered on the line under a chat export's speaker and time, after
more words on the question's line; a one-time code a log names after the code's event
("otp_rejected entered=..."); a card's expiry given as a year's end ("Gültig bis: Ende 2027");
a BSN as a person's fiscal number, also in groups or with dashes beside another; an app
password shown in groups of four; a CVV named by where it stands ("die met 8-1-4 achterop");
a German key safe's code, a keypad code with its "#" after spaced digits and a code one is
told to change are passwords; a Dutch postcode, then the street a parcel goes to. Kept: "/hr."
is an hour, not "Hr." (Mr); a room named in quotes; a practice by its name with an article; a
town between an address and its region or postcode; a firm signing before a dash and the
person; an error code a device gives; a word after an ellipsis. Every case fails on the commit
before. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'I set it up years ago and my vault password is still "purple kettle rain 42", ok?',
            'I set it up years ago and my vault password is still "[PASSWORD]", ok?',
        ),
        (
            "After checking her fnr 15048812345 we unblocked the line.",
            "After checking her fnr [SSN] we unblocked the line.",
        ),
        (
            "The SIM was blocked; the PUK was read out to him: 73920158.",
            "The SIM was blocked; the PUK was read out to him: [PASSWORD].",
        ),
        (
            "Liam 09:12\nhee, weet jij de pincode van de gedeelde pas nog? ik sta bij de Albert"
            " Heijn\nNoor 09:13\n5082\nLiam 09:13\ntop",
            "[NAME] 09:12\nhee, weet jij de pincode van de gedeelde pas nog? ik sta bij de Albert"
            " Heijn\n[NAME] 09:13\n[PASSWORD]\n[NAME] 09:13\ntop",
        ),
        (
            "2024-06-02 11:40:07 WARN auth-svc otp_rejected entered=618204 user=U-77120",
            "2024-06-02 11:40:07 WARN auth-svc otp_rejected entered=[OTP] user=U-77120",
        ),
        (
            "Kreditkarte 4539 1488 0343 6467\nGültig bis: Ende 2027",
            "Kreditkarte [CARD]\nGültig bis: [EXPIRY]",
        ),
        (
            "In uw aangifte stond uw fiscaal nummer fout: het juiste is 111222333, niet"
            " 123 456 782 zoals eerder vermeld.",
            "In uw aangifte stond uw fiscaal nummer fout: het juiste is [BSN], niet [BSN]"
            " zoals eerder vermeld.",
        ),
        (
            "bsn of my husband: 111222333, mine 123-456-782.",
            "bsn of my husband: [BSN], mine [BSN].",
        ),
        (
            "Ik trek het applicatiewachtwoord in: wp_app_Qw7P 2xLm 9RtB 4kVz",
            "Ik trek het applicatiewachtwoord in: [PASSWORD]",
        ),
        (
            "Mijn oude creditcard, die met 8-1-4 achterop, kan weg.",
            "Mijn oude creditcard, die met [CVV] achterop, kan weg.",
        ),
        (
            "Wohnung 3, Schlüsseltresor-Code: 7306, bitte nach dem Auschecken zurück.",
            "Wohnung 3, Schlüsseltresor-Code: [PASSWORD], bitte nach dem Auschecken zurück.",
        ),
        (
            "Welke code voor het hek?\nCode is 4 0 8 2 #, daarna links.",
            "Welke code voor het hek?\nCode is [PASSWORD], daarna links.",
        ),
        (
            "Klant noemde zijn inlogcode: 3 7 1 9 4 – geadviseerd de code te wijzigen.",
            "Klant noemde zijn inlogcode: [PASSWORD] – geadviseerd de code te wijzigen.",
        ),
        (
            "Stuur het pakket naar 1017 BS Spui 21 alstublieft.",
            "Stuur het pakket naar [POSTCODE] [ADDRESS] alstublieft.",
        ),
    ],
)
def test_blind101_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parking EUR 2,50/hr. Transaction ID 55120941.",
            "Parking EUR 2,50/hr. Transaction ID 55120941.",
        ),
        (
            'Our room "Julia" on the top floor was lovely.',
            'Our room "Julia" on the top floor was lovely.',
        ),
        (
            "Referral from GP practice De Linde, Utrecht.",
            "Referral from GP practice De Linde, Utrecht.",
        ),
        (
            "Current address: 14 Seaview Road, Douglas, Cork T12 X8Y2",
            "Current address: [ADDRESS], Douglas, Cork [POSTCODE]",
        ),
        (
            "Mail: anna.toronto@rogers.com\nHome address: 12 King St W, Toronto ON M5H 1A1",
            "Mail: [EMAIL]\nHome address: [ADDRESS], Toronto ON [POSTCODE]",
        ),
        (
            "Met vriendelijke groet,\nZorgloket Noord – B. Kramer",
            "Met vriendelijke groet,\nZorgloket Noord – [NAME]",
        ),
        (
            "Mijn decoder geeft code 3107 sinds vanmorgen.",
            "Mijn decoder geeft code 3107 sinds vanmorgen.",
        ),
        (
            "Agent: can you give me the 3rd character of your passcode?\nCustomer: ...the full"
            " one is Seagull88, easier?",
            "Agent: can you give me the 3rd character of your passcode?\nCustomer: ...the full"
            " one is [PASSWORD], easier?",
        ),
    ],
)
def test_blind101_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
