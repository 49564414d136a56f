"""Forms the forty-sixth and forty-seventh blind sets showed, studied after the forty-eighth
was measured (the cases here are written anew, not copied): e-mail addresses said letter by
letter, said and then spelled, or with the country's domain spelled, and percent-encoded in a
logged query; a person's name and a postcode as quoted values of a log's or JSON's fields; a
German tax ID after its cue or a sentence later; Finnish and Norwegian streets
before a postcode from 0; the name a doorbell shows; Greek, Finnish, Czech and Hungarian
names; and what is no one's personal data: a log line's month before the day, a template's
blank where a secret goes, the machine's own address, a version of four single digits, a
web log's status and size, a batch's number, a desk's name in a header written with its
accents, a country, a car, a street or a line named like a person, a spelling-alphabet word
after a digit, a web path or a request id after "password". Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caller: P, I, E, T, dot, K, O, K, at outlook dot com.\nAgent: Thanks.",
            "Caller: [EMAIL].\nAgent: Thanks.",
        ),
        (
            "Klant: Het is m punt bakker, b-a-k-k-e-r, apenstaartje ziggo punt nl.",
            "Klant: Het is [EMAIL].",
        ),
        (
            "CALLER: sure, it's o-l-a dot n-o-r-d at live dot d-k, all small.",
            "CALLER: sure, it's [EMAIL], all small.",
        ),
        (
            "Beller: a punt nowak apenstaartje wp punt p l, klopt dat?",
            "Beller: [EMAIL], klopt dat?",
        ),
        (
            'POST /unsubscribe?mail=piet.kok%40ziggo.nl HTTP/1.1" 200 512',
            'POST /unsubscribe?mail=[EMAIL] HTTP/1.1" 200 512',
        ),
        (
            'payload={"cardholder_name":"M DE GROOT","zip_code":"10117"}',
            'payload={"cardholder_name":"[NAME]","zip_code":"[POSTCODE]"}',
        ),
        ('[checkout] holder="K. VAN DIJK" 3ds=ok', '[checkout] holder="[NAME]" 3ds=ok'),
        (
            "Please print my tax identification number on the receipt: 86 095 742 719.",
            "Please print my tax identification number on the receipt: [SSN].",
        ),
        (
            "De factuur moet mijn belastingidentificatienummer tonen, anders weigert het kantoor"
            " hem. Dat nummer is 65 929 970 489.",
            "De factuur moet mijn belastingidentificatienummer tonen, anders weigert het kantoor"
            " hem. Dat nummer is [SSN].",
        ),
        (
            "Toimitusosoite: Runeberginkatu 22 C 31, 00100 Helsinki",
            "Toimitusosoite: [ADDRESS], [POSTCODE] Helsinki",
        ),
        ("Levering: Frogner allé 4, 0263 Oslo", "Levering: [ADDRESS], [POSTCODE] Oslo"),
        ("Osoite: Hämeentie 15 B 9, 00500 Helsinki", "Osoite: [ADDRESS], [POSTCODE] Helsinki"),
        (
            "Courier: which flat? Me: the buzzer says Kowalczyk-Ruiz",
            "Courier: which flat? Me: the buzzer says [NAME]",
        ),
        (
            "Kalimera! Giorgos here, your host for the week.",
            "Kalimera! [NAME] here, your host for the week.",
        ),
        (
            "Thanks to Antti and Zsuzsanna Horváth for the quick fix.",
            "Thanks to [NAME] and [NAME] for the quick fix.",
        ),
    ],
)
def test_blind46_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May 2 04:10:11 host cron[99]: job done\nMay 2 04:10:12 host cron[99]: next run 05:00",
        "April 9 22:01:05 gw kernel: link up",
        "SMTP_PASSWORD=${SMTP_PASS}\nAPI_TOKEN=your-api-token-here",
        "DB_URL=mysql://USER:PASSWORD@db:3306/app",
        "wachtwoord: <jouw wachtwoord>",
        "It worked on 2.1.0.4 but since 2.1.0.6 the app freezes.",
        "server { listen 127.0.0.1:8080; proxy_pass http://127.0.0.1:3000; }",
        "binds to 0.0.0.0 by default",
        "Tiles from partij 9-KLT-31 are a shade darker than batch 9-KLT-30.",
    ],
)
def test_blind46_kept(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To: Réclamations <reclamations@maison-bleue.fr>", "To: Réclamations <[EMAIL]>"),
        (
            "Goeiemiddag Femke, uw bestelling is onderweg.",
            "Goeiemiddag [NAME], uw bestelling is onderweg.",
        ),
    ],
)
def test_blind47_names(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I moved back to India last spring.",
        "Our Mercedes was towed on Friday.",
        "meet me outside Quincy St at noon",
        "Elizabeth line delays again this morning",
        "Delays on the Victoria line between Warren Street and Euston",
        "Agent: I have three Victor... is that right?",
        '"GET /account/password/reset HTTP/1.1" 200 90',
        "password reset mail sent req_id=ab12-9f3c",
        "¡Hasta luego, amigos!",
    ],
)
def test_blind47_kept(text: str) -> None:
    assert _redacted(text) == text
