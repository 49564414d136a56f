"""Forms the fifty-fifth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a Danish CPR number after a form's dotted leader, an Austrian SVNR,
a Swedish personnummer with its century, a French door code, a Polish landline, a Dutch mobile
read out with its "06" said after it, a lower-case postcode after a street, "mijn verloofde",
a Dutch square named Brink, a desk's name before the staff member in brackets, initials after
a dash; and what is no one's personal data: a team's or a temperature's letter before a
sentence, a luggage tag, a gym, a locksmith, a supermarket and a Turkish ID's name. Each case
also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Navn ........ Jonas Lund\nCPR ......... 040789-1133\nBy .......... Aarhus",
            "Navn ........ [NAME]\nCPR ......... [SSN]\nBy .......... Aarhus",
        ),
        ("Versicherter: SVNR 4417 220381, Tarif B", "Versicherter: SVNR [SSN], Tarif B"),
        (
            "Guest 2: Maja Lind, 19850412-1230, maja.lind@telia.se",
            "Guest 2: [NAME], [SSN], [EMAIL]",
        ),
        (
            "Le code de la porte : 7C42B, deuxième étage",
            "Le code de la porte : [PASSWORD], deuxième étage",
        ),
        (
            "Tel. stacjonarny 22 841 07 63, komórka później",
            "Tel. stacjonarny [PHONE], komórka później",
        ),
        (
            "bel maar op achtentwintig, veertien, eenenzestig, negen nul, met nul zes ervoor.",
            "bel maar op [PHONE], met nul zes ervoor.",
        ),
        (
            "Klopt het adres: Vlierstraat 12, 3531 bk Utrecht?",
            "Klopt het adres: [ADDRESS], [POSTCODE] Utrecht?",
        ),
        (
            "Mijn verloofde Tavleen Ramdin en ik willen een zaal huren.",
            "Mijn verloofde [NAME] en ik willen een zaal huren.",
        ),
        (
            "klant zegt verhuisd naar Brink 7-1, postcode volgt",
            "klant zegt verhuisd naar [ADDRESS], postcode volgt",
        ),
        (
            "[09:40] Helpdesk Storingen (Bas): Goedemorgen, wat is er aan de hand?",
            "[09:40] Helpdesk Storingen ([NAME]): Goedemorgen, wat is er aan de hand?",
        ),
        (
            "Refund approved, card details not kept in this note – RT.",
            "Refund approved, card details not kept in this note – [NAME].",
        ),
        # a plate in a fleet list after the car and a US state (the learned step found it until
        # the retrain at 39298d3 scored it 0.699; now a rule does)
        (
            "Returns:\n1. Toyota Camry, NV 8XYZ412 – scratched bumper",
            "Returns:\n1. Toyota Camry, NV [PLATE] – scratched bumper",
        ),
        # seen when blind56 was redacted twice: a link whose token went on the first pass keeps
        # the rest on the second
        (
            "Resetlink gestuurd: https://mijn.voorbeeld.nl/reset?uid=5521&token=Zq8xLm2Pw9Rt4Vb7Nc3K",
            "Resetlink gestuurd: https://mijn.voorbeeld.nl/reset?uid=5521&token=[TOKEN]",
        ),
    ],
)
def test_blind55_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Start maandag, ploeg D. Roosterwijziging via de app.",
        "Koelcel op 2 °C. Controle om 14:00.",
        "Bagagelabel KL 071 448 290 is niet gescand.",
        "Good morning, this is Eastside Fitness support, how can I help?",
        "Ask at Lee Locks about the back door.",
        "Kimlik: see the T.C. Kimlik card for the number format.",
        # guards: a supermarket; a note's abbreviation after a dash
        "De folder van Dirk van den Broek lag niet in de bus.",
        "Call back tomorrow – TBC.",
    ],
)
def test_blind55_kept(text: str) -> None:
    assert _redacted(text) == text
