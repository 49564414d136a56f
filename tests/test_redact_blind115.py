"""What the hundred-and-fifteenth blind set showed, each case written anew (not copied): a
CVV corrected in the same breath, also three digits and a letter O typed for a zero; a spoken
expiry corrected after a short clause; an expiry "on it"; an expiry answered as "die is 04 / 25"
with more after it; a card's month, year and code run on with spaces; a phone with an en dash; a
Wi-Fi code of words and dashes; a customer password said in quotes; a Basic auth header's value;
a key in a shop's short link; an Irish flat's address; "Straat + huisnr:"; a card holder's name
in capitals; an agent's name after "Ingevoerd door agent:". Kept: corrections of other numbers,
opening hours with an en dash, labels with no value. Every found case fails on 918f130; the kept
ones guard the new rules. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[09:41] Sem: paying for the stroller now. mastercard 5425 2334 3010 9903, "
            "exp 08/27 and cvv 562 wait no 526. ok?",
            "[09:41] [NAME]: paying for the stroller now. mastercard [CARD], exp "
            "[EXPIRY] and cvv [CVV] wait no [CVV]. ok?",
        ),
        (
            "Card: 4111 1111 1111 1111   Exp: 03/28   CVC: 4O9 – sorry, that's 409",
            "Card: [CARD]   Exp: [EXPIRY]   CVC: [CVV] – sorry, that's [CVV]",
        ),
        (
            "AGENT: And the expiry date?\n"
            "CALLER: six, twenty-seven. No wait, that's the old card — nine twenty-eight.",
            "AGENT: And the expiry date?\n"
            "CALLER: [EXPIRY]. No wait, that's the old card — [EXPIRY].",
        ),
        (
            "My replacement card came today, 4111 1111 1111 1111, and the expiry date "
            "on it is March twenty-nine.",
            "My replacement card came today, [CARD], and the expiry date on it is [EXPIRY].",
        ),
        (
            "Medewerker: Ik zie dat de betaling is geweigerd. Wat is de vervaldatum "
            "van de kaart?\n"
            "Klant: die is 07 / 24 dus verlopen denk ik. De nieuwe is al onderweg.",
            "Medewerker: Ik zie dat de betaling is geweigerd. Wat is de vervaldatum "
            "van de kaart?\n"
            "Klant: die is [EXPIRY] dus verlopen denk ik. De nieuwe is al onderweg.",
        ),
        (
            "klant: mijn creditcard: 4111 1111 1111 1111 11 28 093",
            "klant: mijn creditcard: [CARD] [EXPIRY] [CVV]",
        ),
        (
            "Telefoon: 06–41 52 63 70\n"
            "Opmerking: graag na 17:00 bellen",
            "Telefoon: [PHONE]\n"
            "Opmerking: graag na 17:00 bellen",
        ),
        (
            "Huisje aan zee, check-in 15:00. Wifi-code gegeven: zeewind-rode-12.",
            "Huisje aan zee, check-in 15:00. Wifi-code gegeven: [PASSWORD].",
        ),
        (
            'Identiteit gecontroleerd: klantwachtwoord genoemd ("vlinder-utrecht") – akkoord.',
            'Identiteit gecontroleerd: klantwachtwoord genoemd ("[PASSWORD]") – akkoord.',
        ),
        (
            '2025-03-02T10:14:55Z WARN webhook rejected auth="Basic '
            'c2hvcDpTdW1tZXIyMDI1IQ==" path=/hooks/orders',
            '2025-03-02T10:14:55Z WARN webhook rejected auth="Basic [TOKEN]" path=/hooks/orders',
        ),
        (
            "Your MOT is due. Book and pay here: kwik.fit/b/Rx4pT8nZ2wQ7Lm  Reply STOP "
            "to opt out.",
            "Your MOT is due. Book and pay here: kwik.fit/b/[TOKEN]  Reply STOP to opt out.",
        ),
        (
            "Please update my address to Apt 7, Block B, Grattan Square, Dublin 8. Thanks, Orla",
            "Please update my address to [ADDRESS], Dublin 8. Thanks, [NAME]",
        ),
        (
            "Geboortedatum: 04/11/1961\n"
            "Straat + huisnr: Zonneweide 7a\n"
            "Woonplaats: Zwolle",
            "Geboortedatum: [BIRTH_DATE]\n"
            "Straat + huisnr: [ADDRESS]\n"
            "Woonplaats: Zwolle",
        ),
        (
            "Booking for 2 nights, guaranteed with this card:\n"
            "Visa 4111 1111 1111 1111\n"
            "Holder: AIKO TANAKA\n"
            "Expiry: 2028/09",
            "Booking for 2 nights, guaranteed with this card:\n"
            "Visa [CARD]\n"
            "Holder: [NAME]\n"
            "Expiry: [EXPIRY]",
        ),
        (
            "Betaling bij aankomst met:\n"
            "Mastercard 5425 2334 3010 9903\n"
            "Navn på kort: LARS O BERGE",
            "Betaling bij aankomst met:\n"
            "Mastercard [CARD]\n"
            "Navn på kort: [NAME]",
        ),
        (
            "Verkoop – Kerstpakket actie\n"
            "Ingevoerd door agent: Merel (team 2)\n"
            "Klant: dhr. Smit",
            "Verkoop – Kerstpakket actie\n"
            "Ingevoerd door agent: [NAME] (team 2)\n"
            "Klant: dhr. [NAME]",
        ),
        (
            "Notitie: de geboortedatum van het kind stond fout in de boeking "
            "(01-01-2023 was een standaardwaarde).\n"
            "Aangepast naar 14-06-2023 voor de baby op schoot.",
            "Notitie: de geboortedatum van het kind stond fout in de boeking "
            "([BIRTH_DATE] was een standaardwaarde).\n"
            "Aangepast naar [BIRTH_DATE] voor de baby op schoot.",
        ),
        (
            "Please send the repeat prescription to the pharmacy. My details:\n"
            "\n"
            "Joanneke Visser\n"
            "born 9 May 1958",
            "Please send the repeat prescription to the pharmacy. My details:\n"
            "\n"
            "[NAME]\n"
            "born [BIRTH_DATE]",
        ),
    ],
)
def test_blind115_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Order 4821 – we shipped size 42, sorry, that's 44, typo on the slip.",
            "Order 4821 – we shipped size 42, sorry, that's 44, typo on the slip.",
        ),
        (
            "Room 214 wait no 241 is the one with the sea view, per the floor plan.",
            "Room 214 wait no 241 is the one with the sea view, per the floor plan.",
        ),
        (
            "Het kantoor is open van 0900–1700, in het weekend 10–16.",
            "Het kantoor is open van 0900–1700, in het weekend 10–16.",
        ),
        (
            "Wifi-code staat op de sticker onder de router.",
            "Wifi-code staat op de sticker onder de router.",
        ),
        (
            "Authorization: Basic Authentication is switched off on this endpoint.",
            "Authorization: Basic Authentication is switched off on this endpoint.",
        ),
        (
            "See the guide at example.info/setup/router-basics for the steps.",
            "See the guide at example.info/setup/router-basics for the steps.",
        ),
        (
            "Flat 3, the one on the second floor, has a broken radiator.",
            "Flat 3, the one on the second floor, has a broken radiator.",
        ),
        (
            "Holder: see attached form",
            "Holder: see attached form",
        ),
        (
            "Geboortedatum klopt. De vertrekdatum stond verkeerd, gewijzigd naar 22-07-2025.",
            "Geboortedatum klopt. De vertrekdatum stond verkeerd, gewijzigd naar 22-07-2025.",
        ),
        (
            "Order Summary\n"
            "DOB: 01-02-1980",
            "Order Summary\n"
            "DOB: [BIRTH_DATE]",
        ),
    ],
)
def test_blind115_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
