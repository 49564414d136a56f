"""Values spelled out letter by letter, as in transcribed calls: a plate ("seven K R X two
one nine", "ge ka vier vijf zes bee"), a postcode ("C F ten, four A Z") or a surname
("D-E-L-A-C-R-O-I-X"), each only right after its cue (in the same turn, or as the answer on
the next line) and only when what was spelled has the value's shape; and an IBAN read out
with its letters, only when it passes mod 97 at its country's length."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.ingest.redact.ibans import iban_length, iban_ok
from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.national_ids import NI_CUE
from assistant.ingest.redact.plates import IE_COUNTY, IE_YEAR
from assistant.ingest.redact.scan import Scan
from assistant.ingest.redact.spoken_digits import REPEATS, maybe_spoken, word_digits

# letter names as English and Dutch speakers say them; words that are also common words
# ("see", "you", "why", "oh") are left out, a single letter always counts
_LETTER_NAMES = {
    "bee": "B", "be": "B", "cee": "C", "ce": "C", "dee": "D", "de": "D", "eff": "F", "ef": "F",
    "gee": "G", "ge": "G", "aitch": "H", "ha": "H", "ie": "I", "jay": "J", "je": "J", "jee": "J",
    "kay": "K", "ka": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "pe": "P", "kuu": "Q",
    "ar": "R", "er": "R", "ess": "S", "es": "S", "tee": "T", "te": "T", "vee": "V", "ve": "V",
    "wee": "W", "we": "W", "ex": "X", "iks": "X", "ix": "X", "zed": "Z", "zee": "Z", "ze": "Z",
    "zet": "Z", "ij": "Y", "ee": "E",
}  # fmt: skip
# the spelling alphabets read out on the phone: "Lima Bravo one nine, X-ray Kilo Tango"
_SPELLING_ALPHABET = {
    word: word[0].upper()
    for word in (
        "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima"
        " mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky"
        " x-ray xray yankee zulu"
        # the Dutch one: "Gerard Karel zes acht zes Simon"
        " anton bernard cornelis dirk eduard ferdinand gerard hendrik izaak johan karel"
        " lodewijk marie nico otto pieter quotiënt richard simon theodoor utrecht willem"
        " xantippe ypsilon zaandam"
    ).split()
}
_TOKEN = re.compile(r"[^\W\d_](?:-[^\W\d_])+(?![\w-])|[^\W\d_]+(?:-[^\W\d_]+)?|\d+")
_HYPHENED_LETTERS = re.compile(r"[^\W\d_](?:-[^\W\d_])+")
_GAP = re.compile(r"[ ,.-]{1,4}|… ?")  # "four A Z", "N-L, zeven", "two... five"

_PLATE_CUE = re.compile(
    r"(?<!\[)\b(?:kenteken\w*|nummerplaat|nummerbord|plate|reg(?:istration)?|kennzeichen)\b",
    re.IGNORECASE,
)
_POSTCODE_CUE = re.compile(
    # not a file's extension: "sync_20240307.zip"
    r"(?<!\[)\b(?:postcode|post code|postal code|(?<!\.)zip(?: ?code)?|eircode)\b",
    re.IGNORECASE,
)
_UK_NI = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
_UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
_NL_POSTCODE = re.compile(r"[1-9]\d{3}[A-Z]{2}")
_EIRCODE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}")
_NAME_CUE = re.compile(r"(?<!\[)\b(?:name|naam|spell\w*|spel\w*|surname|achternaam)\b", re.I)
_SPELLED_NAME = re.compile(r"(?<![\w-])(?:[A-Z](?:[- .][A-Z]){3,}|[a-z](?:-[a-z]){3,})(?![\w-])")


# two capitals that say something else: "OK, one two three", "UK, ...", "a 2 0 1 8 VW Golf"
_TWO_LETTERS = frozenset(
    "OK UK US EU TV PC ID OR IF IT IS AN AT BE DO GO HE HI IN ME MY NO OF ON SO TO UP WE VW"
    " GB NL".split()
)


def _reading(token: str) -> str:
    """What a spoken token spells: a letter, digits, or "" for any other word."""
    if token.isdigit():
        return token
    if len(token) == 1 and token.isalpha():
        return token.upper()
    if _HYPHENED_LETTERS.fullmatch(token):  # "k-l"
        return token.replace("-", "").upper()
    lower = token.lower()
    reading = _LETTER_NAMES.get(lower) or _SPELLING_ALPHABET.get(lower) or word_digits(lower)
    if not reading and "-" in token:  # "L-S-six, four-B-W": letters and number words joined
        parts = [_reading(part) for part in token.split("-")]
        reading = "".join(parts) if all(parts) else ""
    return reading


def _plate_ok(value: str) -> bool:
    letters = sum(c.isalpha() for c in value)
    return (
        (5 <= len(value) <= 8 and letters >= 2 and len(value) - letters >= 2)
        or _DE_SPELLED.fullmatch(value) is not None
        or _IE_SPELLED.fullmatch(value) is not None
    )


# a German plate read out whole, its district, letters and year: "K L E, M S, negentien
# achtenzeventig" (KLE MS 1978)
_DE_SPELLED = re.compile(r"[A-Z]{1,3}[A-Z]{1,2}\d{4}")


# an Irish plate read out: "reg one nine two, D, one eight seven three four" (192-D-18734)
_IE_SPELLED = re.compile(IE_YEAR + IE_COUNTY + r"\d{1,6}")


def _postcode_ok(value: str) -> bool:
    return bool(
        _UK_POSTCODE.fullmatch(value) or _NL_POSTCODE.fullmatch(value) or _EIRCODE.fullmatch(value)
    )


# a letter named by a word that starts with it: "G als Gerard", "B as in Bravo"
_LETTER_AS = re.compile(
    r" (?:als in|als|as in|as|for|voor|van|wie|comme) ([^\W\d_]+(?:-[^\W\d_]+)?)", re.I
)  # "B als in Bernard", "K van Karel"
# a dash said between the parts: "G als Gerard, T als Theo, streepje, vier zes acht"
_DASH_WORDS = frozenset(
    ("streepje", "streep", "dash", "hyphen", "koppelteken", "minteken", "bindestrich", "tiret")
)


def _two_letters(token: str) -> bool:
    return len(token) == 2 and token.isalpha() and token.isupper() and token not in _TWO_LETTERS


def _beside_said_number(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether a number said in words stands right before or after token i."""
    return any(
        0 <= j < len(tokens) and tokens[j].group().isalpha() and word_digits(tokens[j].group())
        for j in (i - 1, i + 1)
    )


