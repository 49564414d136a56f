"""Forms the sixtieth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a CSRF token under its label, a SIM's PUK code as a password, a
parent's label written with a slash, a maiden name after "geb.", a user's id in a reset link
that is no password on a second pass; and what is no one's personal data: a driver's and a
firmware field's version, a firm's VAT number, a dish and a dog's breed. Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cookies from the session:\nsessionid: 8f2b1c9e7a4d\ncsrf: Mz4Tq9Lw2Vx7Kp1Rb5Nc",
            "Cookies from the session:\nsessionid: 8f2b1c9e7a4d\ncsrf: [TOKEN]",
        ),
        (
            "Simkaart geblokkeerd, klant heeft PUK-code doorgegeven: 73019284. Nieuwe pincode"
            " ingesteld.",
            "Simkaart geblokkeerd, klant heeft PUK-code doorgegeven: [PASSWORD]. Nieuwe pincode"
            " ingesteld.",
        ),
        (
            "Ouder/verzorger 2: Chandni Baldew-Autar, tel. 06-41 22 87 10",
            "Ouder/verzorger 2: [NAME], tel. [PHONE]",
        ),
        (
            "Verkäuferin: Petra Hoffmann, geb. Krause\nGeburtsdatum: 14.02.1961",
            "Verkäuferin: [NAME], geb. [NAME]\nGeburtsdatum: [BIRTH_DATE]",
        ),
        # the retrain for blind60 left a child's date after a parent's label at 0.794 against
        # the learned step's 0.80: a rule now takes it (written like the blind26 case it broke)
        ("Ouder: Sem Visser, 9 juni 2021", "Ouder: [NAME], [BIRTH_DATE]"),
        # seen when blind60 was redacted twice: a user's id in a reset link, after the token
        # in it was taken, is no password on either pass
        (
            "Click the link below to choose a new password:\n\nhttps://shop.example/reset-password"
            "?token=Hq7Lm2Wx9Tn4Vb8Kc3Zp6Rd1Fs5Gj0Ya&uid=7720415\n\nValid for 60 minutes.",
            "Click the link below to choose a new password:\n\nhttps://shop.example/reset-password"
            "?token=[TOKEN]&uid=7720415\n\nValid for 60 minutes.",
        ),
    ],
)
def test_blind60_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Updated the graphics driver 2.3.0.17 and the dock still flickers.",
        "inventory host=PC-114 nic_fw=3.1.22.4 status=OK",
        "Invoice paid in full. VAT reg. IE 9742531K. Thank you for staying with us.",
        "We had the Eggs Benedict and the dog (a Jack Russell) was welcome too.",
    ],
)
def test_blind60_kept(text: str) -> None:
    assert _redacted(text) == text
