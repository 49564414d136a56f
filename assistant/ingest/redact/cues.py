"""Data that a word next to it gives away: API tokens and secrets, dates of birth, card expiry
dates and security codes, passwords and one-time codes, IP addresses and Dutch licence plates."""

from __future__ import annotations

import ipaddress
import re

from assistant.ingest.redact.links import looks_random
from assistant.ingest.redact.scan import Scan

# --------------------------------------------------------------------------- tokens

_TOKEN_SHAPES = re.compile(
    r"(?<![\w-])(?:"
    r"sk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{16,}"
    r"|[a-z]{2,8}_(?:live|test|prod)_[A-Za-z0-9]{12,}"
    r"|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
    r"|xox[abprs]-[A-Za-z0-9-]{10,}"
    r"|AKIA[0-9A-Z]{16}"
    r"|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
    r")(?![\w-])"
)
_TOKEN_CUE = re.compile(
    r"\b(?:token|api[ -]?key|api[ -]?sleutel|apikey|secret|sleutel|key|bearer|access key)\b"
    r"[^\w\n]{0,3}(?:(?:is|was|=|:)[ ]?)?(?:[\w ]{0,24}?[ :=])?"
    r"([A-Za-z0-9+/_=.-]{16,})",
    re.IGNORECASE,
)
_LONG_RUN = re.compile(r"(?<![\w/+.-])[A-Za-z0-9_-]{24,}(?![\w/+-])")


_TOKEN_HINT = re.compile(r"[\w-]{16}")


def take_tokens(scan: Scan) -> None:
    if not _TOKEN_HINT.search(scan.masked):
        return
    scan.take_all(_TOKEN_SHAPES, "TOKEN")
    for match in list(_TOKEN_CUE.finditer(scan.masked)):
        value = match.group(1).rstrip(".")
        if looks_random(value) or (len(value) >= 20 and any(c.isdigit() for c in value)):
            scan.take(match.start(1), match.start(1) + len(value), "TOKEN")
    for match in list(_LONG_RUN.finditer(scan.masked)):
        if looks_random(match.group()):
            scan.take(match.start(), match.end(), "TOKEN")


# --------------------------------------------------------------------------- dates of birth

_MONTHS = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|m(?:aa)?rt|march|mar|apr(?:il)?|mei|may|jun[ie]?"
    r"|jul[iy]?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember)\.?"
)
# a year in words' company: "1985", and "'85" / "85" after a month name ("12 maart '85")
_YEAR = r"(?:(?:19|20)\d\d|['’]?\d\d)(?!\d)"
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d"
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2}|(?:19|20)\d\d/\d{1,2}/\d{1,2}"
    r"|(?:19|20)\d\d\.\d{1,2}\.\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th|e|ste|de|\.)?(?: of)?(?: |[-/.] ?)"
    + _MONTHS
    + r"(?:,? |[-/.] ?)"
    + _YEAR
    + r"|"
    + _MONTHS
    + r" (?:the )?\d{1,2}(?:st|nd|rd|th)?,? "
    + _YEAR
    + r")"
)
_BIRTH_CUE = (
    r"\b(?:geboren|geb\.?|geboortedatum|geboortedag|born|dob|d\.o\.b\.?|date of birth"
    r"|birth ?date|birthday|b-?day|geburtsdatum|geburtstag|geboren am|geb\. ?am|né(?:e)? le"
    r"|jarig|verjaardag|geb\.? ?datum|date de naissance)\b"
)
_BIRTH = re.compile(
    _BIRTH_CUE
    + r"(?:[^\w\n]{0,4}(?:(?:is|was|on|op|the|de|am|:)\W{0,2}){0,2}|[^\d\n.!]{0,40}?[ :(])"
    r"(" + _DATE + r")(?!\d)",
    re.IGNORECASE,
)


