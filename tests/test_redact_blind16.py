"""Forms the redactor learned from the misses on blind16 (measured first, then studied):
Belgian "°" for born, names listed with a dash before their date, French streets with an
accented capital, Portuguese postcodes, a ZIP closing an address, a phone in brackets with
its country code; and, in a second pass over its misses, BSNs printed in groups, an expiry
talked about over a few turns, PINs said in groups, settings in a YAML list, plates after a
car word, Frisian and Low Saxon streets, house numbers and postcodes read out, lower-case
addresses and names, trade words before a firm's name. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Verzekerden:\n- Joost Vreeswijk, °06.03.1980\n"
            "- Liesbeth Vreeswijk-Maas, °19.12.1981\n",
            "Verzekerden:\n- [NAME], °[BIRTH_DATE]\n- [NAME], °[BIRTH_DATE]\n",
        ),
        (
            "1. Maarten Ossewaarde — 11.02.1982\n2. Julia Ossewaarde-Klein — 27.09.1984\n",
            "1. [NAME] — [BIRTH_DATE]\n2. [NAME] — [BIRTH_DATE]\n",
        ),
        (
            "Delivery window — 11.02.2026 — please call",
            "Delivery window — 11.02.2026 — please call",
        ),
        (
            "Adresse: Rue des Éperonniers 14, 1000 Bruxelles\nTél",
            "Adresse: [ADDRESS], [POSTCODE] Bruxelles\nTél",
        ),
        (
            "New address: Rua das Flores 33, 2º Esq., 4050-262 Porto, Portugal",
            "New address: [ADDRESS], 2º Esq., [POSTCODE] Porto, Portugal",
        ),
        (
            "Verified with address (1402 Magnolia Blvd, 29407). Daughter",
            "Verified with address ([ADDRESS], [POSTCODE]). Daughter",
        ),
        (
            "vanaf een ander toestel (+31 6 1207 4489, partner) dat",
            "vanaf een ander toestel ([PHONE], partner) dat",
        ),
        ("bel (020) 123 4567 of (+31) 6 12345678", "bel [PHONE] of [PHONE]"),
        (
            "My BSN letter never came. On the form it says 2746.50.009, is that right?",
            "My BSN letter never came. On the form it says [BSN], is that right?",
        ),
        (
            "Which BSN did you type?\nKlant: 274 650 009\n",
            "Which BSN did you type?\nKlant: [BSN]\n",
        ),
        ("Account 274 650 009 is closed.", "Account 274 650 009 is closed."),
        (
            "Agent: check the expiry date, format MM/YY.\nMe: I typed 2028/03\nAgent: use 03/28.",
            "Agent: check the expiry date, format MM/YY.\nMe: I typed [EXPIRY]\n"
            "Agent: use [EXPIRY].",
        ),
        (
            "passed security (phone banking passcode 41 07 93 + memorable word)",
            "passed security (phone banking passcode [PASSWORD] + memorable word)",
        ),
        (
            "    environment:\n      - ROUTER_PASS=Zeewind_Blauw12\n",
            "    environment:\n      - ROUTER_PASS=[PASSWORD]\n",
        ),
        ("Entreedeur code: 7315\nTel", "Entreedeur code: [PASSWORD]\nTel"),
        ("a fine for the car 7392 BCD while parked", "a fine for the car [PLATE] while parked"),
        ("the company car W-2209 KT needs tyres", "the company car [PLATE] needs tyres"),
        ("my car BMW X5 is in the garage", "my car BMW X5 is in the garage"),
        ("ik wil van 128GB naar 256GB", "ik wil van 128GB naar 256GB"),
        ("the reg as AB12 CDI, a typo", "the reg as [PLATE], a typo"),
        ("bezorg maar op Skilpaed 14 graag", "bezorg maar op [ADDRESS] graag"),
        (
            "stuur het naar de Ringbaan-Oost zevenentwintig in Tilburg",
            "stuur het naar de [ADDRESS] in Tilburg",
        ),
        (
            "we liepen door het Vondelpark twintig minuten",
            "we liepen door het Vondelpark twintig minuten",
        ),
        ("Comparing three quotes", "Comparing three quotes"),
        (
            "Caller: postcode is one zero one one five Berlin",
            "Caller: postcode is [POSTCODE] Berlin",
        ),
        ("adres kerkpad 9 8011 rt zwolle", "adres [ADDRESS] [POSTCODE] zwolle"),
        (
            "no heat at apartment 4, 17 main street d02 x285 dublin",
            "no heat at [ADDRESS] [POSTCODE] dublin",
        ),
        ("my names sean o brien, no power", "my names [NAME], no power"),
        ("Apotheek De Linde: uw recept ligt klaar", "Apotheek De Linde: uw recept ligt klaar"),
        ("I'd typed a T. Screenshots attached.", "I'd typed a T. Screenshots attached."),
    ],
)
def test_blind16_forms(text: str, expected: str) -> None:
    assert _redacted(text) == expected
