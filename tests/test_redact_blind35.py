"""Forms the thirty-fifth blind set showed after it was measured once (the cases here are
written anew, not copied): a chat speaker with a role in brackets and the time, a plate
answered on the turn after it is asked for, Norwegian streets named after someone and
postcodes from 0, Swedish postcodes with a space, a postcode with its country's letters, a
Dutch street named after someone, a name after a title starting with a month, a plate spelled
with the Dutch spelling alphabet and dashes said aloud, a French social security number with
its key, a porting code and a value corrected by one of the same shape, a drop box's code.
Look-alikes stay: a legal form read as initials, a firm and its team in brackets, a bot's
name, a nationality, months joined to each other, a customer number that passes the 11-test.
Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hallvard (support) 09:12\nwhich contract?\nMarek 09:13\nthe lease one\n"
            "Hallvard (support) 09:15\nfound it",
            "[NAME] (support) 09:12\nwhich contract?\n[NAME] 09:13\nthe lease one\n"
            "[NAME] (support) 09:15\nfound it",
        ),
        (
            "Agent: Could you tell me the registration of the van?\nCaller: KR 77315",
            "Agent: Could you tell me the registration of the van?\nCaller: [PLATE]",
        ),
        (
            "New address from May: Ole Bulls gate 14A, 0166 Oslo.",
            "New address from May: [ADDRESS], [POSTCODE] Oslo.",
        ),
        (
            "Please post it to Kungsgatan 8, 411 19 Göteborg",
            "Please post it to [ADDRESS], [POSTCODE] Göteborg",
        ),
        (
            "Our postal code is FI-00100, can you deliver?",
            "Our postal code is [POSTCODE], can you deliver?",
        ),
        (
            "Wij wonen sinds kort op de Ferdinand Huyckstraat 41-1 in Amsterdam",
            "Wij wonen sinds kort op de [ADDRESS] in Amsterdam",
        ),
        (
            "Schade veroorzaakt door dhr. Juni Verbeek, verzekerd bij Univé.",
            "Schade veroorzaakt door dhr. [NAME], verzekerd bij Univé.",
        ),
        (
            "kenteken: K als Karel, L als Lodewijk, streepje, drie twee een, streepje, P als Piet",
            "kenteken: [PLATE]",
        ),
        (
            "Mon numéro de sécurité sociale: 1 84 12 75 114 233 41, merci",
            "Mon numéro de sécurité sociale: [SSN], merci",
        ),
        (
            "Agent: what's the porting code?\nCaller: TRW551902",
            "Agent: what's the porting code?\nCaller: [OTP]",
        ),
        (
            "please leave it in the drop box, code 6610",
            "please leave it in the drop box, code [PASSWORD]",
        ),
        # look-alikes
        (
            "Te betalen aan NL91 ABNA 0417 1643 00 t.n.v. Dakwerken Noord N.V.",
            "Te betalen aan [IBAN] t.n.v. Dakwerken Noord N.V.",
        ),
        (
            "Lars (Otto support): kun je een screenshot sturen?",
            "[NAME] (Otto support): kun je een screenshot sturen?",
        ),
        (
            "Hello, I'm Nova, your digital assistant. How can I help?",
            "Hello, I'm Nova, your digital assistant. How can I help?",
        ),
        (
            "Bonjour, je suis Belge et j'habite à Namur",
            "Bonjour, je suis Belge et j'habite à Namur",
        ),
        (
            "the invoices for Jan & Feb were both charged twice",
            "the invoices for Jan & Feb were both charged twice",
        ),
        (
            "Rent arrears (customer 123456782) discussed",
            "Rent arrears (customer 123456782) discussed",
        ),
    ],
)
def test_blind35_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_corrected_value_takes_the_kind_of_its_correction() -> None:
    from assistant.ingest.redact.echoes import take_echoes
    from assistant.ingest.redact.scan import Scan

    text = "It reads QPX204811... no wait, sorry, QPX204881, my mistake."
    scan = Scan(text)
    start = text.index("QPX204881")
    scan.take(start, start + 9, "OTP")
    take_echoes(scan)
    taken = sorted((text[f.start : f.end], f.kind) for f in scan.found)
    assert taken == [("QPX204811", "OTP"), ("QPX204881", "OTP")]
