"""Numbers with a structure or a checksum: payment cards (Luhn), phone numbers (Dutch, Belgian,
German, British, American and international forms), the Dutch BSN (11-proef) and the US
social security number. IBANs are in ``ibans``."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.ingest.redact.lookalikes import (
    DEVICE_ID_BEFORE,
    METER_OR_CODE_BEFORE,
    TAX_NUMBER_BEFORE,
)
from assistant.ingest.redact.phone_cues import take_cued_phones
from assistant.ingest.redact.scan import SPEAKER, Scan

NON_DIGIT = re.compile(r"\D+")
_DIGIT_RUN = re.compile(r"\d+")


def o_as_zero(text: str) -> str:
    """A code typed with a letter O for a zero, read as meant: "448 2O1" -> "448 201"."""
    return text.replace("O", "0").replace("o", "0")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def bsn_ok(digits: str) -> bool:
    """The Dutch 11-proef for a 9-digit BSN."""
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum((9 - i) * (ord(ch) - 48) for i, ch in enumerate(digits[:8]))
    total -= ord(digits[8]) - 48
    return total % 11 == 0


# --------------------------------------------------------------------------- US SSN

_SSN = re.compile(r"(?<![\w#€$£/.,:-])(\d{3})-(\d{2})-(\d{4})(?![\w]|[.,:/-]\d)")
_SSN_CUE = re.compile(
    r"(?<!\[)\b(?:ssn|social security(?: number| no\.?| nr\.?)?|social)\b"
    # not across a value already taken, or its placeholder ("SSN: [SSN]. Mijn man heeft ...")
    r"(?:[^\d\n\ue000\[]{0,45}?|[^\d\n\ue000\[]{0,80}\n[^\d\n]{0,30}?)"  # or on the next line
    r"(\d{3}(?:[ ]?[-–][ ]?|[ ]?)\d{2}(?:[ ]?[-–][ ]?|[ ]?)\d{4})(?![\w-])",  # "548 – 20 – 6613"
    re.IGNORECASE,
)


def ssn_ok(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# an article or part number in the same shape: "kogellager 6204-2RS (art. 412-88-1093)"
_ARTICLE_BEFORE = re.compile(
    r"\b(?:art|artikel\w*|article|item|sku|part|onderdeel|model|type|bestel\w*|order)\.?"
    r"(?: ?(?:no|nr|number|nummer)\.?)? ?[:#]? ?$",
    re.IGNORECASE,
)
_SSN_SHAPE = re.compile(r"\d{3}-\d\d-\d{4}")
_SSN_SPACED = re.compile(r"(?<![\w#€$£/.,:+-])(\d{3}) (\d{2}) (\d{4})(?![\w]|[.,:/-]\d| \d)")
# (a person's fiscal number is the BSN: "uw fiscaal nummer ... 293 847 563")
_BSN_WORDS = (
    "bsn", "bns", "b.s.n", "burger", "sofi", "citizen service", "fiscaal nummer",
    "fiscale nummer",
)  # fmt: skip
BSN_CUE_BETWEEN = re.compile(r"\b(?:bsn|burgerservice\w*|sofi\w*|citizen service)", re.IGNORECASE)


def take_ssns(scan: Scan) -> None:
    if not (_SSN_SHAPE.search(scan.masked) or scan.mentions("ssn", "social")):
        return
    for match in list(_SSN.finditer(scan.masked)):
        if ssn_ok(match.group(1), match.group(2), match.group(3)) and not _ARTICLE_BEFORE.search(
            scan.masked, max(0, match.start() - 20), match.start()
        ):
            scan.take(match.start(), match.end(), "SSN")
    for match in list(_SSN_CUE.finditer(scan.masked)):
        digits = NON_DIGIT.sub("", match.group(1))
        if BSN_CUE_BETWEEN.search(scan.masked, match.start(), match.start(1)):
            continue  # "no SSN, ITIN pending\n- Dutch BSN: 754509862": a nearer cue
        if ssn_ok(digits[:3], digits[3:5], digits[5:]):
            scan.take(match.start(1), match.end(1), "SSN")
    if scan.mentions("ssn", "social"):
        # a list of family members' numbers under one cue: "Son: 344 80 1196"
        for match in list(_SSN_SPACED.finditer(scan.masked)):
            if ssn_ok(match.group(1), match.group(2), match.group(3)):
                scan.take(match.start(), match.end(), "SSN")


# --------------------------------------------------------------------------- cards, phones

# A run of digit groups joined by single separators (or a spaced dash); "+" / "(" openers.
_NUMBER_RUN = re.compile(
    r"(?<![\w#€$£+-])(?<!\d[.,/])"
    r"(?:\(?\+|\()?\d+(?:(?:[ .-]|(?<=\d{3})[ ]?/[ ]?|[ ]?\(|\)[ .-]?|[ ][-–][ ]"
    # another dash after a trunk's area code, then the subscriber's number: "06–18 29 37 46",
    # "020—5551234" (not ranges in a row: "seizoenen 03–04 05–06")
    # (the dash first: a cheap test at each position)
    r"|[–—‑−](?:(?<=(?<![\d.,/])0\d.)|(?<=(?<![\d.,/])0\d\d.)|(?<=(?<![\d.,/])0\d{3}.)"
    r"|(?<=(?<![\d.,/])0\d{4}.))(?=(?:\d ?){5,7}\d(?![\d–—‑−-]| ?\d))"
    # a Belgian landline's zone of two digits, grouped as Belgians write it: "03/225.12.34"
    r"|(?:(?<=(?<![\d.,/])0[2349])|(?<=\+32 [2349]))[ ]?/[ ]?(?=\d{3}[. ]\d\d[. ]\d\d(?!\d)))"
    r"\d+)*\)?"
)
_TRUNK = re.compile(r"\(0\)")
# "03-04-2026 09:15" is a date and a time, not 0304202609.
_DATE_START = re.compile(r"\(?\d{1,2}([-./])\d{1,2}\1(?:19|20)\d\d(?!\d)")
_US_PHONE = re.compile(
    r"(?<![\w+-])(?<!\(\()(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}[-.])"
    r"[2-9]\d{2}[-. ]\d{4}(?![\w-])"
)

# after a phone word, any 3-3-4 number: "My cell is 555-123-4567", "call (555) 014-2290"
_US_PHONE_CUE = re.compile(
    r"(?<!\[)\b(?:cell|cellphone|phone|tel|telephone|mobile|number|call|text|reach|nummer|bel|fax)\b"
    r"[^\d\n]{0,20}?(?<![\w+(-])((?:\(\d{3}\)[ ]?|\d{3}[-. ])\d{3}[-. ]\d{4})(?![\w-])",
    re.IGNORECASE,
)
# or asked for in one turn and answered in the next, corrections included: "And a contact
# phone?" / "Customer: 654 201 337. Ah no, sorry, 654 201 373."
_PHONE_ASKED = re.compile(
    r"\b(?:phone|tel|telephone|mobile|móvil|movil|gsm|cell|telefoon\w*|mobiel\w*|teléfono"
    r"|telefon\w*|whatsapp|contact number|callback number)\b[^\n\d\ue000\[]{0,60}\?[ \t]*\n"
    + SPEAKER
    + r"([^\n]*)",
    re.IGNORECASE,
)
_COMMA_PAIRS = re.compile(r"(?<!\d, )(?<![\d,])06(?:, \d\d){4}(?![\d,])")  # a Dutch mobile
_PAIRS_CUE = re.compile(
    r"\b(?:nummer|number|phone|telefoon\w*|mobiel\w*|mobile|gsm|bel|call|bereik\w*|reach)\b", re.I
)
_NINE_DIGITS = re.compile(r"(?<![\w+-])[5-9]\d{2}(?:[ .-]\d{2,3}){2,3}(?![\w-]|[.,]\d)")
_US_SHAPE = re.compile(r"\d{3}[-.) ]{1,2}\d{3}[-. ]\d{4}")
# the number right after these is a reference, not a phone: "Receipt no. 0042-7781-2290"
_REFERENCE_BEFORE = re.compile(
    r"\b(?:order|receipt|invoice|ref|reference|ticket|factuur|bon|kassabon|bonnummer|bestel"
    r"|bestelling|dossier"
    r"|zaak|(?<!in )case|tracking|parcel|package|pakket|shipment|zending|sendung|colis"
    r"|membership|lidmaatschap|policy|polis|claim|schade|melding|aanslag|naheffing|kenmerk"
    r"|transactie|transaction|serie|serial|batch|lot|member|lid|iccid|imei|pas|type"
    # but not a phone for an account: "Phone for the account: 416-555-0172"
    r"|(?<!for the )(?<!for my )(?<!for this )(?<!on the )(?<!on my )account"
    r"|model|part|onderdeel|art|firmware|version|versie|build|bagagelabel|baggage tag|bag tag"
    r"|customer(?= ?(?:no|nr|number|id))|klant(?=n)"
    # a supply point's code, a part number after its maker: "PDR 00881200456712", "Oliefilter
    # Bosch F 026 407 157"
    r"|pdr|pod|ean|bosch|mann|mahle|febi|hella|valeo)"
    # with a letter prefix: "serienummer FD 0103 00441"
    # on the number's own line: not the signature "Lotte\n0478 23 61 09"
    # (a tracking number's head in groups: "tracking 1Z 999 AA1 01 2345 6784")
    # a compound's tail, not any word that starts so: "bestelnummer", "artikel", "referentie"
    # (not a speaker's name: "Lotte: 0471 38 92 05", "Pascal:")
    r"(?:[a-z]*?(?:nummer|nr|number|code|id|no)|erentie\w*|ikel|ingen|en|s?aanslag|s)?"
    r"(?:[ -]?(?:no|nr|number|nummer|id|code))?\.? ?[:#]? ?(?:is |was )?(?:[A-Z0-9]{1,3} ){0,3}\Z",
    re.IGNORECASE,
)

# a firm's VAT or enterprise number: "btw BE 0712.448.915", "ondernemingsnummer 0712 448 915"
# a form's field that names some other number: "Assessment number: 0193.2284.1102",
# "Aanslagnummer: 2024 0031 88172" (not a phone's own field, nor "My number:")
# two days and a year: "02.08-09.08.2024"
_DATE_RANGE = re.compile(r"\d{1,2}[./]\d{1,2}\.?[-–]\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d")
# a pallet's or a shipment's container code (SSCC), no phone: "pallet IDs 00387190000412345"
_PALLET_BEFORE = re.compile(r"\b(?:pallet|sscc|colli|pallets)\b[^\n]{0,30}$", re.IGNORECASE)
_OTHER_NUMBER_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?!(?:tel|phone|mobi|gsm|cell|contact|kontakt|fax|whats|home|work|land|vast"
    r"|nood|not|emerg|call|bel|terugbel|rückruf|ruf|anruf|handy|festnetz|portable|num|n[uú]m"
    r"|reach|sms|priv|direct|day|dag|even|avond|office|kantoor|alt|second|tweede|other|ander|best"
    r"|prefer|voorkeur"
    r"|new|nieuw|old|oud|my|mijn|your|uw|je|our|ons|his|her|zijn|haar|their|hun|the|de|het)"
    r")[A-Za-z]{3,}(?:[ -]?(?:number|nummer|nr|no))\.? ?[:#] ?$",
    re.IGNORECASE,
)

# Plausible digit counts (country code included) for international numbers.
_INTL_LENGTHS: dict[str, tuple[int, int]] = {
    "1": (11, 11),
    "7": (11, 11),
    "31": (11, 11),
    "32": (10, 11),
    "33": (11, 11),
    "34": (11, 11),
    "39": (10, 13),
    "44": (11, 12),
    "49": (10, 15),
}


def intl_ok(digits: str) -> bool:
    if not digits or digits[0] == "0":
        return False
    if digits.startswith("3197") and len(digits) == 13:
        return True  # a Dutch 097 number, longer than the rest: "SMS van +3197010283746"
    bounds = _INTL_LENGTHS.get(digits[:1]) or _INTL_LENGTHS.get(digits[:2]) or (9, 15)
    if not bounds[0] <= len(digits) <= bounds[1]:
        return False
    return not (digits.startswith("31") and digits[2] == "0")


# "0486 / 33 71 28" too, but not two meter readings "01904 / 00771"
_AREA_SLASH = re.compile(
    r"0\d{1,4}(?:/| ?/ ?(?=[1-9]))[^/]+$"
    r"|\+32 ?\d{1,3}/\d{2,3}[. ]\d\d[. ]\d\d$"  # with Belgium's code: "+32 486/52.07.93"
)
# a Belgian mobile in brackets, grouped as Belgians write it (not "(04512/03187)", a meter)
_BE_MOBILE_BRACKETED = re.compile(r"\(04\d\d/\d{2}[. ]\d{2}[. ]\d{2}\)?$")
_MOBILE_UNSPACED = re.compile(r"07[1-57-9]\d{8}|01[5-7]\d{8,9}")
_FREEPHONE = re.compile(r"1(?:800|850|890|300)\d{6}")


def _phone_ok(span: str) -> bool:
    if span.count("(") != span.count(")") or _DATE_START.match(span):
        return False
    if "/" in span and not (_AREA_SLASH.match(span) or _BE_MOBILE_BRACKETED.match(span)):
        return False  # only after the area code: "0470/52.18.33", "(0486/52.07.93)"
    if span.startswith("+") or span.startswith("(+"):
        return intl_ok(NON_DIGIT.sub("", _TRUNK.sub("", span)))
    digits = NON_DIGIT.sub("", span)
    if digits.startswith("00"):
        return intl_ok(digits[2:])
    if digits[:1] != "0":  # Irish and Australian freephone and local-rate: "1800 555 014"
        return not span.isdigit() and bool(_FREEPHONE.fullmatch(digits))
    if len(digits) == 10:
        return True
    # Belgian (9), British and German (11, 12) national numbers: only when written in groups
    # the way people write phone numbers, so bare codes of those lengths stay.
    if span.isdigit():
        # unspaced: British mobiles (07 and nine digits), German ones (015, 016, 017)
        return bool(_MOBILE_UNSPACED.fullmatch(digits))
    if not 9 <= len(digits) <= 12:
        return False
    if len(digits) == 11 and digits.startswith("07") and span.count(" ") == 1:
        return True  # a British mobile split anywhere: "07700900 347"
    first = _DIGIT_RUN.match(span.lstrip("("))
    return first is not None and 2 <= len(first.group()) <= 5


def _phone_start(run: str, tokens: list[tuple[int, int]], i: int) -> int | None:
    """Where a phone starting at digit group i would begin, or None if it cannot start there."""
    start = tokens[i][0]
    if start > 0 and run[start - 1] == "+":
        start -= 1
    if start > 0 and run[start - 1] == "(" and ")" in run[start:]:
        start -= 1  # "(+31) 6 ...", "(020) ..."; not the bracket around "(+31 6 1207 4489, ..."
    if (
        run[start] not in "+("
        and run[tokens[i][0]] != "0"
        and not run.startswith(("18", "13"), start)
    ):
        return None
    if start > 0 and run[start - 1] not in " /(":
        return None
    before = run[tokens[i - 1][0] : tokens[i - 1][1]] if i > 0 else ""
    this = run[tokens[i][0] : tokens[i][1]]
    apart = run[tokens[i - 1][1] : start] if i > 0 else ""
    if apart == " " and len(before) == len(this) == 4 and before[:2] != "00":
        # in groups of four: "ICCID 8931 0440 0012 3456 789" (not "0031 (0)10", nor a second
        # number after a slash: "089 2317 6640 / 0172 558 1093")
        return None
    return start


def _years(span: str) -> bool:
    """Four years in a row, as a table's header: "Jaar 2023  2024  2025  2026" (no card's
    groups are all years: the 2-series of Mastercard runs from 2221 to 2720)."""
    groups = _DIGIT_RUN.findall(span)
    return len(groups) == 4 and all(len(g) == 4 and g[:2] in ("19", "20") for g in groups)


def _card_ok(span: str) -> bool:
    digits = NON_DIGIT.sub("", span)
    if not 13 <= len(digits) <= 19 or digits[0] not in "23456":
        return False
    if len(digits) == 13 and digits[0] != "4":
        return False  # only an old Visa has 13 digits; "ITEM 5449000000996" is a barcode
    if _years(span):
        return False
    if len(digits) != len(span):
        groups = re.split(r"[ .-]", span)
        separators = {ch for ch in span if not ch.isdigit()}
        if separators == {" "} and [len(g) for g in groups] in ([2] * 8, [4, 4, 8]):
            return luhn_ok(digits)  # read out in pairs, or typed 4-4-8: "4556 7392 10482652"
        if len(separators) != 1 or len(groups[0]) != 4:
            return False
        if separators == {"."} and any(len(g) != 4 for g in groups):
            return False  # "Aanslagnummer: 2024.0031.88172"
        four_eight_four = [len(g) for g in groups] == [4, 8, 4]  # "5356 10297744 0315"
        # sixteen digits may have a group typed in pairs: "5105 99 21 4483 6708"
        shortest = 2 if len(digits) == 16 and separators == {" "} else 3
        if not four_eight_four and (
            any(not shortest <= len(g) <= 6 for g in groups[1:-1]) or not 1 <= len(groups[-1]) <= 6
        ):
            return False
        if (
            len(groups[-1]) < 3
            and (len(digits) < 17 or separators != {" "})
            # the last four split by a slip, after three whole groups: "5350 1289 4736 201 2"
            and not (
                len(digits) == 16
                and separators == {" "}
                and [len(g) for g in groups[:3]] == [4, 4, 4]
            )
        ):
            return False  # a 17-digit Bancontact card ends in one digit: "... 3651 5"
    return luhn_ok(digits)


def _card_start(run: str, tokens: list[tuple[int, int]], i: int) -> int | None:
    start = tokens[i][0]
    if run[start] not in "23456":
        return None
    if start > 0 and run[start - 1] not in " (":  # "(5406 1234 5432 1091, valid to 04/27)"
        return None
    return start


_CARD_WORDS = ("card", "kaart", "pas", "visa", "mastercard", "maestro", "amex", "karte", "carte")
_StartFn = Callable[[str, list[tuple[int, int]], int], "int | None"]


def _find_spans(
    run: str, valid: Callable[[str], bool], start_at: _StartFn
) -> list[tuple[int, int]]:
    """Non-overlapping, longest valid spans of whole digit groups inside one number run."""
    tokens = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(run)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        start = start_at(run, tokens, i)
        found = False
        if start is not None:
            for j in range(min(len(tokens) - 1, i + 7), i - 1, -1):
                stop = tokens[j][1]
                piece = run[start:stop]
                if stop < len(run) and run[stop] == ")" and piece.count("(") > piece.count(")"):
                    stop += 1
                    piece = run[start:stop]
                if valid(piece):
                    spans.append((start, stop))
                    i = j + 1
                    found = True
                    break
        if not found:
            i += 1
    return spans


# a case's number that passes the card check by chance: "Opened case 2401170040001234"
# or an invoice's or a fine's reference: "factuurnummer 2024060188412", "CJIB 2024 1188 4402 0931"
_CASE_BEFORE = re.compile(
    r"\b(?:case|ticket|incident|zaak|melding|factuur(?:nummer|nr)?|invoice(?: number| no)?|cjib"
    r"|transaction(?: id| number| no)?|transactie(?:nummer|nr)?"  # "(transaction 2025030412553301)"
    r"|(?:betalings)?kenmerk|bestelnummer|ordernummer|order number|order no)\W{0,3}$",
    re.IGNORECASE,
)
# read out group by group into a chat: "5353, 1104, 2786, 9457" (or with no spaces:
# "4111,1111,1111,1111")
_CARD_COMMAS = re.compile(r"(?<![\w,.-])[2-6]\d{3}(?:, ?\d{4}){3}(?![\w-]|[.,]\d)")
# or typed digit by digit: "kaartnummer: 4 5 3 2 0 1 7 7 2 8 4 1 9 6 3 4", maybe with a dash
# between the groups: "4 9 8 7 – 6 5 0 1 – 3 2 7 4 – 6 8 0 2"
_CARD_SPACED = re.compile(
    r"(?<![\w,.-])(?<!\d )[2-6](?:(?: ?[–—-] ?| )\d){14,15}(?![\w-]| \d| ?[–—-] ?\d)"
)
# or read out digit by digit with commas, maybe a dash between the groups (in a text about a
# card): "4, 0, 2, 6 – 3, 8, 1, 7 – 5, 5, 3, 0 – 9, 4, 8, 7"
_CARD_DIGIT_COMMAS = re.compile(
    r"(?<![\w,.-])(?<!\d )[2-6](?:(?:,? ?[–—-] ?|, )\d){14,15}(?![\w-]|,? \d| ?[–—-] ?\d)"
)
# (in a text about a card, not after a survey's words: "scores per question: 4, 4, 1, 5, ...")
_SCORES_BEFORE = re.compile(r"\b(?i:scores?|ratings?|antwoorden|answers)\b[^\n:]{0,40}:[ \t]*$")
# or with commas between its groups of four: "4 2 6 6, 8 4 1 3, 1 1 0 7, 7 2 5 7"
_CARD_SPACED_GROUPS = re.compile(
    r"(?<![\w,.-])(?<!\d )[2-6](?: \d){3}(?:, \d(?: \d){3}){3}(?![\w-]|,? \d)"
)
# or its groups split by a slip anywhere, with spaces or dashes: "4916 7382 0194 5 193", "5350
# 128 9473 6201 2", "5350-1289-4736-201-2" (only after a card's word on its line, below)
_CARD_ODD_GROUPS = re.compile(r"(?<![\w,.-])[2-6]\d{3}(?:[ -]\d{1,6}){3,5}(?![\w-]|[.,]\d| \d)")
# or with its issuer's six digits first, or in halves: "card nr 402400 715236 8840",
# "402400-715236-8840", "kaart 402400 7152368840", "card no 40240071 52368840"
_CARD_ISSUER_GROUPS = re.compile(
    r"(?<![\w,.-])[2-6](?:\d{5}([ .-])\d{6}\1\d{4}|\d{5} \d{10}|\d{7} \d{8})"
    r"(?![\w-]|[.,]\d| \d)"
)
_ODD_GROUPS_LINE = 40  # how far back on its line the card's word may stand
# or in two pieces of any length right after a payment card's own word: "visa 4916338
# 506127744", "Mastercard 542523343010 9903" (not a loyalty card's: "Bonuskaart 26000 ...")
_CARD_TWO_PIECES = re.compile(
    r"\b(?i:visa|mastercard|maestro|amex|american express|credit ?card|debit ?card|creditcard"
    r"|debitcard|kredietkaart|betaalkaart|bankpas)\W{1,3}"
    r"([2-6]\d{3,11}[ -]\d{3,12})(?![\w-]|[.,]\d| \d)"
)
# the card's word whole (not "pas" in "Passagier" or "Paspoort")
_CARD_WORD_IN_LINE = re.compile(
    r"\b(?:\w*(?:card|kaart|karte|carte)\w*|(?:bank|betaal|credit|debet)?pas(?:nummer)?|visa"
    r"|mastercard|maestro|amex)\b",
    re.IGNORECASE,
)
# or with a wider gap somewhere: "5101  3378 2264 5092"
_CARD_GAPPED = re.compile(r"(?<![\w,.-])[2-6]\d{3}(?: {1,3}\d{4}){3}(?![\w-]|[.,]\d| \d)")
# or typed 4-4-8 with a wider gap: "4532  0177 88129347" (in a text about a card)
_CARD_GAPPED_448 = re.compile(r"(?<![\w,.-])[2-6]\d{3} {2,3}\d{4} {1,3}\d{8}(?![\w-]|[.,]\d| \d)")
# or with slashes between its groups: "6759 / 4182 / 7364 / 5105" (in a text about a card: not
# "Dossier 5012/0034/1234/5679")
_CARD_SLASHED = re.compile(r"(?<![\w,./-])[2-6]\d{3}(?: ?/ ?\d{4}){3}(?![\w/-]|[.,]\d| \d)")
# or with tabs between its groups, as pasted from a sheet: "card\t4539\t1488\t0343\t6467" (a card's
# word on its line)
_CARD_TABBED = re.compile(r"(?<![\w,.-])[2-6]\d{3}(?:\t\d{4}){3}(?![\w-]|[.,]\d|\s\d)")
# a fuel card's number, which starts with 7, after its cue in a text about fuel or a fleet:
# "Pasnummer 7002 0511 2847 65" (Luhn-checked)
_FUEL_WORDS = ("tank", "fuel", "fleet", "brandstof", "diesel", "benzine", "travelcard", "dkv")
_FUEL_CARD = re.compile(
    r"\b(?i:pasnummer|kaartnummer|pas nr\.?|card number|card no\.?|card|pas|kaart|tankpas"
    r"|tankkaart|fuel card)\W{0,3}(?:(?i:is|was|nummer|number)\W{1,2})?"
    r"(7\d{3}(?:[ -]?\d{2,4}){2,4})(?![\w-]|[.,]\d| \d)"
)
# or with a pause between the groups: "5591... 0734... 6628... 1178"
_CARD_PAUSED = re.compile(r"(?<![\w,.-])[2-6]\d{3}(?:(?:\.{2,3}|…) ?\d{4}){3}(?![\w-]|[.,]\d)")


def take_cards(scan: Scan) -> None:
    for match in list(_NUMBER_RUN.finditer(scan.masked)):
        run = match.group()
        if len(run) >= 13:
            for start, stop in _find_spans(run, _card_ok, _card_start):
                begin = match.start() + start
                # "EAN-code 541448820061234567": a connection's number, kept from other rules
                other = METER_OR_CODE_BEFORE.search(
                    scan.masked, max(0, begin - 36), begin
                ) or _CASE_BEFORE.search(scan.masked, max(0, begin - 24), begin)
                other = other or DEVICE_ID_BEFORE.search(scan.masked, max(0, begin - 64), begin)
                # or the whole run's: a card-shaped piece inside "ICCID 8931 4400 1234 5678 901"
                other = other or DEVICE_ID_BEFORE.search(
                    scan.masked, max(0, match.start() - 64), match.start()
                )
                scan.take(begin, match.start() + stop, None if other else "CARD")
    masked = scan.masked
    paused = "..." in masked or "…" in masked
    card_talk = scan.mentions(*_CARD_WORDS)
    for pattern, present in (
        (_CARD_COMMAS, "," in masked),
        (_CARD_GAPPED, "  " in masked),
        (_CARD_GAPPED_448, "  " in masked and card_talk),
        (_CARD_SLASHED, "/" in masked and card_talk),
        (_CARD_SPACED_GROUPS, ", " in masked),
        (_CARD_DIGIT_COMMAS, ", " in masked and card_talk),
        (_CARD_PAUSED, paused),
        (_CARD_SPACED, True),
    ):
        for match in list(pattern.finditer(masked)) if present else ():
            if pattern is _CARD_DIGIT_COMMAS and _SCORES_BEFORE.search(
                masked, masked.rfind("\n", 0, match.start()) + 1, match.start()
            ):
                continue  # a survey's scores in a text about cards: "scores per question: 4, ..."
            if luhn_ok(NON_DIGIT.sub("", match.group())) and not _years(match.group()):
                scan.take(match.start(), match.end(), "CARD")
    if "\t" in masked and card_talk:  # only with a card's word on its line: not a sheet's row
        for match in list(_CARD_TABBED.finditer(masked)):
            line = masked[masked.rfind("\n", 0, match.start()) + 1 : match.start()].lower()
            if any(word in line for word in _CARD_WORDS) and luhn_ok(
                NON_DIGIT.sub("", match.group())
            ):
                scan.take(match.start(), match.end(), "CARD")
    if card_talk:
        odd = [*_CARD_ODD_GROUPS.finditer(scan.masked), *_CARD_ISSUER_GROUPS.finditer(scan.masked)]
        for match in odd:
            digits = NON_DIGIT.sub("", match.group())
            line_start = scan.masked.rfind("\n", 0, match.start()) + 1
            if (
                len(digits) in (15, 16)
                and _CARD_WORD_IN_LINE.search(
                    scan.masked, max(line_start, match.start() - _ODD_GROUPS_LINE), match.start()
                )
                and luhn_ok(digits)
                and not _years(match.group())
            ):
                scan.take(match.start(), match.end(), "CARD")
    if card_talk:
        for match in list(_CARD_TWO_PIECES.finditer(scan.masked)):
            digits = NON_DIGIT.sub("", match.group(1))
            if len(digits) in (15, 16) and luhn_ok(digits):
                scan.take(match.start(1), match.end(1), "CARD")
    if card_talk and "7" in masked and scan.mentions(*_FUEL_WORDS):
        for match in list(_FUEL_CARD.finditer(masked)):
            digits = NON_DIGIT.sub("", match.group(1))
            if 13 <= len(digits) <= 19 and luhn_ok(digits):
                scan.take(match.start(1), match.end(1), "CARD")


_EXPIRY_AFTER_CARD = re.compile(r"(?:0[1-9]|1[0-2])[-/ ]20\d\d\b")


def _card_right_before(scan: Scan, begin: int) -> bool:
    """Whether a card taken already ends right before ``begin``, a space or a comma between."""
    end = len(scan.masked[max(0, begin - 3) : begin].rstrip(" ,")) + max(0, begin - 3)
    return any(f.kind == "CARD" and f.end == end for f in scan.found)


# a phone's area code in brackets: "(020) 123 4567" (a part's number is no phone: "(04465-02460)")
_AREA_CODE = re.compile(r"\(0\d{1,3}\) ?")
# a phone bill's line: "Gesprek naar 010 456 7890 ........ € 0,45", "Call to 0161 ..."
_CALL_ON_LINE = re.compile(
    r"\b(?:gesprek\w*|gebeld|bellen|call\w*|sms|tel|phone|telefoon\w*|naar|to)\b", re.IGNORECASE
)
# the rest of a bill's line: a dotted leader, then a price
_PRICED_LINE = re.compile(r"\)?[ \t]*(?:\.{4,}|…{2,})[ \t.]*(?:[€£$]|EUR|GBP)[ \t]?\d")

# a parts list's header, with a column of article numbers and one of prices or quantities
_PARTS_HEADER = re.compile(
    r"^[^\n]*\b(?:art(?:ikel)?\.? ?(?:nr|no|nummer)|part ?(?:no|nr|number)|onderdeel(?:nummer|nr)"
    r"|teilenummer|sku)\b[^\n]*\b(?:prijs|price|preis|bedrag|amount|aantal|qty|menge)\b",
    re.IGNORECASE | re.MULTILINE,
)
# a row of columns lined up with spaces or tabs
_COLUMNS = re.compile(r"[^\n]*?\S(?: {2,}|\t)\S[^\n]*?\S(?: {2,}|\t)\S")


def _parts_row(text: str, begin: int) -> bool:
    """A number near the start of a row of lined-up columns, as a parts list's article number
    stands (not in a sentence under the list: "Vragen? Bel Piet op 0318 123 456")."""
    line_start = text.rfind("\n", 0, begin) + 1
    return begin - line_start <= 30 and _COLUMNS.match(text, line_start) is not None


# the rest of its row: more columns, then a price that ends the line
_PRICE_AT_END = re.compile(r"[^\n]*?(?:[€£$]|EUR|GBP)[ \t]?\d[\d.,]*[ \t]*(?:\n|$)")


# a carrier's prefix of a parcel's code: DHL's "JVGL"
_PARCEL_PREFIX_BEFORE = re.compile(r"\bJVGL\s?$")


# what joins the numbers of a list: "0847 2213 9910 / 0847 2213 9911", "..., ...", "... and ..."
_LIST_GLUE = re.compile(r" ?(?:/|,|&|\+|and|en|und|et) ?")


def take_phones(scan: Scan) -> None:
    for match in list(_US_PHONE.finditer(scan.masked)):
        if not _REFERENCE_BEFORE.search(scan.masked, max(0, match.start() - 30), match.start()):
            scan.take(match.start(), match.end(), "PHONE")  # not "Account number is 884-..."
    if _US_SHAPE.search(scan.masked):
        for match in list(_US_PHONE_CUE.finditer(scan.masked)):
            start = match.start(1)
            if not _REFERENCE_BEFORE.search(scan.masked, max(0, start - 30), start):
                scan.take(start, match.end(1), "PHONE")
    take_cued_phones(scan)
    if (
        ", " in scan.masked
    ):  # typed in pairs after commas, as read out: "Aalbers, 06, 14, 93, 82, 70."
        for match in list(_COMMA_PAIRS.finditer(scan.masked)):
            if _PAIRS_CUE.search(scan.masked, max(0, match.start() - 150), match.start()):
                scan.take(match.start(), match.end(), "PHONE")
    if "?" in scan.masked:
        for asked in list(_PHONE_ASKED.finditer(scan.masked)):
            for match in list(_NINE_DIGITS.finditer(scan.masked, asked.start(1), asked.end(1))):
                if len(NON_DIGIT.sub("", match.group())) == 9:
                    scan.take(match.start(), match.end(), "PHONE")

    text = scan.masked
    parts_list = _PARTS_HEADER.search(text) is not None
    referenced_end = -1  # where the last number a reference named ended
    for match in list(_NUMBER_RUN.finditer(text)):
        run = match.group()
        if len(run) >= 9:
            for start, stop in _find_spans(run, _phone_ok, _phone_start):
                begin = match.start() + start
                mobile = (
                    text.startswith("06", begin)
                    or (  # a mobile is a phone, a British
                        text.startswith("07", begin)  # one with its eleven digits
                        and len(NON_DIGIT.sub("", text[begin : match.start() + stop])) == 11
                    )
                )
                if (
                    text[begin] not in "+("
                    and not mobile
                    and (
                        _REFERENCE_BEFORE.search(text, max(0, begin - 30), begin)
                        # the next in a reference's list: "ticket numbers 0847 2213 9910 / 0847
                        # 2213 9911"
                        or (
                            referenced_end >= 0
                            and _LIST_GLUE.fullmatch(text, referenced_end, begin)
                        )
                    )
                ) or (
                    # no VAT number starts with "+": "this is Kenji btw, +1 619 555 0144"
                    text[begin] != "+" and TAX_NUMBER_BEFORE.search(text, max(0, begin - 30), begin)
                ):
                    referenced_end = match.start() + stop
                    continue
                if not text.startswith(
                    ("06", "07", "+", "("), begin
                ) and _OTHER_NUMBER_FIELD.search(text, max(0, begin - 40), begin):
                    continue
                if _PARCEL_PREFIX_BEFORE.search(text, max(0, begin - 6), begin):
                    continue  # a parcel's code: "Zending JVGL 0588 1192 3340 17"
                if _DATE_RANGE.fullmatch(text, begin, match.start() + stop) or (
                    len(NON_DIGIT.sub("", text[begin : match.start() + stop])) >= 17
                    and _PALLET_BEFORE.search(text, max(0, begin - 40), begin)
                ):
                    continue  # a rental's days "02.08-09.08.2024", a pallet's SSCC (17 digits or
                    # more, longer than a phone: not "Colli 2, tel 0612345678")
                if _EXPIRY_AFTER_CARD.match(text, begin) and _card_right_before(scan, begin):
                    continue  # a card's expiry and code: "mastercard [CARD] 06-2029 448" (not
                    # a mobile after an e-mail: "[EMAIL], 06 2019 4837")
                if (
                    not mobile
                    and not _AREA_CODE.match(text, begin)
                    and not _CALL_ON_LINE.search(text, text.rfind("\n", 0, begin) + 1, begin)
                    and text[begin] != "+"
                    and (
                        _PRICED_LINE.match(text, match.start() + stop)
                        or (
                            parts_list
                            and _PRICE_AT_END.match(text, match.start() + stop)
                            and _parts_row(text, begin)
                        )
                    )
                ):
                    continue  # a part on a quote's line: "Brake pads (04465-02460) ..... €142.00",
                    # or in a parts list's column: "2    0 986 494 524    Remblokset   1   € 39,95"
                scan.take(begin, match.start() + stop, "PHONE")
    # again, now that the numbers above are masked: a cue may reach past one to the next, as a
    # second pass over their placeholders would ("Móvil: 612 ... / oficina 963 52 84 17")
    take_cued_phones(scan)
    _take_same_shape(scan)


_US_SHAPED = re.compile(r"(?<![\w+/.-])\d{3}[-. ]\d{3}[-. ]\d{4}(?![\w-]|[.,/]\d)")


# a phone written with its country's code, then its groups: "+34 654 213 987"
_INTL_GROUPS = re.compile(r"\+\d{1,3} (\d{2,4}(?: \d{2,4}){2,3})")
# other numbers named in other languages: "Pedido 300 512 779", "Rechnung 202 4030 1122"
_OTHER_NUMBER_BEFORE = re.compile(
    r"\b(?:pedido|factura|referencia|albar[aá]n|rechnung|bestellung|paket|buchung|booking"
    r"|boeking|commande|facture|ordine|fattura|numero|número|nummer|number|nr|no)\b\W{0,3}$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r" ?(?:cm|mm|m|kg|g|ml|l|x)\b")


def _take_same_shape(scan: Scan) -> None:
    """A second number with a North American phone's shape beside one taken as a phone: "604-
    771-3928, and my husband's line is 604 771 3929"; or in the groups of one written with its
    country's code: "Teléfono: +34 654 213 987" / "move both lines (654 213 987 and 622 904
    118)"."""
    shapes = []
    for found in scan.found:
        if found.kind != "PHONE":
            continue
        if _US_SHAPE.fullmatch(scan.text, found.start, found.end):
            shapes.append(_US_SHAPED)
        intl = _INTL_GROUPS.fullmatch(scan.text, found.start, found.end)
        if intl and len(NON_DIGIT.sub("", intl.group(1))) >= 9:
            # (its first digit too, as a mobile's: "654 213 987" and "622 904 118", not
            # "Factura 300 512 779")
            first, *rest = intl.group(1).split()
            groups = first[0] + rf"\d{{{len(first) - 1}}}"
            groups += "".join(rf" \d{{{len(g)}}}" for g in rest)
            shapes.append(re.compile(r"(?<![\w+/.,-])" + groups + r"(?![\w-]|[.,/]\d| \d)"))
    for shape in dict.fromkeys(shapes):
        for match in list(shape.finditer(scan.masked)):
            begin = max(0, match.start() - 30)
            if not (
                _REFERENCE_BEFORE.search(scan.masked, begin, match.start())
                or _OTHER_NUMBER_BEFORE.search(scan.masked, begin, match.start())
                or _UNIT_AFTER.match(scan.masked, match.end())
            ):
                scan.take(match.start(), match.end(), "PHONE")


