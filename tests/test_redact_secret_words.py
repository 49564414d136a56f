"""Words agreed on to tell who calls (a memorable word, a codewoord for the alarm centre), in
quotes later in the cue's sentence or given alone on the turn after the question; a login
password's quoted screen messages and rules stay. Each case also checks that redacting twice
adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Cust read out her old memorable word "marmalade" before I could stop her.',
            'Cust read out her old memorable word "[PASSWORD]" before I could stop her.',
        ),
        (
            'Het codewoord voor de meldkamer was "tulpenveld", dat wordt voortaan "vuurtoren".',
            'Het codewoord voor de meldkamer was "[PASSWORD]", dat wordt voortaan "[PASSWORD]".',
        ),
        (
            'Codewoord gevraagd: "Vuurtoren" – correct.',
            'Codewoord gevraagd: "[PASSWORD]" – correct.',
        ),
        (
            "Agent: And the memorable word you set up, please?\nCustomer: marmalade\nAgent: Ta.",
            "Agent: And the memorable word you set up, please?\nCustomer: [PASSWORD]\nAgent: Ta.",
        ),
        (
            'verbal password for the call centre: "bluebell cottage"',
            'verbal password for the call centre: "[PASSWORD]"',
        ),
        ('The screen said password "incorrect".', 'The screen said password "incorrect".'),
        (
            'Your password must contain "uppercase" letters.',
            'Your password must contain "uppercase" letters.',
        ),
        ('Kies bij je wachtwoord "Overal afmelden".', 'Kies bij je wachtwoord "Overal afmelden".'),
        (
            "Agent: what's your memorable word?\nCustomer: sorry",
            "Agent: what's your memorable word?\nCustomer: sorry",
        ),
    ],
)
def test_secret_words(text: str, expected: str) -> None:
    assert _redacted(text) == expected
