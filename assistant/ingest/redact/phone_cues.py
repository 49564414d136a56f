"""Mobile numbers without a leading 0 or a country code, taken only right after a word that
says a phone follows: Spanish and Polish nine-digit mobiles ("tel 612 48 93 07", "móvil: 622
118 904") and Indian ten-digit ones ("will call you from 98450 12873", "mobile 9845012873")."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan

_NON_DIGIT = re.compile(r"\D")

_NINE_DIGITS_CUE = re.compile(
    r"\b(?:tel|telefon\w*|teléfono|telefono|phone|mobile|mob|móvil|movil|gsm|cell|komórka|kom"
    r"|call me|ring me|bel me|llámame|llamame)"  # "call me 612 48 03 97", "móvil es el 634 ..."
    r"\b\.?:?(?:[ \t]+(?:es el|es|is|on|at|op|nr\.?))?[ \t]{0,2}"
    r"([5-9]\d{2}(?:[ .-]\d{2,3}){2,3})(?![\d\w-]|[.,]\d)",
    re.IGNORECASE,
)
# India: ten digits from 6 to 9, in two groups of five or none; the cue may stand a few words
# before ("will call you from", "WhatsApp me on", "mobile number is")
_TEN_DIGITS_CUE = re.compile(
    r"\b(?:tel|telephone|phone|mobile|mob|cell|gsm|whatsapp|call|calls|calling|ring|text|sms"
    r"|bel|bellen|belt|app)\b"
    r"[^\d\n.!?]{0,24}?(?<![\w+(/.-])([6-9]\d{4}[ -]?\d{5})(?![\d\w-]|[.,]\d)",
    re.IGNORECASE,
)


# a reference between the cue and the number: "WhatsApp order 9845012873 shipped"
_REFERENCE = re.compile(
    r"\b(?:order|ref\w*|invoice|ticket|case|tracking|account|bestel\w*|factuur|dossier|klant\w*"
    r"|customer|member|serial|imei|booking|boeking|pnr)\b",
    re.IGNORECASE,
)


def take_cued_phones(scan: Scan) -> None:
    for match in list(_NINE_DIGITS_CUE.finditer(scan.masked)):
        if len(_NON_DIGIT.sub("", match.group(1))) == 9:
            scan.take(match.start(1), match.end(1), "PHONE")
    for match in list(_TEN_DIGITS_CUE.finditer(scan.masked)):
        if not _REFERENCE.search(scan.masked, match.start(), match.start(1)):
            scan.take(match.start(1), match.end(1), "PHONE")
