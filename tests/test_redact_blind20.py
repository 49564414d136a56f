"""Forms the redactor learned from the misses on blind20 (measured first, then studied): a
password announced on its own line before a blank line, a router's login pair, Irish plates
in a text about motor tax, ZIP+4 codes after their label, 17-digit Bancontact cards, an
expiry after "geldigheid"; and a look-alike (a firmware version after "shows"). Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your temporary password is:\n\n    Vk3!pQe9#tW\n\nYou will be asked",
            "Your temporary password is:\n\n    [PASSWORD]\n\nYou will be asked",
        ),
        (
            "password reset done.\n\nThanks, see you 12.5",
            "password reset done.\n\nThanks, see you 12.5",
        ),
        (
            "in de router (admin / Kr@ai77) de port forward",
            "in de router (admin / [PASSWORD]) de port forward",
        ),
        (
            "I paid the motor tax for 192-KY-4410 in March",
            "I paid the motor tax for [PLATE] in March",
        ),
        ("ZIP: 30309-1144\nPhone", "ZIP: [POSTCODE]\nPhone"),
        (
            "de Bancontact-kaart 6703 0412 3456 7890 8, vervaldatum 08/27",
            "de Bancontact-kaart [CARD], vervaldatum [EXPIRY]",
        ),
        (
            "agent: en de geldigheid\nbeller: eh tot maart achtentwintig\n",
            "agent: en de geldigheid\nbeller: eh tot [EXPIRY]\n",
        ),
        ("Garantie geldig tot maart 2026.", "Garantie geldig tot maart 2026."),
        ("Pas vervaldatum: maart 2027", "Pas vervaldatum: [EXPIRY]"),
        (
            "password Hx7-kk29-Lp. Please change it. Firmware shows 2.0.14.",
            "password [PASSWORD]. Please change it. Firmware shows 2.0.14.",
        ),
    ],
)
def test_blind20_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
