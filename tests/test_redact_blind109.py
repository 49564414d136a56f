"""What the hundred-and-ninth blind set showed, each case written anew (not copied): an Italian
door code ("il codice del cancello ... è 4471C"); a code someone set on a safe ("set new code
...") is a password, not a one-time code; a French NIR named "NIR" whose key is wrong; an Irish
PPS number after "PPS No.:"; a BSN after "b.s.n.:" in odd groups; a German social insurance
number given as "die van mij" in the sentence after the one that names it; a street said with
the same number right after a postcode and number ("that's Kleine Berg 40"); a one-time code
begun ("9921...") or mistyped with a letter O before it is given whole; an app log filling in
a texted code ("autofill value=..."); a code of letters and digits "sent by SMS"; a code
answered on the next turn after "the code we sent to" a phone; a password manager's TOTP
column; a log's user written out ("user=Aleksi Mäkinen"); a Flemish surname that is a town
after a title ("Mevr. Van Tilburg"); a guest Wi-Fi's name with no digit before a slash and its
password; a login decoded from base64. Kept: a password manager's header row, a log's user id
after an MFA event. Every case fails on 4122ff0, except two guards of the new rules (a
timestamp "decoded", a number after a call-back phone). Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mamma, il codice del cancello è cambiato ieri, ora è 4471C",
            "mamma, il codice del cancello è cambiato ieri, ora è [PASSWORD]",
        ),
        (
            "Room 214: guest locked out of the wardrobe safe, we reset it and she set a new code"
            " 731905 herself.",
            "Room 214: guest locked out of the wardrobe safe, we reset it and she set a new code"
            " [PASSWORD] herself.",
        ),
        (
            "Mon mari est aussi assuré, son NIR commence pareil, c'est 1 71 03 75 114 208 66 si"
            " besoin.",
            "Mon mari est aussi assuré, son NIR commence pareil, c'est [SSN] si besoin.",
        ),
        (
            "Hirer: Niamh Byrne\nPPS No.: 6190375RA\nLicence class: B",
            "Hirer: [NAME]\nPPS No.: [SSN]\nLicence class: B",
        ),
        ("geb. datum: 4-9-1979\nb.s.n.: 11122 2333", "geb. datum: [BIRTH_DATE]\nb.s.n.: [BSN]"),
        (
            "Voor de verzekering vroegen jullie de Sozialversicherungsnummer van de chauffeur."
            " Hier is die van mij: 4412 220779.",
            "Voor de verzekering vroegen jullie de Sozialversicherungsnummer van de chauffeur."
            " Hier is die van mij: [SSN].",
        ),
        (
            "Caller: I moved, it's 3512 JK 17 now, that's Hoge Heuvel 17.",
            "Caller: I moved, it's [ADDRESS] now, that's [ADDRESS].",
        ),
        (
            "[11:02] Agent: I've texted a code to your mobile.\n"
            "[11:03] Caller: 5830... hang on, it has 6 digits? 583014",
            "[11:02] Agent: I've texted a code to your mobile.\n"
            "[11:03] Caller: [OTP]... hang on, it has 6 digits? [OTP]",
        ),
        (
            "Guest: SMS says mTAN 6O2 118... sorry typo, it's 602118",
            "Guest: SMS says mTAN [OTP]... sorry typo, it's [OTP]",
        ),
        (
            "I/WalletApp( 4410): [otp] sms received from short number, autofill value=558102",
            "I/WalletApp( 4410): [otp] sms received from short number, autofill value=[OTP]",
        ),
        (
            "Documents can be added with upload code ZP4-218 sent by SMS this morning.",
            "Documents can be added with upload code [OTP] sent by SMS this morning.",
        ),
        (
            "Bot: Please enter the code we sent to 087 455 1290.\nCustomer: 7314\nBot: Thanks!",
            "Bot: Please enter the code we sent to [PHONE].\nCustomer: [OTP]\nBot: Thanks!",
        ),
        (
            "name,url,username,password,totp\n"
            "Dropbox,https://dropbox.com,jstol,Zeemeeuw!44,KZXW6YTBOI4TEMZQGEZDGNBVGY3TQOJQ",
            "name,url,username,password,totp\nDropbox,https://dropbox.com,jstol,[PASSWORD],[TOKEN]",
        ),
        (
            "W/PayApp( 3120): [auth] session=nb_sess_9f3c1a77e2 user=Jaakko Nieminen device=pixel7",
            "W/PayApp( 3120): [auth] session=[TOKEN] user=[NAME] device=pixel7",
        ),
        (
            "Bezorgnotitie\n\nDhr. Van Gent\nKerkstraat 9, Gouda",
            "Bezorgnotitie\n\nDhr. [NAME]\n[ADDRESS], Gouda",
        ),
        (
            "Parkeren achter de zaak. Wifi: CafeDeHoekGast / lente2025hoek",
            "Parkeren achter de zaak. Wifi: CafeDeHoekGast / [PASSWORD]",
        ),
        (
            "The Authorization header decodes to ci-bot:Kr4anvogel!77 which is what Jenkins has.",
            "The Authorization header decodes to ci-bot:[PASSWORD] which is what Jenkins has.",
        ),
        (
            "Call us back on 020 555 0134.\nCustomer: ok, around 1500 then",
            "Call us back on [PHONE].\nCustomer: ok, around 1500 then",
        ),
    ],
)
def test_blind109_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Export headers: name,url,username,password,totp",
        "2024-11-04T09:01:12Z INFO auth.mfa verified user_id=204417 session=ok",
        "The log line's time decodes to 2024-11-04T09:01:12Z, so it was UTC.",
    ],
)
def test_blind109_kept(text: str) -> None:
    assert _redacted(text) == text