# asked in one turn, answered in the next ("your date of birth?" / "Customer: 14 July 1990")
_BIRTH_NEXT_LINE = re.compile(
    _BIRTH_CUE + r"[^\n\d]{0,80}\n[^\n\d]{0,40}?(" + _DATE + r")(?!\d)", re.IGNORECASE
)
# the date a sentence or two (or a turn or two) after the cue, with nothing numeric between:
# "you asked for my date of birth. I entered 04/05/1980", "geboortedatum staat verkeerd in
# mijn account: het moet 05-10-1977 zijn", "waarom vraagt de app om mijn geboortedatum? Ik
# ben van 23-9-1981". Only a year a customer can be born in counts here, so an order or
# delivery date further on stays.
_BIRTH_CUE_RE = re.compile(_BIRTH_CUE, re.IGNORECASE)
_BIRTH_LATER = re.compile(r"[^\d]{0,160}?(?<![\d/.-])(" + _DATE + r")(?!\d)", re.IGNORECASE)
_YEAR_IN = re.compile(r"(?:19|20)\d\d(?!\d)|\d\d$")
_LATEST_BIRTH_YEAR = 2012
# a birthday is also an occasion ("birthday sale ends 01/06/2025", "jarig op 3-7-2026"):
# after these cues only a year a customer can be born in makes the date a date of birth
_OCCASION = re.compile(r"birthday|b-?day|jarig|verjaardag|geburtstag", re.IGNORECASE)


def _birth_year(date: str) -> bool:
    """Whether the year of ``date`` is one a customer was born in (1900-2012, or two digits
    that are not a recent year)."""
    match = _YEAR_IN.search(date.rstrip())
    if not match:
        return False
    year = int(match.group())
    if year < 100:
        return year >= 30 or year <= _LATEST_BIRTH_YEAR - 2000
    return 1900 <= year <= _LATEST_BIRTH_YEAR


# a second date in the same breath: "born 17-08-1990, she says 18-08-1990", "not 05/10/1977"
_BIRTH_MORE = re.compile(r"^[^\d\n.!?]{1,45}?(?<![\d/.-])(" + _DATE + r")(?!\d)", re.IGNORECASE)


# Dutch puts the cue last: "ik ben op 12 december 1999 geboren", "die 3 mei 1951 geboren is"
_BIRTH_AFTER = re.compile(
    r"(?<![\d/.-])(" + _DATE + r")(?!\d)[^\d\n.!?]{0,20}?\b(?:geboren|born|jarig)\b",
    re.IGNORECASE,
)
_BIRTH_WORDS = ("geb", "born", "dob", "d.o.b", "birth", "né", "jarig", "verjaardag", "b-day",
                "bday", "naissance")  # fmt: skip


def take_birth_dates(scan: Scan) -> None:
    if not scan.mentions(*_BIRTH_WORDS):
        return
    for match in list(_BIRTH.finditer(scan.masked)):
        if _OCCASION.match(match.group()) and not _birth_year(match.group(1)):
            continue
        scan.take(match.start(1), match.end(1), "BIRTH_DATE")
    scan.take_all(_BIRTH_AFTER, "BIRTH_DATE", 1)
    scan.take_all(_BIRTH_NEXT_LINE, "BIRTH_DATE", 1)
    for cue in list(_BIRTH_CUE_RE.finditer(scan.masked)):
        later = _BIRTH_LATER.match(scan.masked, cue.end())
        if (
            later
            and scan.masked.count("\n", cue.end(), later.start(1)) <= 2
            and _birth_year(later.group(1))
        ):
            scan.take(later.start(1), later.end(1), "BIRTH_DATE")
    for found in [f for f in scan.found if f.kind == "BIRTH_DATE"]:
        more = _BIRTH_MORE.match(scan.masked[found.end : found.end + 60])
        if more:
            scan.take(found.end + more.start(1), found.end + more.end(1), "BIRTH_DATE")


# --------------------------------------------------------------------------- card extras

_EXPIRY = r"(?:0[1-9]|1[0-2]) ?[/-] ?(?:20)?\d\d"
_EXPIRY_CUE = re.compile(
    r"\b(?:exp(?:iry|ires|iration)?(?: date)?|vervaldatum|verloopt|verval|geldig t/m|geldig tot"
    r"|valid (?:thru|through|until)|gültig bis)\b\.?[^\w\n]{0,3}(?:(?:is|on)\W{0,2})?"
    r"(" + _EXPIRY + r")(?![\d/])",
    re.IGNORECASE,
)
_CVV_CUE = re.compile(
    r"\b(?:cvv2?|cvc2?|cid|csc|security code|beveiligingscode|veiligheidscode|kaartcode"
    r"|card code|prüfnummer)\b[^\w\n]{0,3}(?:(?:is|:)\W{0,2})?(\d{3,4})(?!\d)",
    re.IGNORECASE,
)
_NEAR_CARD_EXPIRY = re.compile(r"(?<![\d/])(" + _EXPIRY + r")(?![\d/])")
_NEAR_CARD_CVV = re.compile(r"(?<![\d/.,-])(\d{3,4})(?![\d/-]|[.,]\d|\s?(?:€|eur|euro|x)\b)")
_CARD_WINDOW = 80
_EXPIRY_SHAPE = re.compile(r"\d ?[/-] ?\d")
_CVV_SHAPE = re.compile(r"\d{3}")
_CARD_EXTRA_HINT = re.compile(
    r"exp|verval|verloop|geldig|valid|gültig|cvv|cvc|cid|csc|security|beveiliging|veiligheid"
    r"|kaartcode|card code|prüf",
    re.IGNORECASE,
)


