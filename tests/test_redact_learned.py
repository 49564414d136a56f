"""The redactor's learned step: what it looks at, what shapes it may give which kind, that it
adds to the rules without taking their work, and that it is shipped and reproducible."""

from __future__ import annotations

import datetime

import numpy as np
import pytest

from assistant.ingest.redact import find, redact, scan_numbers
from assistant.ingest.redact.learned import (
    CLASSES,
    DIM,
    WEIGHTS,
    LearnedModel,
    allowed,
    candidate_features,
    candidates,
    shipped_model,
    take_learned,
    widened,
)
from assistant.ingest.redact.scan import Found, Scan
from assistant.ingest.redact.spoken_digits import spoken_values


def _values(text: str) -> list[str]:
    return [text[c.start : c.end] for c in candidates(text)]


def test_candidates_are_values_with_a_digit_trimmed_of_punctuation() -> None:
    text = 'Your code: "7TQ9K". Wachtwoord (Kippensoep!2024), bel 0093 7712 of kies 12 maart 1985.'
    assert _values(text) == ["7TQ9K", "Kippensoep!2024", "0093 7712", "12 maart 1985"]


def test_candidates_skip_money_and_what_the_rules_took() -> None:
    scan = Scan("Betaald €12,50 en 19.99, pin 4821")
    scan.take(scan.text.index("4821"), len(scan.text), "PASSWORD")
    assert _values(scan.masked) == []


def test_shapes_limit_the_kinds() -> None:
    def kinds(value: str) -> set[str]:
        return {c for c, ok in zip(CLASSES, allowed(value), strict=True) if ok}

    assert kinds("12-03-1985") == set(CLASSES) - {"CVV", "SSN", "PLATE", "POSTCODE"}
    assert "BIRTH_DATE" not in kinds("12-03-2085")  # not born yet
    assert "BIRTH_DATE" not in kinds(f"12-03-{datetime.date.today().year - 2}")
    assert kinds("05/29") == {"none", "PASSWORD", "OTP", "EXPIRY", "POSTCODE"}
    assert kinds("4021") == {"none", "PASSWORD", "OTP", "CVV", "POSTCODE"}
    assert kinds("0927") == {"none", "PASSWORD", "OTP", "CVV", "EXPIRY", "POSTCODE"}  # MMYY
    assert kinds("Blu3Door#44") == {"none", "PASSWORD", "OTP"}
    assert kinds("48 27 93") == {"none", "PASSWORD", "OTP", "SSN", "POSTCODE"}
    assert kinds("KJX 9027") == {"none", "PASSWORD", "OTP", "PLATE", "POSTCODE"}
    assert "PLATE" not in kinds("559120")  # a plate has letters


@pytest.mark.parametrize(
    ("text", "value", "wide"),
    [
        ("plate KJX 9027 ok", "9027", "KJX 9027"),
        ("postcode 1094 HL Amsterdam", "1094", "1094 HL"),
        ("NI number JH 47 21 93 C.", "47 21 93", "JH 47 21 93 C"),
        ("OX29 4PB", "OX29", "OX29 4PB"),
        ("kenteken M-KL 4821", "4821", "M-KL 4821"),
        ("PIN 4821 OK", "4821", "4821"),  # a cue or a word in capitals is not a group
        ("code 4821 for you", "4821", "4821"),
    ],
)
def test_a_plate_postcode_or_id_is_widened_over_its_groups(
    text: str, value: str, wide: str
) -> None:
    start = text.index(value)
    lo, hi = widened(text, start, start + len(value))
    assert text[lo:hi] == wide


