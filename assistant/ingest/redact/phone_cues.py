"""Mobile numbers without a leading 0 or a country code, taken only after a word that says a
phone follows, a few words before at most: Spanish, Polish and Portuguese nine-digit mobiles
("tel 612 48 93 07", "Callback on 503 918 274 only if urgent"), Italian ones from 3
("Cellulare: 347 218 5593"), Norwegian ones from 4 or 9 ("Mobile 924 18 307") and Indian
ones from 6 to 9 ("will call you from 98450 12873"), North American ones in spaced groups
("604 318 2297"), and the short form of Dutch service numbers ("bel 0900-1884"); and a
mobile given alone on the turn after the number was asked for ("... the phone number the
parcel went to." / "601 284 775")."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import SPEAKER, Scan

_NON_DIGIT = re.compile(r"\D")

_CUE = (  # not inside a placeholder of an earlier pass: "[PHONE] / oficina 963 ..."
    r"(?<!\[)\b(?:tel|telephone|telefon\w*|teléfono|telefono|phone|mobile|mob|móvil|movil|mobil|handy"
    r"|cellulare|cell|cellphone|gsm|komórka|kom|whatsapp|sms|text|call|calls|callback|calling"
    r"|ring|contact|bel|bellen|belt|app|my number|(?:phone|mobile|contact) number|numer"
    # payments sent to a mobile number: "the MobilePay agreement on 28 71 45 93"
    r"|mobilepay|vipps|swish|twint|bizum|blik|landline|stacjonarny|vaste lijn"
    # "contract for number 512 ...", "their number was 911 ...", Danish "tlf."
    r"|numero|número|(?:for|voor|op|on) (?:the )?(?:number|nummer)|tlf|number (?:was|is)"
    # a number moved to another provider: "called to port her number 412 83 960 from Telia",
    # "keep my number", "nummer meenemen" (not "keep the number ... for your records")
    r"|(?:port|porting|ported)(?: (?:her|his|my|their|your|the|this))? number"
    r"|(?:keep|transfer|behouden) (?:her|his|my|their|your|mijn|haar|zijn) (?:number|nummer)"
    r"|nummer (?:meenemen|behouden|overzetten)"
    r"|line|línea|linea|lijn)\b"  # a mobile line: "Cambio de titular - line 612 345 078"
)
# between the cue and the number: a few words (a value taken before counts as one), not a
# sentence's end nor another number
_GAP = r"(?:[^\d\n.!?\ue000]|\ue000++){0,32}?"  # possessive: no backtracking into a run
_MOBILE = (
    r"(?<![\w+(/.,-])("
    r"[5-9]\d{2}(?:[ .-]\d{2,3}){2,3}"  # nine digits, checked below: "612 48 93 07"
    r"|3\d{2}[ .-]?\d{3}[ .-]?\d{3,4}"  # Italy: "347 218 5593"
    r"|[49]\d{2} \d{2} \d{3}"  # Norway: "924 18 307"
    r"|[2-9]\d(?: \d\d){3}"  # Denmark: "28 41 63 09"
    r"|[6-9]\d{4}[ -]?\d{5}"  # India: "98450 12873"
    r"|[2-9]\d{2} [2-9]\d{2} \d{4}"  # North America in spaced groups: "604 318 2297"
    r"|[1-9]\d \d{3} \d\d \d\d"  # a Polish landline: "42 636 18 04"
    # a Dutch service number's short form: "0900-1884", "0800 - 0209" (not opening hours:
    # "0800 - 1700", "0900 - 1730")
    r"|0(?:800|900|906|909)(?:[ -]?|(?! - (?:[01]\d|2[0-3])(?:00|15|30|45)\b) - )\d{4}"
    r")(?![\w-]|[.,]\d)"
)
_CUED_MOBILE = re.compile(_CUE + r"\.?" + _GAP + _MOBILE, re.IGNORECASE)  # "tel. 612 ..."
# or the cue right after it: "Confirmation will go to 339 604 1182 by SMS"
# or named a number right after it: "Is 512 346 771 a good number for the technician?"
_MOBILE_THEN_CUE = re.compile(
    _MOBILE + r"(?= (?:by|via|per|on) (?:sms|text|whatsapp|phone|mobile)\b"
    r"| (?:a|the|my|your) (?:good |best |right |correct |working )?(?:number|phone|mobile)\b)",
    re.IGNORECASE,
)
# a reference between the cue and the number: "WhatsApp order 9845012873 shipped"
_REFERENCE = re.compile(
    r"\b(?:order|ref\w*|invoice|ticket|case|tracking|account|bestel\w*|factuur|dossier|klant\w*"
    r"|customer|member\w*|serial|imei|booking|boeking|pnr|policy|polis|claim|contract|kenmerk"
    r"|incident|parcel|pakket|shipment|zending|sim|iccid|pin|code)\b",
    re.IGNORECASE,
)
_ASKED_THEN_GIVEN = re.compile(
    r"\b(?:phone|mobile|telephone|cell|telefoon|mobiel|whatsapp|number to (?:reach|call|text)"
    r"|contact"  # "An alternative contact number?"
    r"|reach you on|nummer waarop)(?: number|nummer)?\b"
    r"[^\n\d\ue000\[]{0,60}[.:?][ \t]*\n" + SPEAKER + r"[ \t]*" + _MOBILE + r"[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
# a mobile right after a person's name, as a signature writes it: "Tomasz Zieliński 698 223
# 471", "Ananya Iyer\n98401 55362" (taken once the names are known)
_AFTER_NAME = re.compile(  # also after a separator: "Marta Gil · 655 203 918"
    r"(?:[ \t]*[,·|•][ \t]*|[ \t]+|[ \t]*\n[ \t]*)" + _MOBILE + r"[ \t.]*$", re.MULTILINE
)


# nine digits unspaced, right after "my number is": "code is 482193 and my number is 608221947"
_MY_NUMBER_UNSPACED = re.compile(
    r"\b(?i:my|mijn|mój|moj|moje) (?i:mobile |phone |mobiele |telefoon|gsm-?|cell )?"
    r"(?i:number|nummer|numer)(?: (?i:is|was|to)|:)? ([5-9]\d{8})(?![\w-]|[.,]\d)"
)


def _mobile_ok(value: str) -> bool:
    digits = _NON_DIGIT.sub("", value)
    if digits[0] == "3" and len(digits) == 10:
        return True  # Italy
    if digits[0] in "49" and len(digits) == 8 and re.fullmatch(r"\d{3} \d\d \d{3}", value):
        return True  # Norway
    if len(digits) == 8 and re.fullmatch(r"\d\d(?: \d\d){3}", value):
        return True  # Denmark
    if digits[0] in "6789" and len(digits) == 10 and re.fullmatch(r"\d{5}[ -]?\d{5}", value):
        return True  # India
    if re.fullmatch(r"[2-9]\d{2} [2-9]\d{2} \d{4}", value):
        return True  # North America
    if re.fullmatch(r"[1-9]\d \d{3} \d\d \d\d", value):
        return True  # a Polish landline
    if re.fullmatch(r"0(?:800|900|906|909)(?: ?- ?| )?\d{4}", value):
        return True  # a Dutch service number
    return len(digits) == 9 and digits[0] in "56789"


def _reference(masked: str, match: re.Match[str]) -> re.Match[str] | None:
    """A reference's word between the cue and the number, or right before a bare "number":
    "WhatsApp order 9845012873 shipped", "order number is 911 487 320"."""
    before = match.start()
    if masked[before : before + 6].lower() == "number":
        before = max(0, before - 12)
        for end in ".!?\n":  # within the cue's sentence
            before = max(before, masked.rfind(end, before, match.start()) + 1)
    return _REFERENCE.search(masked, before, match.start(1))


def take_cued_phones(scan: Scan) -> None:
    if not _CUE_HINT.search(scan.lower):
        return
    for match in list(_CUED_MOBILE.finditer(scan.masked)):
        value = match.group(1)
        reference = _reference(scan.masked, match)
        if reference:  # a nearer cue after the reference: "mobile contract (line 612 48 93 07)"
            nearer = _CUED_MOBILE.search(scan.masked, reference.end(), match.end())
            if nearer and nearer.start() > match.start() and nearer.start(1) == match.start(1):
                reference = _reference(scan.masked, nearer)
        if _mobile_ok(value) and not reference:
            scan.take(match.start(1), match.end(1), "PHONE")
    for match in list(_MOBILE_THEN_CUE.finditer(scan.masked)):
        if _mobile_ok(match.group(1)):
            scan.take(match.start(1), match.end(1), "PHONE")
    for match in list(_ASKED_THEN_GIVEN.finditer(scan.masked)):
        if _mobile_ok(match.group(1)):
            scan.take(match.start(1), match.end(1), "PHONE")
    scan.take_all(_MY_NUMBER_UNSPACED, "PHONE", 1)


_CUE_HINT = re.compile(
    r"tel|tlf|phone|mob|móvil|movil|handy|cell|gsm|kom|whatsapp|sms|text|call|ring|contact|bel|app"
    r"|number|numer|número|vipps|swish|twint|bizum|blik|line|lijn|línea"
)


def take_phones_after_names(scan: Scan) -> None:
    """A mobile right after a name, and a cued one read again now the names are taken: a name
    between the cue and the number counts as one word, as its placeholder nearly does on a
    second pass ("Second line: Lucía Moreno Gil, DNI ..., number 622 19 84 05")."""
    for found in [f for f in scan.found if f.kind == "NAME"]:
        match = _AFTER_NAME.match(scan.masked, found.end)
        if match and _mobile_ok(match.group(1)):
            scan.take(match.start(1), match.end(1), "PHONE")
    if any(f.kind == "NAME" for f in scan.found):
        take_cued_phones(scan)