def take_card_extras(scan: Scan) -> None:
    """Expiry dates and security codes: after their cue anywhere, and close after a card
    number even without a cue ("4111... 09/28 031")."""
    cards = [f for f in scan.found if f.kind == "CARD"]
    if not cards and not _CARD_EXTRA_HINT.search(scan.masked):
        return
    if _EXPIRY_SHAPE.search(scan.masked):
        scan.take_all(_EXPIRY_CUE, "EXPIRY", 1)
    if _CVV_SHAPE.search(scan.masked):
        scan.take_all(_CVV_CUE, "CVV", 1)
    for card in cards:
        window = scan.masked[card.end : card.end + _CARD_WINDOW]
        expiry = _NEAR_CARD_EXPIRY.search(window)
        if expiry and not window[: expiry.start()].strip(" ,;:()\ue000\n").count(" ") > 4:
            scan.take(card.end + expiry.start(1), card.end + expiry.end(1), "EXPIRY")
            window = scan.masked[card.end : card.end + _CARD_WINDOW]
        cvv = _NEAR_CARD_CVV.search(window)
        if cvv and not window[: cvv.start()].strip(" ,;:()\ue000\n").count(" ") > 4:
            scan.take(card.end + cvv.start(1), card.end + cvv.end(1), "CVV")


# --------------------------------------------------------------------------- passwords, codes

_PASSWORD_CUE = re.compile(
    r"\b(?:wachtwoord|password|passwort|passcode|pw|pwd|ww|pincode|pin(?: ?code)?"
    r"|(?:key ?safe|sleutelkastje|sleutelkluis|kluis|locker|alarm)(?: ?code)?)\b",
    re.IGNORECASE,
)
# what may stand between the cue (or an earlier value) and a value: "is", ":", "was", "to"...
_PASSWORD_VALUE = re.compile(
    r"(?:\b(?:is|was|to|in|ik|be|now|nu|wordt|naar|want|wil)|[:=])\s*['\"‘“]?([^\s'\"’”]{3,40})"
)
_PASSWORD_WINDOW = 90
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]?")  # redacted before (or cut by the window): stays
_PLAIN_WORD = re.compile(r"[a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+|[A-ZÀ-Þ]+")
_SYMBOL = re.compile(r"[^\w'’-]")


def _password_like(value: str) -> bool:
    """A written word ("vergeten", "expired", "I'm", "Hi!") is not a password; digits or
    symbols among letters are."""
    core = value.rstrip("!?")
    if not core or _PLAIN_WORD.fullmatch(core) or "\ue000" in value or _PLACEHOLDER.match(core):
        return False
    return any(c.isdigit() for c in core) or bool(_SYMBOL.search(core))


_PASSWORD_WORDS = ("wachtw", "passw", "passc", "pw", "ww", "pin", "safe", "sleutel", "kluis",
                   "locker", "alarm")  # fmt: skip


def take_passwords(scan: Scan) -> None:
    """A password-like value within a sentence or two after a cue ("wachtwoord is X",
    "password: X", "PIN for the locker is X", "my old one was X, the new one would be Y")."""
    if not scan.mentions(*_PASSWORD_WORDS):
        return
    for cue in list(_PASSWORD_CUE.finditer(scan.masked)):
        if scan.masked[max(0, cue.start() - 1) : cue.start()] == "[":
            continue  # the placeholder [PASSWORD] is no cue
        if re.search(
            r"(?:one[ -]time|eenmalige?) $",
            scan.masked[max(0, cue.start() - 10) : cue.start()],
            re.I,
        ):
            continue  # a one-time password is an OTP
        window_end = min(len(scan.masked), cue.end() + _PASSWORD_WINDOW)
        window = scan.masked[cue.end() : window_end]
        direct = re.match(r"\s?['\"‘“]?([^\s'\"’”]{3,40})", window)
        candidates = [direct] if direct else []
        candidates += list(_PASSWORD_VALUE.finditer(window))
        for match in candidates:
            value = match.group(1).rstrip(".,;:)")
            if value and _password_like(value):
                start = cue.end() + match.start(1)
                scan.take(start, start + len(value), "PASSWORD")


