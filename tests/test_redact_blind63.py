"""Forms the sixty-third blind set showed, studied after it was measured (the cases here are
written anew, not copied): a password manager's export pasted as CSV (the link stops at the
comma, the password column is taken), a camel-case JSON password field, a PHP session cookie,
a network's name before a comma and its key; and what is no one's personal data: a phone's last
digits after a one-time code was sent, a version after "updating to" or on an upgrade path,
earrings named in quotes, a pharmacy in lower case, a museum named after a person, a chip
maker. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exported by mistake:\n\ntitle,url,login,password\n"
            "Mail,https://mail.example.org,p.smit,Vlinder!Dijk_42\n"
            "Router,https://192.168.1.1,admin,Br0mfiets-Oost\n",
            "Exported by mistake:\n\ntitle,url,login,password\n"
            "Mail,https://mail.example.org,p.smit,[PASSWORD]\n"
            "Router,https://[IP],admin,[PASSWORD]\n",
        ),
        (
            'PATCH /api/v3/me body={"currentPassword":"Hooiberg#71","lang":"nl"}',
            'PATCH /api/v3/me body={"currentPassword":"[PASSWORD]","lang":"nl"}',
        ),
        (
            "portal[2210]: login ok, cookie PHPSESSID=q7w3e9r1t5y8u2i4o6p0",
            "portal[2210]: login ok, cookie PHPSESSID=[TOKEN]",
        ),
        (
            "Installed by the engineer.\nWiFi: HUISKAMER_5G, key plantenbak-zolder-31\nDone.",
            "Installed by the engineer.\nWiFi: HUISKAMER_5G, key [PASSWORD]\nDone.",
        ),
    ],
)
def test_blind63_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We sent a one-time code to the phone ending 5512, please read it out.",
        "Since updating to 5.3.0.12 the sync client crashes on start.",
        "Upgrade path: 7.1.x → 10.2.0.4 → 10.2.3.9 (in that order).",
        "Mag ik de gouden oorbellen 'Sofia' nog bestellen?",
        "Ze haalt haar medicijnen op bij apotheek De Linde.",
        "Drie kaartjes voor het Anne Frank Huis op zaterdag.",
        "Netwerkkaart: driver Intel AX200 versie 22.1.0.3 geinstalleerd.",
    ],
)
def test_blind63_kept(text: str) -> None:
    assert _redacted(text) == text


def test_a_connection_s_far_end_after_an_arrow_stays_an_address() -> None:
    # guard: the upgrade path's arrow must not keep a connection's addresses
    text = "Last attempt from 3.18.12.63 → 52.29.188.140 failed."
    assert _redacted(text) == "Last attempt from [IP] → [IP] failed."
