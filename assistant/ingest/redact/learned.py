"""A small learned model for the values the rules miss: passwords and PINs, one-time codes,
CVVs, expiry dates and dates of birth, national IDs, licence plates and postcodes, told apart by
the words around a value and its shape.

The rules run first; this scores every value with a digit that they left (what it looks at:
``learned_features.py``) with a softmax regression over hashed features, and settles password
against one-time code where the rules chose one and the model is sure of the other. Weights
ship in ``learned_codes.npz``, trained by ``python -m evals.train_redaction_model`` on the
corpus's tune split; without the file the step does nothing. A value is taken only when a kind
scores at least the shipped threshold.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.ingest.redact.births import FULL_DATE
from assistant.ingest.redact.cues import MIXED_KEY
from assistant.ingest.redact.learned_features import (
    DIM,
    MONTH_YEAR,
    Candidate,
    Context,
    candidate_features,
    candidates,
    feature_index,
    vectorize,
    widened,
)
from assistant.ingest.redact.lookalikes import (
    AMOUNT_AFTER,
    CARD_TAIL_BEFORE,
    CARD_WORD,
    CONTRACT_BEFORE,
    CURRENCY_AFTER,
    CURRENCY_CODES,
    DEVICE_ID_BEFORE,
    DUE_BEFORE,
    ERROR_CODE_IN_BRACKETS,
    FILE_NAME,
    GOODS_DATE,
    HOUR_AFTER,
    METER_OR_CODE_BEFORE,
    MODEL_BEFORE,
    NOT_A_VALUE,
    NUMBER_WORD_BEFORE,
    PAYMENT_APPROVED,
    PLACE_NUMBER_BEFORE,
    SCORE_BEFORE,
    SETTING_BEFORE,
    TABLE_ROW_START,
    TAX_NUMBER_BEFORE,
    USER_NAME_BEFORE,
    YEAR_DIGITS,
)
from assistant.ingest.redact.plates import MAKES, NOT_PLATE_CAR, product_code
from assistant.ingest.redact.scan import CLOCK, SPEAKER, Found, Scan

__all__ = [
    "CLASSES", "DIM", "WEIGHTS", "Candidate", "LearnedModel", "allowed", "candidate_features",
    "candidates", "shipped_model", "take_learned", "vectorize", "widened",
]  # fmt: skip

WEIGHTS = Path(__file__).with_name("learned_codes.npz")
CLASSES = ("none", "PASSWORD", "OTP", "CVV", "EXPIRY", "BIRTH_DATE", "SSN", "PLATE", "POSTCODE")
# kinds whose value often runs on over letter groups a candidate leaves out ("KJX 9027",
# "1094 HL", "JH 47 21 93 C", "OX29 4PB"): the span taken is widened over them
WIDE_KINDS = ("SSN", "PLATE", "POSTCODE")
# right after these a value is a thing ("my iPhone13", "de A320"), not a secret: in the tune
# split 0 of ~1,100 secrets and over 100 look-alikes stand there ("het" and "zijn" are verbs too)
_OBJECT_WORD = re.compile(
    r"\b(?:my|mijn|the|de|a|an|een|your|uw|je|jouw|our|ons|onze|his|her|haar|their|hun)\s$",
    re.IGNORECASE,
)

# right before these a value is a quantity ("4000 points gone", "3 dagen"): no gold secret in
# the corpus stands there
_QUANTITY_AFTER = re.compile(
    r"\s(?:points?|punten|euros?|eur|dollars?|pounds?|days?|dagen|weeks?|weken|months?|maanden"
    r"|years?|jaar|km|kg|items?|stuks?|minutes?|minuten|mins?|hours?|uur|miles?|gb|mb|%|x"
    r"|" + CURRENCY_AFTER + r")\b",  # an amount: "NORDICSTREAM*SUB" 199 kr
    re.IGNORECASE,
)

# a date with its time after it is a timestamp: "12-03 21:05  Microsoft: ...", a log line's
# "2024-03-26 07:02:49 INFO"
_CLOCK_AFTER = re.compile(r"[ \t]{1,2}" + CLOCK)

# after a currency a value is an amount ("EUR 1.250,00"); after "until" a date is a deadline
# ("Geldig t/m 19-03"), unless it is a card's expiry (no gold secret in the corpus stands there)
_MONEY_BEFORE = re.compile(
    r"(?:[€$£]|\b" + CURRENCY_CODES + r")\s?$",
    re.IGNORECASE,
)
# an app's build number: "Android-app: 7.8.2 (versionCode 780200)"
_BUILD_NUMBER_BEFORE = re.compile(
    r"\b(?:versionCode|version ?code|build ?(?:no\.?|nr\.?|number|nummer)|buildnummer)\W{0,3}$",
    re.IGNORECASE,
)
# a form's or a quote's number: "file by mail with Form 8948", "formulier 1040", "(offerte
# 24-0391)"
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:form|formulier|formular|formulaire|offerte|offertenummer|quote|quotation|angebot"
    r"|devis|dbc)\s$",  # and a Dutch hospital's treatment code: "röntgenfoto (DBC 131999011)"
    re.IGNORECASE,
)
# a booking's or a ticket's code right after its word: "Je boeking VX4T9R staat 24 uur
# gereserveerd", "Ticket code: RX4T9QW" (not "pnr", which is also a Swedish personnummer's)
_BOOKING_BEFORE = re.compile(
    r"\b(?:(?:booking|boeking|reservering|reservation|réservation|reserva|buchung)"
    r"(?:s?(?: ?(?:nummer|number|code|ref\w*)))?"
    r"|ticket ?(?:code|nummer|number|nr|no))"  # (not "in het ticket: 4821-0937", a backup code)
    r"(?::? | is )$",
    re.IGNORECASE,
)
# a booking's code has letters and digits (not a date of birth: "for my reservation, is
# 14/03/1985 enough")
_LETTERS_AND_DIGITS = re.compile(r"(?=[^\s]*[A-Za-z])(?=[^\s]*\d)[A-Za-z0-9-]+")
# a text's sender, a service's short number: "SMS-gesprek met 3443", "text from 2020"
_SENDER_BEFORE = re.compile(
    r"\b(?:gesprek met|conversation with|sms from|text from|sms van|bericht van|message from"
    r"|afzender|sender)\W{0,3}$",
    re.IGNORECASE,
)
_UNTIL_BEFORE = re.compile(r"\b(?:t/m|tot en met|until|till|geldig tot)\s?$", re.IGNORECASE)
# the answer to a question for an order's or a case's number: "Mag ik je ordernummer?" /
# "Klant: 10293847561"
_REFERENCE_ASKED = re.compile(
    r"\b(?:order|bestel|factuur|invoice|referentie|reference|ref|dossier|case|ticket|tracking"
    r"|polis|policy|klant|customer|booking|boeking"
    r"|account(?= ?(?:number|nummer|nr|no)\b))\w*(?: ?(?:nummer|number|nr|no|id))?"
    # and what else is asked, when it is no ID: "your customer number and the name on the
    # contract?"
    r"(?: (?:and|en|plus|und) (?:(?!ssn|social|bsn|national|birth|geboorte|pin\b|code|pass|id\b)"
    r"[^\n\d?])*)?\??[ \t]*\n" + SPEAKER + r"[ \t]*\Z",
    re.IGNORECASE,
)
# a flight's number, its airline's code before and its route after: "with LH 2302 from Munich"
_AIRLINE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{2}|[A-Z]\d|\d[A-Z]) ?$")
_ROUTE_AFTER = re.compile(r" (?:from|to|naar|van|uit|aus|nach|de|desde|da)\b")
# a machine's asset tag: "his own laptop LT-0873"
_ASSET_BEFORE = re.compile(r"\b(?:laptop|notebook|desktop|workstation|asset|werkplek)\s$", re.I)
# a phone's or a SIM's hardware number, in groups: "IMEI 35 291811 438827 6"
# (also a few words after the cue: "IMEI of the device 35 998812 771402 3")
_HARDWARE_NUMBER_BEFORE = re.compile(r"\b(?:imei|iccid|meid)\b[^\n\d]{0,20}[\d ]{0,24}$", re.I)

# a year after "in" or "since" is a time ("passed away in 2021"), and a number inside a
# parcel's tracking code ("Tracking code CZ 4408 1923 0NL") is part of it: no gold secret in
# the corpus stands there
_YEAR_AFTER = re.compile(
    r"\b(?:in|since|sinds|sind|around|rond|circa|anno|expires|expired|expiring|verloopt"
    # a span of years: "from 2009 to 2019", "van 2015 tot 2020"
    r"|vervalt|until|till|tot|to|(?:19|20)\d\d ?[-–])\s?$",  # "Forklift licence: ..., expires 2026"
    re.IGNORECASE,
)
_MAKE_AFTER = re.compile(r"\s" + MAKES)  # a model year: "2019 Honda Accord"
_HEX = re.compile(r"0x[0-9A-Fa-f]+")  # an error's code: "foutmelding 0x80100069"
# a time of day with its suffix: "around 6pm", "at 10:30am"
_CLOCK_WORD = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?:am|pm|a\.m\.|p\.m\.)", re.I)
# a forum's moderator by name, or an error's code, in quotes right after its word: 'Reply from
# mod "Moderator_07"', 'I get error "DUO-403"' (not "de code was fout, 839201 werkte wel")
_MOD_OR_ERROR_BEFORE = re.compile(
    r"\b(?:mod|moderator|error|foutcode|foutmelding|fehler|erreur):? [\"“'‘]$", re.I
)
_FLEMISH_TIME = re.compile(r"(?:[01]?\d|2[0-3])u[0-5]\d")  # a time as Flemish write it: "om 7u50"
# hours from and to: "Breakfast 8–9:30", "open 9:00-17:30"
_TIME_RANGE = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d)? ?[–-] ?(?:[01]?\d|2[0-3]):[0-5]\d")
# a web log's status and size after the protocol: '"GET /a HTTP/1.1" 200 512'
_HTTP_BEFORE = re.compile(r"HTTP/[\d.]+\"? $")
_TRACKING_BEFORE = re.compile(
    # a shipment's or a batch's number ("partij 7-KLT-23", "batch 24-AB-7")
    r"\b(?:tracking|track ?& ?trace|zending|shipment|parcel|pakket|partij|batch|lot)\w*"
    r"(?: code| number| nr| no\.?"
    r"| id)?\W{0,3}(?:[A-Z]{1,3} )?$",
    re.IGNORECASE,
)


# a refusal's code: "were rejected with code 0412 "no coverage"", "afgewezen met code 17"
_REFUSAL_CODE_BEFORE = re.compile(
    r"\b(?:rejected|declined|denied|refused|failed|afgewezen|geweigerd|afgekeurd|mislukt)"
    r"\b[^\n.]{0,20}\b(?:code|reden(?:code)?|reason(?: code)?)\W{0,2}$"
    # what a device shows: "my Epson ET-2850 now shows code 031006"
    r"|\b(?:shows|showing|displays?|displaying|toont)(?: (?:an? |the |de |het )?(?:error|fout))?"
    r" code\W{0,2}$",
    re.IGNORECASE,
)


# a bare "plate" in a text about no car is a cooker's or a door's ("the hot plate XR5500
# broke"), as the plate rules read it (``plates.NOT_PLATE_CAR``)
_PLATE_WORD_BEFORE = re.compile(r"\bplates?\b[^\n\d]{0,12}$", re.IGNORECASE)


# right after a car's make a value is its model ("Peugeot 308 SW", "BMW 320d")
_MAKE_BEFORE = re.compile(MAKES + r"\s$")
# an article ordered, not a car: "the wiper blade set WB-450-K", "item (WB-450-K, qty 2)"
_ITEM_BEFORE = re.compile(
    # or a receipt's own number: "on the receipt: 99-A-5521"
    r"\b(?:set|item|part|article|artikel|onderdeel|product|sku|kit|pack|receipt|kassabon)\W{1,3}$",
    re.IGNORECASE,
)
_QTY_AFTER = re.compile(r",? ?(?:qty|aantal|stuks|pcs|x ?\d)", re.IGNORECASE)
# a Norwegian flat's number after the house's is no postcode: "Thereses gate 41 H0203, 0354 Oslo"
_FLAT_NUMBER = re.compile(r"[HKLU]\d{4}")
# a flat's number after its word: "Flat 2F1" (Edinburgh), "lgh 1201" (Sweden)
_FLAT_WORD_BEFORE = re.compile(
    r"\b(?:flat|apt|apartment|unit|lgh|lägenhet)\.?\s$"
    r"|\b(?:app|appt)\.[ \t]\Z|\bappartement[ \t]\Z",
    re.IGNORECASE,
)  # also French: "455 rue Sainte-Catherine Ouest, app. 1207, Montréal"
# a size is no postcode ("Jas maat 3000 XL"), nor is an amount a month ("2500 per maand")
_SIZE_BEFORE = re.compile(r"\b(?:maat|size|größe|taille|mt)\.?:?\s$", re.IGNORECASE)
_PER_AFTER = re.compile(
    r"[ \t](?:per|a|an|p/) ?(?:maand|month|week|jaar|year|dag|day|nacht|night|uur|hour|m\b)"
    r"|[ \t]?(?:kwh|mwh|m3|m³|kw|km)\b",  # a meter's reading: "48213 kWh"
    re.IGNORECASE,
)


_ROAD = re.compile(r"[ANEB]\d{1,3}")
_CARD_CODE_NAME = re.compile(r"(?:CVV|CVC|CID|CSC|CAV)2?", re.IGNORECASE)
_PLATE_LABEL_BEFORE = re.compile(
    r"\b(?:kenteken\w*|plates?|registration|reg|kennzeichen|targa|matr[ií]cula)\b\W{0,4}$", re.I
)


def _not_this_kind(masked: str, start: int, end: int, kind: str) -> bool:
    """A plate that is no car's or a car's model, a postcode that is a size or an amount."""
    if kind == "PLATE":
        return bool(
            (
                _PLATE_WORD_BEFORE.search(masked, max(start - 30, 0), start)
                and not NOT_PLATE_CAR.search(masked)
            )
            or _MAKE_BEFORE.search(masked, max(start - 20, 0), start)
            # a road's number: "op de rotonde bij Hoorn (N194)", not "Kenteken: N194"
            or (
                _ROAD.fullmatch(masked, start, end) is not None
                and not _PLATE_LABEL_BEFORE.search(masked, max(start - 30, 0), start)
            )
            or _ITEM_BEFORE.search(masked, max(start - 12, 0), start)
            or _QTY_AFTER.match(masked, end)
        )
    if kind == "EXPIRY":  # a day and month with the hour or an amount after it: "op 12/07 om
        # 14:31", " 03/09 $64.12 UBER"
        return bool(HOUR_AFTER.match(masked, end) or AMOUNT_AFTER.match(masked, end))
    if kind == "POSTCODE":
        return bool(
            _CARD_CODE_NAME.fullmatch(masked, start, end)  # a label: "CVV2: 162"
            or _SIZE_BEFORE.search(masked, max(start - 10, 0), start)
            or _PER_AFTER.match(masked, end)
            or _FLAT_NUMBER.fullmatch(masked, start, end)
        )
    return False


def _named_as_part(masked: str, value: str) -> bool:
    """``value`` names a part somewhere in the text: "2x zijpaneel KX-204-B", then "bevestig de
    deuvels in zijpaneel KX-204-B" is that part too."""
    for match in re.finditer(re.escape(value), masked):
        line_end = masked.find("\n", match.end())
        line = masked if line_end < 0 else masked[:line_end]  # not the next line's "Type: ..."
        if product_code(line, match.start(), match.end()):
            return True
    return False


