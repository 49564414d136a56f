"""Values read out in calls, learned from the tail of the tune split after blind30: a Dutch
mobile read without its 0 and a North American number in its groups after a phone word in the
turn before ("double-two" with a hyphen too); a postcode read out after the town on an
address's line; an expiry said again in other words ("november achtentwintig. Elf
achtentwintig dus."); a value read out and said again word for word; another country's
national ID number read out after its cue, and a National Insurance number spelled with its
letters; a card's expiry by the month's name in the card's sentence. Look-alikes stay. Each
case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "agent: klopt, welk nummer gaat het om?\nklant: zes, vierenveertig, achtentachtig,"
            " nul twee, zeventien eh nul zes dus ervoor",
            "agent: klopt, welk nummer gaat het om?\nklant: [PHONE] eh nul zes dus ervoor",
        ),
        (
            "AGENT: Great. And a good callback number?\nCALLER: three one two, five five five,"
            " oh one seven seven",
            "AGENT: Great. And a good callback number?\nCALLER: [PHONE]",
        ),
        ("Caller: Oh-seven-nine-five-six, double-two-three, four-eight-one", "Caller: [PHONE]"),
        (
            "klantnummer zes vier vier acht acht nul twee een zeven",
            "klantnummer zes vier vier acht acht nul twee een zeven",
        ),
        (
            "CALLER: it's 87 Lakeview Terrace, Dayton Ohio four five four zero nine",
            "CALLER: it's [ADDRESS], Dayton Ohio [POSTCODE]",
        ),
        (
            "it's 87 Lakeview Terrace, we paid four hundred and fifty",
            "it's [ADDRESS], we paid four hundred and fifty",
        ),
        (
            "Agent: En de vervaldatum?\nKlant: november achtentwintig. Elf achtentwintig dus.",
            "Agent: En de vervaldatum?\nKlant: [EXPIRY]. [EXPIRY] dus.",
        ),
        (
            "Agent: And valid until?\nCustomer: Until end of eleven twenty-six. November"
            " twenty-six.",
            "Agent: And valid until?\nCustomer: Until end of [EXPIRY]. [EXPIRY].",
        ),
        (
            "Vervaldatum?\nKlant: 11/28. De bestelling komt in december.",
            "Vervaldatum?\nKlant: [EXPIRY]. De bestelling komt in december.",
        ),
        (
            "medewerker: En uw postcode\nklant: zeven acht twee nul ef ha\nmedewerker: zeven"
            " acht twee nul ef ha, ja ik zie u staan.",
            "medewerker: En uw postcode\nklant: [POSTCODE]\nmedewerker: [POSTCODE], ja ik zie"
            " u staan.",
        ),
        (
            "Bot: Please say or enter your national identity number.\nCaller: one two zero three"
            " eight five, four four one two two\nBot: I heard 120385 44122. Is that correct?",
            "Bot: Please say or enter your national identity number.\nCaller: [SSN]\nBot: I"
            " heard [SSN]. Is that correct?",
        ),
        (
            "Bot: Please say your national insurance number.\nCaller: my phone is oh seven seven"
            " double oh nine oh oh one two three",
            "Bot: Please say your national insurance number.\nCaller: my phone is [PHONE]",
        ),
        (
            'She read the NI as "J T four eight three one nine two B", matches file.',
            'She read the NI as "[SSN]", matches file.',
        ),
        (
            "my card has never left my wallet, it expires January 2027.",
            "my card has never left my wallet, it expires [EXPIRY].",
        ),
        (
            "Mijn kaart eindigt op 9012 en verloopt juni 2027, moet ik nog iets doen?",
            "Mijn kaart eindigt op 9012 en verloopt [EXPIRY], moet ik nog iets doen?",
        ),
        (
            "De pas is binnen, mijn abonnement verloopt in mei 2026.",
            "De pas is binnen, mijn abonnement verloopt in mei 2026.",
        ),
    ],
)
def test_read_out_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
