"""The review of bf3ab41 and 2b89ae9 and its mend: an address after a bracketed tag and a
version's word (the second-pass mend had let any "[" cut the cue), an address after "The
client" (an app's release now needs software spoken of after it), a plain word tried as a
password in a log, a surname "Maison" after a title; and a meeting room's name before a full
stop or a bracket, a SIM card's number after "is". Each case fails on 2b89ae9; each also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Firewall [WAN] update 84.26.13.77 toegevoegd",
            "Firewall [WAN] update [IP] toegevoegd",
        ),
        (
            "The client 5.61.20.14 was blocked by the firewall after 5 failed logins",
            "The client [IP] was blocked by the firewall after 5 failed logins",
        ),
        (
            "2024-09-11 WARN login failed user=jdevries pw_attempt=welkom",
            "2024-09-11 WARN login failed user=jdevries pw_attempt=[PASSWORD]",
        ),
        (
            "Meneer Maison heeft gebeld over de factuur",
            "Meneer [NAME] heeft gebeld over de factuur",
        ),
        (
            "Meeting with Anna in conference room Sarah. Bring laptop",
            "Meeting with [NAME] in conference room Sarah. Bring laptop",
        ),
    ],
)
def test_review_of_round92_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Conference room Kees (3rd floor)",
        "Mijn simkaartnummer is 8931 4400 1234 5678 901",
        "Subject: Re: Sync client 4.12.0.3 crashes on startup",
    ],
)
def test_review_of_round92_kept(text: str) -> None:
    assert _redacted(text) == text
