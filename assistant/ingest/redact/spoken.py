"""Numbers written as words, as in transcribed calls and voicemails: phone numbers read out
digit by digit ("oh seven seven double oh nine ...", "nul zes een twee ...") and the pieces of
a spoken date ("the ninth of January nineteen ninety-five", "twaalf mei negentienvijftig")."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan
from assistant.ingest.redact.spoken_digits import DIGIT_WORDS, SPOKEN_SEP, spoken_values

_EN_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_EN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_EN_ORDINALS = (
    _EN_ORDINAL_UNITS + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    "|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_NL_UNITS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
_NL_TEENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_NL_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"

# "ninety-five", "fifty eight", "achtenzestig", "drieëntwintig"
EN_UNDER_100 = rf"(?:(?:{_EN_TENS})(?:[- ](?:{_EN_UNITS}))?|{_EN_TEENS}|{_EN_UNITS})"
_NL_UNDER_100 = rf"(?:(?:(?:{_NL_UNITS})[eë]n)?(?:{_NL_TENS})|{_NL_TEENS}|{_NL_UNITS})"

# a day of the month: "ninth", "twenty-first", "the 8th", "twaalf", "eenendertigste"
SPOKEN_DAY = (
    rf"(?:(?:twenty|thirty)[- ](?:{_EN_ORDINAL_UNITS})|{_EN_ORDINALS}|{EN_UNDER_100}"
    rf"|(?:{_NL_UNDER_100})(?:ste|de)?|eerste|derde|achtste)"
)
# a month, day or year said as a pair of digits: "oh-four", "zero-three", "nul vijf", "eleven"
SPOKEN_PAIR = rf"(?:(?:zero|oh|nul)[- ](?:{_EN_UNITS}|{_NL_UNITS})|{EN_UNDER_100}|{_NL_UNDER_100})"
# a year: "nineteen fifty-eight", "nineteen oh five", "two thousand and three", "eighty-nine",
# "negentienvijftig", "negentienhonderdachtenzestig", "tweeduizend drie", "achtenzestig"
SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)[- ](?:hundred|oh[- ](?:{_EN_UNITS})|{EN_UNDER_100})"
    rf"|two thousand(?: and)?(?: {EN_UNDER_100})?|{EN_UNDER_100}"
    rf"|(?:negentien|tweeduizend) ?(?:honderd ?)?(?:en ?)?(?:{_NL_UNDER_100})?|{_NL_UNDER_100})"
)

# a house number read out after its street ("Brugsesteenweg honderdtwaalf", "Waldstraße
# fourteen"); not "een"/"one", which is rarely a house number and often an article
SPOKEN_HOUSE_NUMBER = (
    rf"(?:(?:{_NL_UNITS})?honderd(?:en)?(?:{_NL_UNDER_100})?"
    rf"|(?!(?:een|één)\b){_NL_UNDER_100}"
    rf"|(?:(?:{_EN_UNITS}) hundred(?: and)? )?(?!one\b){EN_UNDER_100})"
)

# one digit's word, German too: "Null eins fünf zwei, drei vier ..."
_DIGIT_WORD = "(?:" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + ")"
_REPEAT = r"(?:(?:double|triple|dubbel|dubbele|driedubbel)[ -])?"
# a digit, or two read as one number, as Dutch speakers do ("nul zes, twaalf, vierendertig")
# ("nine hundred" in "oh seven seven double oh, nine hundred, five one two" is 900)
_GROUP = rf"(?:{_NL_UNDER_100}|{EN_UNDER_100}|{_DIGIT_WORD}|hundred|honderd)"
_GROUP_RE = re.compile(rf"(double|triple|dubbele?|driedubbel)[ -]|{_GROUP}", re.IGNORECASE)
_SPOKEN_PHONE = re.compile(
    r"(?<![\w-])(?:plus )?"
    + _REPEAT
    + _DIGIT_WORD
    + r"(?:"
    + SPOKEN_SEP
    + _REPEAT
    + _GROUP
    + r"){4,15}(?![\w-])",
    re.IGNORECASE,
)
_ZERO_FIRST = re.compile(r"plus |(?:(?:double|dubbele?)[ -])?(?:zero|oh|nought|nul|null)\b", re.I)
_HINTS = (
    "zero ",
    "oh ",
    "nought ",
    "nul ",
    "null ",
    "plus ",
    "zero-",
    "oh-",
    "nul-",
    "null,",
    "zero.",
    "oh.",
    "nul.",
)


def _digit_count(spoken: str) -> int:
    count = 0
    for match in _GROUP_RE.finditer(spoken):
        repeat = match.group(1)
        if repeat:
            count += 2 if repeat.lower() in ("triple", "driedubbel") else 1
        elif match.group().lower() not in DIGIT_WORDS:
            count += 2  # "twaalf", "vierendertig", "twenty-five"
        else:
            count += 1
    return count


# a North American number read out in its groups, after a phone word: "this number, four
# one two, five five five, zero one nine three"
_ONE = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_US_SPOKEN = re.compile(
    rf"\b(?:number|phone|call|reach|landline|cell|mobile|text)\b[^\n\d]{{0,40}}?"
    rf"(?<![\w-])((?:two|three|four|five|six|seven|eight|nine)[ -]{_ONE}[ -]{_ONE}, "
    rf"{_ONE}[ -]{_ONE}[ -]{_ONE}, {_ONE}[ -]{_ONE}[ -]{_ONE}[ -]{_ONE})(?![\w-])",
    re.IGNORECASE,
)


# a phone word in the turn before a number read out without its leading zero or trunk code;
# a bare "number" only before a Dutch mobile's nine digits (not an account's or an order's;
# "klantnummer" has no word start)
_PHONE_WORD = (
    r"\b(?:phone|mobiel\w*|mobile|cell|gsm|telefoon\w*|callback|call back|call me|landline"
    r"|whatsapp|bereikbaar|reach|contact ?(?:number|nummer|no\.?))\b"  # "A contact number for ..."
)
_NUMBER_WORD = (
    r"(?<!account )(?<!order )(?<!customer )(?<!policy )(?<!reference )(?<!case )(?<!member )"
    r"(?<!tracking )(?<!serial )(?<!meter )\b(?:nummer|number)\b"
)
_PHONE_CUE = re.compile(_PHONE_WORD, re.IGNORECASE)
_MOBILE_CUE = re.compile(_PHONE_WORD + "|" + _NUMBER_WORD, re.IGNORECASE)
_PHONE_CUE_WINDOW = 160


def _bare_phone_cue(digits: str) -> re.Pattern[str] | None:
    """What must come before a number read out without its 0: a Dutch mobile ("zes,
    vierenveertig, achtentachtig, ..."), or a North American number in full ("three one two,
    five five five, oh one seven seven")."""
    if len(digits) == 9 and digits[0] == "6":
        return _MOBILE_CUE
    if len(digits) == 9 and digits[0] in "5789":
        return _PHONE_CUE  # a Polish or Spanish mobile, after a word that says phone
    if len(digits) == 10 and digits[0] in "23456789":
        return _PHONE_CUE
    return None


# a Dutch mobile's eight digits read out, its "06" said after them: "negentien, dertig,
# zevenentachtig, drieëntwintig... oh, en nul zes ervoor natuurlijk"
_ZERO_SIX_AFTER = re.compile(
    r"[^\n]{0,40}?\b(?:nul zes|06|zero six|oh six) (?:ervoor|er voor|in front|before it)\b",
    re.IGNORECASE,
)


# ... or typed as digits before them
_ZERO_SIX_TYPED = re.compile(r"(?<![\w+-])06[ -]?$")
# an "oh" after a pause is a sigh, not a zero: "drieëntwintig... oh, en nul zes ervoor"
_TRAILING_OH = re.compile(r"(?:\.{2,3}|…|,)\s*oh$", re.IGNORECASE)


def _take_without_zero_six(scan: Scan, start: int, end: int, value: str) -> None:
    sigh = _TRAILING_OH.search(scan.masked, start, end)
    if sigh:
        end, value = sigh.start(), value[:-1]
    if len(value) == 8 and _ZERO_SIX_AFTER.match(scan.masked, end):
        scan.take(start, end, "PHONE")
        return
    typed = _ZERO_SIX_TYPED.search(scan.masked, max(0, start - 4), start)
    if len(value) == 8 and typed:  # "06 twaalf, vierendertig, negenenvijftig, nul één"
        scan.take(typed.start(), end, "PHONE")


def take_spoken_phones(scan: Scan) -> None:
    """A phone number read out digit by digit or in pairs: nine to thirteen digits, starting
    with zero ("oh", "nul") or "plus"; without it after a phone word in the turn before."""
    if scan.mentions("number", "phone", "call", "reach", "landline", "cell", "mobile", "text"):
        scan.take_all(_US_SPOKEN, "PHONE", 1)
    if scan.mentions("nummer", "number", "phone", "mobi", "cell", "gsm", "telefoon", "call",
                     "landline", "whatsapp", "bereikbaar", "reach", "ervoor"):  # fmt: skip
        for run in spoken_values(scan.masked):
            cue = _bare_phone_cue(run.value) if run.value.isdigit() else None
            before = scan.masked[max(0, run.start - _PHONE_CUE_WINDOW) : run.start]
            if cue and cue.search(before):
                scan.take(run.start, run.end, "PHONE")
            elif run.value.isdigit():
                _take_without_zero_six(scan, run.start, run.end, run.value)
    if not scan.mentions(*_HINTS):
        return
    for match in list(_SPOKEN_PHONE.finditer(scan.masked)):
        spoken = match.group()
        if _ZERO_FIRST.match(spoken) and 9 <= _digit_count(spoken) <= 13:
            scan.take(match.start(), match.end(), "PHONE")