# --------------------------------------------------------------------------- BSN

# a person's fiscal number is the BSN (a firm's is its RSIN: "fiscaal nummer van de onderneming
# (RSIN)")
_FISCAL_NUMBER = r"fiscaa?le? nummer(?![^.\n]{0,40}\brsin\b)"
_BSN_CONTEXT = re.compile(
    r"(?<!\[)\b(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofi-?nummer|sofi"
    r"|b\.s\.n"  # with dots: "b.s.n.: 31076 4531"
    r"|(?-i:bns)"  # typed in a hurry: "my bns is 40518 2739 (sorry, BSN)" (not "BNS Group")
    r"|citizen service number|" + _FISCAL_NUMBER + r")\b"
    # or answered on the next line, maybe after its time: "[15:04] Visitor: 192-758-408"
    # (not past a value taken or redacted before: "BSN [BSN] (his wife's number, 179042683")
    # (how it was given may stand between: "BSN opgegeven voor de controle, cijfer voor cijfer:")
    r"(?:[^\d\n\ue000\[]{0,60}?|[^\d\n\ue000\[]{0,80}\n(?:\[?\d{1,2}[:.]\d{2}\]? ?)?[^\d\n]{0,30}?)"
    # also paced with commas or dashes: "2 1 6, 5 9 3, 7 0 0", "135 - 792 - 460"
    r"(\d(?:(?:[ .-]|, | [–—-] )?\d){8})(?!\w|[.,-]\d| [–—-] \d)",
    re.IGNORECASE,
)
_BSN_BARE = re.compile(r"(?<![\w#€$£/+.,:-])\d{9}(?!\w|[.,:/-]\d)")
# in a text about BSNs (the placeholder "[BSN]" is none), also as printed in groups ("192 837
# 461", "3147.75.201", "318-645-798")
_BSN_TALK = re.compile(
    r"(?<!\[)\b(?:bsn|burger\s?service|sofi|citizen service|" + _FISCAL_NUMBER + r")"
)
_BSN_GROUPED = re.compile(
    r"(?<![\w#€$£/+.,:-])(?:\d{3}([ .-])\d{3}\1\d{3}|\d{4}\.\d{2}\.\d{3}"
    r"|[1-9]\d{2} \d{2} \d{2} \d{2}"  # or as said in pairs: "298 15 46 38", "59 02 73 644"
    r"|\d{2} \d{2} \d{2} \d{3})(?!\w|[.,:/-]\d)"
)
_NOT_BSN_CONTEXT = re.compile(
    # a speaker is no number's name: "Customer: ...", "[10:04] Customer: ...", "10:04 klant: ..."
    r"(?:\b(?:order|bestel|factuur|invoice|(?<!^)(?<!\n)(?<!\] )(?<!\d\d )(?:klant|cust)|account"
    r"|rekening"
    r"|contract|polis|policy|member|referentie|reference|ref|track|dbc"
    r"|zending|shipment|pakket|parcel|artikel|article|sku|ean|ticket|case|dossier|transacti"
    r"|zaak|kenmerk"
    r"|kvk|btw|vat|fedex|ups|dhl|postnl)\w*|\w*(?:nummer|number)|\b(?:nr|no|id)|#)[^\w]{0,4}$",
    re.IGNORECASE,
)


