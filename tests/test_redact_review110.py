"""What the review of the blind109 study's draft found, closed before the commit. Leaks: a
key-value export's password after a comma, semicolon or bar (the draft had stopped taking it);
two-column and Bitwarden-style login tables and a semicolon row whose link ran on; a TOTP secret
typed in groups; a code typed with a letter O and then given whole; an Italian door code with
no preposition or "di accesso al"; a hyphenated surname and "customer=" in a log's user; an
e-mail as a decoded login's user; "de mijne", "mine's" and "voici le mien" for one's own ID;
"PPS No. is"; a code "sent by SMS" without a dash, "to your phone" or "per SMS"; a street after
"that's the" or with "nr". Over-redactions: "decodes to" a barcode's or a token header's field,
a network and its standard after a slash, "autofill value" of a discount or a timeout, a log's
user that is a sale, a shop or a machine, "mine is" after another number's question, error and
order codes "sent by e-mail", a gate's or a unit's number after a postcode, an amount begun
before a code, a status column under "mfa", a code set and then sent. Every case either fails on
the draft the reviewer saw or guards a rule the review showed too broad; each also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "field,value\nusername,jdevries\npassword,Zomer!2024",
            "field,value\nusername,jdevries\npassword,[PASSWORD]",
        ),
        ("veld;waarde\nwachtwoord;Zomer!2024", "veld;waarde\nwachtwoord;[PASSWORD]"),
        ("username|jdevries\npassword|Zomer!2024", "username|jdevries\npassword|[PASSWORD]"),
        (
            "password,totp\nZomer!2024,JBSWY3DPEHPK3PXP\nTulp#88x,KRSXG5CTMVRXEZLU",
            "password,totp\n[PASSWORD],[TOKEN]\n[PASSWORD],[TOKEN]",
        ),
        (
            "folder,type,name,login_uri,login_username,login_password,login_totp\n"
            ",login,Mail,https://mail.nl,j.devries,Zomer!2024,JBSWY3DPEHPK3PXP",
            "folder,type,name,login_uri,login_username,login_password,login_totp\n"
            ",login,Mail,https://mail.nl,j.devries,[PASSWORD],[TOKEN]",
        ),
        (
            "name;url;username;password;totp\n"
            "Mail;https://mail.example.com;j.devries;Zomer!2024;JBSWY3DPEHPK3PXPJBSWY3DP",
            "name;url;username;password;totp\n"
            "Mail;https://mail.example.com;j.devries;[PASSWORD];[TOKEN]",
        ),
        (
            "name,url,username,password,totp\nMail,https://m.nl,jd,Zomer!2024,JBSWY3DP EHPK3PXP"
            " JBSWY3DP",
            "name,url,username,password,totp\nMail,https://m.nl,jd,[PASSWORD],[TOKEN]",
        ),
        (
            "Customer: mTAN 448 2O1... sorry typo, it's 448201",
            "Customer: mTAN [OTP]... sorry typo, it's [OTP]",
        ),
        ("the code is 99213O, does that work?", "the code is [OTP], does that work?"),
        ("Codice portone: 2580B", "Codice portone: [PASSWORD]"),
        (
            "Il codice di accesso al portone è 4459B.",
            "Il codice di accesso al portone è [PASSWORD].",
        ),
        ("run 8812 user=Aleksi Mäkinen-Virtanen ok", "run 8812 user=[NAME] ok"),
        ("event=refund customer=Aleksi Mäkinen ok", "event=refund customer=[NAME] ok"),
        (
            "The Basic header decodes to admin@shop.nl:Zomer!2024 - that's the live password.",
            "The Basic header decodes to [EMAIL]:[PASSWORD] - that's the live password.",
        ),
        (
            "Jullie vroegen de Steuer-ID van mijn man. De mijne is 47 036 892 815.",
            "Jullie vroegen de Steuer-ID van mijn man. De mijne is [SSN].",
        ),
        (
            "Vous demandez le NIR de mon fils. Voici le mien : 1 85 05 78 006 084 36",
            "Vous demandez le NIR de mon fils. Voici le mien : [SSN]",
        ),
        ("My PPS No. is 1234567TA.", "My PPS No. is [SSN]."),
        ("Upload code KX7Q441 sent by SMS.", "Upload code [OTP] sent by SMS."),
        (
            "Upload code KX7-441 sent to your phone by SMS.",
            "Upload code [OTP] sent to your phone by SMS.",
        ),
        ("Upload code 7QK-441 sent per SMS", "Upload code [OTP] sent per SMS"),
        (
            "Caller: I live at 5611 AZ 40 now, that's the Kleine Berg 40.",
            "Caller: I live at [ADDRESS] now, that's the [ADDRESS].",
        ),
        (
            "Postcode 5611 AZ 40, dat is de Kleine Berg nr 40.",
            "Postcode [ADDRESS], dat is de [ADDRESS].",
        ),
        (
            "Deliver to 1012 AB 5, that's Gate 5 of the market hall.",
            "Deliver to [ADDRESS], that's Gate 5 of the market hall.",
        ),
        (
            "I paid 1299... sorry, the verification code is 129904",
            "I paid 1299... sorry, the verification code is [OTP]",
        ),
        (
            "We set the code 448120 sent to your phone",
            "We set the code [OTP] sent to your phone",
        ),
        (
            "Hij heeft een nieuwe code ingesteld: 772190",
            "Hij heeft een nieuwe code ingesteld: [PASSWORD]",
        ),
    ],
)
def test_review110_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The barcode decodes to EAN:8712345678906 on the label",
        "The JWT header decodes to alg:HS256 and typ:JWT",
        "Network: Ethernet / 802.11ax",
        "Netwerk: bedraad / WPA2-PSK",
        "Wi-Fi: FritzBox / FRITZ!Box-7590",
        "Wifi: Zolder / Zolder_5G",
        "discount code applied, autofill value=250000 cents",
        "zip code autofill value=94103",
        "user=Summer Sale",
        "login=Ikea Delft",
        "user=Kiosk Terminal",
        "Please do not post your national insurance number. What is your reference? Mine is"
        " 55123 8812.",
        "Error code E42X1 sent via email",
        "Fault code F28A1 sent by SMS",
        "auth.mfa verified user_id=118273",
        "name,email,mfa\nanna,shop,AUTHENTICATORAPP",
    ],
)
def test_review110_kept(text: str) -> None:
    assert _redacted(text) == text