def test_a_model_takes_only_above_its_threshold_and_only_allowed_kinds() -> None:
    weights = np.zeros((DIM, len(CLASSES)), dtype=np.float32)
    p = np.array([0.1, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0, 0.0, 0.0])  # sure it is a date of birth
    model = LearnedModel(weights, np.zeros(len(CLASSES), dtype=np.float32), 0.7)
    assert model.pick(p, "12-03-1985") == "BIRTH_DATE"
    assert model.pick(p, "4021") is None  # no date: the date of birth is not allowed
    assert model.pick(np.array([0.4, 0.6, 0, 0, 0, 0, 0, 0, 0]), "4021") is None  # under 0.7
    plate = np.array([0.1, 0, 0, 0, 0, 0, 0, 0.9, 0])
    assert model.pick(plate, "9027") is None  # four digits alone are no plate
    assert model.pick(plate, "9027", "KJX 9027") == "PLATE"  # with the letters next to them


def test_without_weights_the_step_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    scan = Scan("The Steam Guard code: 7TQ9K.")
    monkeypatch.setattr("assistant.ingest.redact.learned.shipped_model", lambda: None)
    take_learned(scan)
    assert scan.found == []


def test_the_weights_ship_and_load() -> None:
    assert WEIGHTS.exists() and WEIGHTS.stat().st_size < 500_000
    model = shipped_model()
    assert model is not None
    assert model.weights.shape == (DIM, len(CLASSES))
    assert 0.5 <= model.threshold < 1.0


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # (retrained on blind16, the model scores "its Blu3Door#44 now" 0.77, under its 0.80)
        ("Sven: new wifi is Tulp#2026 btw", "Tulp#2026", "PASSWORD"),
        ("i got a text instead with 0093 7712, is that the same thing?", "0093 7712", "OTP"),
        # (the rules know "Steam Guard code" since blind31)
        ("Harbour Bank: Use 552 019 to approve a payment.", "552 019", "OTP"),
    ],
)
def test_the_shipped_model_finds_secrets_the_rules_miss(text: str, value: str, kind: str) -> None:
    start = text.index(value)
    rules_only = scan_numbers(text)
    assert not any(f.start <= start < f.end for f in rules_only.found)  # the rules miss it
    assert any(f.kind == kind and f.start <= start < f.end for f in find(text))


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # a ZIP given on the next turn, after the street was read back
        ("AGENT: and that goes to 114 Birch Lane, Dayton?\nCALLER: yes, 45402\nAGENT: thanks",
         "45402", "POSTCODE"),
        # a postcode after a floor, closing the address
        ("Casa Luna: the address is Calle Mayor 12, 2º dcha, 28013. See you soon", "28013",
         "POSTCODE"),
    ],
)  # fmt: skip
def test_the_shipped_model_finds_ids_plates_and_postcodes_the_rules_miss(
    text: str, value: str, kind: str
) -> None:
    start = text.index(value)
    rules_only = scan_numbers(text)
    assert not any(f.start <= start < f.end for f in rules_only.found)  # the rules miss it
    end = start + len(value)
    assert any(f.kind == kind and f.start <= start and end <= f.end for f in find(text))
    assert redact(redact(text).text).counts == {}


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel order 559120, placed by mistake",
        "ik heb 1240 spaarpunten maar zie nergens mijn korting",
        "Sections 616 and 617 of the FCRA give me a remedy",
        "use code SUMMER24 at checkout for 10% off",
    ],
)
def test_the_shipped_model_leaves_look_alikes(text: str) -> None:
    assert redact(text).text == text


