"""Forms the sixty-fourth blind set showed, studied after it was measured (the cases here are
written anew, not copied): two surnames on a doorbell, a Belgian postcode and town before the
street (not a year), a street in Zaandam's "-zijde" form, a card's end after "loopt af", a
password given again in other capitals, an e-mail address and a key as a link's parameters (the
rest of the link stays), a password in a connection string with no user, a CVC read out with
dashes, a compound that ends in "token", a Polish one-time code, a security code sent for an
account with no card about, a given name that is also a word before particles after a name
label, a plate on the line after a sentence about a PIN, a written plate kept whole before a
word the speller could read as letters; and what is no one's personal data: the digits of a
password said again in a date, a booking's code, a season and a year, a lamp named in quotes, a
tea, a metro stop named after a person. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reset link fails: https://app.example.io/reset?mail=p.jansen@kpnmail.nl"
            "&key=k9Xq2Lm7Rt4Vw8Zb3Nc6 please help",
            "The reset link fails: https://app.example.io/reset?mail=[EMAIL]&key=[TOKEN]"
            " please help",
        ),
        (
            "Login link: https://tuin.example.be/magic?t=Qw8eR2tY6uI0oP4aS9dF&u=an.peeters@skynet.be",
            "Login link: https://tuin.example.be/magic?t=[TOKEN]&u=[EMAIL]",
        ),
        (
            "CACHE_URL=redis://:k4st4nje-b00m@10.2.0.9:6379/1",
            "CACHE_URL=redis://:[PASSWORD]@[IP]:6379/1",
        ),
        ("Pas 5168 4412 7003 2918, CVC: 4-1-8.", "Pas [CARD], CVC: [CVV]."),
        (
            "Apptoken voor de thermostaat: QPL-8R2T-4KVW-7M3N",
            "Apptoken voor de thermostaat: [TOKEN]",
        ),
        ('SMS: "Twój kod weryfikacyjny: 3391"', 'SMS: "Twój kod weryfikacyjny: [OTP]"'),
        (
            "Google-account: beveiligingscode 8172. Deel deze code met niemand.",
            "Google-account: beveiligingscode [OTP]. Deel deze code met niemand.",
        ),
        ("Naam: Ton de Groot\nKlantnummer 4410", "Naam: [NAME]\nKlantnummer 4410"),
        (
            "Gehuurd met kenteken ZT-418-H. De auto had al een deuk.",
            "Gehuurd met kenteken [PLATE]. De auto had al een deuk.",
        ),
        (
            "Huurovereenkomst HV-781234, kenteken GX-512-K, de auto had een deuk.",
            "Huurovereenkomst HV-781234, kenteken [PLATE], de auto had een deuk.",
        ),
        (
            "Your PIN can't be shown here.\nLease car: K-381-ZT (Ford Focus), second key ordered",
            "Your PIN can't be shown here.\nLease car: [PLATE] (Ford Focus), second key ordered",
        ),
        (
            "Bel aan bij de tweede deur, naam op de bel is Verbruggen/Demir.",
            "Bel aan bij de tweede deur, naam op de bel is [NAME]/[NAME].",
        ),
        (
            "Geen klantnummer bij de hand. 9000 Gent, Veldstraat 112.",
            "Geen klantnummer bij de hand. [POSTCODE] Gent, [ADDRESS].",
        ),
        ("Beller: Henk Bos, Oostzijde 14-A, Zaandam", "Beller: [NAME], [ADDRESS], Zaandam"),
        (
            "De nieuwe pas werkt niet in Portugal. Hij loopt af 11 / 27, als dat helpt.",
            "De nieuwe pas werkt niet in Portugal. Hij loopt af [EXPIRY], als dat helpt.",
        ),
        (
            "Kaart 4532 0151 1283 0366.\nMedewerker: En de vervaldatum?\nKlant: Twaalf,"
            " zesentwintig. Eh nee, twaalf zevenentwintig.",
            "Kaart [CARD].\nMedewerker: En de vervaldatum?\nKlant: [EXPIRY]. Eh nee, [EXPIRY].",
        ),
        (
            "Kaart 4532 0151 1283 0366.\nKlant: dus nul drie zesentwintig... o wacht, ik heb een"
            " nieuwe. Nul drie, negenentwintig.",
            "Kaart [CARD].\nKlant: dus [EXPIRY]... o wacht, ik heb een nieuwe. [EXPIRY].",
        ),
        (
            "Wachtwoord: Zonnebloem!7. Of misschien typte ik zonnebloem!7 met een kleine letter.",
            "Wachtwoord: [PASSWORD]. Of misschien typte ik [PASSWORD] met een kleine letter.",
        ),
        (  # guard: a year before a town-like word is no postcode
            "In 2023 Maria, Kerkstraat 5 was toen nog ons adres niet.",
            "In 2023 Maria, [ADDRESS] was toen nog ons adres niet.",
        ),
        (
            "my temp password is Galway!2025, and the licence expired on 1 March 2025.",
            "my temp password is [PASSWORD], and the licence expired on 1 March 2025.",
        ),
    ],
)
def test_blind64_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "me cobraron dos veces la reserva 2290-KLM del barco",
        'The "Triple Miles Spring 2025" offer did not apply to my stay.',
        'Is de "Emma Garden" tafellamp ook in zwart te krijgen?',
        "Scones with Earl Grey, served till four.",
        '"POST /account/password HTTP/1.1" 302 0 "-"',  # a log's protocol after a path
        "De actie loopt af 12/05 om middernacht, daarna geldt de gewone prijs.",  # guard: no card
        "Uitstappen bij metrohalte Willem de Zwijgerlaan en dan rechtdoor.",
    ],
)
def test_blind64_kept(text: str) -> None:
    assert _redacted(text) == text


def test_an_agent_s_address_is_still_an_address() -> None:
    # guard: only "agent=" names a version, not a build agent or an agent's chat turn
    assert (
        _redacted("Pushing from build agent 10.14.2.37 fails.")
        == "Pushing from build agent [IP] fails."
    )
    assert _redacted("Agent: 86.41.229.7, that matches.") == "Agent: [IP], that matches."


def test_a_name_before_a_surname_ending_like_a_street_is_still_a_name() -> None:
    # guard: only street endings no surname has keep a name as a street's
    assert _redacted("Ik sprak Jan van Kerkhof gisteren.") == "Ik sprak [NAME] gisteren."