_OTP_VALUE = (
    r"(?<![\w.,/€$£#-])(?:G-)?(\d{3}[ -]?\d{3}|\d{2} \d{2} \d{2}|\d(?: \d){3,7}|\d{4,8})"
    r"(?![\w/:-]|[.,]\d| ?(?:€|euro|eur|kg|g|ml|cm|mm|x)\b)"
)
# "code 4021 on the display means ...": an error code
_NOT_ERROR_CODE = (
    r"(?! (?:op|on|in) (?:het|the|de) (?:display|scherm|screen)| (?:betekent|means|flashes"
    r"|knippert|verschijnt|appears))"
)
# what a one-time code is called: "code", "OTP", "2FA", "TAN", and compounds that say what the
# code is for ("verificatiecode", "sms-code", "inlogcode", "Bestätigungscode", "login code")
_OTP_KIND = (
    r"(?:verificatie|verification|verifizierungs|inlog|login|log-in|aanmeld|anmelde|bevestigings"
    r"|confirmation|bestätigungs|activerings|activatie|activation|aktivierungs|authenticatie"
    r"|authentication|authentifizierungs|authenticator|toegangs|access|controle|koppel|pairing"
    r"|reset|herstel|recovery|backup|back-up|sicherheits|einmal|zugangs|freischalt|sms|text"
    r"|e-?mail|otp|2fa|mfa|tfa|2-?factor|two-factor|twee-?factor|tweestaps|one-time|one time"
    r"|eenmalige?|security|beveiligings)"
)
_OTP_CUE = (
    r"(?:(?<!\w)(?:code|otp|2fa|(?:m|sms-?|push|chip)?tan|pin|mfa)|(?<!\w)"
    + _OTP_KIND
    + r"[- ]?(?:code|tan|pin|password|wachtwoord|passwort|kennwort)"
    r"|verificatie|verification|beveiligingscode per sms|authenticator|security code per sms"
    r"|einmalpasswort|einmalkennwort)s?\b"
)
_OTP = re.compile(
    r"(?<!\[)"  # a placeholder ([OTP], [PASSWORD]) is no cue
    + _OTP_CUE
    + r"[^\d\n!?\[]{0,60}?"  # not across a placeholder: redacting twice changes nothing
    + _OTP_VALUE
    + _NOT_ERROR_CODE
    + r"(?:[^\d\n]{1,20}?"
    + _OTP_VALUE
    + r")?",
    re.IGNORECASE,
)
# asked in one turn, answered on its own in the next: "Agent: what's the code?" /
# "Customer: 482913" (a label and a few words may lead, little may follow)
_OTP_NEXT_LINE = re.compile(
    r"(?<!\[)"
    + _OTP_CUE
    + r"[^\n\d]{0,80}\n(?:[^\n\d:]{1,30}:)?[^\n\d]{0,25}?"
    + _OTP_VALUE
    + r"[^\n\d]{0,12}$",
    re.IGNORECASE | re.MULTILINE,
)
# once a code is talked about, the next one: "nieuwe is 771204", "the new one: 118 204"
_OTP_FOLLOW = re.compile(
    r"\b(?:nieuwe|new|andere|another|other|volgende|next|tweede|second|laatste|latest|last)\b"
    r"(?: one| ones| code| codes)?[^\w\n]{0,3}(?:(?:is|was|are|zijn|:|=)\W{0,2})" + _OTP_VALUE,
    re.IGNORECASE,
)
# "ik kreeg 551902 per sms", "got 551902 by text"
_OTP_BY_MESSAGE = re.compile(
    _OTP_VALUE + r" (?:via|per|by|in) (?:sms|text|e-?mail|de app|the app|whatsapp)\b", re.IGNORECASE
)
_ORDER_WORD = re.compile(
    r"\b(?:bestel\w*|order\w*|nr|nummer|number|no|factuur|invoice|klant\w*|account|id|ticket)\b|#",
    re.IGNORECASE,
)
_OTP_MORE = re.compile(r"[^\d\n.!?]{1,20}?" + _OTP_VALUE)
_OTP_BEFORE_CUE = re.compile(
    _OTP_VALUE + r" (?:is|was) (?:de|mijn|the|my|your|je|jouw|uw|dein|ihr) (?:\w+ ){0,2}"
    r"(?:\w*code|otp|pin|\w*tan)\b",
    re.IGNORECASE,
)
_NOT_OTP_BEFORE = re.compile(
    r"(?:fout|error|foutmelding|discount|korting|kortings|promo|actie|retour|return|status"
    r"|http|product|artikel|item|ean|qr|bar|zip|post|tracking|track|order|kleur|colour|color"
    r"|u\.?s\.?|civil|penal|tax|federal|state|postal|area|country|land|trace)"
    r"[- ]?$",
    re.IGNORECASE,
)


