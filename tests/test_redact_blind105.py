"""What the hundred-and-fifth blind set showed, each case written anew (not copied): a TAN
after a bank PIN in one sentence is a one-time code; a phone read out digit by digit, maybe with
a dash after the area code; a ZIP code asked for after "verification" and answered on the next
turn is a postcode; a phone after a PPSN given the line before is no national ID; a one-time
code of letters and digits passed on later in the text; a German street in lower case with
"str." after "my adress if you need it:"; a number to port named with "port her number"; a
BSN after the typo "bns"; a card's name in lower case after "name on card is"; an agent's
given name that is a word too, in brackets after a firm the name lists keep whole; a key-safe
code sent "via sms" with the next turn's time after it (the value once ran up to that time's
colon, "[10:06]" became "[10:[PASSWORD]"); the firm the chat's title names, speaking with its
agent in brackets, redacted on a second pass ("Mollie ([NAME]):" became "[NAME] ([NAME]):").
Kept: a receipt's approval code after "Paid by card ending ..., auth code"; a product's version
after "update to <product>". Every found and kept case fails on 8ce98ab; the guards at the end
pass there too, among them a browser's name and version inside a logged user agent, which the
learned step took in the blind text only. Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Op de valse site vulde ik mijn pincode 48213 in en daarna de TAN 771 052 uit de sms.",
            "Op de valse site vulde ik mijn pincode [PASSWORD] in en daarna de TAN [OTP] uit de"
            " sms.",
        ),
        (
            "Buurvrouw: 0 6 - 4 1 7 2 9 9 3 0 (mobiel van mijn dochter)",
            "Buurvrouw: [PHONE] (mobiel van mijn dochter)",
        ),
        ("je kunt me bellen op 0 6 2 8 8 1 4 0 7 3", "je kunt me bellen op [PHONE]"),
        (
            "[2:14 PM] Agent: For verification, your date of birth and the ZIP code on file?\n"
            "[2:15 PM] Customer: 11/30/1984, 60614",
            "[2:14 PM] Agent: For verification, your date of birth and the ZIP code on file?\n"
            "[2:15 PM] Customer: [BIRTH_DATE], [POSTCODE]",
        ),
        (
            "In case you need an ID, my PPSN is 7041352K.\nMobile: +353 86 402 7719\n\nSlán,",
            "In case you need an ID, my PPSN is [SSN].\nMobile: [PHONE]\n\nSlán,",
        ),
        (
            "Bericht van PostNL: afhaalcode 4KX9P2, geldig tot vrijdag.\n"
            "Aan mijn broer: wil jij het ophalen? De code is 4KX9P2.",
            "Bericht van PostNL: afhaalcode [OTP], geldig tot vrijdag.\n"
            "Aan mijn broer: wil jij het ophalen? De code is [OTP].",
        ),
        (
            "refund to the card please. my adress in case you need it: lindenstr. 14, 10969 berlin",
            "refund to the card please. my adress in case you need it: [ADDRESS], [POSTCODE]"
            " berlin",
        ),
        (
            "Customer wants to port his number 924 18 307 from Telenor to us.",
            "Customer wants to port his number [PHONE] from Telenor to us.",
        ),
        ("and my bns is 73119 4408, date of birth", "and my bns is [BSN], date of birth"),
        (
            "[09:12] Customer: the name on card is j. vermeulen",
            "[09:12] Customer: the name on card is [NAME]",
        ),
        (
            "[14:02] ABN AMRO (Roos): Dat zoek ik voor u uit.",
            "[14:02] ABN AMRO ([NAME]): Dat zoek ik voor u uit.",
        ),
        (
            "[08:40] Garage (Lotte): De sleutel kan in de sleutelkluis, de code volgt via sms.\n"
            "[08:41] Garage (Lotte): Code sleutelkluis voor morgen: 5193",
            "[08:40] Garage ([NAME]): De sleutel kan in de sleutelkluis, de code volgt via sms.\n"
            "[08:41] Garage ([NAME]): Code sleutelkluis voor morgen: [PASSWORD]",
        ),
        (
            "[Chat - Mollie helpdesk]\n[09:30] Klant: hoi, ik ben Sanne de Wit\n"
            "[09:31] Mollie (Ivo): Hoi Sanne! Waarmee kan ik helpen?",
            "[Chat - Mollie helpdesk]\n[09:30] Klant: hoi, ik ben [NAME]\n"
            "[09:31] Mollie ([NAME]): Hoi [NAME]! Waarmee kan ik helpen?",
        ),
    ],
)
def test_blind105_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Total £96.40. Paid by card ending 3318, auth code 402917, 11:05.",
        "Known issue: crash on start after update to PlanDesk 5.3.0.12 on Windows.",
        # guards; the first is the user agent's shape, which the learned step scored as a
        # password in the blind text only (these words are kept on 8ce98ab too)
        'ts=2024-05-01T10:00:00Z action=login ua="Mozilla/5.0 (X11; Linux x86_64) Chrome/121.0"',
        "after the update to 10.0.4.2 the app starts again",
        "Note (Support): done",
        "[10:06] Klant: top, tot dan",
    ],
)
def test_blind105_kept(text: str) -> None:
    assert _redacted(text) == text
