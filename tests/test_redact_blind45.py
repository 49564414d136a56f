"""Forms the forty-fifth blind set showed, studied after the forty-sixth was measured (the
cases here are written anew, not copied): a Danish CPR number after "CPR no.", a postcode
after other countries' names for it (Postnummer, Postleitzahl, code postal, codice postale,
código postal, kod pocztowy), and two things a second pass must read as the first did: a
town's name before a postcode's placeholder, and a placeholder "[PLATE]" that is no word
for a plate. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted

from assistant.ingest.redact import redact
from assistant.ingest.redact.learned import candidate_features
from assistant.ingest.redact.scan import Scan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patient details. CPR no.: 120379-4417, GP in Aarhus.",
            "Patient details. CPR no.: [SSN], GP in Aarhus.",
        ),
        (
            "Ny adress: Drottninggatan 8, Postnummer: 252 21 Helsingborg",
            "Ny adress: [ADDRESS], Postnummer: [POSTCODE] Helsingborg",
        ),
        (
            "Lieferung bitte an Postleitzahl 80331, die Hausnummer schicke ich noch.",
            "Lieferung bitte an Postleitzahl [POSTCODE], die Hausnummer schicke ich noch.",
        ),
        ("code postal : 69003 (Lyon 3e)", "code postal : [POSTCODE] (Lyon 3e)"),
        ("Codice postale 20121, Milano", "Codice postale [POSTCODE], Milano"),
        ("Código postal: 28013, Madrid", "Código postal: [POSTCODE], Madrid"),
        ("kod pocztowy 31-147 Kraków", "kod pocztowy [POSTCODE] Kraków"),
    ],
)
def test_forms_from_the_forty_fifth_blind_set_are_redacted(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a second pass: a town before a postcode's placeholder is no given name
        "Entrega em São Paulo [POSTCODE], portão azul.",
        "Ship to [ADDRESS], São Paulo [POSTCODE] please",
    ],
)
def test_a_town_before_a_postcodes_placeholder_stays(text: str) -> None:
    assert redact(text).text == text


def test_a_plates_placeholder_is_no_word_for_a_plate() -> None:
    """On a second pass "[PLATE]" reads as the masked plate did on the first, not as "plate"
    cueing the next value."""
    first = Scan("Pallets staan in stelling KL-204-B en KL-205-A")
    start = first.text.index("KL-204-B")
    first.take(start, start + 8, "PLATE")
    second = Scan("Pallets staan in stelling [PLATE] en KL-205-A")
    (_, (feats_first,)), (_, (feats_second,)) = (
        candidate_features(first),
        candidate_features(second),
    )
    assert "car" not in feats_second
    assert feats_second == feats_first
