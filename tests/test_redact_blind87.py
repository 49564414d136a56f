"""Forms the eighty-seventh blind set showed, studied after it was measured (the cases here are
written anew, not copied): an expiry after "geldig tm" typed without its slash, a SendGrid key,
a code read out after it was sent to the caller's current number;
and what is no one's personal data: an Italian garage speaking in a chat. Each case also checks
that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted

from assistant.ingest.redact import scan_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "deze: 4556  7392 0184 7368 geldig tm 0329 en achterop 4 1 8",
            "deze: [CARD] geldig tm [EXPIRY] en achterop [CVV]",
        ),
        (
            "de key voor de mailserver: SG.Qw3Er5Ty7Ui.Op9As1Df3Gh5Jk7Lz2Xc4Vb6",
            "de key voor de mailserver: [TOKEN]",
        ),
    ],
)
def test_blind87_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


# a code read out after it was sent to the caller's current or new number, found by the rules
# themselves (the learned step found the simpler forms already)
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Agent: We just texted a code to your current number, could you read it out?\n"
            "Caller: Sure, seven two zero six.",
            "seven two zero six",
        ),
        (
            "Medewerker: ik heb een code naar uw nieuwe nummer gestuurd, wilt u die voorlezen?\n"
            "Klant: zes twee vier acht",
            "zes twee vier acht",
        ),
    ],
)
def test_blind87_code_sent_to_a_number(text: str, code: str) -> None:
    found = [(f.kind, text[f.start : f.end]) for f in scan_numbers(text).found]
    assert ("OTP", code) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[10:12] Officina Greco: Buongiorno, la macchina è pronta.\n[10:13] Klant: top", None),
        ("De actieprijs is geldig tm zondag.", None),
    ],
)
def test_blind87_kept(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# the review of the blind87 round: each case fails on 144db4d
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expiry's word glued into a field's name, or a longer form of it
        (
            'Card on file: 4111 1111 1111 1111, {"expiry_date": "2028-01", "cvc": "***"}',
            'Card on file: [CARD], {"expiry_date": "[EXPIRY]", "cvc": "***"}',
        ),
        (
            "Mijn creditcard 5555 4444 3333 1111, geldigheid 2028-01, klopt dat?",
            "Mijn creditcard [CARD], geldigheid [EXPIRY], klopt dat?",
        ),
        # a name in capitals as a label with its surname, or as a signature's line
        (
            "Klant: Naomi Verhoeven\nNAOMI VERHOEVEN: hallo, mijn pakket",
            "Klant: [NAME]\n[NAME] [NAME]: hallo, mijn pakket",
        ),
        (
            "Hoi, Naomi Verhoeven hier.\nMet vriendelijke groet,\nNAOMI VERHOEVEN",
            "Hoi, [NAME] hier.\nMet vriendelijke groet,\n[NAME] [NAME]",
        ),
        # a baby's weight after a chat stamp is no answer's stamp
        (
            "Wat is de geboortedatum van de baby?\n03/09/2024, 14:22 - 3250 gram, alles goed",
            "Wat is de geboortedatum van de baby?\n[BIRTH_DATE], 14:22 - 3250 gram, alles goed",
        ),
        # plans' and passes' names in JSON
        ('{"username":"mkaya","pass":"Platinum"}', None),
        ('Request van de sportschool-app: {"member":"4412","pass":"OFFPEAK-2024"}', None),
        # a till's "Pin" column of card payments
        (
            "Dagoverzicht, klanten betalen met bankpas of contant:\n"
            "Datum | Contant | Pin | Totaal\nma | 350 | 1250 | 1600",
            None,
        ),
        # "wat voor" asks something else; a namespace is no SendGrid key
        (
            "Medewerker: Staat het wachtwoord op de router? Wat voor router is het?\n"
            "Klant: Fritzbox",
            None,
        ),
        ("Stack trace: at SG.Infrastructure.PaymentProcessing.Retry() line 44", None),
    ],
)
def test_review_of_round87(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# the blind87 round, third part: each case fails on aace983
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date of birth with spaced dashes, after an aside in brackets
        (
            "Geboortedatum (zoals in het paspoort): 17 - 08 - 1962\nWoonplaats: Zwolle",
            "Geboortedatum (zoals in het paspoort): [BIRTH_DATE]\nWoonplaats: Zwolle",
        ),
        ("DOB: 5 - 11 - 1990", "DOB: [BIRTH_DATE]"),
        # a password manager's Secret Key, a token (not a password)
        (
            "Account Key from my recovery sheet: B5-2WQ7RM-K4H9TX-8PZ3N-MV6QC-3JD7L-XR5W2",
            "Account Key from my recovery sheet: [TOKEN]",
        ),
        # a postcode before the town where one lives, even in lower case
        (
            "hallo, wij wonen in 3512 utrecht als dat helpt",
            "hallo, wij wonen in [POSTCODE] utrecht als dat helpt",
        ),
        ("Ik woon in 8500 kortrijk sinds mei.", "Ik woon in [POSTCODE] kortrijk sinds mei."),
        (
            "we live in 10115 Berlin, if that matters",
            "we live in [POSTCODE] Berlin, if that matters",
        ),
    ],
)
def test_blind87_third_part(text: str, expected: str) -> None:
    assert _redacted(text) == expected


# a lock's code is a password, even answered alone on the next turn
def test_blind87_lock_code_answered_alone() -> None:
    text = "Medewerker: uw fiets zit aan het kettingslot, wat is de code?\nKlant: 5-0-2-6"
    found = [(f.kind, text[f.start : f.end]) for f in scan_numbers(text).found]
    assert ("PASSWORD", "5-0-2-6") in found


@pytest.mark.parametrize(
    "text",
    [
        "We zitten in 1500 huishoudens met dit probleem.",
        "Uitslag: 3 - 1 - 2024 was een vreemd seizoen",
        "[10:01] Agent: Your account is locked. What is the code we sent you?\n"
        "[10:02] Klant: 5-5-1-2",
    ],
)
def test_blind87_third_part_kept(text: str) -> None:
    found = [(f.kind, text[f.start : f.end]) for f in scan_numbers(text).found]
    assert all(kind not in ("POSTCODE", "BIRTH_DATE", "PASSWORD") for kind, _ in found)


# holes the reviews of this stop's rounds left open, closed: each case fails on aace983
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a desk's region in brackets is no one's name
        ("Klantenservice (Zuid): Goedemiddag, hoe kan ik helpen?", None),
        ("Support (North West): we have reset the line.", None),
        # a double maiden name whole
        ("Mother's maiden name: Verbeek-Mol", "Mother's maiden name: [NAME]"),
        # a name in capitals after a greeting and its title, as a mail merge writes it
        (
            "Dear MRS OKONKWO,\nYour refund is on its way.",
            "Dear MRS [NAME],\nYour refund is on its way.",
        ),
        (
            "Geachte DHR P. VAN LEEUWEN,\nUw factuur staat klaar.",
            "Geachte DHR [NAME],\nUw factuur staat klaar.",
        ),
        # a Norwegian postcode from 0 before any town
        ("Adresse: Postnummer 0468 Sagene, Norge", "Adresse: Postnummer [POSTCODE] Sagene, Norge"),
    ],
)
def test_review_holes_closed(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    "text",
    [
        "Dear DR OETKER team, thanks for the recipe book.",
        "Please quote your postcode 0468 on the form.",
        "Helpdesk Storingen (Europa): storing opgelost.",
    ],
)
def test_review_holes_kept(text: str) -> None:
    assert _redacted(text) == text


# the review of the third part: each case fails on d28260b
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year or a count where one lives or works is no postcode
        ("We are based in 2024 onwards, so please update the contract.", None),
        ("Ik zit in 2023 examens, dus bel me later.", None),
        ("Ik zit in 1000 zorgen.", None),
        # a zip's cue and a number from 0 before any capitalised word
        ("Zip code 0800 Number for support is free.", None),
        # a mail merge's blanks and characters after a greeting
        ("Geachte DHR KLANT,\nUw factuur staat klaar.", None),
        ("Dear MR CUSTOMER,\nYour order shipped.", None),
        ("Dear MR MANAGER,\nPlease find the quote attached.", None),
        # a reference of five groups after "key"
        ("Key account reference number: KAM-20241A-33B21C-77D9E1-55F2A3", None),
        # a region of more than one word after a desk
        ("Helpdesk (Zuid-Limburg): storing verholpen", None),
        ("Support (North America): we reset the line", None),
        # maiden names with a particle or an apostrophe, whole
        ("Meisjesnaam: de Vries-van Dijk", "Meisjesnaam: [NAME]"),
        ("Mother's maiden name: O'Connell", "Mother's maiden name: [NAME]"),
        ("Maiden name: Hughes-Lloyd-Price", "Maiden name: [NAME]"),
        # two names in capitals, a Dutch title in lower case
        ("Dear MR OWEN HUGHES,\nThank you.", "Dear MR [NAME],\nThank you."),
        ("Geachte mevrouw VAN DAM,\nUw pas is klaar.", "Geachte mevrouw [NAME],\nUw pas is klaar."),
        # "woon ik in"
        ("Sinds kort woon ik in 2018 Antwerpen.", "Sinds kort woon ik in [POSTCODE] Antwerpen."),
    ],
)
def test_review_of_third_part(text: str, expected: str | None) -> None:
    assert _redacted(text) == (text if expected is None else expected)


# a code about ordering, returning or logging in at a lock's shop stays a one-time code
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chain lock order 5512 - your confirmation code is 839201", "839201"),
        (
            "Klant: ik wil mijn kettingslot retourneren, wat is de code voor het retourlabel?\n"
            "Agent: 7731",
            "7731",
        ),
    ],
)
def test_review_of_third_part_lock_shop_codes(text: str, code: str) -> None:
    found = [(f.kind, text[f.start : f.end]) for f in scan_numbers(text).found]
    assert ("OTP", code) in found
