"""The review of 9202de6 (the second part of blind92's study) and its mend: a lower-case
postcode after a street is taken as a postcode (not left in clear), a log's password field
keeps the comma after it and status words ("expired", "valid") are no password, an option's
"--...-pass=", OTP fields with a dash or quotes, chat speakers answering a question with a code,
"Passport/ID number:", a student ID asked for, "Jan-Key" as a given name; and what stays: ticket
passes, contract numbers after a PESEL's invoice, firms in a customer's column, a claimant
firm, survey scores in a text about cards, a generic "Document:", "Nombre: PRODUCTO", "N/A",
a part number shaped like a secret key. Each case fails on 9202de6; each also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenteken van de auto staat op naam van: dorpsstraat 4 9711ab groningen",
            "Kenteken van de auto staat op naam van: dorpsstraat 4 [POSTCODE] groningen",
        ),
        (
            "ophalen bij molenweg 12 3511lk utrecht, kenteken gh123k",
            "ophalen bij molenweg 12 [POSTCODE] utrecht, kenteken [PLATE]",
        ),
        (
            "login failed: password=welkom, user=jan",
            "login failed: password=[PASSWORD], user=jan",
        ),
        (
            "run --client-cert-pass=Haar$lem-7 --verbose",
            "run --client-cert-pass=[PASSWORD] --verbose",
        ),
        ("vpn rsa-token=718204 ok", "vpn rsa-token=[OTP] ok"),
        ('vpn fortitoken="309127" accepted', 'vpn fortitoken="[OTP]" accepted'),
        (
            "Agent: Order number please?\nBill: KX-44120\nAgent: Thanks.",
            "Agent: Order number please?\n[NAME]: KX-44120\nAgent: Thanks.",
        ),
        ("Mark: 77123 is mijn klantnummer", "[NAME]: 77123 is mijn klantnummer"),
        ("Passport/ID number: C7K2P91X4", "Passport/ID number: [SSN]"),
        ("Jan-Key Bakker belde gisteren.", "[NAME] belde gisteren."),
    ],
)
def test_review93_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-01 WARN login user=jan password=expired account_status=expired",
        "INFO check password=valid mfa=valid",
        "profile update password=changed address=changed",
        "cfg loaded: boarding-pass=BP20240511 gate=D7",
        "ticket: season-pass=SP-2024-0012 day-pass=2024-05-11",
        "Ik heb mijn PESEL voor de factuur al gestuurd, het gaat om contract 5521-093-17",
        "PESEL voor de factuur is contract 6610-221-08",
        "Student: wachtwoord kwijt\nBalie: Wat is je student ID?\nStudent: s3817264",
        "[10:00] Student: wachtwoord kwijt\n[10:01] Balie: Wat is je studentnummer?\n"
        "[10:02] Student: s3817264",
        "Klant;Ordernr;Bedrag\nHugo Boss Nederland;88124;€900",
        "Customer | Orders | Region\nJack Wolfskin | 4 | DE",
        "Claimant: Allianz Direct\nPolicy: AD-2291-77",
        "Credit card feedback survey, scores per question: 4, 4, 1, 5, 2, 4, 4, 5, 2, 3, 2, 2, 4,"
        " 3, 1, 4",
        "Please bring your passport.\nDocument: ORDER2024X",
        "Nombre: PRODUCTO   Precio: 12",
        "login failed user=admin password=N/A",
        "Part number A3-100200-300400-50060-70080-90010-11012",
    ],
)
def test_review93_kept(text: str) -> None:
    assert _redacted(text) == text
