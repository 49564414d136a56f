"""What the review of the blind111 draft found (a helper probing it with about 400 texts of its
own), each case written anew here. Found: an NI number's letters said around its digits, a
plate's digit said "double", team signatures in other forms (brackets anywhere, "[team 3]",
", team 3", two signed names), a memorable word after "=" or a dash and in German and French,
NI numbers named in lower case or with dashes, a network key in groups after "Passwort" or in
two groups of eight, names on a letterbox or an intercom and before "on the doorbell", a PIN
set up on the line before, children listed in lower case or with ages. Kept: a verb after a
greeting ("Hej, Mark the parcel"), a label's other use ("Kids: Max 4 per room"), a product in
quotes after "doorbell", a router's make and model, a word after "safeword", NI-shaped codes
after another code's word, an amount or a time after an invitation to choose a PIN, "OK"
before a number, measures with their units. The found cases fail on eb957c4, and so do the
two measures among the kept ones; the other kept cases pass there too (they guard this
change's rules: "Hej, Mark the parcel" and "Kids: Max 4 per room" failed only on the draft)."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: And your NI number?\nCaller: KL, two six, four one, eight eight, C",
            "Agent: And your NI number?\nCaller: [SSN]",
        ),
        (
            "Caller: the reg is one five two, C, double seven one zero",
            "Caller: the reg is [PLATE]",
        ),
        (
            "Claim closed.\nWill (night shift)",
            "Claim closed.\n[NAME] (night shift)",
        ),
        (
            "Voucher resent. Rob [team 5]",
            "Voucher resent. [NAME] [team 5]",
        ),
        (
            "Call logged.\nBas, team 4",
            "Call logged.\n[NAME], team 4",
        ),
        (
            "Return booked. Sue (shift A) and May (shift C)",
            "Return booked. [NAME] (shift A) and [NAME] (shift C)",
        ),
        (
            "Callback done. Bas (2e lijn) neemt het over.",
            "Callback done. [NAME] (2e lijn) neemt het over.",
        ),
        (
            "Customer: my memorable word = seashell",
            "Customer: my memorable word = [PASSWORD]",
        ),
        (
            "Kundin: mein Codewort Sonnenblume, bitte notieren",
            "Kundin: mein Codewort [PASSWORD], bitte notieren",
        ),
        (
            "Cliente: mon mot secret coquelicot",
            "Cliente: mon mot secret [PASSWORD]",
        ),
        (
            "Agent: what's your ni no?\nCaller: kr 55 10 48 b",
            "Agent: what's your ni no?\nCaller: [SSN]",
        ),
        (
            "Caller: my Nat Ins number is ce-71-22-09-a",
            "Caller: my Nat Ins number is [SSN]",
        ),
        (
            "Klant: wifi-wachtwoord 5120 7734 0098 6621",
            "Klant: wifi-wachtwoord [PASSWORD]",
        ),
        (
            "Customer: wifi key is 55120773 40098662",
            "Customer: wifi key is [PASSWORD]",
        ),
        (
            'Courier: letterbox "Verhoeven" too small, parcel at neighbour.',
            'Courier: letterbox "[NAME]" too small, parcel at neighbour.',
        ),
        (
            'Courier: "De Graaf" on the doorbell, nobody home.',
            'Courier: "[NAME]" on the doorbell, nobody home.',
        ),
        (
            "Agent: Please set up your new passcode now.\nCaller: right, 6620 please",
            "Agent: Please set up your new passcode now.\nCaller: right, [PASSWORD] please",
        ),
        (
            "kinderen: sanne en thijs",
            "kinderen: [NAME] en [NAME]",
        ),
        (
            "Children (ages): Lucas 9, Emma 6",
            "Children (ages): [NAME] 9, [NAME] 6",
        ),
    ],
)
def test_review112_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Customer: Hej, Mark the parcel as returned please.",
        "Customer: Hola, Will the order arrive today?",
        "Kids: Max 4 per room, extra bed on request.",
        "Children: Grace period of 14 days applies.",
        'Customer: the doorbell "Nest Hello" keeps going offline.',
        'Klant: deurbel "Eufy" geeft geen geluid meer.',
        "Customer: router login TP-Link_Archer_C6 page hangs",
        "Customer: modem login KPN-Experia-v10 shows an error",
        "Customer: safeword protocol?",
        "Agent: security word mismatched twice",
        "Customer: my NI contributions are wrong. Ref ab 12 34 56 c on the letter.",
        "Customer in NI (Northern Ireland) ordered part jk 10 20 30 a.",
        "Agent: U kunt nu een nieuwe pincode kiezen.\nKlant: Kan ik eerst 2 5 0 0 euro opnemen?",
        "Agent: reg?\nCustomer: OK, one two three four five, that's the order number",
        "Car serviced, 1600cc engine runs fine.",
        "Customer: car battery 1000ah lasts long",
    ],
)
def test_review112_kept(text: str) -> None:
    assert _redacted(text) == text


def test_ni_order_number_beside_it_stays() -> None:
    assert _redacted(
        "Agent: NI number please\nCustomer: it's np 62 03 71 d, and my order is ab 12 34 56 c"
    ) == ("Agent: NI number please\nCustomer: it's [SSN], and my order is ab 12 34 56 c")