# a value shown as an example of its shape: "codes are 6 digits (for example 123 456)"
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:example|e\.g\.|eg|bijvoorbeeld|bv\.|zum beispiel|z\.b\.|par exemple)[:,]?[ \t]*$",
    re.IGNORECASE,
)


_MASKED_BEFORE = re.compile(r"(?:\*{3,}|•{3,}) $")
# the challenge a bank's card reader is given, shown on screen: "for challenge 4471 0923"
_CHALLENGE_BEFORE = re.compile(r"\b(?:challenge|challengecode)\W{0,3}$", re.IGNORECASE)
# a tracker's issue named right before: "known bug SSO-371", "zie issue #4471"
_ISSUE_BEFORE = re.compile(r"\b(?:bug|issue|jira|incident|defect|story)\W{0,3}$", re.IGNORECASE)
# a browser's name and version inside a user agent: 'ua="Mozilla/5.0 (Windows NT 10.0)
# Firefox/124.0"' (alone, "Safari/1987" may be a password)
_BROWSER_VERSION = re.compile(r"[A-Z][A-Za-z]{2,15}/\d{1,4}(?:\.\d{1,5}){0,3}")
_USER_AGENT_BEFORE = re.compile(r"\b(?:Mozilla|AppleWebKit)/\d|\b(?:ua|user_?agent)=", re.I)
# a log's field for an error or a status, key and value taken whole: "password changed,
# error_code=E4021" (not "otp_code=...")
_STATUS_FIELD = re.compile(r"(?i:error|err|status|result|reason|exit|http|rc)(?:_?[a-z]+)?=")


