"""Forms the thirty-first blind set showed after it was measured once (the cases here are
written anew, not copied): national numbers asked for in a sentence and answered on the next
turn, Finnish identity codes with their check character, a Luxembourg matricule; a
postcode in lower case on the speaker's next line, a postcode on the line after an address
with a floor between, French streets whose name starts with "l'"; a password for a purpose
in quotes, a Steam Guard code; a surname in lower case under its form label; closings in
other languages and a slash before the sign-off; names spelled with hyphens (with the Dutch
IJ, after a spelling asked for, or spelling a name or an e-mail's word given before) and the
word they spell said again; a house number read digit by digit after a spoken postcode; an
Italian plate right after the car's model; "op" before a street is no part of a surname.
Numbers said as words, departments, scores and gigajoules stay, as do the other look-alikes.
Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: To find your record I need your personal identity number.\n"
            "Customer: yes it is 751203-4452",
            "Agent: To find your record I need your personal identity number.\n"
            "Customer: yes it is [SSN]",
        ),
        (
            "My personal identity code is 010170-123F, my wife's is 311299-999E.",
            "My personal identity code is [SSN], my wife's is [SSN].",
        ),
        ("Ma matricule est 1985 0412 34567 depuis", "Ma matricule est [SSN] depuis"),
        (
            "[10:02] klant: lindelaan 14\n[10:02] klant: 2512 kb den haag",
            "[10:02] klant: [ADDRESS]\n[10:02] klant: [POSTCODE] den haag",
        ),
        (
            "Carmen Ruiz\nCalle Mayor 21, 2º A\n28013 Madrid",
            "[NAME]\n[ADDRESS], 2º A\n[POSTCODE] Madrid",
        ),
        (
            "graag opsturen naar Rue de l'Abbaye 12, 1050 Bruxelles.",
            "graag opsturen naar [ADDRESS], [POSTCODE] Bruxelles.",
        ),
        (
            'Password for phone banking: "marigold". Thanks',
            'Password for phone banking: "[PASSWORD]". Thanks',
        ),
        ("Steam Guard code Q7M4X arrived", "Steam Guard code [OTP] arrived"),
        (
            "Voornaam: pieter\nAchternaam: van den bosch\nPlaats: x",
            "Voornaam: [NAME]\nAchternaam: [NAME]\nPlaats: x",
        ),
        ("thanks for the help\nobrigado\nRui", "thanks for the help\nobrigado\n[NAME]"),
        ("Call me back on 0612345678. / Kaisa", "Call me back on [PHONE]. / [NAME]"),
        (
            "Agent: Hoe spel ik uw achternaam?\nKlant: B-IJ-L-S-M-A. Bijlsma met ij",
            "Agent: Hoe spel ik uw achternaam?\nKlant: [NAME]. [NAME] met ij",
        ),
        (
            "caller: that's me, Sanne de Wit, S-A-N-N-E. and",
            "caller: that's me, [NAME], [NAME]. and",
        ),
        (
            "Klant: dat is r punt kloosterman at kpn punt nl, dus K-L-O-O-S-T-E-R-M-A-N.",
            "Klant: dat is [EMAIL], dus [NAME].",
        ),
        (
            "Postcode is twee vijf één twee, ka bee, huisnummer vier één — zei de beller.",
            "Postcode is [ADDRESS] — zei de beller.",
        ),
        (
            "my lease car, a Fiat Panda GH 482 LM. Thanks",
            "my lease car, a Fiat Panda [PLATE]. Thanks",
        ),
        (
            "Mevrouw de Graaf op Dorpsweg 12 belde",
            "Mevrouw [NAME] op [ADDRESS] belde",
        ),
        # look-alikes
        (
            "Caller: Eleven thousand four hundred on the meter",
            "Caller: Eleven thousand four hundred on the meter",
        ),
        ("Please fix the lift. Thanks, Facilities.", "Please fix the lift. Thanks, Facilities."),
        ("Agent handled it well. Score 8/10.", "Agent handled it well. Score 8/10."),
        ("De warmtemeter stond op 1284 GJ gisteren", "De warmtemeter stond op 1284 GJ gisteren"),
        (
            "New PIN set. Terminal model Verifone Vx/520, SN 1234.",
            "New PIN set. Terminal model Verifone Vx/520, SN 1234.",
        ),
        ("the model is A-B-C-D and it works", "the model is A-B-C-D and it works"),
        (
            "Your personal number was updated.\nCustomer: thanks, order 123456789 arrived",
            "Your personal number was updated.\nCustomer: thanks, order 123456789 arrived",
        ),
        ("invoice 131052-308X and ref 250889-164U2", "invoice 131052-308X and ref 250889-164U2"),
        (
            "postcode 5611 HW, 3 visits and nobody came",
            "postcode [POSTCODE], 3 visits and nobody came",
        ),
        (
            "Someone has my password. My account name is wolfrider_88, help",
            "Someone has my password. My account name is wolfrider_88, help",
        ),
        (
            'Password for the portal: "Reset" does nothing',
            'Password for the portal: "Reset" does nothing',
        ),
        ("Beller: de huurtoeslag is gestopt", "Beller: de huurtoeslag is gestopt"),
        ("It is red. / Blue is fine too.", "It is red. / Blue is fine too."),
    ],
)
def test_blind31_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