_FOUR_DIGITS = re.compile(r"\d(?:[ -]?\d){3}")
_CODE_HINT = re.compile(r"cod|otp|2fa|tan|pin|verific|auth|mfa|sms|text|e-?mail|app|passw", re.I)


def _code_cue_ok(text: str, start: int, value_start: int) -> bool:
    """Not a discount, error, post or order code, and no order word between cue and value."""
    if _NOT_OTP_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    return not _ORDER_WORD.search(text[start:value_start])  # "code werkt niet, bestelling 66"


def take_codes(scan: Scan) -> None:
    text = scan.masked
    if not _FOUR_DIGITS.search(text) or not _CODE_HINT.search(scan.lower):
        return
    for match in list(_OTP.finditer(text)):
        if not _code_cue_ok(text, match.start(), match.start(1)):
            continue
        for group in (1, 2):
            if match.group(group):
                scan.take(match.start(group), match.end(group), "OTP")
    if "\n" in text:
        for match in list(_OTP_NEXT_LINE.finditer(scan.masked)):
            question_end = text.index("\n", match.start())
            if _code_cue_ok(text, match.start(), question_end):
                scan.take(match.start(1), match.end(1), "OTP")
    scan.take_all(_OTP_BEFORE_CUE, "OTP", 1)
    scan.take_all(_OTP_BY_MESSAGE, "OTP", 1)
    if any(f.kind == "OTP" for f in scan.found):
        scan.take_all(_OTP_FOLLOW, "OTP", 1)
    # more codes in the same breath: "eerst 551 902, daarna 118 204 en toen 220 518"
    for found in [f for f in scan.found if f.kind == "OTP"]:
        more = _OTP_MORE.match(scan.masked[found.end : found.end + 40])
        if more:
            scan.take(found.end + more.start(1), found.end + more.end(1), "OTP")


# --------------------------------------------------------------------------- IP, plates

_IPV4 = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![\w]|\.\d)"
)
_IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::?[0-9A-Fa-f]{1,4}){1,7})(?![\w:])"
)
_VERSION_BEFORE = re.compile(
    r"(?:versie|version|versión|firmware|update|release|build|v|ver)\.?\s?(?:naar|to|van|from)?\s?$",
    re.IGNORECASE,
)


_IP_HINT = re.compile(r"\d\.\d|:[0-9a-fA-F]*:")


def take_ips(scan: Scan) -> None:
    text = scan.masked
    if not _IP_HINT.search(text):
        return
    for match in list(_IPV4.finditer(text)):
        if _VERSION_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        scan.take(match.start(), match.end(), "IP")
    if "::" in text or text.count(":") >= 5:
        for match in list(_IPV6.finditer(scan.masked)):
            try:
                ipaddress.IPv6Address(match.group())
            except ValueError:
                continue
            scan.take(match.start(), match.end(), "IP")


# Dutch licence plates: the side codes (letter/digit groups) with dashes.
_PLATE_SHAPES = {
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
}  # fmt: skip
_PLATE = re.compile(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])")


def _shape(code: str) -> str:
    return "".join("D" if c.isdigit() else "L" if c.isalpha() else c for c in code)


_PLATE_HINT = re.compile(r"[A-Z0-9]-[A-Z0-9]")


def take_plates(scan: Scan) -> None:
    if not _PLATE_HINT.search(scan.masked):
        return
    for match in list(_PLATE.finditer(scan.masked)):
        code = match.group()
        if len(code) == 8 and _shape(code) in _PLATE_SHAPES:
            scan.take(match.start(), match.end(), "PLATE")