def _sender_label(masked: str, start: int, end: int) -> bool:
    """The sender's number as a chat labels its lines, on two lines or more: "3443: Uw
    verificatiecode ..." (not one answer that starts its line: "482913: that's what it says")."""
    if not ((start == 0 or masked[start - 1] == "\n") and masked.startswith(": ", end)):
        return False
    label = masked[start:end] + ": "
    return masked.startswith(label) + masked.count("\n" + label) >= 2


def _no_secret_here(masked: str, start: int, end: int, kind: str) -> bool:
    before = masked[max(start - 12, 0) : start]
    if _not_this_kind(masked, start, end, kind):
        return True
    if kind == "EXPIRY" and GOODS_DATE.search(masked) and not CARD_WORD.search(masked):
        return True
    return bool(
        NOT_A_VALUE.fullmatch(masked, start, end)
        or _OBJECT_WORD.search(before)
        or _MONEY_BEFORE.search(before)
        or _DOCUMENT_BEFORE.search(before)
        or (
            _BOOKING_BEFORE.search(masked, max(start - 30, 0), start) is not None
            and _LETTERS_AND_DIGITS.fullmatch(masked, start, end) is not None
        )
        or _SENDER_BEFORE.search(masked, max(start - 24, 0), start)
        or _sender_label(masked, start, end)
        or _BUILD_NUMBER_BEFORE.search(masked, max(start - 16, 0), start)
        or NUMBER_WORD_BEFORE.search(masked, max(start - 25, 0), start)
        or USER_NAME_BEFORE.search(masked, max(start - 25, 0), start)
        or MODEL_BEFORE.search(masked, max(start - 30, 0), start)
        or SCORE_BEFORE.search(before)
        or METER_OR_CODE_BEFORE.search(masked[max(start - 20, 0) : start])
        or DEVICE_ID_BEFORE.search(masked, max(start - 64, 0), start)
        or (kind != "EXPIRY" and _UNTIL_BEFORE.search(before))
        or DUE_BEFORE.search(before)
        or CARD_TAIL_BEFORE.search(masked, max(start - 20, 0), start)
        or PLACE_NUMBER_BEFORE.search(masked, max(start - 20, 0), start)
        or _FLAT_WORD_BEFORE.search(masked, max(start - 12, 0), start)
        or (YEAR_DIGITS.fullmatch(masked, start, end) and _YEAR_AFTER.search(before))
        or (YEAR_DIGITS.fullmatch(masked, start, end) and _MAKE_AFTER.match(masked, end))
        or _HEX.fullmatch(masked, start, end) is not None
        or _CLOCK_WORD.fullmatch(masked, start, end) is not None
        or _MOD_OR_ERROR_BEFORE.search(masked, max(start - 16, 0), start) is not None
        or _FLEMISH_TIME.fullmatch(masked, start, end) is not None
        or _TIME_RANGE.fullmatch(masked, start, end) is not None
        or _TRACKING_BEFORE.search(masked, max(start - 30, 0), start)
        or _HTTP_BEFORE.search(masked, max(start - 12, 0), start)
        or SETTING_BEFORE.search(masked, max(start - 16, 0), start)
        or ERROR_CODE_IN_BRACKETS.search(masked, max(start - 50, 0), start)
        or _REFUSAL_CODE_BEFORE.search(masked, max(start - 45, 0), start)
        or PAYMENT_APPROVED.search(masked, max(start - 40, 0), start)
        or _QUANTITY_AFTER.match(masked, end)
        or _CLOCK_AFTER.match(masked, end)
        or TAX_NUMBER_BEFORE.search(masked, max(start - 20, 0), start)
        or _REFERENCE_ASKED.search(masked, max(start - 80, 0), start)
        or CONTRACT_BEFORE.search(masked, max(start - 20, 0), start)
        or (_AIRLINE_BEFORE.search(before) and _ROUTE_AFTER.match(masked, end))
        or before.endswith(("**", "••"))  # a card's masked number: "(kaart ****7368)"
        or _MASKED_BEFORE.search(before) is not None  # "PIN  **** 7781" (not "**PIN:** 4821")
        or _EXAMPLE_BEFORE.search(before) is not None  # "(for example 123 456)"
        or FILE_NAME.fullmatch(masked, start, end) is not None  # "IMG_4472.jpg"
        or _ASSET_BEFORE.search(before)
        or _ISSUE_BEFORE.search(before)
        or _HARDWARE_NUMBER_BEFORE.search(masked, max(start - 40, 0), start)
        or _CHALLENGE_BEFORE.search(masked, max(start - 20, 0), start)
        is not None  # a card reader's challenge is shown
        or (kind == "PLATE" and _named_as_part(masked, masked[start:end]))
        or (
            kind in ("CVV", "OTP", "PASSWORD")
            and TABLE_ROW_START.search(masked, max(start - 8, 0), start)
        )
        or (kind in ("OTP", "PASSWORD", "TOKEN") and _STATUS_FIELD.match(masked, start))
        or (
            _BROWSER_VERSION.fullmatch(masked, start, end) is not None
            and _USER_AGENT_BEFORE.search(masked, masked.rfind("\n", 0, start) + 1, start)
            is not None
        )
    )