def test_features_read_placeholders_as_the_kinds_the_rules_took() -> None:
    """Redacting twice changes nothing: "[CARD]" reads like a card the rules just took."""
    once = Scan("card 4111 1111 1111 1111 exp 05/29")
    once.take(5, 24, "CARD")
    twice = Scan("card [CARD] exp 05/29")
    (_, first), (_, second) = candidate_features(once), candidate_features(twice)
    assert first == second


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("My last password was Bcole#1995 if that helps.", "Bcole#1995"),
        ("My password is Juniper.Fields.42 - or should I not send it", "Juniper.Fields.42"),
        # the cue's window ends inside the value: it is taken whole
        (
            "alarm went off three times last night, we talked it through. She read out her "
            "alarm code (1066) - advised her",
            "1066",
        ),
    ],
)
def test_a_password_is_taken_whole_so_nothing_is_left_for_a_second_pass(
    text: str, secret: str
) -> None:
    once = redact(text).text
    assert secret not in once and "[PASSWORD]" in once
    assert not any(part in once for part in ("1995", "42", "106"))  # no part left over
    assert redact(once).text == once


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("four five three two, zero one eight four, seven seven three six", "453201847736"),
        ("oh nine slash twenty seven", "09/27"),
        ("nul acht twee", "082"),
        ("star one nine nine zero", "*1990"),
        ("double seven three one", "7731"),
        ("vier zevenenveertig twaalf", "44712"),
    ],
)
def test_values_read_out_in_words_become_digits(said: str, digits: str) -> None:
    assert [s.value for s in spoken_values(f"ja dat is {said}.")] == [digits]


def test_two_number_words_are_no_value() -> None:
    assert spoken_values("I have one of the two, and twaalf achtentwintig") == []


def test_a_card_read_out_is_a_card_and_its_codes_are_scored_like_written_ones() -> None:
    text = (
        "AGENT: go ahead with the card number\n"
        "CALLER: four nine one six, eight three zero two, one one five seven, four four three four"
    )
    assert "[CARD]" in redact(text).text  # Luhn-valid, 16 digits
    assert "[CARD]" not in redact(text.replace("four three four", "four three five")).text
    cands = candidates("CALLER: nul acht twee")
    assert [(c.value(""), c.spoken) for c in cands] == [("082", True)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("nieuwe pas gaat naar Kromme Elleboog 6, 8011 XJ Zwolle", "Kromme Elleboog 6", "ADDRESS"),
        ("Postcode/plaats: 6711 ML Ede", "6711 ML", "POSTCODE"),
        ("Verificatie: geboortedatum ok, postcode 3083 AN ok", "3083 AN", "POSTCODE"),
        ("Account PIN: 5309 ✔\nBilling ZIP: 78704 ✔", "78704", "POSTCODE"),
        ("its GH-482-KT, a french plate", "GH-482-KT", "PLATE"),
        ("mijn leaseauto de hv-620-r heeft apk nodig", "hv-620-r", "PLATE"),
        ("the meter cupboard code is 4729", "4729", "PASSWORD"),
        ("the requests come from our server 203.0.113.58.", "203.0.113.58", "IP"),
    ],
)
def test_forms_the_sixth_blind_set_showed(text: str, value: str, kind: str) -> None:
    start = text.index(value)
    assert Found(start, start + len(value), kind) in find(text)


@pytest.mark.parametrize(
    "text",
    ["pick list: KL-482-XT x4", "onderdeel hv-620-r op voorraad", "model 3083 AN-2"],
)
def test_their_look_alikes_stay(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "said",
    [
        "G B three eight, B A R C, two zero zero three, five three four one, eight two seven three,"
        " six four",
        "en el nul vier ing b nul zeven vijf vier twee een negen nul acht drie",  # Dutch letters
        "be negenentwintig, zeven drie vijf nul, negen een twee acht, vier zes zes vier",
    ],
)
def test_an_iban_spelled_out_is_taken_when_its_check_digits_hold(said: str) -> None:
    text = f"Agent: which account number?\nCustomer: yeah it's {said}.\nAgent: thanks"
    assert "Customer: yeah it's [IBAN]." in redact(text).text
    wrong = said.replace("vier zes zes vier", "vier zes zes vijf").replace("six four", "six five")
    wrong = wrong.replace("acht drie", "acht vier")
    assert "[IBAN]" not in redact(text.replace(said, wrong)).text


@pytest.mark.parametrize(
    "text",
    [
        "honderdnegenentwintig euro, tweehonderdvijftig, twentyish, seventy-something, fortyfive",
        "account: be honderdtwintig, dertigste, negenenhonderd, ninety ninety-nine one",
        "rekening: " + " ".join(["een", "twee", "xyz", "twintig-acht", "drieënzeventig"] * 9),
    ],
)
def test_any_words_where_numbers_are_expected_never_break_the_redactor(text: str) -> None:
    """Found by the seventh blind set: a compound number word that is no digit pair crashed it."""
    assert redact(redact(text).text).text == redact(text).text


