"""Forms the sixty-first blind set showed, studied after it was measured (the cases here are
written anew, not copied): a WhatsApp export's speakers with the date, a name before an address
that holds it, a relative's name in brackets, a caller's first word that is no name, a lower-case
Canadian SIN, a password with an underscore, a new PIN in the next turn, an eSIM's activation
code, a link without its scheme, a key "the current one is", a cookie's URL-encoded value, a BSN
paced with commas or said in pairs, a long code pasted into an app; and what is no one's personal
data: a month after "in", milliseconds before a word, furniture named in quotes, a bank
statement's shop in capitals, an airline, a car's road test date, a transaction's date after a
card, a French flat number, a batch code, a parking zone's code, software versions that are
updated or rolled out, a network's name with its password after a slash, an image digest. Each
case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[03/11/2025, 09:12] Frank Oduya: keys are with the neighbour\n"
            "[03/11/2025, 09:14] Ines: ok thanks\n"
            "[03/11/2025, 09:15] Frank Oduya: back on Sunday",
            "[03/11/2025, 09:12] [NAME]: keys are with the neighbour\n"
            "[03/11/2025, 09:14] [NAME]: ok thanks\n"
            "[03/11/2025, 09:15] [NAME]: back on Sunday",
        ),
        # guard: the export written without brackets, which the lists already covered
        (
            "14-02-25 20:01 - Mark Tiernan: is the boiler fixed?\n"
            "14-02-25 20:03 - Nora: not yet\n"
            "14-02-25 20:04 - Mark Tiernan: I'll call them",
            "14-02-25 20:01 - [NAME]: is the boiler fixed?\n"
            "14-02-25 20:03 - [NAME]: not yet\n"
            "14-02-25 20:04 - [NAME]: I'll call them",
        ),
        (
            "Escalated by Rose Vandersteen <r.vandersteen@kantoorpost.be> on Monday",
            "Escalated by [NAME] <[EMAIL]> on Monday",
        ),
        (
            "Mijn zus (Floor) haalt het pakket morgen op.",
            "Mijn zus ([NAME]) haalt het pakket morgen op.",
        ),
        # guard: a caller's label still takes a name
        (
            "Agent: Who am I speaking to?\nCaller: Declan Furlong, I rang on Friday.",
            "Agent: Who am I speaking to?\nCaller: [NAME], I rang on Friday.",
        ),
        ("fine, my sin is 046 454 286 as well", "fine, my sin is [SSN] as well"),
        (
            "Ik heb het wachtwoord van de router veranderd in zomer_terras!",
            "Ik heb het wachtwoord van de router veranderd in [PASSWORD]",
        ),
        (
            "Scan the QR or enter LPA:1$rsp.telco-example.net$Q8MN-2KDL-7XPT-4RWB by hand.",
            "Scan the QR or enter LPA:1$rsp.telco-example.net$[TOKEN] by hand.",
        ),
        (
            "To finish, open mijnpakket.nl/verify/5be19c0d7a2f48e6 on your phone.",
            "To finish, open mijnpakket.nl/verify/[TOKEN] on your phone.",
        ),
        (
            "Graag een nieuwe API-key aanmaken (de huidige is QZP-4d1e-88b0-91ac-4f2e7d6b0c13).",
            "Graag een nieuwe API-key aanmaken (de huidige is [TOKEN]).",
        ),
        (
            "Caller: Ja, mijn BSN, dat is 1 7 4, 3 0 8, 2 9 2.",
            "Caller: Ja, mijn BSN, dat is [BSN].",
        ),
        (
            "A: Wat is uw burgerservicenummer?\nB: 281640373.\nA: En dat van uw dochter?\n"
            "B: Noor heeft 174 30 82 92, denk ik.",
            "A: Wat is uw burgerservicenummer?\nB: [BSN].\nA: En dat van uw dochter?\n"
            "B: [NAME] heeft [BSN], denk ik.",
        ),
        (
            "Kopieer deze code naar de app:\n\nTVR-8kQ2-pL4w-Xz93-bN7e\n\nGeldig tot morgen.",
            "Kopieer deze code naar de app:\n\n[TOKEN]\n\nGeldig tot morgen.",
        ),
        (
            "[10:02] Agent Sofia – Air Verde: Good morning!",
            "[10:02] Agent [NAME] – Air Verde: Good morning!",
        ),
        (
            "Card 5555 4444 3333 1111\nExpiry 11/28\nDate of purchase: 03-05-2025",
            "Card [CARD]\nExpiry [EXPIRY]\nDate of purchase: 03-05-2025",
        ),
        (
            "Adresse : 12 rue des Lilas, app. 1402, Montréal QC",
            "Adresse : [ADDRESS], Montréal QC",  # the flat with it, since blind73
        ),
    ],
)
def test_blind61_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We moved to Leiden in June and I still pay the old address.",
        "p99 dropped to 180 ms. Foutmarge bleef gelijk.",
        '• "Victor" bijzettafel, eiken – €89\n• "Emma" vloerkleed 160 × 230 – €229',
        "Betaling aan ALBERT HEIJN 2210 ZWOLLE met betaalpas",
        "Werkorder: remmen vervangen, APK verloopt 06-2026, banden 4 mm.",
        "Yoghurt (THT 02.09.2025, batchcode K2201 1043 AB) was sour.",
        "The ticket says zone code 44821 and the machine took my card.",
        "All gateways must be updated to 10.6.2.14 before Friday.",
        "Na uitrol van proxy 3.12.0.7 liep de latency op.",
        "Image: https://registry.example.io/billing@sha256:9c0e71a8b24d55e0c1f7a96b3d2e48c07d1f5b92",
    ],
)
def test_blind61_kept(text: str) -> None:
    assert _redacted(text) == text


def test_a_network_name_stays_and_its_password_after_the_slash_goes() -> None:
    text = "Wifi: Strandhuis_gast / duinpan-77\nCheck-out 10:00"
    assert _redacted(text) == "Wifi: Strandhuis_gast / [PASSWORD]\nCheck-out 10:00"
    quoted = 'wifi is "Villa_Sol" password naranja!42 if you need it'
    assert _redacted(quoted) == 'wifi is "Villa_Sol" password [PASSWORD] if you need it'


def test_a_new_value_in_the_next_turn_is_of_the_corrected_kind_without_the_learned_step() -> None:
    from assistant.ingest.redact import scan_numbers
    from assistant.ingest.redact.echoes import take_echoes
    from assistant.ingest.redact.names import take_names

    text = "[20:11] Sam: the key safe code is 6021 right?\n[20:12] Lea: Ah no, it's 8847 now."
    scan = scan_numbers(text)
    take_names(scan)
    take_echoes(scan)
    assert ("PASSWORD", "8847") in [(f.kind, text[f.start : f.end]) for f in scan.found]
    same = "[20:11] Sam: the key safe code is 6021 right?\n[20:12] Lea: Ah no, it's 6021."
    scan = scan_numbers(same)
    take_names(scan)
    take_echoes(scan)
    assert len([f for f in scan.found if f.kind == "PASSWORD"]) == 2  # said again: an echo