# a floor or a flat is no postcode: "2nd", "3ºB", "3-hoog", "#09-1612"
_FLOOR_OR_UNIT = re.compile(r"\d(?:st|nd|rd|th|e|de|ste)\b|[ºª°]|hoog|^#", re.IGNORECASE)


def allowed(value: str) -> np.ndarray:
    """Which classes ``value``'s shape permits: a date of birth is a full date, an expiry a
    month and year, a CVV three or four digits; a password or code may be anything."""
    ok = np.ones(len(CLASSES), dtype=bool)
    if value.startswith("+"):
        ok[1:] = False  # a phone's country code: "a code by SMS to +46 70 ending 81"
        return ok
    date = FULL_DATE.fullmatch(value)
    years = [int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", value)]
    # a date of the last three years is far more often a delivery or an appointment than a birth
    latest = datetime.date.today().year - 3
    ok[CLASSES.index("BIRTH_DATE")] = bool(date) and all(1900 <= y <= latest for y in years)
    digits = value.replace(" ", "")  # read out or typed apart: "7 0 4"
    compact_month = len(digits) == 4 and digits.isdigit() and 1 <= int(digits[:2]) <= 12
    month_year = MONTH_YEAR.fullmatch(value)
    a_month = month_year is not None and 1 <= int(month_year.group(1)) <= 12  # not "on 22/02"
    ok[CLASSES.index("EXPIRY")] = a_month or bool(date) or compact_month
    ok[CLASSES.index("CVV")] = digits.isdigit() and len(digits) in (3, 4)
    compact = re.sub(r"[\s.-]", "", value)
    ok[CLASSES.index("SSN")] = sum(c.isdigit() for c in value) >= 5 and not date
    # a plate has letters and digits; a postcode is short ("60614", "1094 HL", "OX29 4PB")
    # (letters and digits only: not a log's "97 fee=0.00")
    ok[CLASSES.index("PLATE")] = (
        4 <= len(compact) <= 9 and any(c.isalpha() for c in compact) and compact.isalnum()
    )
    ok[CLASSES.index("POSTCODE")] = (
        3 <= len(compact) <= 9 and not date and not _FLOOR_OR_UNIT.search(value)
    )
    return ok


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True))


