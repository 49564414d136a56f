"""Forms the sixty-fifth blind set showed, studied after it was measured (the cases here are
written anew, not copied): a short generated key in a link's path or in a log's session field,
an "api_key" parameter, a Google code before its cue, an Italian title before a surname, a co-
tenant and a signature as name labels, a German tax ID after "IdNr"; and what is no one's
personal data: a public short link, a card payment's approval code, a code's validity in hours,
a router's model, a phone's IMEI a few words after its label, a mail's Message-ID, a paint and a
wallpaper named after streets in quotes, a breakfast named after a person, a supermarket named
after its founder. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reschedule your parcel: https://pkg.example.link/r/Wm4tK8vQ2zLp now",
            "Reschedule your parcel: https://pkg.example.link/r/[TOKEN] now",
        ),
        (
            "Oct 02 09:12:44 mx-01 dovecot: login ok, user=<x>, session=<Zm9vYmFyNzc1Mw>",
            "Oct 02 09:12:44 mx-01 dovecot: login ok, user=<x>, session=<[TOKEN]>",
        ),
        (
            '"GET /v2/report?period=q3&api_key=rk_9c2e7a1f4b8d3e6a0c5f HTTP/1.1" 200',
            '"GET /v2/report?period=q3&api_key=[TOKEN] HTTP/1.1" 200',
        ),
        ("G-730915 is uw Google-verificatiecode.", "G-[OTP] is uw Google-verificatiecode."),
        (
            "Gentile Sig.ra Bianchi, la sua auto è pronta.",
            "Gentile Sig.ra [NAME], la sua auto è pronta.",
        ),
        (
            "Hoofdhuurder: Sem de Wit\nMedehuurder: Roos Brinkman, geboren 1997-04-12",
            "Hoofdhuurder: [NAME]\nMedehuurder: [NAME], geboren [BIRTH_DATE]",
        ),
        ("Handtekening: Roos Verhoef", "Handtekening: [NAME]"),
        (
            "Your one-time recovery code (valid 12h): 4418-2093",
            "Your one-time recovery code (valid 12h): [OTP]",
        ),
        ("Form says IdNr 4711 9283 604 is invalid.", "Form says IdNr [SSN] is invalid."),
    ],
)
def test_blind65_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Card payment approved. Approval code 118204, terminal 7.",
        "Half our client list turned into dates, see https://t.co/Rb4kZ9qW2m",  # a public link
        "Still dropping after the update. Model 5530 AX, hardware rev 2.",
        "Het IMEI van de gestolen telefoon voor de aangifte: 356938035643809.",
        "Message-ID: <20241102091512.8812@mail.webwinkel.example>",
        'Ik zoek de muurverf "Herengracht 502" en het behang "Via Veneto 9" nog eens.',
        'The "Sophia" breakfast is included with the suite.',
        "Prijzen vergeleken bij Dirk van den Broek en Jan Linders.",  # guard: a listed shop
    ],
)
def test_blind65_kept(text: str) -> None:
    assert _redacted(text) == text


def test_an_address_in_quotes_after_its_cue_is_still_an_address() -> None:
    # guard: only a quoted street with no address cue before it is a product's name
    assert (
        _redacted('Mijn adres is "Kerkstraat 5" in Utrecht.')
        == 'Mijn adres is "[ADDRESS]" in Utrecht.'
    )