_OTHER_NUMBER_BETWEEN = re.compile(
    r"\b(?:order|bestel|track|factuur|invoice|klantn|ticket|polis|policy|zending|pakket"
    r"|referentie|reference|kenmerk|artikel|contract)(?!\w*(?:holder|houder|nemer))\w*"
    # right before the value (not whose BSN: "BSN policyholder: 629716390")
    r"(?: ?(?:nummer|number|nr|no|code|id))?[ \t]*[:#.]?[ \t]*$",
    re.IGNORECASE,
)


def take_bsn_with_cue(scan: Scan) -> None:
    if not scan.mentions(*_BSN_WORDS):
        return
    for match in list(_BSN_CONTEXT.finditer(scan.masked)):
        if bsn_ok(NON_DIGIT.sub("", match.group(1))) and not _OTHER_NUMBER_BETWEEN.search(
            scan.masked, match.start(), match.start(1)
        ):  # not another number named after the cue: "BSN staat al in uw dossier, ik stuur
            # alleen het ordernummer 123456782 mee"
            scan.take(match.start(1), match.end(1), "BSN")


def take_bare_bsn(scan: Scan) -> None:
    """Nine digits passing the 11-proof; in a text about US social security numbers and not
    about BSNs, nine bare digits are an SSN ("Daughter: 219567803")."""
    text = scan.masked
    kind = "BSN"
    if scan.mentions("ssn", "social security") and not scan.mentions(*_BSN_WORDS):
        kind = "SSN"
    about_bsn = scan.mentions(*_BSN_WORDS) and _BSN_TALK.search(scan.lower)
    grouped = _BSN_GROUPED.finditer(text) if about_bsn else ()
    for match in [*_BSN_BARE.finditer(text), *grouped]:
        if not bsn_ok(NON_DIGIT.sub("", match.group())):
            continue
        if _NOT_BSN_CONTEXT.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        scan.take(match.start(), match.end(), kind)