@dataclass(frozen=True)
class LearnedModel:
    weights: np.ndarray  # (DIM, len(CLASSES))
    bias: np.ndarray
    threshold: float
    wide_threshold: float | None = None  # for WIDE_KINDS, when it is not ``threshold``

    def scores(self, feature_lists: list[list[str]]) -> np.ndarray:
        logits = np.stack(
            [
                self.weights[sorted({feature_index(f) for f in feats})].sum(axis=0)
                for feats in feature_lists
            ]
        )
        return _softmax(logits + self.bias)

    def scores_matrix(self, x: np.ndarray) -> np.ndarray:
        return _softmax(x @ self.weights + self.bias)

    def pick(self, p: np.ndarray, value: str, wide: str = "") -> str | None:
        """The kind to take ``value`` as, given its class probabilities ``p``, or None;
        ``wide`` is the value with the groups next to it, what a plate or postcode would be."""
        ok = allowed(value)
        if wide and wide != value:
            wide_ok = allowed(wide)
            for kind in WIDE_KINDS:
                k = CLASSES.index(kind)
                ok[k] = ok[k] or wide_ok[k]
        p = np.where(ok, p, 0.0)
        best = int(np.argmax(p[1:])) + 1
        limit = self.threshold
        if self.wide_threshold is not None and CLASSES[best] in WIDE_KINDS:
            limit = self.wide_threshold
        return CLASSES[best] if p[best] >= limit else None

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            threshold=np.float32(self.threshold),
            wide_threshold=np.float32(
                self.threshold if self.wide_threshold is None else self.wide_threshold
            ),
        )


