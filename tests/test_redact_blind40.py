"""Forms the fortieth blind set showed after it was measured once (the cases here are
written anew, not copied): a postcode before a town that starts with a Polish or Czech
capital, Finnish and Italian postcodes from 00, an Eircode in brackets after a Dublin
district, a Luxembourg street and its "L-" postcode, a Dutch postcode with a size's letters
in a text about an address, the street that answers an address question, an Azure client
secret, a PIN answered in single digits, a Belgian national number without its dots, who
wrote a post, a full name under a details label, the spelling a name is corrected from,
"Door:" before a name, lower-case names before "hier" and after "from", an agent's initials.
Look-alikes stay: brands named after a person, a train's number before a station, a Wi-Fi
network's name, a firm with its legal form in lower case, a room number in card talk. Each
case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ul. Kwiatowa 7\n30-059 Kraków", "[ADDRESS]\n[POSTCODE] Kraków"),
        ("Adresa: Vinohradská 12, 120 00 Žižkov", "Adresa: [ADDRESS], [POSTCODE] Žižkov"),
        (
            "Toimitus: Aleksanterinkatu 9, 00170 Helsinki",
            "Toimitus: [ADDRESS], [POSTCODE] Helsinki",
        ),
        ("Spedire a Via Merulana 40, 00185 Roma.", "Spedire a [ADDRESS], [POSTCODE] Roma."),
        (
            "The sofa goes to 14 Leeson Park, Dublin 6 (D06 K2R8) on Friday.",
            "The sofa goes to [ADDRESS], Dublin 6 ([POSTCODE]) on Friday.",
        ),
        (
            "Nouvelle adresse: Route de Luxembourg 21, L-7240 Bereldange",
            "Nouvelle adresse: [ADDRESS], [POSTCODE] Bereldange",
        ),
        (
            "Medewerker: Wat is uw adres?\nKlant: Meeuwenveld 18, naast de school. 3902 CM",
            "Medewerker: Wat is uw adres?\nKlant: [ADDRESS], naast de school. [POSTCODE]",
        ),
        (
            "App secret (expires 2027): Ab12Q~zX9.kLm-4pQrStUvWxYz01234abcd",
            "App secret (expires 2027): [TOKEN]",
        ),
        (
            "Agent: and your card PIN?\nCustomer: 6 0 4 2 don't tell anyone",
            "Agent: and your card PIN?\nCustomer: [PASSWORD] don't tell anyone",
        ),
        (
            "Ons rijksregisternummer klopt niet: het mijne is 90020412312, dat van mijn vrouw ook.",
            "Ons rijksregisternummer klopt niet: het mijne is [SSN], dat van mijn vrouw ook.",
        ),
        (
            "Dawit Girma wrote in the forum:\nDoes anyone know the opening hours?",
            "[NAME] wrote in the forum:\nDoes anyone know the opening hours?",
        ),
        (
            "Please add the new starter. Details:\nTigist Bekele\nstarts Monday",
            "Please add the new starter. Details:\n[NAME]\nstarts Monday",
        ),
        (
            "My name is printed wrong, it should be Jan Kowalczyk not Jan Kovalchik.",
            "My name is printed wrong, it should be [NAME] not [NAME].",
        ),
        ("Ingevoerd op 12/03\nDoor: Yusra Amrani", "Ingevoerd op 12/03\nDoor: [NAME]"),
        (
            "sanne hier, mijn pakket is nog niet binnen",
            "[NAME] hier, mijn pakket is nog niet binnen",
        ),
        ("new message from priya: can't log in", "new message from [NAME]: can't log in"),
        (
            "CALL LOG 02/09 09:15 - agent KRT\nCustomer asked",
            "CALL LOG 02/09 09:15 - agent [NAME]\nCustomer asked",
        ),
        # look-alikes
        (
            "The Mr Kipling cakes and the Uncle Ben's rice were both past their date.",
            "The Mr Kipling cakes and the Uncle Ben's rice were both past their date.",
        ),
        (
            "Train 9024 London St Pancras to Brussels was cancelled.",
            "Train 9024 London St Pancras to Brussels was cancelled.",
        ),
        (
            "Door code is 4471. WiFi: Casa-Blu-5G / password girasole2025. Enjoy!",
            "Door code is [PASSWORD]. WiFi: Casa-Blu-5G / password [PASSWORD]. Enjoy!",
        ),
        (
            "Groet,\nKees de Wit\nSchilderwerken De Wit bv",
            "Groet,\n[NAME]\nSchilderwerken De Wit bv",
        ),
    ],
)
def test_blind40_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