def _runs(scan: Scan, pos: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Runs of spelled tokens (letters, digits, number words; only spaces, commas, dashes or
    a dash said between) in ``scan.masked[pos:end]``; a letter after an apostrophe ("it's")
    is none; a letter with the word that names it ("G als Gerard") is one token."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    last = skip_to = pos  # the end of the run so far (or of a dash said after it)
    repeat = 0  # "double" or "triple" said before the next digit
    tokens = list(_TOKEN.finditer(scan.masked, pos, end))
    for i, match in enumerate(tokens):
        if match.start() < skip_to:
            continue  # the word that named the letter before
        after_apostrophe = match.start() > 0 and scan.masked[match.start() - 1] in "'’"
        reading = "" if after_apostrophe else _reading(match.group())
        token_end = match.end()
        if _two_letters(match.group()) and _beside_said_number(tokens, i):
            reading = match.group()  # two letters said as one group among numbers said in
            # words: an Irish county's "KY", an NI number's "JT" (not a code written whole,
            # "7281-HJ", a postcode, "9711 LD", or a state, "CA 95819")
        if repeat and len(reading) == 1:
            reading *= repeat  # "double four": "44"
        repeat = 0
        if match.group().lower() in REPEATS and run:
            repeat = REPEATS[match.group().lower()]
            last = match.end()
            continue
        if len(reading) == 1 and reading.isalpha():
            named = _LETTER_AS.match(scan.masked, token_end, end)
            if named and named.group(1)[0].upper() == reading:
                token_end = skip_to = named.end()
        joined = run and _GAP.fullmatch(scan.masked, last, match.start())
        if joined and match.group().lower() in _DASH_WORDS:
            last = match.end()
            continue
        if run and (not reading or not joined):
            runs.append(run)
            run = []
        if reading:
            run.append((match.start(), token_end, reading))
            last = token_end
    if run:
        runs.append(run)
    return runs


_WRITTEN_PART_BEFORE = re.compile(r"(?<![\w-])[A-Z]{3,4} $")


def _spelled(scan: Scan, pos: int, end: int, ok: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Every stretch of a run in ``scan.masked[pos:end]`` that spells a value passing ``ok``,
    the longest from each start: "it's C F ten, four A Z" spells CF10 4AZ. Whole lines are
    read, not a number of characters, so a second pass over placeholders finds the same."""
    out = []
    for run in _runs(scan, pos, end):
        i = 0
        while i < len(run):
            start = run[i][0]
            if (
                start > 1 and scan.masked[start - 1] == "-" and scan.masked[start - 2].isalnum()
            ) or _WRITTEN_PART_BEFORE.search(scan.masked, max(0, start - 6), start):
                i += 1  # the tail of a code written whole: "kenteken GX-512-K, de auto",
                continue  # "kenteken is NTD 59 Z, N van Nico, ..." (its letters spelled after)
            for j in range(len(run), i + 1, -1):
                value = "".join(t[2] for t in run[i:j])
                if value.isalnum() and not value.isalpha() and not value.isdigit() and ok(value):
                    out.append((run[i][0], run[j - 1][1]))
                    i = j
                    break
            else:
                i += 1
    return out


def _spoken_digit_postcodes(scan: Scan, pos: int, end: int) -> list[tuple[int, int]]:
    """A German, Belgian or American postcode read out digit by digit: "postcode is six three
    zero six seven"; the whole run is the postcode, or it is something else (a phone)."""
    out = []
    for run in _runs(scan, pos, end):
        value = "".join(t[2] for t in run)
        if len(run) >= 3 and value.isdigit() and 4 <= len(value) <= 5:
            out.append((run[0][0], run[-1][1]))
    return out


def _after_cue(scan: Scan, cue: re.Pattern[str], kind: str, ok: Callable[[str], bool]) -> None:
    """Values spelled in the rest of the cue's line and in the next line (the answer), and in
    the line after a short answer (read back: "KLE-MS 1978." / "K L E, M S, ...")."""
    for match in list(cue.finditer(scan.masked)):
        line_end = scan.masked.find("\n", match.end())
        line_end = len(scan.masked) if line_end < 0 else line_end
        next_end = scan.masked.find("\n", line_end + 1)
        next_end = len(scan.masked) if next_end < 0 else next_end
        if line_end < next_end and _SHORT_ANSWER.fullmatch(scan.masked, line_end + 1, next_end):
            after = scan.masked.find("\n", next_end + 1)
            next_end = len(scan.masked) if after < 0 or next_end == len(scan.masked) else after
        found = _spelled(scan, match.end(), next_end, ok)
        if kind == "POSTCODE":
            found += _spoken_digit_postcodes(scan, match.end(), next_end)
        for start, end in found:
            if kind == "POSTCODE" and (house := _house_number_after(scan, end)):
                scan.take(start, house, "ADDRESS")  # postcode and house number: an address
            else:
                scan.take(start, end, kind)


# an answer written whole, then read back on the next turn
# (a plate's letters and digits, maybe after a chat's time: "[09:14] Klant: KLE-MS 1978.")
_SHORT_ANSWER = re.compile(
    r"(?:\[?\d{1,2}:\d\d\]? *)?[^\n:]{1,30}:[ \t]*"
    r"(?=[A-Z0-9 -]*[A-Z])(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{3,10}[.!]?[ \t]*"
)
_FILLERS = frozenset(("eh", "uh", "ehm", "um", "nummer", "huisnummer", "number", "nr"))


def _house_number_after(scan: Scan, end: int) -> int:
    """End of a house number said right after ``end`` ("... ka el eh drieëntwintig"), also
    digit by digit ("huisnummer twee één negen"), or 0."""
    pos, number = end, ""
    for match in _TOKEN.finditer(scan.masked, end, min(len(scan.masked), end + 60)):
        gap = scan.masked[pos : match.start()]
        word = match.group().lower()
        digits = word if word.isdigit() else word_digits(word)
        if number:  # one more digit said on its own, up to four
            if gap != " " or len(digits) != 1 or not digits.isdigit() or len(number) == 4:
                break
            number, pos = number + digits, match.end()
            continue
        if not _GAP.fullmatch(gap):
            return 0
        if word in _FILLERS:
            pos = match.end()
            continue
        if not (digits.isdigit() and len(digits) <= 4):
            return 0
        number, pos = digits, match.end()
    return pos if number else 0


# an NI number's letters said around its digits, which another rule took as read out:
# "JT, [four eight, two two, nine one], B"
_NI_LETTERS_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{2}|[A-Z] [A-Z]),? $")
_NI_LETTER_AFTER = re.compile(r",? [A-D](?![\w-])")


def _ni_letters_around(scan: Scan) -> None:
    for index, found in enumerate(scan.found):
        if found.kind != "SSN" or not NI_CUE.search(scan.masked, 0, found.start):
            continue
        before = _NI_LETTERS_BEFORE.search(scan.masked, max(0, found.start - 6), found.start)
        after = _NI_LETTER_AFTER.match(scan.masked, found.end)
        if before and after:
            scan.grow(index, before.start(), after.end())


def take_spelled(scan: Scan) -> None:
    """National Insurance numbers, plates and postcodes spelled out after their cue; a surname
    spelled in capitals after a name cue."""
    if "NI" in scan.text or scan.mentions("national insurance"):  # "J T four eight ... B"
        _after_cue(scan, NI_CUE, "SSN", lambda value: bool(_UK_NI.fullmatch(value)))
        _ni_letters_around(scan)
    if scan.mentions("kenteken", "nummerpla", "nummerbord", "plate", "reg", "kennzeichen"):
        _after_cue(scan, _PLATE_CUE, "PLATE", _plate_ok)
    if scan.mentions("post", "zip", "eircode"):
        _after_cue(scan, _POSTCODE_CUE, "POSTCODE", _postcode_ok)
    if scan.mentions("name", "naam", "spel"):
        for match in list(_SPELLED_NAME.finditer(scan.masked)):
            line_start = scan.masked.rfind("\n", 0, match.start()) + 1
            previous_start = scan.masked.rfind("\n", 0, max(line_start - 1, 0)) + 1
            if _NAME_CUE.search(scan.masked, previous_start, match.start()):
                scan.take(match.start(), match.end(), "NAME")


# between an address and a number read out: a town and a state, not a sentence about a code
_NOT_TOWN = re.compile(
    r"\b(?:is|was|are|code|pin|number|nummer|phone|call|and|en|the|de|het|paid|betaald)\b|[\d.!?]",
    re.IGNORECASE,
)


# a Belgian postcode said as its thousands before the town: "Diestsestraat 214, drieduizend
# Leuven", "achtduizend vijfhonderd Kortrijk"
_NL_UNITS = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_WORD = re.compile(r"\w+")
_THOUSANDS_POSTCODE = re.compile(
    r",? (" + _NL_UNITS + r"? ?duizend(?:[ -]?" + _NL_UNITS + r"?honderd)?"
    r"(?:[ -]?(?:" + _NL_UNITS + r"(?:[eë]n\w+tig)?|tien|elf|twaalf|\w+tien|\w+tig))?)"
    r" (?=(?-i:[A-Z][a-zà-ÿ]{2,}))(?!(?:Euro|Dollar|Pond|Frank)\b)",
    re.IGNORECASE,
)


def take_spelled_after_streets(scan: Scan) -> None:
    """A postcode spelled out in the rest of an address's line, after its town: "flat two
    eighty six Moorland Road Leeds L S six one A T", "Dayton Ohio four five four zero nine";
    or a Belgian one said in thousands right after the street: "..., drieduizend Leuven"."""
    for address in [f for f in scan.found if f.kind == "ADDRESS"]:
        thousands = _THOUSANDS_POSTCODE.match(scan.masked, address.end)
        after = _WORD.match(scan.masked, thousands.end()) if thousands else None
        if thousands and after and after.group().lower() not in name_lists().common:
            scan.take(thousands.start(1), thousands.end(1), "POSTCODE")
        line_end = scan.masked.find("\n", address.end)
        line_end = len(scan.masked) if line_end < 0 else line_end
        for start, end in _spelled(scan, address.end, line_end, _postcode_ok):
            tokens = _TOKEN.findall(scan.masked, start, end)
            if len(tokens) >= 4 and not any(len(t) > 2 and t.isdigit() for t in tokens):
                scan.take(start, end, "POSTCODE")  # spelled, not "meter 09K-448120"
        if maybe_spoken(scan.masked[address.end : line_end]):
            for start, end in _spoken_digit_postcodes(scan, address.end, line_end):
                town = scan.masked[address.end : start]
                if not _NOT_TOWN.search(town) and not any(
                    c.isdigit() for c in scan.masked[start:end]
                ):
                    scan.take(start, end, "POSTCODE")


# ---------------------------------------------------------------------- IBANs spelled out

_IBAN_WORDS = ("iban", "rekening", "account", "bank", "refund", "terugbetal", "storten")


# a word said between the parts, standing for nothing
_SAID_BETWEEN = frozenset(("dan", "then", "daarna", "eh", "uh", "ehm", "uhm"))


def _readings(token: str) -> list[str]:
    """What a spoken token may stand for in an IBAN: digits, or letters ("rabo", and "en el"
    as Dutch speakers name N and L: "en el nul vier ing b ..." is NL04 INGB ...)."""
    lower = token.lower()
    if lower in _SAID_BETWEEN:
        return [""]  # "Die begint met NL, dan zesentachtig, I N G B, ..."
    if _HYPHENED_LETTERS.fullmatch(lower):  # "N-L", "k-l": letters said one by one
        return [lower.replace("-", "").upper()]
    digits = word_digits(lower.replace("-", " ")) if not lower.isdigit() else lower
    if digits and digits.isdigit():
        return [digits]
    if lower.isalpha() and len(lower) <= 4:
        named = _LETTER_NAMES.get(lower)
        return [lower.upper(), named] if named else [lower.upper()]
    return []


def _spelled_iban(readings: list[list[str]], words: list[str]) -> int:
    """How many tokens from the first make a valid IBAN (0: none). A Dutch number may take
    three of the words: "zes en twintig" is 26."""
    stack: list[tuple[int, str]] = [(0, "")]
    while stack:
        used, text = stack.pop()
        if len(text) >= 4:
            length = iban_length(text[:2])
            if not (text[:2].isalpha() and text[2:4].isdigit()) or len(text) > length:
                continue
            if len(text) == length:
                if iban_ok(text):
                    return used
                continue
        if used < len(readings):
            stack.extend((used + 1, text + reading) for reading in readings[used])
            if used + 2 < len(words) and words[used + 1].lower() in ("en", "ën"):
                said = word_digits(words[used] + "en" + words[used + 2])
                if len(said) == 2:
                    stack.append((used + 3, text + said))
    return 0


def take_spoken_ibans(scan: Scan) -> None:
    """An IBAN read out, letters and numbers ("G B three eight, B A R C, two zero ..."): taken
    only when it passes the mod-97 check at its country's length."""
    # (an IBAN written out in the text says one is about too, as its placeholder does on a
    # second pass: "N L eight nine, B U N Q, ... → NL89BUNQ...")
    about = scan.mentions(*_IBAN_WORDS) or any(f.kind == "IBAN" for f in scan.found)
    if not about or not maybe_spoken(scan.masked):
        return
    tokens = list(_TOKEN.finditer(scan.masked))
    readings = [_readings(t.group()) for t in tokens]
    i = 0
    while i < len(tokens):
        run_end = i
        while (
            run_end < len(tokens)
            and readings[run_end]
            and (
                run_end == i
                or _GAP.fullmatch(scan.masked, tokens[run_end - 1].end(), tokens[run_end].start())
            )
        ):
            run_end += 1
        words = [t.group() for t in tokens[i:run_end]]
        used = _spelled_iban(readings[i:run_end], words) if run_end - i >= 6 else 0
        if used:
            scan.take(tokens[i].start(), tokens[i + used - 1].end(), "IBAN")
            i += used
        else:
            i += 1
