"""Forms the forty-third blind set showed after it was measured once (the cases here are
written anew, not copied): the name on a doorbell, Vietnamese given names, a nickname given
as such ('zegt zelf "Mien"'), capitals in any alphabet after a card's name label inside a
line, a Swiss AHV number by its check, a national ID many words after its cue, a plate from
Vienna or Warsaw, a porting PIN read out in two groups, a PIN answered after a yes, a
postcode asked about for delivery. Look-alikes stay: a shop named after its owner, a
hospital named after a person, a file number before a sentence, a promotion's code, a
policy number that starts with a car word, a date of birth after a national ID refused, a
card's last digits after "ends in". Each case also checks that redacting twice adds
nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "if nobody answers, the name on the doorbell is Marchetti, 2nd floor.",
            "if nobody answers, the name on the doorbell is [NAME], 2nd floor.",
        ),
        (
            "Thanh: my account is locked again\nAgent: Hi Thanh, let me check that.",
            "[NAME]: my account is locked again\nAgent: Hi [NAME], let me check that.",
        ),
        (
            'Meneer Johannes Bakker (noemt zich "Hans") belde over zijn pensioen.',
            'Meneer [NAME] (noemt zich "[NAME]") belde over zijn pensioen.',
        ),
        (
            "Betaald met creditcard. Naam op kaart: K. WÓJCIK. Bevestiging verstuurd.",
            "Betaald met creditcard. Naam op kaart: [NAME]. Bevestiging verstuurd.",
        ),
        (
            "Attached the form, my AHV is 756.1234.5678.97 as requested.",
            "Attached the form, my AHV is [SSN] as requested.",
        ),
        (
            "Hierbij mijn matricule zoals gevraagd door de afdeling personeelszaken:"
            " 1985071512345.",
            "Hierbij mijn matricule zoals gevraagd door de afdeling personeelszaken: [SSN].",
        ),
        (
            "Our van W-31877B broke down near Linz, please send help.",
            "Our van [PLATE] broke down near Linz, please send help.",
        ),
        (
            "Parkeren: Pools kenteken WW 7213C, uitrit 18:40.",
            "Parkeren: Pools kenteken [PLATE], uitrit 18:40.",
        ),
        (
            "Customer asked for the porting PIN again, read it out: 402 118. Valid 10 days.",
            "Customer asked for the porting PIN again, read it out: [OTP]. Valid 10 days.",
        ),
        (
            "Mdw: Heb je je pincode ook op die site getypt?\nKlant: ja, 7302, stom van me",
            "Mdw: Heb je je pincode ook op die site getypt?\nKlant: ja, [PASSWORD], stom van me",
        ),
        (
            "Klant: leveren jullie ook in 3581?\nBot: Zeker!",
            "Klant: leveren jullie ook in [POSTCODE]?\nBot: Zeker!",
        ),
        # look-alikes
        (
            'Winkel "De Fietswinkel van Piet" meldt een kapotte levering.',
            'Winkel "De Fietswinkel van Piet" meldt een kapotte levering.',
        ),
        (
            "Uw controle is in het Amphia Ziekenhuis, of in het Beatrix MC in Gorinchem.",
            "Uw controle is in het Amphia Ziekenhuis, of in het Beatrix MC in Gorinchem.",
        ),
        (
            "Zaak 4410/K. Stuurt foto's van de schade morgen.",
            "Zaak 4410/K. Stuurt foto's van de schade morgen.",
        ),
        (
            "Nu met 25% korting: gebruik code LENTE2025 in de webshop.",
            "Nu met 25% korting: gebruik code LENTE2025 in de webshop.",
        ),
        (
            "Policy CAR-NL-448120 renewed, the car itself is fine.",
            "Policy CAR-NL-448120 renewed, the car itself is fine.",
        ),
        (
            "My PESEL I won't send by mail, but my date of birth is 1990-03-21.",
            "My PESEL I won't send by mail, but my date of birth is [BIRTH_DATE].",
        ),
        (
            "The parcel should be delivered, I paid with the card that ends in 4417.",
            "The parcel should be delivered, I paid with the card that ends in 4417.",
        ),
        # found by the redact-twice check when blind44 was added: a department after the
        # signature's name lost its last word on the second pass
        (
            "Kind regards,\nAnna Smit, Customer Relations\nAcme Hotels",
            "Kind regards,\n[NAME], Customer Relations\nAcme Hotels",
        ),
    ],
)
def test_blind43_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