@cache
def shipped_model() -> LearnedModel | None:
    if not WEIGHTS.exists():
        return None
    with np.load(WEIGHTS) as data:
        return LearnedModel(
            data["weights"].astype(np.float32),
            data["bias"],
            float(data["threshold"]),
            float(data["wide_threshold"]) if "wide_threshold" in data else None,
        )


_REKIND = 0.95
_ROUNDS = 4
_SECRET_KINDS = ("PASSWORD", "OTP")


def _rekind(scan: Scan, model: LearnedModel) -> None:
    """A password the rules took that the model is sure is a one-time code, or the other way
    round, gets the model's kind: it learned the line between the two from every writer."""
    taken = [f for f in scan.found if f.kind in _SECRET_KINDS]
    if not taken:
        return
    context = Context(scan)
    cands = [Candidate(f.start, f.end, scan.text[f.start : f.end]) for f in taken]
    probs = model.scores([context.features(c) for c in cands])
    for found, p in zip(taken, probs, strict=True):
        other = _SECRET_KINDS[1 - _SECRET_KINDS.index(found.kind)]
        if p[CLASSES.index(other)] >= _REKIND:
            scan.found[scan.found.index(found)] = Found(found.start, found.end, other)


# a service line read out, a firm's number and no one's: 0800 (free), 0900 (paid); (not a
# four-digit code that starts so: "nul acht nul vijf")
_SERVICE_NUMBER = re.compile(r"0[89]0\d{4}")


