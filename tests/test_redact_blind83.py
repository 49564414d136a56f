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
            "Connection string: Server=db01;Uid=sa;PWD[PASSWORD];",
        ),
    ],
)
def test_review_of_round83(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)
