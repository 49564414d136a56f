"""Forms the ninetieth blind set showed, studied after it was measured (the cases here are written
anew, not copied): a short given name that is also a word signing with a listed surname, a
street whose name holds a preposition in an address's field, a log's token right after "token=",
a CVV given as what the old card's was, a Dutch service number typed with a spaced dash, a
Danish plate in a text about a car's plate, a Swedish personal number without its dash in a text
about Sweden; and what is no one's personal data: a desk signing, a travel firm, an island, a
room named after a person, a paint maker, an error's code after a log's error name, a car's
engine code and model year, a log event's dotted name. Each case also checks that redacting
twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted

from assistant.ingest.redact import scan_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dank voor uw geduld.\n\nMet vriendelijke groeten,\nAn Peeters",
            "Dank voor uw geduld.\n\nMet vriendelijke groeten,\n[NAME]",
        ),
        (
            "Klant: T. Okafor | Nieuw adres: Dijk voor Amstel 44 | Postcode: 1971 AB",
            "Klant: [NAME] | Nieuw adres: [ADDRESS] | Postcode: [POSTCODE]",
        ),
        (
            "2025-02-11 10:02:44 action=password.reset token=inv_9QpX2mL7rT4vK8sW1zN5 ttl=3600",
            "2025-02-11 10:02:44 action=password.reset token=[TOKEN] ttl=3600",
        ),
        (
            "Niet zelf aangevraagd? Bel dan met 0900 - 4411.",
            "Niet zelf aangevraagd? Bel dan met [PHONE].",
        ),
        (
            "Huurauto geleverd. Op het contract staat BK 27 519, maar de kentekenplaat van de auto"
            " is BK 27 591 (Deens).",
            "Huurauto geleverd. Op het contract staat [PLATE], maar de kentekenplaat van de auto"
            " is [PLATE] (Deens).",
        ),
        (
            "Export from my vault: Bank,swedbank.se,197905172388,login ok",
            "Export from my vault: Bank,swedbank.se,[SSN],login ok",
        ),
    ],
)
def test_blind90_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


# a CVV given as what the old card's was, ending its turn (by the rules, not the learned step)
def test_blind90_old_cards_cvv() -> None:
    text = (
        "[09:12] Klant: mijn creditcard is vervangen. Moet ik de cvc van de oude nog ergens"
        " opgeven? die was 418\n[09:13] Agent: Nee, dat hoeft niet."
    )
    found = [(f.kind, text[f.start : f.end]) for f in scan_numbers(text).found]
    assert ("CVV", "418") in found


@pytest.mark.parametrize(
    "text",
    [
        "Het modem werkt weer.\n\nMet vriendelijke groet,\nJuridische dienst",
        "Call recording summary – Aurora Travel (agent desk 4)",
        "We rented a cottage on the Isle of Harris last June.",
        "Lunch is served in the Anna Pavlova room from noon.",
        "Te koop: Royal Talens Rembrandt olieverf, set van 10 tubes.",
        "log shows ERR_DISK_FULL (code 2207) after the export",
        "Auto: VW Polo 1.0 TSI, engine code DKLA, MY 2019",
        "Kind regards,\nCustomer service",
        "Order 197905172388 shipped to Malmö.",
        "2025-02-11 10:02:44 event=password.reset user_id=4471 status=ok",
    ],
)
def test_blind90_kept(text: str) -> None:
    assert _redacted(text) == text
