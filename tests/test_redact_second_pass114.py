"""What the corpus's redact-twice check showed once blind114 joined it, each case written anew:
a first pass must take what a second pass over its placeholders would. A cued mobile with a long
name between the cue and the number (the names are taken after the numbers; the cue is read
again once they are, a name counting as one word) and a code answered on the next line with a
BSN after it (a value taken counts as one sign, not as the length its placeholder has). Both
failed on 2c3e363, where the second pass added a placeholder."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alta de dos líneas\n"
            "Titular: Daniel Hughes, NIE por confirmar\n"
            "Segunda línea: Maria del Carmen Ortega Ruiz, DNI 51234567C, number 633 48 20 17",
            "Alta de dos líneas\n"
            "Titular: [NAME], NIE por confirmar\n"
            "Segunda línea: [NAME], DNI [SSN], number [PHONE]",
        ),
        (
            "[10:03] Ana (helpdesk): Welke code staat er in de brief? En wat is uw BSN?\n"
            "[10:04] Gebruiker: code HT7Q-2L9W-4MXB , bsn 3170 42 658",
            "[10:03] [NAME] (helpdesk): Welke code staat er in de brief? En wat is uw BSN?\n"
            "[10:04] Gebruiker: code [OTP] , bsn [BSN]",
        ),
    ],
)
def test_first_pass_takes_what_a_second_would(text: str, expected: str) -> None:
    assert _redacted(text) == expected
