"""Values read out as number words, as in transcribed calls: "four five three two, zero one
eight four, ..." (a card), "oh nine slash twenty seven" (an expiry), "nul acht twee" (a CVV),
"star one nine nine zero" (a door code). ``spoken_values`` turns each run of three or more
number words into the digits said, so the card check and the learned step can judge it like
a written value; ``take_spoken_cards`` takes runs that are valid card numbers (IBANs spelled
out with their letters are in ``spelled``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest.redact.national_ids import CUE_STEMS, NATIONAL_CUE, NOT_THIS, digits_ok
from assistant.ingest.redact.numbers import bsn_ok, luhn_ok, ssn_ok
from assistant.ingest.redact.scan import Scan

_UNITS = {
    "zero": 0, "oh": 0, "nought": 0, "nul": 0, "one": 1, "een": 1, "één": 1, "eén": 1, "two": 2,
    "twee": 2, "three": 3, "drie": 3, "four": 4, "vier": 4, "five": 5, "vijf": 5, "six": 6,
    "zes": 6, "seven": 7, "zeven": 7, "eight": 8, "acht": 8, "nine": 9, "negen": 9,
    # German, as German customers read a number out ("vier" and "acht" are the Dutch words)
    "null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "fünf": 5, "fuenf": 5, "sechs": 6,
    "sieben": 7, "neun": 9,
    # French, as Belgian customers slip into it ("negen acht vier sept")
    "zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "tien": 10, "elf": 11,
    "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "zehn": 10, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90, "zwanzig": 20, "dreißig": 30,
    "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90,
}  # fmt: skip
_SYMBOLS = {"star": "*", "sterretje": "*", "hash": "#", "hekje": "#", "slash": "/"}
# in a number read out in groups: "oh seven seven double oh, nine hundred, five one two"
_HUNDRED = {"hundred": "00", "honderd": "00"}
REPEATS = {"double": 2, "dubbel": 2, "dubbele": 2, "triple": 3, "driedubbel": 3}

_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# the words for one digit, in English, Dutch and German ("oh", "nul", "null", "eins", ...)
DIGIT_WORDS = frozenset(_UNITS)
_NL_UNIT = "een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen"
_DE_UNIT = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_TEN = "|".join(_TENS)
_WORD = (  # also German's "achtundzwanzig"
    rf"(?:(?:{_NL_UNIT})-?[eë]n-?(?:{_TEN})|(?:{_DE_UNIT})und(?:{_TEN})"
    rf"|(?:{_TEN})(?:[- ](?:{_UNIT}))?"
    rf"|{'|'.join(_TEENS)}|{_UNIT}|{'|'.join(_SYMBOLS)}|{'|'.join(_HUNDRED)}"
    rf"|(?:{'|'.join(REPEATS)})[ -](?:{_UNIT}))"
)
# between words: spaces, commas, dashes, or the pause a transcript writes as "...", maybe
# with a filler in it: "nul zes... vier zeven... eh... negen een"
# (after a pause only: "seven two six eh zeven twee zes" says one value twice)
_FILLER = r"(?:\.{2,3} ?|… ?)(?:eh|ehm|uh|uhm|um|erm)(?:\.{2,3}|…|,)? "
# a dash between groups too: "five three two eight – nine four four one – ...", "vier vijf
# drie twee - zeven acht een zes - ..."
SPOKEN_SEP = r"(?:" + _FILLER + r"|[ ,-]{1,2}| - |, | ?\.{2,3} ?| ?… ?| ?[–—] ?)"
_RUN = re.compile(
    rf"(?<![\w-])(?:{_WORD})(?:{SPOKEN_SEP}(?:{_WORD})){{2,24}}(?![\w-])", re.IGNORECASE
)
# a card's groups said as sentences of their own: "Twee twee twee drie. Eén nul nul vier. ..."
# (only where 13 to 19 digits pass the Luhn check)
_RUN_OF_SENTENCES = re.compile(
    rf"(?<![\w-])(?:{_WORD})(?:(?:{SPOKEN_SEP}|\. )(?:{_WORD})){{2,24}}(?![\w-])", re.IGNORECASE
)
_PIECE = re.compile(_WORD, re.IGNORECASE)
_SIMPLE = frozenset([*_UNITS, *_TEENS, *_TENS, *_SYMBOLS, *REPEATS, *_HUNDRED])
_GAP = re.compile(r"[ ,-]{1,3}| ?\.{2,3} ?| ?… ?| ?[–—] ?")
# "zevenenveertig", "achtundzwanzig"
_NL_COMPOUND = re.compile(rf"(?:{_NL_UNIT})[eë]n(?:{_TEN})|(?:{_DE_UNIT})und(?:{_TEN})")
_STRIP = ",.;:!?()\"'"
_NL_HYPHENS = re.compile(r"-([eë]n)-")


def maybe_spoken(text: str) -> bool:
    """Two number words in a row somewhere: a cheap test before the full pattern."""
    previous = False
    for word in text.lower().replace("-", " ").split():
        word = word.strip(_STRIP)
        current = word in _SIMPLE or (len(word) > 9 and _NL_COMPOUND.fullmatch(word) is not None)
        if current and previous:
            return True
        previous = current
    return False


@dataclass(frozen=True)
class Spoken:
    start: int
    end: int
    value: str  # the digits (and * # /) said


def word_digits(word: str) -> str:
    """The digits ``word`` says ("twenty-seven": "27", "double oh": "00"), or "" when it says
    none; any word at all may come here (``_readings`` tries every token of a text)."""
    word = _NL_HYPHENS.sub(r"\1", word.lower())  # "drie-en-twintig": "drieentwintig"
    if word in _HUNDRED:
        return _HUNDRED[word]
    if word in _UNITS:
        return str(_UNITS[word])
    if word in _TEENS:
        return str(_TEENS[word])
    if word in _SYMBOLS:
        return _SYMBOLS[word]
    first, _, rest = word.replace("-", " ", 1).partition(" ")
    if first in REPEATS:
        return word_digits(rest) * REPEATS[first]
    for tens, value in _TENS.items():
        if word.startswith(tens):  # "twenty seven", "twenty-seven"
            unit = word[len(tens) :].strip(" -")
            if not unit:
                return str(value)
            return str(value + _UNITS[unit]) if unit in _UNITS else ""
        if word.endswith(tens):  # "zevenenveertig"; not "honderdnegenentwintig"
            unit = word[: -len(tens)]
            if unit[-2:] in ("en", "ën") and unit[:-2] in _UNITS:
                return str(value + _UNITS[unit[:-2]])
            if unit.endswith("und") and unit[:-3] in (*_UNITS, "ein"):  # "einundzwanzig"
                return str(value + _UNITS.get(unit[:-3], 1))
            return ""
    return ""


def spoken_values(text: str, run_pattern: re.Pattern[str] = _RUN) -> list[Spoken]:
    """Every run of three or more number words in ``text``, with the digits said."""
    if not maybe_spoken(text):
        return []
    out = []
    for run in run_pattern.finditer(text):
        start = run.start()
        lone = _LONE_BEFORE_DASH.match(run.group())
        if lone:  # "that's my old one – oh seven nine ...": the word before the dash is not said
            start += lone.end()
        said = text[start : run.end()]
        pieces = [piece.group() for piece in _PIECE.finditer(said)]
        if all(p.lower() == "null" for p in pieces):
            continue  # a field shown empty: "it shows null, null, null" (German zeros have company)
        value = "".join(word_digits(piece) for piece in pieces)
        if sum(c.isdigit() for c in value) >= 3:
            out.append(Spoken(start, run.end(), value))
    return out


# one number word, then a dash: the dash starts the value (groups of a value read out between
# dashes have two words or more, or several single ones: "nul zes – vijfenveertig – ...")
_LONE_BEFORE_DASH = re.compile(r"[^\W\d_]+ ?[–—] ?(?=(?:[^\W\d_]+[ ,]+){2})")


def take_spoken_cards(scan: Scan) -> None:
    """A card number read out: 13 to 19 digits that pass the Luhn check."""
    for spoken in spoken_values(scan.masked):
        if _card_digits(spoken.value):
            scan.take(spoken.start, spoken.end, "CARD")
    for spoken in spoken_values(scan.masked, _RUN_OF_SENTENCES):
        # the sentences that say the card, maybe among others ("... Drie negen één zeven. Nul
        # drie. Twee zeven.": the expiry said after it)
        sentences = _sentences(scan.masked, spoken.start, spoken.end)
        for i in range(len(sentences)):
            for j in range(len(sentences), i, -1):
                start, end = sentences[i][0], sentences[j - 1][1]
                if _card_digits(_said_digits(scan.masked[start:end])):
                    scan.take(start, end, "CARD")
                    break


def _card_digits(value: str) -> bool:
    return value.isdigit() and 13 <= len(value) <= 19 and luhn_ok(value)


def _said_digits(said: str) -> str:
    return "".join(word_digits(piece.group()) for piece in _PIECE.finditer(said))


_SENTENCE = re.compile(r"[^.]+(?:\.(?! )[^.]*)*")  # up to a ". "


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentences in ``text[start:end]``, split at ". "."""
    spans = []
    for part in _SENTENCE.finditer(text[start:end]):
        if part.group().strip():
            lead = len(part.group()) - len(part.group().lstrip())
            spans.append((start + part.start() + lead, start + part.end()))
    return spans


