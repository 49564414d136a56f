"""What the review of the blind110 study's draft found, closed before the commit. Leaks the
draft caused: a link with an encoded e-mail kept its other personal fields (now the link goes
whole unless every other parameter is a secret and no path segment may name someone); the
digest guard kept credentials, cookies and codes after "checksum"/"sha256" (now only an all-hex
digest of a digest's length, in the same sentence, is kept); a card's code asked with "(3
cijfers)" was no longer a CVV (now only a PIN's word before the brackets makes it a PIN);
Microsoft's token was cut at its dot; a plate after "terugroepactie". Over-redactions it caused:
an order number after a BSN's cue; a parking space's and a ticket's number in German; a brand
after "Monteur:"; a customer's "Hallo, Lidl, met Samsung"; a form's label about a promotion or
a length; a release "0.Alpha-..."; the Finnish word "Onni". Also German "Motorräder" and
"Parkhaus" as car words, and "/" in a label's aside. Each case either fails on the draft the
reviewer saw or guards a rule the review showed too broad; each also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://mijn.voorbeeld.nl/afspraak/bevestig?email=jan.devries%40ziggo.nl"
            "&token=Xk9pQ2LmZ7vR4tN8wB1cQ6yH&telefoon=0612345678",
            "[URL]",
        ),
        (
            "Klik hier: https://portal.zorg.nl/klant/483920117/bevestigen?mail=p.jansen%40kpn.nl"
            "&t=lk_9Wb3Rf7Tn2Hy",
            "Klik hier: [URL]",
        ),
        (
            "[api] checksum verified; Authorization: Basic amFuLmRldnJpZXM6V2Vsa29tMTIzIUFi",
            "[api] checksum verified; Authorization: Basic [TOKEN]",
        ),
        (
            "sha256 ok. cookie value I copied from the browser: 7Hk2pQ9xLm4RtV8nB3cZ1wY6sD0fG5jK",
            "sha256 ok. cookie value I copied from the browser: [TOKEN]",
        ),
        (
            "Na de hash-controle kreeg ik een credential terug:"
            " 5f4dcc3b5aa765d61d8327deb882cf99a1b2c3d4",
            "Na de hash-controle kreeg ik een credential terug: [TOKEN]",
        ),
        (
            "Kunt u de controlecode van uw creditcard geven (3 cijfers)?\nKlant: 482",
            "Kunt u de controlecode van uw creditcard geven (3 cijfers)?\nKlant: [CVV]",
        ),
        (
            "Token in de cache: 0.ASoAv4j5cvGGr0GRqy180BHbR-dmGpzAMQAAAAAAAAAAAADJAAA"
            ".AgABAAEAAAD--DLA3VO7Qrdd",
            "Token in de cache: [TOKEN]",
        ),
        (
            "Het voertuig valt onder de terugroepactie - VZ 48213 volgens de dealer.",
            "Het voertuig valt onder de terugroepactie - [PLATE] volgens de dealer.",
        ),
        (
            "Wir haben zwei Motorräder, HH-KL 492 und HH-AB 71, im Parkhaus.",
            "Wir haben zwei Motorräder, [PLATE] und [PLATE], im Parkhaus.",
        ),
        (
            "Achternaam (incl. tussenvoegsel/prefix): van der Meer",
            "Achternaam (incl. tussenvoegsel/prefix): [NAME]",
        ),
    ],
)
def test_review111_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mijn BSN staat al in uw dossier, ik stuur alleen het ordernummer 123456782 mee.",
        "Wir haben einen Stellplatz in der Tiefgarage, Ebene U2, Platz B-AC 12 ist reserviert.",
        "Tiefgarage am Hauptbahnhof: bitte zahlen Sie mit Ticket-Nr. MA-XY 2024 am Automaten.",
        "Monteur: Vaillant ketel nagekeken, geen lekkage.",
        "Gesprek\nKlant: Hallo, Lidl, met Samsung telefoons ook?",
        "Naam (van de actie): Zomerdeal Extra",
        "Auteur (max. 30 tekens): Lentekriebels",
        "Release notes 0.Alpha-release-candidate-build-3 are online.",
        "Onni oli myötä: paketti tuli ajoissa.",
    ],
)
def test_review111_kept(text: str) -> None:
    assert _redacted(text) == text
