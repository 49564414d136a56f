"""What the hundred-and-sixth blind set showed, each case written anew (not copied): a one-time
code answered after a chat's time when it was sent "to that number"; a network's pre-shared key
in a device's log ("wifi_psk=..."); a key behind two prefixes after "token field shows", and a
key whose prefix holds a digit; an alarm's duress code ("Dwangcode"); a Belgian card reader's
"reactiecode"; recovery codes of five and five digits listed after their word; a given name
that is also a place after "my son's,". Every found case fails on a63a11f; the guards at the
end pass there too (the review of the draft found each of them taken). Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[09:41] Agent: I texted a code to that number, can you type it in here?\n"
            "[09:42] Customer: 3907",
            "[09:41] Agent: I texted a code to that number, can you type it in here?\n"
            "[09:42] Customer: [OTP]",
        ),
        (
            "fw=2.1.7 wifi_ssid=Thuis_5G wifi_psk=molen-aan-de-dijk-1977 uptime=41d",
            "fw=2.1.7 wifi_ssid=Thuis_5G wifi_psk=[PASSWORD] uptime=41d",
        ),
        (
            "the app's token field shows gw_tk_Pq82mWx4Ln, is that the one?",
            "the app's token field shows [TOKEN], is that the one?",
        ),
        (
            "het script praatte met de server via r7key_Hx3mQ9pL2vT8nW5k en dat is nu geblokkeerd",
            "het script praatte met de server via [TOKEN] en dat is nu geblokkeerd",
        ),
        (
            "Dwangcode: 30418, alleen bij overval",
            "Dwangcode: [PASSWORD], alleen bij overval",
        ),
        (
            "De reactiecode van de kaartlezer was 61930274 maar de app weigert.",
            "De reactiecode van de kaartlezer was [OTP] maar de app weigert.",
        ),
        (
            "2FA backup: 40917–22386 71503–66812",
            "2FA backup: [OTP] [OTP]",
        ),
        (
            "Mijn herstelcodes voor 2FA: 40917-22386 en 71503-66812",
            "Mijn herstelcodes voor 2FA: [OTP] en [OTP]",
        ),
        (
            "The tablet is my daughter's, Milan, she is nine.",
            "The tablet is my daughter's, [NAME], she is nine.",
        ),
    ],
)
def test_blind106_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards, from the review of the draft (which took each of them)
        "Ik heb onder dwang 2500 euro overgemaakt aan de oplichter.",
        "psk: disabled",
        "It's my dad's, Sky box in the living room.",
        "Activation code for serial 12345-67890 did not work",
        "We sent the code to this number. Customer since 2019, 4 orders.",
        "Te huur: aanhanger 750 KG geremd",
    ],
)
def test_blind106_kept(text: str) -> None:
    assert _redacted(text) == text