def test_random_mixes_of_number_words_letters_and_digits_never_break_the_redactor() -> None:
    """Seeded nonsense made of the pieces the spoken-value rules read."""
    import random

    rng = random.Random(14)
    pieces = [
        "een", "twee", "nul", "oh", "double", "triple", "twenty", "seventy-two", "negentig",
        "eenentwintig", "honderd", "star", "slash", "hash", "G", "B", "en", "el", "be", "ing",
        "4", "12", "0612", "/", "-", ",", ".", "iban", "rekening", "code", "PIN", "\n", "Klant:",
        "card", "exp", "[OTP]", "wachtwoord", "geboren", "1985", "maart", "NL91", "ABNA",
    ]  # fmt: skip
    for _ in range(400):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        once = redact(text)  # raises nothing (idempotence is checked on real texts: the corpus)
        assert sum(once.counts.values()) == once.text.count("[") - text.count("[")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "do NOT charge my card (5406 1234 5432 1091, valid to 04/27)",
            "5406 1234 5432 1091",
            "CARD",
        ),
        (
            "Social Security number?\nCustomer: sure its 389 42 7716\nRep: thanks",
            "389 42 7716",
            "SSN",
        ),
        ("Could you give me your BSN?\nKlant: 620 918 378 / 13-08-1985", "620 918 378", "BSN"),
        (
            "BSN vijf twee zeven, een negen vier, acht zes vier (in drietallen)",
            "vijf twee zeven, een negen vier, acht zes vier",
            "BSN",
        ),
        ("Postcode + gemeente: 8200 Sint-Andries", "8200", "POSTCODE"),
        ("Bas: whats the postcode again?\nme: 1054et\nBas: ok", "1054et", "POSTCODE"),
        ("New address: Rue Haute 54 boîte 2, 1000 Brussels", "1000", "POSTCODE"),
        ("Kastanienallee 31, 3. OG links, 10435 Berlin", "10435", "POSTCODE"),
    ],
)
def test_forms_the_seventh_blind_set_showed(text: str, value: str, kind: str) -> None:
    start = text.index(value)
    assert Found(start, start + len(value), kind) in find(text)


def test_a_placeholder_is_no_postcode_cue() -> None:
    text = "[ADDRESS], [POSTCODE] Bruxelles\nFinal meter reading on 30/09: 48213 kWh"
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Customer: 5200 8211 4677 3904\nAgent: Expiry?\nCustomer: 0725\nAgent: ok", "0725",
         "EXPIRY"),
        ("agent: the expiry date on the card\ncaller: end of November twenty twenty-six",
         "November twenty twenty-six", "EXPIRY"),
        ("address is 27 mayfield grove, m19 2ld in case", "27 mayfield grove", "ADDRESS"),
        ("address is 27 mayfield grove, m19 2ld in case", "m19 2ld", "POSTCODE"),
        ("Agent: confirm the postcode?\n[09:15] +44 7700 900418: w2 5tu, its for me", "w2 5tu",
         "POSTCODE"),
    ],
)  # fmt: skip
def test_forms_the_eighth_blind_set_showed(text: str, value: str, kind: str) -> None:
    start = text.index(value)
    assert Found(start, start + len(value), kind) in find(text)


