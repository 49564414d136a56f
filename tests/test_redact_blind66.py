"""Forms the sixty-sixth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a doctor's initials before a care code, a caret's initials, a
sign-in text's "as your security code", a form's name in lower case, a Spanish street with
"y", a card in groups of 4-8-4, a CVV read back after "dus", a four-digit code corrected in
single digits, a parcel locker's code, a postcode whose label mentions a car, a desk's name
before the agent in brackets; and what is no one's personal data: a setting's port in an
.env file, a masked e-mail, an energy connection's EAN, a router's model, a bot that names
its firm, firms named after a surname, a jeans maker, a camping pitch, a fleet's vehicle id,
a crash id. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verwezen door huisarts drs. K.L. Brouwer, AGB-code 01-077123.",
            "Verwezen door huisarts drs. [NAME], AGB-code 01-077123.",
        ),
        (
            "Sorry for the delay, a colleague will call you back today. ^KG",
            "Sorry for the delay, a colleague will call you back today. ^[NAME]",
        ),
        (
            "Use 4821 0937 as your security code for your account.",
            "Use [OTP] as your security code for your account.",
        ),
        (
            "contact form\nname: anne-fleur postma\nmessage: order never came",
            "contact form\nname: [NAME]\nmessage: order never came",
        ),
        (
            "naam: jan wielsma\nbericht: graag terugbellen",
            "naam: [NAME]\nbericht: graag terugbellen",
        ),
        (
            "het is Calle Pérez y Galdós 18, 3º B, 28004 Madrid",
            "het is [ADDRESS], 3º B, [POSTCODE] Madrid",
        ),
        (
            "Klant: hier is mijn kaart 4024 00715583 6207 dan maar",
            "Klant: hier is mijn kaart [CARD] dan maar",
        ),
        (
            "Medewerker: En de code achterop?\nBeller: Drie een negen.\nMedewerker: Dus 3-1-9.",
            "Medewerker: En de code achterop?\nBeller: [CVV].\nMedewerker: Dus [CVV].",
        ),
        (
            "Gast: Amex 3714 496353 98431\nHotel: en de vier cijfers op de voorkant?\n"
            "Gast: 7 3 0 2... nee sorry, 7 2 0 3.",
            "Gast: Amex [CARD]\nHotel: en de vier cijfers op de voorkant?\n"
            "Gast: [CVV]... nee sorry, [CVV].",
        ),
        (
            "Kaart 5362 8901 7736 1040, vervalt 10/27.\nBoek jij kampeerplek 214 bij het meer?",
            "Kaart [CARD], vervalt [EXPIRY].\nBoek jij kampeerplek 214 bij het meer?",
        ),
        (  # guard: the firm's own name stays beside its address
            "From: Hausverwaltung Brandt <info@hv-brandt.de>",
            "From: Hausverwaltung Brandt <[EMAIL]>",
        ),
        (  # guard
            "Van: Belastingadvies De Groot <info@degrootadvies.nl>",
            "Van: Belastingadvies De Groot <[EMAIL]>",
        ),
        (
            "Your package is waiting. Reminder: locker code 550917 expires tonight.",
            "Your package is waiting. Reminder: locker code [OTP] expires tonight.",
        ),
        (
            "Postcode (for the loan car): M14 5TQ\nNotes: none",
            "Postcode (for the loan car): [POSTCODE]\nNotes: none",
        ),
        (
            "[10:02] Klant: hallo\n[10:03] Medewerker Belastingen (Ilse): Waarmee kan ik helpen?",
            "[10:02] Klant: hallo\n[10:03] Medewerker Belastingen ([NAME]): Waarmee kan ik helpen?",
        ),
        (
            "FATAL: password authentication failed for user app. Our .env:\n"
            "DB_HOST=10.1.2.3\nDB_PORT=5432\nDB_USER=app",
            "FATAL: password authentication failed for user app. Our .env:\n"
            "DB_HOST=[IP]\nDB_PORT=5432\nDB_USER=app",
        ),
    ],
)
def test_blind66_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our .env for staging:\nAPP_PORT=8080\nCACHE_TTL=300",  # guard
        "We sent a code to the account ending in ...@outlook.com",
        # both pass the card check
        "EAN elektriciteit: 541449920000456781 | EAN gas: 541449920000987652",
        "Status page of my FritzBox 7530 AX after the update",
        "Bot: Hello! I'm Nova, the Stroomlijn assistant. How can I help?",
        "Ik draag meestal maat 32 bij Levi's en G-Star.",
        "Rit 22 km (bestelbus, voertuig-ID VAN-0932), geen bijzonderheden.",
        "Crash-ID: 5b2e90c1-7a44-4d0e-9c3f-2e8d1a6b7f10 affects 310 users",
        'Vraag over de "Vincent" XL ezel (art. 22018)',
        "Reservering bij Trattoria Da Nonna Lucia om 19:30.",
        "Elke maand weer hetzelfde 😤 Elke keer een leeg schap.",
    ],
)
def test_blind66_kept(text: str) -> None:
    assert _redacted(text) == text


def test_a_chosen_locker_pin_stays_a_password() -> None:
    # guard: only a parcel locker's code is a one-time code, not a PIN one chose
    assert (
        _redacted("When I sent the parcel I picked locker PIN 9034 for the recipient.")
        == "When I sent the parcel I picked locker PIN [PASSWORD] for the recipient."
    )
