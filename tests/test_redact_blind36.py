"""Forms the thirty-sixth blind set showed after it was measured once (the cases here are
written anew, not copied): a postcode spelled with letters and number words joined by
hyphens, a full name typed in lower case after "my name is", a US ZIP after the town and the
state with no comma, chat speakers shown as "Role – Name:" or "Firm | Name:", initials
without dots after a name label, initials named as such ("voorletters"), Dutch initials
signing a note, "you're through to" an agent, given names and surnames added by hand.
Look-alikes stay: a firm's support desk speaking, an initial glued to a code, a brand with
"!" inside, a firmware version. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: And the postcode?\nCaller: it's M-K-nine, two-D-Q, yes",
            "Agent: And the postcode?\nCaller: it's [POSTCODE], yes",
        ),
        (
            "hi my name is tendai mthembu and my parcel never came",
            "hi my name is [NAME] and my parcel never came",
        ),
        ("Thanks, Dana Ruiz, Tulsa OK 74103", "Thanks, [NAME], Tulsa OK [POSTCODE]"),
        (
            "[09:02] Helpdesk – Kenji Watanabe: goedemorgen\n[09:03] Klant: hoi\n"
            "[09:04] Helpdesk – Kenji Watanabe: hoe kan ik helpen?",
            "[09:02] Helpdesk – [NAME]: goedemorgen\n[09:03] Klant: hoi\n"
            "[09:04] Helpdesk – [NAME]: hoe kan ik helpen?",
        ),
        (
            "11:40 Zonneplan | Marloes: wat is uw klantnummer?\n11:41 Klant: 40021\n"
            "11:42 Zonneplan | Marloes: dank u",
            "11:40 Zonneplan | [NAME]: wat is uw klantnummer?\n11:41 Klant: 40021\n"
            "11:42 Zonneplan | [NAME]: dank u",
        ),
        (
            "Account holder: K L Brennan\nSort code: 20-00-00",
            "Account holder: [NAME]\nSort code: 20-00-00",
        ),
        (
            "Achternaam: Smit, voorletters A.W., geboren in Delft",
            "Achternaam: [NAME], voorletters [NAME], geboren in Delft",
        ),
        ("Regeling afgesproken. – JvdM", "Regeling afgesproken. – [NAME]"),
        (
            "Hello, you're through to Grace in billing.",
            "Hello, you're through to [NAME] in billing.",
        ),
        # look-alikes
        (
            "[08:10] Monzo Support: how can we help?\n[08:11] Kev: card blocked",
            "[08:10] Monzo Support: how can we help?\n[08:11] [NAME]: card blocked",
        ),
        ("Bon 7731-40118-B. Kassanr 4", "Bon 7731-40118-B. Kassanr 4"),
        ("De Fritz!Repeater valt steeds weg", "De Fritz!Repeater valt steeds weg"),
        (
            "after firmware 02.03.071.15 the box reboots",
            "after firmware 02.03.071.15 the box reboots",
        ),
    ],
)
def test_blind36_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_a_date_corrected_with_two_words_is_taken_in_one_pass() -> None:
    # found by the redact-twice check on the next blind set, before any figure was taken
    text = (
        "Agent: En uw geboortedatum?\n"
        "Beller: drie juni negentien tachtig. Nee wacht, sorry, vier juni negentien tachtig."
    )
    assert _redacted(text) == (
        "Agent: En uw geboortedatum?\nBeller: [BIRTH_DATE]. Nee wacht, sorry, [BIRTH_DATE]."
    )
