"""What the review of the blind114 study found, each case written by the reviewer and guarded
here. Guards: regressions the draft had and the study commit closed (a card's last four and an
amount after a code's word, a reference or loyalty card in two pieces, a code's place taken for
the code, a meter's model as an old password, lodging units, zones and months as streets, hosts
named like people, a family of products, a B&B's owner, devices' IPs under a list's label, a
camper's plate after "box"). Found: misses inside the new rules' scope (cards in other pieces,
French digits in a PIN, a word and a year with a full stop, "Schermvergrendeling code", other
wordings of an app asking for one's own code, "tijdelijk" and "te" with a street, storage boxes
of other names). Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: For verification, what are the last 4 digits of your card?\nCustomer: 4421",
            "Agent: For verification, what are the last 4 digits of your card?\nCustomer: 4421",
        ),
        (
            "I did get the verification code but the transfer of 15 000 000 IDR to my "
            "villa owner in Bali did not go through.",
            "I did get the verification code but the transfer of 15 000 000 IDR to my "
            "villa owner in Bali did not go through.",
        ),
        (
            "Card payment failed, order/ref 4000123 123456784, see log",
            "Card payment failed, order/ref 4000123 123456784, see log",
        ),
        (
            "Door code: Building 4\n4471#",
            "Door code: Building 4\n[PASSWORD]",
        ),
        (
            "Wifi password: Apartment 3",
            "Wifi password: Apartment 3",
        ),
        (
            "Alarmcode: Zone 3",
            "Alarmcode: Zone 3",
        ),
        (
            "Nieuw wachtwoord geweigerd. The old one was Welkom123! so please reset it.",
            "Nieuw wachtwoord geweigerd. The old one was [PASSWORD] so please reset it.",
        ),
        (
            "Wachtwoord reset gelukt! Ook een nieuwe meter, de oude was E350-2017.",
            "Wachtwoord reset gelukt! Ook een nieuwe meter, de oude was E350-2017.",
        ),
        (
            "I live in Zone 2, London, so the travelcard is cheaper.",
            "I live in Zone 2, London, so the travelcard is cheaper.",
        ),
        (
            "We stay in Bungalow 23, Center Parcs De Eemhof.",
            "We stay in Bungalow 23, Center Parcs De Eemhof.",
        ),
        (
            "We will stay in July 2025, Amsterdam first.",
            "We will stay in July 2025, Amsterdam first.",
        ),
        (
            "Our VPN tunnel to the hosts ivy.bridge and amber.lake drops every hour.",
            "Our VPN tunnel to the hosts ivy.bridge and amber.lake drops every hour.",
        ),
        (
            "The Ford family of engines was built for decades.",
            "The Ford family of engines was built for decades.",
        ),
        (
            "Please call Emma Clarke B&B owner about the refund.",
            "Please call [NAME] B&B owner about the refund.",
        ),
        (
            "Extensions: Reception 192.168.10.21, Sales 192.168.10.22 (Yealink phones)",
            "Extensions: Reception [IP], Sales [IP] (Yealink phones)",
        ),
        (
            "Apps and their IPs: grafana 10.0.3.14, kibana 10.0.3.15",
            "Apps and their IPs: grafana [IP], kibana [IP]",
        ),
        (
            "Camperstalling: box VZ-47-KL (Fiat Ducato)",
            "Camperstalling: box [PLATE] (Fiat Ducato)",
        ),
    ],
)
def test_review116_guarded(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mastercard 542523343010 9903",
            "Mastercard [CARD]",
        ),
        (
            "Creditcard 4916-338506127744 geweigerd",
            "Creditcard [CARD] geweigerd",
        ),
        (
            "Beller: de pincode is... quatre neuf sept deux",
            "Beller: de pincode is... [PASSWORD]",
        ),
        (
            "Het nieuwe wachtwoord is Zomer 2024.",
            "Het nieuwe wachtwoord is [PASSWORD].",
        ),
        (
            "Schermvergrendeling code 5519 werkt niet meer na de update",
            "Schermvergrendeling code [PASSWORD] werkt niet meer na de update",
        ),
        (
            "The itsme app keeps asking for my 5-digit code, I'm sure it's 40917",
            "The itsme app keeps asking for my 5-digit code, I'm sure it's [PASSWORD]",
        ),
        (
            "De itsme app vraagt om mijn vijfcijferige code, ik weet zeker dat het 40917 is",
            "De itsme app vraagt om mijn vijfcijferige code, ik weet zeker dat het [PASSWORD] is",
        ),
        (
            "Ik verblijf tijdelijk in Damrak 62, Amsterdam.",
            "Ik verblijf tijdelijk in [ADDRESS], Amsterdam.",
        ),
        (
            "Ik verblijf in Damrak 62 te Amsterdam.",
            "Ik verblijf in [ADDRESS] te Amsterdam.",
        ),
        (
            "Garagebox 12-KL-04 wordt per juni verhuurd.",
            "Garagebox 12-KL-04 wordt per juni verhuurd.",
        ),
        (
            "Opslagbox nummer 45-HT-KN huur opgezegd.",
            "Opslagbox nummer 45-HT-KN huur opgezegd.",
        ),
    ],
)
def test_review116_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected
