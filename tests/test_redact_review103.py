"""Review of b187e48 (the blind101 study), 241 probes by a reviewer who wrote its own texts.
Leaks the change caused, closed first: a given name after an address read as its town (a
town now needs its postcode after it, maybe after a region: "[ADDRESS], Douglas, Cork
[POSTCODE]"), which also broke idempotence; "mevr./hr. Jansen" (only a rate's "€45/hr." is no
title, and after it a listed name is still one); a pairing code a device gives ("geeft een
code 4829 om de app te koppelen") read as an error code; a password after an ellipsis. Near
variants: "Fiscaal nummer:" right before a BSN; a CVV "on the reverse"; a PIN under a chat
export's "[10:42] Daan"; another failed check of a one-time code in a log; "naar postcode";
a passphrase in single quotes. Over-redaction it caused: digits "on the back of" something
else, a year before "achterop"; a year's end as an expiry without a card's number; "1130
Uhr"; "refnr"; a postcode-shaped speed or model after "naar"/"to" (a street after a postcode
now needs a sending verb and nothing after its number); a password rule in quotes; another
log event's numbers; a firm's RSIN; a case's number ("Zaak ..."). Every case fails on
b187e48. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delivery: 14 Oak Lane, Sarah, 07700 900123, leave with neighbour",
            "Delivery: [ADDRESS], [NAME], [PHONE], leave with neighbour",
        ),
        ("Adres: Kerkstraat 5, Pieter 0612345678", "Adres: [ADDRESS], [NAME] [PHONE]"),
        (
            "Geachte mevr./hr. Jansen,\nUw aanvraag is ontvangen.",
            "Geachte mevr./hr. [NAME],\nUw aanvraag is ontvangen.",
        ),
        (
            "Tarief: €45/hr. Bakker komt dinsdag om 09:00.",
            "Tarief: €45/hr. [NAME] komt dinsdag om 09:00.",
        ),
        (
            "Mijn Ziggo mediabox geeft een code 4829 om de app te koppelen, waar vul ik die in?",
            "Mijn Ziggo mediabox geeft een code [OTP] om de app te koppelen, waar vul ik die in?",
        ),
        ("Password: ...Geheimwoord", "Password: [PASSWORD]"),
        ("Fiscaal nummer: 293847563", "Fiscaal nummer: [BSN]"),
        ("The card has 381 on the reverse.", "The card has [CVV] on the reverse."),
        (
            "[10:41] Sanne\nwat is de pincode van de fietskluis? ik sta ervoor\n[10:42] Daan\n4902",
            "[10:41] [NAME]\nwat is de pincode van de fietskluis? ik sta ervoor\n[10:42] [NAME]"
            "\n[PASSWORD]",
        ),
        ("event=otp_verify_failed value=305781", "event=otp_verify_failed value=[OTP]"),
        (
            "Verzend naar postcode 1012 JS Damrak 70.",
            "Verzend naar postcode [POSTCODE] [ADDRESS].",
        ),
        (
            "My password is still 'correct horse battery 77' I think",
            "My password is still '[PASSWORD]' I think",
        ),
    ],
)
def test_review103_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I put the card with 250 on the back of the envelope.",
        "Kaart ontvangen, staat 2024 achterop gedrukt.",
        "De aanbieding is geldig tot eind 2026, betalen kan met creditcard.",
        "Das Parkticket ist gültig bis 1130 Uhr, danach 2 € pro Stunde.",
        "Bestelling 4471, refnr 15057012345 – levering vrijdag.",
        "Abonnement gewijzigd naar 1000 MB Glasvezel 1000 vanaf maart.",
        'The password policy is still "minimum 12 characters 1 digit".',
        "2024-05-01 12:00:01 WARN otp_send_failed got=5003 provider=messagebird",
        "Het fiscaal nummer van de onderneming (RSIN) is 8123.45.678 en zo.",
        "Wij hebben uw burgerservicenummer ontvangen. Kenmerk brief: 100-200-305. Zaak"
        " 318-645-798.",
    ],
)
def test_review103_kept(text: str) -> None:
    assert _redacted(text) == text
