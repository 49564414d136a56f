"""What the review of the blind113 draft found, each case written anew: ports after a port's
word kept in a text about passwords (the learned step had taken them); "Disarmcode:" as a
label; a code sent to "mijn oude nummer"; a plate read back under a chat's times; a card read
out in sentences with its expiry said after it; a town's field with more text on its line; a
version after "Firmware update:" before its predecessor in brackets. Guarded (the draft had
broken them, or they bound the new rules): a CVV corrected on its line stays a CVV; a phone
"to port" stays a phone and a street's "del Port 88" an address; an address after "uitrol
van" when no version is named; "disarm" before a keyfob's model; an amount after "is" on a
password's next turn; a product's EAN after "toch?"; an order number's line before a spelled
edition; a charging post's PIN column. Every found case fails on the commit before; each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sorry, I also pasted my password in the last mail. Never mind; the SSH "
            "port is 2022 now and the admin port is 9443.",
            "Sorry, I also pasted my password in the last mail. Never mind; the SSH "
            "port is 2022 now and the admin port is 9443.",
        ),
        (
            "Het wachtwoord voor de VPN is Kievit#77 en de poort is 1194.",
            "Het wachtwoord voor de VPN is [PASSWORD] en de poort is 1194.",
        ),
        (
            "Disarmcode: 6604",
            "Disarmcode: [PASSWORD]",
        ),
        (
            "SMS-log 10:02 verificatiecode naar mijn oude nummer: 5518",
            "SMS-log 10:02 verificatiecode naar mijn oude nummer: [OTP]",
        ),
        (
            "[09:14] Agent: Welk kenteken heeft de auto?\n"
            "[09:14] Klant: BZ-LK 402.\n"
            "[09:15] Agent: B Z, L K, vier nul twee.",
            "[09:14] Agent: Welk kenteken heeft de auto?\n"
            "[09:14] Klant: [PLATE].\n"
            "[09:15] Agent: [PLATE].",
        ),
        (
            "Klant: Vier vijf drie twee. Nul één acht acht. Vier twee één drie. Zeven "
            "zeven nul zes. Nul vier. Twee acht.",
            "Klant: [CARD]. Nul vier. Twee acht.",
        ),
        (
            "Ville: Rennes, demande de Camille pour la commande 55120.",
            "Ville: Rennes, demande de [NAME] pour la commande 55120.",
        ),
        (
            "Firmware update: 4.12.0.3 (was 4.11.7.1).",
            "Firmware update: 4.12.0.3 (was 4.11.7.1).",
        ),
        (
            "Agent: And the four-digit code on the front?\n"
            "Caller: one nine... no sorry, one nine four two.",
            "Agent: And the four-digit code on the front?\nCaller: one nine... no sorry, [CVV].",
        ),
        (
            "Number to port: 0470 55 12 98\nCurrent provider: Orange, contract ends in June.",
            "Number to port: [PHONE]\nCurrent provider: Orange, contract ends in June.",
        ),
        (
            "New password set. Delivery address: Passeig del Port 88, 08003 Barcelona",
            "New password set. Delivery address: [ADDRESS], [POSTCODE] Barcelona",
        ),
        (
            "Na de uitrol van 172.16.4.22 als nieuwe proxy was de site traag.",
            "Na de uitrol van [IP] als nieuwe proxy was de site traag.",
        ),
    ],
)
def test_review115_found_and_guarded(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Alarmset 30, uitschakelen (disarm) via handzender KF-220. Order 55812, € 149,00.",
        "Agent: Wat is uw wachtwoord?\nKlant: Geen idee, het bedrag was 1 2 5 0 euro.",
        "[12:10] Agent: Welke code staat op de doos?\n[12:11] Klant: ja 8712 toch? dat is de EAN",
        "Agent: Wat is het kenteken?\n"
        "Klant: 44120.\n"
        "Agent: Dat is uw ordernummer. De editie is A B, twintig vierentwintig.",
        "Laadpas storingen week 45\n"
        "\n"
        "| Laadpaal | Locatie | PIN | Status |\n"
        "|---|---|---|---|\n"
        "| LP-0412 | Utrecht CS | 40123 | offline |\n"
        "| LP-0413 | Amersfoort | 40124 | online |",
    ],
)
def test_review115_kept(text: str) -> None:
    assert _redacted(text) == text
