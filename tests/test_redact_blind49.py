"""Forms the forty-ninth blind set showed, studied after the fiftieth was measured (the cases
here are written anew, not copied): Polish, Spanish, Italian and Norwegian mobiles after a word
that says a phone follows (or before "by SMS"), or given alone on the turn after it was asked
for; a house number beside a card no CVV; the first line of an address given with its number
first; a session's id in a link; a Dutch street in lower case after "op"; a form's surname
in lower case; a Polish title; a desk's agent named like a town; Surinamese names; a Norwegian
birth number after "f.nr."; and what is no one's personal data: the next label of an empty
field, a German closing after another, a network's name before its password, a code texted
after a national ID was named, pizzas counted, an energy label, a time before a street's car
park, greetings in other languages, a Norwegian flat's number. Each case also checks that
redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Callback on 512 604 883 if the courier is late.",
            "Callback on [PHONE] if the courier is late.",
        ),
        ("Cellulare: 338 415 2290", "Cellulare: [PHONE]"),
        # guards the rule's move: the cue abbreviated with a dot, as before
        ("Marek Nowak, tel. 698 224 017", "[NAME], tel. [PHONE]"),
        ("Mobil 934 51 208, ring etter kl. 16.", "Mobil [PHONE], ring etter kl. 16."),
        (
            "Your reminder goes to 346 771 2054 by SMS.",
            "Your reminder goes to [PHONE] by SMS.",
        ),
        (
            "[10:01] Agent: Please give me the mobile number for the delivery.\n"
            "[10:02] Client: 612 904 337",
            "[10:01] Agent: Please give me the mobile number for the delivery.\n"
            "[10:02] Client: [PHONE]",
        ),
        (
            "Replacement card 4929 1837 4650 2818 sent, exp 11/28, to 1207 Maple Ridge Rd,"
            " Austin TX 78701.",
            "Replacement card [CARD] sent, exp [EXPIRY], to [ADDRESS], Austin TX [POSTCODE].",
        ),
        (
            "Agent: And the first line of the address?\nCustomer: 17 Heol y Felin, Pontypridd",
            "Agent: And the first line of the address?\nCustomer: [ADDRESS], Pontypridd",
        ),
        (
            "It said ?session=9f3b2c7d1e0a4b6c8d2e in the address bar",
            "It said ?session=[TOKEN] in the address bar",
        ),
        (
            "kan je het pakket ophalen? staat bij mij op lindelaan 8, 5211 ab den bosch",
            "kan je het pakket ophalen? staat bij mij op [ADDRESS], [POSTCODE] den bosch",
        ),
        ("Last name: okonkwo-barnes\nCountry: UK", "Last name: [NAME]\nCountry: UK"),
        (
            "[10:06] Paweł: Dzień dobry Pani Jolanto, the fitter comes at 9.",
            "[10:06] [NAME]: Dzień dobry Pani [NAME], the fitter comes at 9.",
        ),
        (
            "[11:01] klant: hallo\n[11:02] Milan (helpdesk): Goedemiddag",
            "[11:01] klant: hallo\n[11:02] [NAME] (helpdesk): Goedemiddag",
        ),
        (
            "[09:40] Marlon Pinas: hoi, mijn sim doet het niet",
            "[09:40] [NAME]: hoi, mijn sim doet het niet",
        ),
        (
            "Formulier\nVoornaam: Rachel\nTussenvoegsel:\nAchternaam: Doekhie",
            "Formulier\nVoornaam: [NAME]\nTussenvoegsel:\nAchternaam: [NAME]",
        ),
        (
            "Thanks.\n\nMit freundlichen Grüßen\nKlaus Berger",
            "Thanks.\n\nMit freundlichen Grüßen\n[NAME]",
        ),
        (
            # the title taken with the name in the header is not a name said again
            "From: Dr. Helmut Gruber <h.gruber@aon.at>\n\nPlease help.\n\n"
            "Mit freundlichen Grüßen\nDr. Helmut Gruber",
            "From: [NAME] <[EMAIL]>\n\nPlease help.\n\nMit freundlichen Grüßen\nDr. [NAME]",
        ),
        (
            'Key is in the lockbox, code 0612. Wifi "Casa_Sol_5G", password mar2024azul',
            'Key is in the lockbox, code [PASSWORD]. Wifi "Casa_Sol_5G", password [PASSWORD]',
        ),
        (
            "I never gave my SIN. Later a text came with a verification code 552 019 I didn't"
            " request.",
            "I never gave my SIN. Later a text came with a verification code [OTP] I didn't"
            " request.",
        ),
        ("Kunde: Jonas Berg, f.nr. 15057812345.", "Kunde: [NAME], f.nr. [SSN]."),
    ],
)
def test_blind49_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same forms in older sets, studied with it
        (
            "Agent: Best number to reach you?\nCustomer: 934 27 118",
            "Agent: Best number to reach you?\nCustomer: [PHONE]",
        ),
        (
            "Please cancel the contract for number 601 447 238 per 1 May.",
            "Please cancel the contract for number [PHONE] per 1 May.",
        ),
        ("Thanks\n\nRavi Menon\n98765 43210", "Thanks\n\n[NAME]\n[PHONE]"),
        ("Regards, Katarzyna Wójcik 512 778 904", "Regards, [NAME] [PHONE]"),
        ("please phone me 07700900 552 when outside", "please phone me [PHONE] when outside"),
        (
            "and i moved to molenstraat 12-3, 9712 ab groningen.",
            "and i moved to [ADDRESS], [POSTCODE] groningen.",
        ),
        (
            "my address changed, its dorpsstraat 9 hs now",
            "my address changed, its [ADDRESS] now",
        ),
        (
            "new address for the final bill is 9 rose mews, york yo1 7hh.",
            "new address for the final bill is [ADDRESS], york [POSTCODE].",
        ),
        (
            "i moved into 22 oak park last week and the heating is off",
            "i moved into [ADDRESS] last week and the heating is off",
        ),
    ],
)
def test_older_sets_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hi, 3 margherita and 2 diavola, pickup 7pm\nPizzeria: 3× Margherita €27,00",
        "Energielabel A. Bezichtiging op zaterdag.",
        "Ticket: issued 03/03/2024 16:45, Market Street car park",
        "CALLER: Hiya, I want to pay my bill.",
        "Beller: Bonjour, eh, goedemiddag, ik bel over mijn factuur.",
        # guards the phone rules: a reference between the cue and the number
        "Call us about ticket 503 918 274 tomorrow.",
        "Order for number 2 is ready",
        # a rental firm and its town speaking twice, no person
        "Klant: hoi, kan ik de bus zaterdag lenen?\nVerhuur Vermeulen: Ja hoor, vanaf 9u.\n"
        "Klant: top\nVerhuur Vermeulen: tot zaterdag",
    ],
)
def test_blind49_kept(text: str) -> None:
    assert _redacted(text) == text