_ID_CUES = (
    ("BSN", re.compile(r"\b(?:bsn|burger ?service ?nummer|sofi-?nummer|citizen service num)", re.I),
     lambda d: len(d) == 9 and bsn_ok(d)),
    ("SSN", re.compile(r"\b(?:ssn|social security|social)\b", re.IGNORECASE),
     lambda d: len(d) == 9 and ssn_ok(d[:3], d[3:5], d[5:])),
    ("SSN", NATIONAL_CUE, lambda d: digits_ok(len(d))),  # PESEL, CPR, birth number ...
)  # fmt: skip


# the dash inside an ID said as a word: "one five zero three eight six, dash, two seven ..."
_DASH_SAID = re.compile(r",? (?:dash|hyphen|streepje|koppelteken|min|minus|slash),? ", re.I)


# a phone asked for after the ID's cue: "the PPS number ... / And a contact number in case we
# get cut off? / It's oh eight seven, ..."
_PHONE_ASKED = re.compile(
    r"\b(?:phone|telephone|mobile|contact number|callback|call you back|telefoon\w*|mobiel\w*"
    r"|gsm|terugbellen|bereiken)\b",
    re.IGNORECASE,
)


def _with_kinds(scan: Scan, lo: int, hi: int) -> str:
    """``scan.masked[lo:hi]`` with each ID taken in it written as its placeholder, as a second
    pass reads it: a BSN read out is the cue for the next one ("it's [BSN]" ... "and my wife's
    number is three five four, ...")."""
    out = scan.masked[lo:hi]
    for found in sorted(scan.found, key=lambda f: f.start, reverse=True):
        if found.kind in ("BSN", "SSN") and lo <= found.start and found.end <= hi:
            out = out[: found.start - lo] + f"[{found.kind}]" + out[found.end - lo :]
    return out


def take_spoken_ids(scan: Scan) -> None:
    """A BSN, a US social security number or another country's national ID number read out
    after its cue (within a turn or two): "BSN vijf twee zeven, een negen vier, acht zes
    vier", "your national identity number" / "one two zero three eight five, four four ..."."""
    if not scan.mentions("bsn", "burger", "sofi", "ssn", "social", "citizen service", *CUE_STEMS):
        return
    said = spoken_values(scan.masked)
    starts = {s.start: s for s in said}
    for spoken in said:
        if not spoken.value.isdigit():
            continue
        before = _with_kinds(scan, max(0, spoken.start - 160), spoken.start)
        for kind, cue, valid in _ID_CUES:
            cues = list(cue.finditer(before)) if valid(spoken.value) else []
            if (
                cues
                and not (cue is NATIONAL_CUE and NOT_THIS.search(before, cues[-1].end()))
                and not _PHONE_ASKED.search(before, cues[-1].end())
            ):
                end = spoken.end
                dash = _DASH_SAID.match(scan.masked, end)
                if dash and dash.end() in starts:  # its tail after a dash said as a word
                    end = starts[dash.end()].end
                scan.take(spoken.start, end, kind)
                break
