"""Forms the redactor learned from blind27. Found by the corpus's idempotence test when the set
arrived, before it was measured: in "Naam deelnemer: Lucas Van Damme" the label is a form's
name field and "Van" a particle, not the "van" of a name being changed, so the whole name goes
on the first pass. Then, after measuring: "Customer contact:", "née", a plate after "is" a few
words on, a ZIP after a unit and a town, "mn naam (is)", a signature line after a closing
whose words are also words, the doorbell ("bel bij"), "Werknemer:", an expiry by the month's
name a turn after its cue. Look-alikes: a warranty's end, a town before its state in a
sentence, a station, a network's name in quotes, "& Zo", a time after a date, a firmware
version after "is". Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Naam deelnemer: Lucas Van Hecke\nGeboortedatum: 03-04-2012",
            "Naam deelnemer: [NAME]\nGeboortedatum: [BIRTH_DATE]",
        ),
        (
            "mijn achternaam is veranderd van Jansen naar De Vries",
            "mijn achternaam is veranderd van [NAME] naar [NAME]",
        ),
        (
            "Ticket is private now.\nCustomer contact: Bram Oosterhof, +44 20 7946 0381.",
            "Ticket is private now.\nCustomer contact: [NAME], [PHONE].",
        ),
        (
            "Spouse: Ashley Mendoza (née Kowalski), DOB 4/17/1988",
            "Spouse: [NAME] (née [NAME]), DOB [BIRTH_DATE]",
        ),
        (
            "The plate on the fine is 5512 JRT, but my car was 7390 HPD.",
            "The plate on the fine is [PLATE], but my car was [PLATE].",
        ),
        (
            "the back plate is 7281-HJ, the front one fine",
            "the back plate is 7281-HJ, the front one fine",
        ),
        (
            "Old address: 88 Oakmont Dr, Apt B, Durham NC 27713\nPhone: 919-555-0123",
            "Old address: [ADDRESS], Apt B, Durham NC [POSTCODE]\nPhone: [PHONE]",
        ),
        ("mn naam is jesse de boer geb 2-3-2001", "mn naam is [NAME] geb [BIRTH_DATE]"),
        (
            "mn lidnr is 88120 en mn naam kim lemmens. thx",
            "mn lidnr is 88120 en mn naam [NAME]. thx",
        ),
        ("Met vriendelijke groet,\nTon van Wijk", "Met vriendelijke groet,\n[NAME]"),
        ("Met vriendelijke groet,\nBakkerij van Dam", "Met vriendelijke groet,\nBakkerij van Dam"),
        ("2de verdiep, bel bij De Smedt. merci", "2de verdiep, bel bij [NAME]. merci"),
        ("Werknemer: Sevda Aydın\nIndienst: 1 maart", "Werknemer: [NAME]\nIndienst: 1 maart"),
        (
            "Klant: verloopdatum weet ik niet.\nKlant: ze zegt november 2027 en de cvc is 804",
            "Klant: verloopdatum weet ik niet.\nKlant: ze zegt [EXPIRY] en de cvc is [CVV]",
        ),
        (
            "Garantie geldig tot maart 2026, kaart niet nodig",
            "Garantie geldig tot maart 2026, kaart niet nodig",
        ),
        (
            "I'm a sole proprietor in Austin, TX using your tool",
            "I'm a sole proprietor in Austin, TX using your tool",
        ),
        ("a food hall near Victoria station, fine", "a food hall near Victoria station, fine"),
        (
            "De wifi heet 'Zolderkamer' en het wachtwoord is duinroos88.",
            "De wifi heet 'Zolderkamer' en het wachtwoord is [PASSWORD].",
        ),
        ("[08:02] Ruud Warmte & Zo: Goeiemorgen", "[08:02] Ruud Warmte & Zo: Goeiemorgen"),
        (
            "Geboortedatum: 12 november 1941\nLocatie: Hoorn, 2 april 11:40",
            "Geboortedatum: [BIRTH_DATE]\nLocatie: Hoorn, 2 april 11:40",
        ),
        ("worked. firmware is 4.0.12.3 now", "worked. firmware is 4.0.12.3 now"),
    ],
)
def test_blind27_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
