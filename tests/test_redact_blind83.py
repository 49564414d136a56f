"""Forms the eighty-third blind set showed, studied after it was measured (the cases here are
written anew, not copied): a Belgian mobile in brackets with a slash and dots, a second BSN in
pairs after the first one's cue, an app's password in six groups of four, a VPN's session
cookie; and what is no one's personal data: an alarm's threshold, a shell's working directory
("PWD=/srv/app"), a word after "O" that is no second guess, furniture named in quotes after
its kind, a furniture chain, a card's label in Polish. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Graag ook het nummer van mijn zoon (0477/31.52.08) overzetten.",
            "Graag ook het nummer van mijn zoon [PHONE] overzetten.",
        ),
        (
            "mijn bsn 111222333 en die van mijn man 59 02 73 644",
            "mijn bsn [BSN] en die van mijn man [BSN]",
        ),
        (
            "The application password for the shop plugin: aB3d Ef7h 9JkL mN2p Qr5s Tu8v, please"
            " revoke it.",
            "The application password for the shop plugin: [PASSWORD], please revoke it.",
        ),
        (
            "vpn-gw auth=OK mfa=push cookie=SVPNCOOKIE=Zr8Kp3Lm7Qx2Vb9Tn4Wc",
            "vpn-gw auth=OK mfa=push cookie=SVPNCOOKIE=[TOKEN]",
        ),
    ],
)
def test_blind83_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Koelcel: setpoint 4 °C, alarm bij >7 °C\n"
            "Laatste kalibratie: 03-02-2025, volgende: 03-02-2026",
            None,
        ),
        ("2025-01-09 sudo: backup : TTY=pts/1 ; PWD=/var/www ; USER=root ; COMMAND=/bin/ls", None),
        (
            "Sanne: het wachtwoord is Zomer2025!!\n"
            "Sanne: O nee, die is al veranderd. Nieuw: Zomer2025!!x",
            "[NAME]: het wachtwoord is [PASSWORD]\n"
            "[NAME]: O nee, die is al veranderd. Nieuw: [PASSWORD]",
        ),
        ('In de showroom stond ook een kast "Lotte" in wit.', None),
        ("Bestellung bei Möbel Martin, Lieferung nach 8 Wochen.", None),
        ("Karta: 4111 1111 1111 1111", "Karta: [CARD]"),
    ],
)
def test_blind83_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is also a place, as a contact line's label, is a name again
        (
            "Noodcontacten:\nFrans: 06-12345678\nEls: 06-87654321",
            "Noodcontacten:\n[NAME]: [PHONE]\n[NAME]: [PHONE]",
        ),
        # an alarm's code after a place or a moment is a code; only a threshold is not
        ("Alarm bij de achterdeur: 4471", "Alarm bij de achterdeur: [PASSWORD]"),
        ("alarmcode als je binnenkomt: 0462", "alarmcode als je binnenkomt: [PASSWORD]"),
        # digit groups after a password's word are no app password without letters
        ("Mijn wachtwoord werkt niet sinds de update op 2024 1203 1045 0000 1111 2222?", None),
        # a meter's readings in brackets are no Belgian phone
        ("Meterstand dag/nacht (04512/03187) doorgegeven op 1 maart.", None),
        # a name put on a thing stays a name
        (
            "Graag een gepersonaliseerd kussen 'Sophie' met haar geboortedatum 12-05-2021 erop.",
            "Graag een gepersonaliseerd kussen '[NAME]' met haar geboortedatum [BIRTH_DATE] erop.",
        ),
        # a password after "PWD=" that starts with a slash is a password
        (
            "Connection string: Server=db01;Uid=sa;PWD=/k8#Lm2!xQ;",
            "Connection string: Server=db01;Uid=sa;PWD=[PASSWORD];",
        ),
    ],
)
def test_review_of_round83(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# the rest of blind83's study and the earlier reviews' open holes
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a memorable word or a customer's password answered on the next turn
        (
            "Agent: Lovely. And the memorable word, please?\nCaller: Marigold. M-A-R-I-G-O-L-D.",
            "Agent: Lovely. And the memorable word, please?\nCaller: [PASSWORD]. [PASSWORD].",
        ),
        (
            "Medewerker: En uw klantwachtwoord?\nKlant: Ehm... Zeester41, met een hoofdletter.",
            "Medewerker: En uw klantwachtwoord?\nKlant: Ehm... [PASSWORD], met een hoofdletter.",
        ),
        # a signing secret with symbols after "huidige:"
        (
            "Graag het JWT signing secret vervangen, huidige: Rt5#mQ8zW2kL9vB4nX7c",
            "Graag het JWT signing secret vervangen, huidige: [TOKEN]",
        ),
        # a JSON payload's short password field after the user's
        (
            'DEBUG login body {"u":"pvd2211","p":"Zeewind!73","app":"Portal 3.1"}',
            'DEBUG login body {"u":"pvd2211","p":"[PASSWORD]","app":"Portal 3.1"}',
        ),
        # a German introduction and street in lower case
        (
            "hallo, ik ben dieter krause uit goch, adres is lindenstr. 14, 47574 goch",
            "hallo, ik ben [NAME] uit goch, adres is [ADDRESS], [POSTCODE] goch",
        ),
        ("hey its priya, about the cake order", "hey its [NAME], about the cake order"),
        # a Belgian postcode said in thousands
        (
            "Klant: Tiensestraat 88, drieduizend Leuven.",
            "Klant: [ADDRESS], [POSTCODE] Leuven.",
        ),
        # a plate after what it is on
        ("Kenteken aanhanger: W 5512 KT", "Kenteken aanhanger: [PLATE]"),
        # a postcode with its house number after "nummer", a room between street and postcode
        ("Klant: 3512 JK, nummer 14, in Utrecht.", "Klant: [ADDRESS], in Utrecht."),
        (
            "Adres: Breestraat 61, kamer 2, 2311 CJ Leiden.",
            "Adres: [ADDRESS], [POSTCODE] Leiden.",
        ),
        # a CVV after where it was typed in
        (
            "Beller: bij die webshop moest ik de code achterop invullen, 7 4 2.",
            "Beller: bij die webshop moest ik de code achterop invullen, [CVV].",
        ),
        # Belgian landlines with a slash and dots, and a mobile with the country's code
        (
            "Bereikbaar op 09/264.31.18 of op +32 478/61.22.05.",
            "Bereikbaar op [PHONE] of op [PHONE].",
        ),
        # an app password in four groups after "app password:"
        (
            "Outlook app password: hmcq zwtr pavd kelo (for the phone)",
            "Outlook app password: [PASSWORD] (for the phone)",
        ),
    ],
)
def test_blind83_second_part_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the desk after the role, when its speaker introduces someone else
        (
            "[10:02] Klant: hallo\n[10:02] Medewerker Zonnekracht: Goedemorgen, u spreekt met "
            "Ilse. Waarmee kan ik helpen?",
            "[10:02] Klant: hallo\n[10:02] Medewerker Zonnekracht: Goedemorgen, u spreekt met "
            "[NAME]. Waarmee kan ik helpen?",
        ),
        # a password question answered with no value, or asked about something else
        ("Agent: And your password?\nCustomer: Forgotten, sorry.", None),
        ("Agent: Heeft u uw wachtwoord gewijzigd?\nKlant: Gisteren, ja.", None),
        # a round sum after a street is no spoken postcode
        (
            "Ik woon op Meir 5, duizend Euro heb ik al betaald",
            "Ik woon op [ADDRESS], duizend Euro heb ik al betaald",
        ),
        # dates with slashes stay dates
        ("Geleverd op 03/12/2024 om 14.30, factuur 05/06.12.12", None),
        ("ik ben blij, dank je", None),
    ],
)
def test_blind83_second_part_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# the review of the second part: each case fails on 5697274
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a login's password answered on the next turn has digits or signs: no interjection
        ("Medewerker: Wat is uw wachtwoord?\nKlant: Momentje, ik zoek het op.", None),
        ("Klant: Moet het wachtwoord minstens 8 tekens zijn?\nMedewerker: Twaalf, zelfs.", None),
        ("Agent: And the password?\nCustomer: Gosh, that's embarrassing.", None),
        # a code word's first word is still taken when its words are no app password
        ("Codewoord: boom huis kast deur", "Codewoord: [PASSWORD] huis kast deur"),
        # a given name after the role stays a name when the agent names the firm
        (
            "Medewerker Wies: U spreekt met Vattenfall klantenservice.\nKlant: Hallo.",
            "Medewerker [NAME]: U spreekt met Vattenfall klantenservice.\nKlant: Hallo.",
        ),
        # a page, a test's result, a boarding pass in JSON
        ('{"user":"anna","p":"settings"}', None),
        ('{"user":"jdevries","p":"142","limit":"50"}', None),
        ('{"name":"checkout_flow","pass":"true"}', None),
        ('{"type":"boarding","pass":"KL1234-29A"}', None),
        # a month is no given name after "its"
        ("hey its june, so the renewal is due", None),
        # a distance after an address's words is no postcode
        ("het adres is ongewijzigd sinds 2021, 15000 km gereden met de auto", None),
        # thanks after a street is no town
        (
            "Wij wonen op de Dorpsstraat 5, duizend Dank voor de snelle hulp!",
            "Wij wonen op de [ADDRESS], duizend Dank voor de snelle hulp!",
        ),
        # an amount or a date after a CVV's word
        ("Ik heb de cvc ingevuld, 100 euro afgeschreven", None),
        ("CVV entered: 2024-05-01 at 10:00", None),
        # 01 is no Belgian zone
        ("De meterstand was 01/225.12.34 volgens het portaal", None),
        # and what the review found missed
        ("signing key = Kx9#mP2!vL7qR4sT8wZ1", "signing key = [TOKEN]"),
        ("Geheim: Xq7!mR2#pL9vK4sT, niet delen", "Geheim: [TOKEN], niet delen"),
        ("Anschrift: goethestraße 7, 10115 Berlin", "Anschrift: [ADDRESS], [POSTCODE] Berlin"),
        ("Klant: Veldstraat 10, negen duizend Gent", "Klant: [ADDRESS], [POSTCODE] Gent"),
        ("Bel +32 2/512.34.56", "Bel [PHONE]"),
        (
            "Agent: And the password?\nCustomer: Hunter_2. H-U-N-T-E-R.",
            "Agent: And the password?\nCustomer: [PASSWORD]. [PASSWORD].",
        ),
    ],
)
def test_review_of_round83_second_part(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