def _take(scan: Scan, start: int, end: int, kind: str) -> None:
    """Take ``[start:end]``; an ID's second group right after its first ("120385 44122") runs
    the first one on, so the value gets one placeholder."""
    if kind in WIDE_KINDS:
        for index, found in enumerate(scan.found):
            if found.kind == kind and found.end < start and scan.masked[found.end : start] == " ":
                scan.widen(index, end, kind)
                return
    scan.take(start, end, kind)


def take_learned(scan: Scan, model: LearnedModel | None = None) -> None:
    """Take the values the learned model scores as a secret kind, and settle password against
    one-time code where the rules and the model disagree and the model is sure."""
    model = model or shipped_model()
    if model is None:
        return
    _rekind(scan, model)
    for _ in range(_ROUNDS):  # what one round takes is context for the rest: until none is new
        cands, feats = candidate_features(scan)
        if not cands:
            return
        taken = 0
        for cand, p in zip(cands, model.scores(feats), strict=True):
            start, end = cand.start, cand.end
            lo, hi = (start, end) if cand.spoken else widened(scan.masked, start, end)
            value = cand.value(scan.masked)
            kind = model.pick(p, value, "" if cand.spoken else scan.masked[lo:hi])
            if cand.spoken and _SERVICE_NUMBER.match(value):
                continue  # a firm's free or paid line read out: "null acht null null, ..."
            if kind and not _no_secret_here(scan.masked, start, end, kind):
                if kind == "OTP" and MIXED_KEY.fullmatch(scan.masked, start, end):
                    kind = "TOKEN"  # too long to type from a text: a key pasted into an app
                if kind in WIDE_KINDS:
                    start, end = lo, hi
                _take(scan, start, end, kind)
                taken += 1
        if not taken:
            return