def test_the_learned_step_reads_names_as_a_second_pass_will() -> None:
    """It runs after the names and again on what it took, so redacting twice adds nothing."""
    text = (
        "Hoi Sanne, ik krijg geen sms meer (laatste was 771 902). Mijn back-up codes heb ik nog"
        " wel: 8fk2-9xq1 en p7rt-3m0v, maar waar vul ik die in? Groet, Jan"
    )
    once = redact(text).text
    assert "[NAME]" in once and redact(once).text == once


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Klant: hoi\nMedewerker (Joke): Goedemiddag!", "Joke", "NAME"),
        ("Gast: ja\nReceptie (Lien): Dank u", "Lien", "NAME"),
        ("AGENT: okay perfect mister Peeters I'll book it", "Peeters", "NAME"),
        ("Kilometerstand: 48.312 km\nNaam berijder: Mark Vermeer\n", "Mark Vermeer", "NAME"),
        ("Customer:\nMark Pendleton – 14/09/1979\nClaire Pendleton – 02/12/1981",
         "Claire Pendleton", "NAME"),
        ("connection string is postgres://app_rw:Vq7#pL2x!Rz9@10.0.4.17:5432/billing",
         "Vq7#pL2x!Rz9", "PASSWORD"),
    ],
)  # fmt: skip
def test_forms_the_ninth_blind_set_showed(text: str, value: str, kind: str) -> None:
    start = text.index(value)
    assert Found(start, start + len(value), kind) in find(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Team (Nieuwsbrief): nieuwe acties deze week", "Nieuwsbrief"),
        ("Mine is 123456782 and my partner's is 502 749 349.", "my partner's is"),
    ],
)
def test_no_name_from_a_plain_word_and_no_cue_from_a_placeholder(text: str, kept: str) -> None:
    once = redact(text).text
    assert kept in once
    assert redact(once).text == once  # "[BSN]" on the second pass is no BSN cue


def test_a_partners_number_next_to_a_bsn_is_hidden() -> None:
    """The rules leave a second bare number (no cue of its own); the learned step takes it as
    a national ID from the words around it."""
    assert redact("Mine is 123456782 and my partner's is 502 749 349.").text == (
        "Mine is [BSN] and my partner's is [SSN]."
    )


def test_secrets_in_a_pasted_config_file() -> None:
    text = (
        "STRIPE_SECRET_KEY=sk_live_51NqT8xLmR4vZ2wKp9HjB7cYd3Ft6Ga0Es\n"
        "SENDGRID_API_KEY=SG.k3Jd8QwZ1xPv.Tn6Rm2Ly9Hc4Bf7Ws0Ga5Ek1Uo3Iz8Nq\n"
        "DB_PASSWORD=Pg!n0rth$ea_2024\n"
        "DEBUG=true\nLOG_LEVEL=info"
    )
    once = redact(text).text
    assert once.splitlines() == [
        "STRIPE_SECRET_KEY=[TOKEN]",
        "SENDGRID_API_KEY=[TOKEN]",
        "DB_PASSWORD=[PASSWORD]",
        "DEBUG=true",
        "LOG_LEVEL=info",
    ]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("New address: Schönhauser Allee 141, Hinterhaus 3. OG, 10437 Berlin", "10437",
         "POSTCODE"),
        ("Lead traveller: Gwen Llewellyn\nEmail: x", "Gwen Llewellyn", "NAME"),
        ("Agent: can you give me your citizen service number?\nCaller: yes it is one three five,"
         " seven nine two, four six zero", "one three five, seven nine two, four six zero", "BSN"),
    ],
)  # fmt: skip
def test_forms_the_tenth_blind_set_showed(text: str, value: str, kind: str) -> None:
    start = text.index(value)
    assert Found(start, start + len(value), kind) in find(text)


def test_features_see_a_plate_or_id_around_a_value() -> None:
    """The letters beside a value, a car before it and a national ID's name: what tells a
    plate, a postcode or an ID from a code."""
    scan = Scan("stop parking at the gate, white Tesla CX 48 211 please")
    (cand,), (feats,) = candidate_features(scan)
    assert scan.text[cand.start : cand.end] == "48 211"
    assert {"W:AA 99 999", "car", "LS:A"} <= set(feats)
    scan = Scan("Personnummer: 850101-1234 Göteborg")
    (_,), (feats,) = candidate_features(scan)
    assert {"idcue", "R1cap"} <= set(feats) and "car" not in feats
