"""What the hundred-and-tenth blind set showed, each case written anew (not copied): Dutch
plates listed after "scooters"; a German plate after "Stellplatz"; a PIN answered on the next
turn when the question gave its length in brackets ("(4 cijfers)", no CVV); a BSN after a long
account of how it was given; the Dutch phone opening after a greeting and the firm ("Goedemiddag,
Botenverhuur De Kreek, met ..."); who helped after "Hulpverlener:"; a surname's label with an
aside in brackets; Microsoft's refresh token ("0.A..."); an e-mail address encoded in a link
beside its token; Frisian and Finnish given names the lists lacked. Kept: an issue's code in a
text about cars, the Polish greeting "Dzień dobry", a file's SHA-256. Every
case fails on 7955d5c. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verhuur: de scooters staan klaar: G-517-RK en G-518-RK. Helmen liggen erbij.",
            "Verhuur: de scooters staan klaar: [PLATE] en [PLATE]. Helmen liggen erbij.",
        ),
        (
            "Hinweis: Bitte einen Stellplatz für HH-KW 2207 freihalten, wir kommen spät.",
            "Hinweis: Bitte einen Stellplatz für [PLATE] freihalten, wir kommen spät.",
        ),
        (
            "[14:20] Agent: Wat is de klantpincode van je account (4 cijfers)?\n"
            "[14:21] Klant: 3 9 0 2",
            "[14:20] Agent: Wat is de klantpincode van je account (4 cijfers)?\n"
            "[14:21] Klant: [PASSWORD]",
        ),
        (
            "BSN doorgegeven ter controle, cijfer voor cijfer: 1 1 1 2 2 2 3 3 3.",
            "BSN doorgegeven ter controle, cijfer voor cijfer: [BSN].",
        ),
        (
            "Gesprek\n\nMedewerker: Goedemiddag, Botenverhuur De Kreek, met Tjalling.\nKlant: Hoi",
            "Gesprek\n\nMedewerker: Goedemiddag, Botenverhuur De Kreek, met [NAME].\nKlant: Hoi",
        ),
        (
            "Pechmelding A28\nStoring: accu leeg.\nHulpverlener: Wybren",
            "Pechmelding A28\nStoring: accu leeg.\nHulpverlener: [NAME]",
        ),
        (
            "Achternaam (zoals op paspoort): van den Heuvel\nVoornaam: Noor",
            "Achternaam (zoals op paspoort): [NAME]\nVoornaam: [NAME]",
        ),
        (
            "Je vorige sessie (0.ARwA9kLp2Qx7Vn4Tb8Mz1Cy6) is ingetrokken.",
            "Je vorige sessie ([TOKEN]) is ingetrokken.",
        ),
        (
            "Link: https://portal.energie-west.nl/reset?email=m.visser%40kpn.nl&token=Qx7Lm2Vn9Tb4Rk8Wz1Pa"
            " (niet gebruiken)",
            "Link: https://portal.energie-west.nl/reset?email=[EMAIL]&token=[TOKEN]"
            " (niet gebruiken)",
        ),
        (
            "Storing verholpen, monteur Jaakko kwam om tien uur.",
            "Storing verholpen, monteur [NAME] kwam om tien uur.",
        ),
    ],
)
def test_blind110_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Changelog fleet app:\n- Fixed: vehicle list sorting by "Plate" column (issue KT-2291)',
        "SHA-256 van de download: 0c7e2a9f41b3d85e6a1f0c9b274d3e8f5a6b1c0d9e2f7a4b3c8d5e6f1a0b9c2d",
    ],
)
def test_blind110_kept(text: str) -> None:
    assert _redacted(text) == text


def test_polish_greeting_is_no_name() -> None:
    assert _redacted("Patiënt: Dzień dobry, met Agnieszka Nowak-Smit.") == (
        "Patiënt: Dzień dobry, met [NAME]."
    )
