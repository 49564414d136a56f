"""Plates a few words after their cue or after the car, in the same clause: "the plate on it
is 1-xkb-482", "Kenteken opgegeven als WX 4817C", "my old van is R482 KTX", "The car is a
Tesla Model 3, reg. no. EL 48213", "rego for the ute is CXT48K", "Car for the parking space:
G 482 KM". Only a value with two letters and two digits at least, as plates have, and not
one that a booking, a product, a flight or an address word names."""

from __future__ import annotations

import re

from assistant.ingest.redact.plates import (
    BOOKING_BEFORE,
    MAKES,
    NOT_PLATE_CAR,
    STATE_FIRST,
    TWO_AND_TWO,
    UNIT,
    YEAR,
    plate_like,
    product_code,
)
from assistant.ingest.redact.postcodes import UK_POSTCODE
from assistant.ingest.redact.scan import Scan

_CUE = (  # not the placeholder "[PLATE]" of an earlier pass
    r"(?<!\[)\b(?:plates?|kenteken\w*|nummerplaat|nummerbord|plaat|plaque|registration|rego|vrm|spz"
    r"|reg\.?(?: ?no\.?| number| mark)?|kennzeichen|targa|matr[ií]cula|immatriculation"
    # Polish: "polska rejestracja WX 48317" (not an account's "rejestracja konta")
    r"|(?:polsk\w+|samoch[oó]d\w*|pojazd\w*) rejestracj\w+|numer rejestracyjny|rejestracja(?=\s*:)"
    r"|tablic\w+ rejestracyjn\w+"
    r"|cars?|auto|ute|vehicle|voertuig|wagen|bestelbus|camper|motorbike|scooter"
    r"|(?:my|the|our|his|her|a)(?: \w+)? van)(?![\w-])"  # not "Auto-transcript"
)
# up to forty characters of the same clause (no digit, no sentence's end, no taken value; a
# month's short form is no end: "rego till Nov. EKD 84C")
_GAP = r"(?:[^\n\d.!?;\[\ue000]|(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|okt|nov|dec)\.){0,40}?"
# with a digit in it, so a word of the gap is no value ("the plate on it is 1-xkb-482")
_VALUE = (
    r"(?<![\w-])((?-i:(?=[A-Z0-9 -]{0,12}\d)[A-Z0-9]{1,8}(?:[- ][A-Z0-9]{1,6}){0,2})"
    r"|(?=[a-z-]{0,6}\d)[a-z0-9]{1,8}(?:-[a-z0-9]{1,4}){0,2})(?![\w-]|[.,]\d)"
)
_NEAR = re.compile("(" + _CUE + ")" + _GAP + _VALUE, re.IGNORECASE)
_PUNCTUATION = re.compile(r"\W*")
# what else a code in a plate's shape might be, named right before it
_OTHER_BEFORE = re.compile(
    r"\b(?:flight|vlucht|train|trein|room|kamer|gate|seat|stoel|terminal|platform|spoor|bus"
    r"|line|lijn|model|version|versie|serial|vin|chassis|code|pin|password|wachtwoord|address"
    r"|adres|postcode|zip|eircode|parking space|spot|bay|plek|vak|id|error|fout|storing"
    r"|agreement|overeenkomst"
    r"|issue|bug|jira)"  # "(issue FT-1182)"
    r"\W{0,3}(?:is |was |nr\.? )?$",
    re.IGNORECASE,
)
_BARE = ("plate", "plates", "plaat", "plaque")
_HINT = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|[A-Za-z][ -]\d|\d[ -][A-Za-z]")


def _plate(value: str) -> bool:
    upper = value.upper()
    return (
        plate_like(value)
        and bool(TWO_AND_TWO.match(upper))
        and not YEAR.search(value)
        and not UK_POSTCODE.fullmatch(upper)
    )


# a model right after its make is no plate: "Auto: Peugeot 308 SW, kenteken XV-917-L"
_MAKE_RIGHT_BEFORE = re.compile(MAKES + r" $")
# a part of the car named after the code: "cars with the D4204T23 engine"
_PART_AFTER = re.compile(
    r" (?:engine|motor|gearbox|versnellingsbak|transmission|turbo|ecu|part|onderdeel)\b",
    re.IGNORECASE,
)


def take_plates_near(scan: Scan) -> None:
    if not _HINT.search(scan.masked):
        return
    text = scan.masked
    for match in list(_NEAR.finditer(text)):
        start, end = match.start(2), match.end(2)
        value = match.group(2)
        if text[start - 1 : start] == "#":
            continue  # a reference: "Auto loan application #LN-558102"
        # right after its cue a value is named by it ("reg. no. EL 48213"), else look between
        named = bool(_PUNCTUATION.fullmatch(text, match.end(1), start))
        state = STATE_FIRST.match(value)  # "TX RKT-4821": the state apart
        if not _plate(value) and state and _plate(value[state.end() :]):
            start += state.end()
            value = value[state.end() :]
        if match.group(1).lower() in _BARE and not NOT_PLATE_CAR.search(text):
            continue  # a plate about no car: "the code on the back plate is 7281-HJ"
        if (
            not _plate(value)
            or (not named and product_code(text, start, end))
            or BOOKING_BEFORE.search(text, max(match.end(1), start - 30), start)
            or _OTHER_BEFORE.search(text, max(match.end(1), start - 30), start)
            or _PART_AFTER.match(text, end)
            or _MAKE_RIGHT_BEFORE.search(text, max(0, start - 20), start)  # "Peugeot 308 SW"
            or (UNIT.fullmatch(value) and not named)  # a measure: "car battery 1000ah"
        ):
            continue
        scan.take(start, end, "PLATE")
