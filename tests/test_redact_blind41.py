"""Forms the forty-first blind set showed after it was measured once (the cases here are
written anew, not copied): a speaker with a role in brackets ("Name (Agent):"), a Dutch phone
opening with "goeiemorgen, met", a handle after "posted by", a Norwegian birth number in a
text that names a personal number, a Spanish plate, a safe's code as a password, a postcode
read out with "B als in Bernard", a value read out and corrected in the same breath then said
in digits, a street named after a person right after an address cue. Look-alikes stay: a
firm greeted by name, a word the text uses as a firm's name, a hotel named after a person, a
Dutch nationality word, a tracking number in groups, a log's timestamp after a password
form's title, a year after "in", a flight's number and airport, "Antwoord 1". Each case also
checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[14:10] Ioana Dumitrescu (Agent): Good afternoon, how can I help?",
            "[14:10] [NAME] (Agent): Good afternoon, how can I help?",
        ),
        (
            "Klant: Ja goeiemiddag, met Van der Laan. Ik bel over de factuur.",
            "Klant: Ja goeiemiddag, met [NAME]. Ik bel over de factuur.",
        ),
        (
            "Build fails on the runner, see log. — posted by marta_k",
            "Build fails on the runner, see log. — posted by [NAME]",
        ),
        (
            "Do you need my fødselsnummer for the lease? Here it is: 030491 12345, thanks.",
            "Do you need my fødselsnummer for the lease? Here it is: [SSN], thanks.",
        ),
        (
            "Renewal done for the van with plate and policy, reg 4417 KPT.",
            "Renewal done for the van with plate and policy, reg [PLATE].",
        ),
        ("Insurance renewed for 6620 LBW until May.", "Insurance renewed for [PLATE] until May."),
        (
            "Guest changed the room safe code to 2468 last night.",
            "Guest changed the room safe code to [PASSWORD] last night.",
        ),
        (
            "Medewerker: En uw postcode?\n"
            "Klant: drie vijf een twee, L als in Lodewijk, M als in Marie",
            "Medewerker: En uw postcode?\nKlant: [POSTCODE]",
        ),
        (
            "Agent: And the postcode?\nCaller: two zero one one five, no wait, two zero one one"
            " nine. 20119.",
            "Agent: And the postcode?\nCaller: [POSTCODE], no wait, [POSTCODE]. [POSTCODE].",
        ),
        (
            "Nieuw adres is Willem van Oranjelaan 8, graag aanpassen.",
            "Nieuw adres is [ADDRESS], graag aanpassen.",
        ),
        # look-alikes
        ("Hi Europcar,\nThe car had a dent already.", "Hi Europcar,\nThe car had a dent already."),
        (
            "[10:02] Sam (Mollie Support): Welkom bij Mollie, waarmee kan ik helpen?",
            "[10:02] [NAME] (Mollie Support): Welkom bij Mollie, waarmee kan ik helpen?",
        ),
        (
            "We stayed at Hotel Pieter Cornelisz Hooft in Utrecht, lovely breakfast.",
            "We stayed at Hotel Pieter Cornelisz Hooft in Utrecht, lovely breakfast.",
        ),
        ("Ik ben Zweedse en woon sinds kort hier.", "Ik ben Zweedse en woon sinds kort hier."),
        (
            "My tracking 1Z 4F8 0W2 02 1234 5678 shows delivered.",
            "My tracking 1Z 4F8 0W2 02 1234 5678 shows delivered.",
        ),
        (
            'Formulier "Wachtwoord vergeten"\ntijd: 2026-01-14T08:12:55Z\nstatus: verzonden',
            'Formulier "Wachtwoord vergeten"\ntijd: 2026-01-14T08:12:55Z\nstatus: verzonden',
        ),
        (
            "My husband died in 2019 and the letters keep coming.",
            "My husband died in 2019 and the letters keep coming.",
        ),
        (
            "Rebook flight IB 3120 MAD–AMS please.",
            "Rebook flight IB 3120 MAD–AMS please.",
        ),
        (
            "SMS: Antwoord 1 voor een nieuwe afspraak, 2 voor annuleren.",
            "SMS: Antwoord 1 voor een nieuwe afspraak, 2 voor annuleren.",
        ),
    ],
)
def test_blind41_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
