"""What the ninety-eighth blind set showed, each case written anew (not copied): a card's expiry
typed with spaces after its cue ("exp 1 1/2 8"); a lock's combination ("Mailbox combo:"); a chat
speaker whose given and surname no list holds, when another speaker greets the given name; a
card's expiry by month and year at the start of the next turn after the card; a session's id
logged again as a field's old value, and its new value beside it; who wrote a note, a listed
given name alone in brackets ("Interne notitie (Mark):"). Kept: the firm the chat's title
names first, speaking ("Chase:" under "Chase – Chat with us"); a service's short number after
"Reply STOP ... to"; a tracker's issue after "bug". Each case also checks that redacting twice
adds nothing. The kept cases that pass on the commit before too are guards for the new rules."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[09:10] Klant: kaart 4539 1488 0343 6467 exp 1 1/2 8 cvv 5 0 2",
            "[09:10] Klant: kaart [CARD] exp [EXPIRY] cvv [CVV]",
        ),
        (
            "- Voordeur: sleutel onder de mat\n- Mailbox combo: 27-11-09",
            "- Voordeur: sleutel onder de mat\n- Mailbox combo: [PASSWORD]",
        ),
        (
            "WhatsApp – Garage Hofstede, Assen\n"
            "[07:40] Wiebren Sieperda: Goeiemorgen, ik breng de Golf vanavond\n"
            "[07:48] Garage Hofstede (Jan-Willem): Prima Wiebren. Nog iets bijzonders?\n"
            "[07:50] Wiebren Sieperda: Nee hoor, alleen de grote beurt",
            "WhatsApp – Garage Hofstede, Assen\n"
            "[07:40] [NAME]: Goeiemorgen, ik breng de Golf vanavond\n"
            "[07:48] Garage Hofstede ([NAME]): Prima [NAME]. Nog iets bijzonders?\n"
            "[07:50] [NAME]: Nee hoor, alleen de grote beurt",
        ),
        (
            "[13:05] Klant: 4539 1488 0343 6467 (sorry voor de spaties)\n"
            "[13:06] Klant: verloopt eind maart 2028, code 502",
            "[13:05] Klant: [CARD] (sorry voor de spaties)\n"
            "[13:06] Klant: verloopt eind [EXPIRY], code [CVV]",
        ),
        (
            "idp audit 2024-10-02 (excerpt, UTC)\n"
            "09:01:12 saml_assertion_ok user=ops ip=195.169.44.20 session=idp_s_72Kd4Lq9Wb3Xe8Rn\n"
            "09:14:55 token_refresh user=ops old=idp_s_72Kd4Lq9Wb3Xe8Rn new=idp_s_35Tf8Ha2Mc6Vy1Pq",
            "idp audit 2024-10-02 (excerpt, UTC)\n"
            "09:01:12 saml_assertion_ok user=ops ip=[IP] session=[TOKEN]\n"
            "09:14:55 token_refresh user=ops old=[TOKEN] new=[TOKEN]",
        ),
        (
            "Interne notitie (Mark): klant teruggebeld, lost.",
            "Interne notitie ([NAME]): klant teruggebeld, lost.",
        ),
    ],
)
def test_blind98_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chase – Chat with us\nChase: Hi, how can I help you today?\n"
            "Me: my card was declined twice\nChase: Sorry to hear that, let me check.",
            "Chase – Chat with us\nChase: Hi, how can I help you today?\n"
            "Me: my card was declined twice\nChase: Sorry to hear that, let me check.",
        ),
        (
            "Your Uber code: 5521. Never share this code. Reply STOP ENG to 81025 to unsubscribe.",
            "Your Uber code: [OTP]. Never share this code. Reply STOP ENG to 81025 to unsubscribe.",
        ),
        (
            "idp audit 2024-10-02 (excerpt, UTC)\n"
            "09:01:41 mfa_ok code=552013 (logged in plaintext – known bug IDP-208)",
            "idp audit 2024-10-02 (excerpt, UTC)\n"
            "09:01:41 mfa_ok code=[OTP] (logged in plaintext – known bug IDP-208)",
        ),
        (
            "[13:05] Klant: kaart 4539 1488 0343 6467\n"
            "[13:06] Klant: mijn abonnement? verloopt in mei 2026",
            "[13:05] Klant: kaart [CARD]\n[13:06] Klant: mijn abonnement? verloopt in mei 2026",
        ),
        ("Release notes (Beta): fixed login", "Release notes (Beta): fixed login"),
        ("The combo meal is great", "The combo meal is great"),
    ],
)
def test_blind98_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
