"""Values said again: an agent reading back what a caller spelled out ("dus 763 244 211"
after a BSN read out in words), a customer repeating a number with other separators. Once a
value is taken, every other run of the same digits in the text is taken as the same kind."""

from __future__ import annotations

import re

from assistant.ingest.redact.card_extras import EXPIRY_NAMED, SPOKEN_CARD_YEAR, SPOKEN_MONTH
from assistant.ingest.redact.lookalikes import CURRENCY_AFTER
from assistant.ingest.redact.national_ids import take_ids_with_birth_date
from assistant.ingest.redact.numbers import NON_DIGIT, o_as_zero
from assistant.ingest.redact.places import STREET_SUFFIX
from assistant.ingest.redact.plates import CAR_WORDS, YEAR, plate_like, product_code, value_shape
from assistant.ingest.redact.scan import CORRECTION, INSTEAD_OF, Scan
from assistant.ingest.redact.spoken_digits import spoken_values

# kinds whose digits say who someone is or open something; dates and postcodes are left out,
# since their digits recur as deliveries, sizes and years
_KINDS = frozenset(("IBAN", "SSN", "CARD", "CVV", "BSN", "PASSWORD", "OTP", "PHONE", "PLATE"))
_MIN_DIGITS = 4
_RUN = re.compile(
    # (digits said one by one may have a dash or a comma between groups: "6 2 9 – 4 1 8",
    # "1 8 3, 7 4 0, 2 5 7"; numbers in a list may not: "5821 - 5812 - 1258")
    r"(?<![\w.,/+-])(?:\d(?: \d)+(?:(?: [–—-] |, )\d(?: \d)+)+|\d(?:[ -]?\d)+)(?!\w|[.,/-]\d)"
)
# said in groups with commas, as a caller paces a number: "Sure, it's 527, 318, 646."
# a value read back to check it, short as a CVV may be: "Dus 0-4-7.", "So that's 2 7 9?"
_READ_BACK = re.compile(
    r"\b(?:dus|so|that's|that is|ik herhaal|i repeat|herhaal|repeat|confirm|bevestig)\W{0,3}$",
    re.IGNORECASE,
)
# or what starts a turn soon after the CVV: "Clerk (Tasha): 5-1-7, great." (not an amount or
# a number said to be something else: "Total: 120 EUR", "Agent: 645 is the room number?")
_TURN_START = re.compile(r"(?:^|\n)[^\n\d:]{1,30}:[ \t]*$")
_NOT_READ_BACK_AFTER = re.compile(
    r"\s*(?:" + CURRENCY_AFTER + r"|is|was|are|zijn|x)\b|\s*[€$£%]", re.IGNORECASE
)
_TURN_READ_BACK_REACH = 300
_COMMA_RUN = re.compile(r"(?<![\w.,/+-])\d{2,4}(?:, \d{2,4}){1,4}(?!\w|[.,/-]\d)")


def _digits_of(text: str) -> str:
    if _O_FOR_ZERO.fullmatch(text):
        text = o_as_zero(text)
    written = NON_DIGIT.sub("", text)
    if written:
        return written
    return "".join(NON_DIGIT.sub("", s.value) for s in spoken_values(text))


_O_FOR_ZERO = re.compile(r"(?=[\d ]*[Oo])(?=(?:[ Oo]*\d){4})[\dOo ]+")


# (a flat's number after a slash too: "ul. Mokotowska 12/4", then "Mokotowska 14/4")
_STREET_NUMBER = re.compile(r"^(.*[^\W\d_]{3,}) [1-9]\d{0,3}[a-z]?(?:/\d{1,4})?$")
_LOWER_STREET = re.compile(r"[a-zà-ÿ-]+" + STREET_SUFFIX)  # "merelstraat 14" / "merelstraat 16"
# a street's type in lower case before its name: "ulica Długa", "rue Lepic", "via Roma"
_TYPE_FIRST = re.compile(
    r"(?:ulica|ul\.|aleja|al\.|rue|via|calle|rua|strada) ([A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ].*)"
)


_FLAT_WORDS = frozenset(("flat", "apartment", "apt", "unit", "suite", "appartement", "woning"))


def _take_street_again(scan: Scan) -> None:
    """A street named again with another house number, as in a correction: "Er staat
    Zuiderdiep 118, moet zijn Zuiderdiep 181" (in lower case too: "merelstraat 16")."""
    streets: set[str] = set()
    for found in scan.found:
        if found.kind == "ADDRESS":
            match = _STREET_NUMBER.match(scan.text[found.start : found.end])
            if not match:
                continue
            name = match.group(1)
            if name.lower() in _FLAT_WORDS:
                continue  # a flat's number said again is no street: "Flat 2/1"
            if name[:1].isupper() or _LOWER_STREET.fullmatch(name):
                streets.add(name)
            elif typed := _TYPE_FIRST.match(name):
                streets.add(typed.group(1))  # "ulica Długa 17", then "Długa 17 m. 4"
    for name in streets:
        pattern = re.compile(
            r"(?<![\w-])"
            + re.escape(name)
            + r" [1-9]\d{0,3}[a-z]?(?: m\. ?\d{1,4}|/\d{1,4})?(?![\w/-])"
        )
        scan.take_all(pattern, "ADDRESS")


# a postcode and house number taken as an address, then its street said with the same number:
# "I live at 5611 AZ 40 now, that's Kleine Berg 40."
_POSTCODE_NUMBER = re.compile(r"\d{4} ?[A-Z]{2} (\d{1,4}[a-z]?)")
_STREET_SAID = re.compile(
    r"[^\n\d]{0,12}?\b(?i:that['’]s|that is|dat is|i\.e\.|namelijk|oftewel)[ ,:]+"
    r"(?:(?:the|de|het|on|op|aan) )?"
    r"((?:[A-ZÀ-Ý][\w'’-]+ ){1,3}(?:(?:nr\.?|no\.?|nummer|number) ?)?(\d{1,4})[a-z]?)(?![\w/-])"
)
# what bears a number and is no street: "that's Gate 5", "dat is Kantoor Unit 12"
_NOT_A_STREET = frozenset(
    "gate unit punt point pallet kantoor office box locker room kamer plek stand hall hal dock"
    " deur door platform perron spoor pier loods bay building gebouw floor verdieping etage"
    " block blok hangar terminal desk balie kassa lane baan row rij".split()
)


def _take_street_of_postcode(scan: Scan) -> None:
    for found in [f for f in scan.found if f.kind == "ADDRESS"]:
        number = _POSTCODE_NUMBER.fullmatch(scan.text, found.start, found.end)
        said = _STREET_SAID.match(scan.masked, found.end) if number else None
        if (
            number
            and said
            and re.sub(r"\D", "", number.group(1)) == said.group(2)
            and not any(w.lower() in _NOT_A_STREET for w in said.group(1).split())
        ):
            scan.take(said.start(1), said.end(1), "ADDRESS")


# an expiry said again in other words right after it: "november achtentwintig. Elf
# achtentwintig dus.", "11/26, dus december achtentwintig", "Oktober zevenentwintig. Dus tien
# zevenentwintig."
_EXPIRY_RESTATED = re.compile(
    r"[ \t]*[.,;]?[ \t]*(?:(?:dus|so|i mean|that's|that is|oftewel|or|of)\W{1,2})?("
    + SPOKEN_MONTH
    + r",? (?:"
    + SPOKEN_CARD_YEAR
    + r")|"
    + EXPIRY_NAMED
    + r"|(?:0?[1-9]|1[0-2]) ?/ ?(?:20)?\d\d)(?=[ \t]*(?:dus|so)?[ \t]*(?:[.,!?]|$))",
    re.IGNORECASE | re.MULTILINE,
)


# the month by name and the year in words, read back on another turn: "twelve twenty-six. no
# sorry ... ten twenty-seven" / "Agent: October twenty-seven, and the security code?"
_EXPIRY_READ_BACK = re.compile(
    r"(?<![\w-])(?:jan|feb|mar|maart|apr|may|mei|jun|jul|aug|sep|oct|okt|nov|dec)[a-z]*\.?,? (?:"
    + SPOKEN_CARD_YEAR
    + r")(?![\w-])",
    re.IGNORECASE,
)


def _take_expiry_restated(scan: Scan) -> None:
    expiries = [f for f in scan.found if f.kind == "EXPIRY"]
    for found in expiries:
        match = _EXPIRY_RESTATED.match(scan.masked, found.end)
        if match:
            scan.take(match.start(1), match.end(1), "EXPIRY")
    if expiries and "\n" in scan.text:  # a call's transcript
        scan.take_all(_EXPIRY_READ_BACK, "EXPIRY")


# a value read out in words and said again word for word: "En uw postcode" / "zeven acht twee
# nul ef ha" / "zeven acht twee nul ef ha, ja ik zie u staan"
_SAID_AGAIN_KINDS = frozenset((*_KINDS, "POSTCODE", "EXPIRY", "BIRTH_DATE"))


def _take_words_again(scan: Scan) -> None:
    said = {
        (scan.text[f.start : f.end].lower(), f.kind)
        for f in scan.found
        if f.kind in _SAID_AGAIN_KINDS
        and f.end - f.start >= 12
        # (an expiry of two words read back: "eleven twenty-seven")
        and (scan.text.count(" ", f.start, f.end) >= 2 or f.kind == "EXPIRY")
        and not any(c.isdigit() for c in scan.text[f.start : f.end])
    }
    for words, kind in said:
        # (maybe with a comma where the first had none: "eleven twenty-seven" / "Eleven,
        # twenty-seven")
        spaced = r",?\s+".join(re.escape(w) for w in words.replace(",", " ").split())
        pattern = re.compile(r"(?<![\w-])" + spaced + r"(?![\w-])", re.IGNORECASE)
        scan.take_all(pattern, kind)


# a value corrected by one of the same shape: "It says KJT482917... no wait, sorry, KJT482971"
# also digits said one by one: "5 8 1 6... nee sorry, 5 1 8 6", or with a few words between:
# "I think I set 1357 years ago. no wait it was 1537"
# (three characters too, as a CVV has: "cvv 481 wait no 418")
_CORRECTABLE = r"(?<![\w-])(?<!\d )(\d(?: \d){2,7}|[A-Za-z0-9][A-Za-z0-9-]{2,30})(?![\w-])"
_CORRECTED = re.compile(
    # (the first with a digit, as ``_take_pair`` wants: a quick test at each word's start)
    r"(?=[A-Za-z-]{0,30}\d)"
    + _CORRECTABLE
    + r"(?:\.{2,3}|…|[^\d\n.!?]{1,40}[.!?]?)?"
    + CORRECTION
    + r"(?:(?:it|het|dat) was\W{1,2})?"
    + _CORRECTABLE
    # not an amount or a count after a code: "CVV 481. No sorry, that's 250 euros I was charged"
    + r"(?![ \t]?(?:[%€$£]|(?:"
    + CURRENCY_AFTER
    + r"|days?|dagen|weeks?|weken|months?|maanden|years?|jaar|points?|punten|procent|percent"
    r"|level|keer|times|x|items?|stuks)\b))",
    re.IGNORECASE,
)


# the right value beside the wrong one: "The correct one is 85.07.30-033.28, not
# 85.07.30-033.82", "niet 0612345678 maar 0612345687"
_VALUE = r"([A-Za-z0-9](?:[A-Za-z0-9-]|[./](?=\d)){3,30})(?![\w-])"
_RIGHT_NOT_WRONG = re.compile(
    r"(?<![\w-])"
    + _VALUE
    + r",? (?:and )?"
    + INSTEAD_OF
    + r" (?:the |de |het )?"
    + _VALUE
    + r"|\b(?:not|niet) (?:the |de |het )?"
    + _VALUE
    + r",? (?:but|maar) (?:the |de |het )?"
    + _VALUE,
    re.IGNORECASE,
)


def _take_corrected(scan: Scan) -> None:
    """The value a speaker corrects and the correction: both of the kind either was taken
    as, when they have the same shape."""
    kinds = {(f.start, f.end): f.kind for f in scan.found if f.kind in _KINDS}
    if not kinds:
        return  # a pair takes the kind one of its values was taken as: none here
    for match in list(_CORRECTED.finditer(scan.text)):
        _take_pair(scan, kinds, match, 1)
    for match in list(_RIGHT_NOT_WRONG.finditer(scan.text)):
        _take_pair(scan, kinds, match, 1 if match.group(1) else 3)


def _same_shape(first: str, second: str) -> bool:
    """Whether two values have one shape, a letter O typed for a zero read as the zero: "CVC:
    3O7 - sorry, that's 307"."""
    if value_shape(first) == value_shape(second):
        return True
    return value_shape(o_as_zero(first)) == value_shape(o_as_zero(second)) and any(
        c in "Oo" for c in first + second
    )


def _take_pair(scan: Scan, kinds: dict[tuple[int, int], str], match: re.Match[str], a: int) -> None:
    """Groups ``a`` and ``a + 1`` of ``match``: both as the kind either was taken as."""
    b = a + 1
    first, second = match.span(a), match.span(b)
    if not _same_shape(match.group(a), match.group(b)) or not any(
        c.isdigit() for c in match.group(a)
    ):
        return
    kind = kinds.get(first) or kinds.get(second)
    if not kind:
        return
    scan.take(*first, kind)
    scan.take(*second, kind)
    if kinds.get(second, kind) != kind and {kind, kinds[second]} <= _SECRETS:
        # the correction is of the kind of the value it corrects, which its cue named: "code
        # 7731 ingevuld denk ik. nee wacht het was 7713" (not a password by another step)
        index = next(i for i, f in enumerate(scan.found) if (f.start, f.end) == second)
        scan.widen(index, second[1], kind)


# the next turn says the value is another one: "[18:14] Mark: Ah no, it's 2583 now", "Nee,
# het is nu 4471"
_NO_ITS = re.compile(
    r"\A\n[^\n]{0,50}?:[ \t]+(?:(?:ah|oh|eh|uh|nou|oeps)[,.!]?[ \t]+)?(?:no|nope|nee|neen)[,.!]?"
    r"[ \t]+(?:it(?:'s| is)|het is|'t is|dat is|die is|is)[ \t]+(?:now[ \t]+|nu[ \t]+)?"
    r"([A-Za-z0-9][\w!@#$%&*+=?-]{2,30}?)(?:[ \t]+(?:now|nu))?(?=[.,!?]?(?:\s|$))",
    re.IGNORECASE,
)
# or corrects it with a star, as chats do: "code is 0619" / "sorry *0916, typo", "*0916"
_STARRED = re.compile(
    r"\A\n(?:[^\n]{0,50}?:[ \t]+)?(?:(?:sorry|sry|oops|oeps|eh|ik bedoel|i mean)[,.!]?[ \t]+)?"
    r"\*{1,2}[ \t]?([A-Za-z0-9][\w!@#$%&+=?-]{2,30}?)(?=[.,!?]?(?:\s|$))",
    re.IGNORECASE,
)
# or says which it meant, in the same speaker's next turn: "code 5520" / "oeps, 5502 bedoel ik"
# (or "oeps, ik bedoel 5502", "nee wacht, 5502"; not a question back: "5502 bedoel je?")
_MEANT = re.compile(
    r"\A\n(?:[^\n]{0,50}?:[ \t]+)?(?:(?:oeps|oops|sorry|sry|whoops|eh|uh)[,.!]?[ \t]+)*"
    r"(?:([A-Za-z0-9][\w!@#$%&+=?-]{2,30}?),?[ \t]+(?:bedoel ik|i meant|i mean|moet het zijn)"
    r"|(?:(?:nee|no)[,.!]?[ \t]+)?(?:(?:wacht|wait)[,.!]?[ \t]+|(?:ik bedoel|i mean|i meant)[,:]?"
    r"[ \t]+)(?:(?:nee|no)[,.!]?[ \t]+)?([A-Za-z0-9][\w!@#$%&+=?-]{2,30}?))"  # "wait no. 931."
    r"(?=[.,!]?(?:\s|$))",
    re.IGNORECASE,
)
# a chat line's speaker, after its date and time: "[12/03/25, 18:43] Sofia:", "Klant:"
_SPEAKER_OF_LINE = re.compile(r"(?:\[[^\]\n]{1,25}\] *)?([^\n:\[\]]{1,40}):[ \t]")


def _same_speaker(text: str, first_start: int, second_start: int) -> bool:
    """Whether two lines have the same speaker, or one of them names none."""
    first = _SPEAKER_OF_LINE.match(text, first_start)
    second = _SPEAKER_OF_LINE.match(text, second_start)
    return not (first and second) or first.group(1).strip() == second.group(1).strip()


_SECRETS = frozenset(("PASSWORD", "OTP", "CVV"))


def _take_next_turn_correction(scan: Scan) -> None:
    """A secret the next turn says is another value now: the new one of the same shape is
    of the same kind ("I thought it was 0419" / "Ah no, it's 2583 now", "sorry *0916")."""
    for found in [f for f in scan.found if f.kind in _SECRETS]:
        line_end = scan.masked.find("\n", found.end)
        if line_end < 0:
            continue
        match = _NO_ITS.match(scan.masked[line_end:])
        if not match:
            match = _STARRED.match(scan.masked[line_end:]) or _MEANT.match(scan.masked[line_end:])
            line_start = scan.masked.rfind("\n", 0, found.start) + 1
            if match and not _same_speaker(scan.text, line_start, line_end + 1):
                continue  # another's line: "Agent: *5531 is uw ticketnummer"
        old = scan.text[found.start : found.end]
        group = 2 if match and match.re is _MEANT and match.group(2) else 1
        if (
            match
            and value_shape(match.group(group)) == value_shape(old)
            and match.group(group) != old
        ):
            scan.take(line_end + match.start(group), line_end + match.end(group), found.kind)


# maybe with a short clause before the new value: "... o wacht, hij is net vernieuwd. Nul vier,
# ...", "ten, twenty-eight. No wait, that's my old one — ten twenty-nine."
# and the new value led in: "twee acht negen. O nee wacht, dat was de oude kaart. Deze heeft
# negen één zes."
_SPOKEN_CORRECTION = re.compile(
    CORRECTION + r"(?:[^\d\n.!?—–]{1,30}(?:[.!] +| ?[—–] *| - +))?"
    r"(?:(?:deze|die|de nieuwe|the new one|this one|it)(?: heeft| is| has| zegt| says)? +)?",
    re.IGNORECASE,
)
_SAID_IN_DIGITS = re.compile(r"\W{1,3}(\d(?:[ -]?\d)+)(?![\w-]|[.,/-]\d)")
# the correction typed in digits, maybe one by one with commas: "Nee sorry, 2-9-4", "No
# sorry, it's 3, 2, 7" (not an amount: "Nee sorry, 100 euro was het bedrag")
_WRITTEN_AGAIN = re.compile(
    r"(\d(?:(?:, ?|[ -])?\d)+)(?![\w-]|[.,/-]\d| ?(?:euros?|dollars?|pounds?|%|€|\$|£|(?i:"
    + CURRENCY_AFTER
    + r")\b))",
    re.IGNORECASE,
)


def _take_spoken_corrected(scan: Scan) -> None:
    """A value read out, corrected in the same breath by one read out with as many digits (a
    phone maybe without its country code), then maybe said in digits: "one zero one one five
    — no wait, sorry, one zero one one nine. 10119." All of the first one's kind."""
    for found in [f for f in scan.found if f.kind not in ("NAME", "EMAIL", "URL")]:
        correction = _SPOKEN_CORRECTION.match(scan.masked, found.end)
        if not correction or any(c.isdigit() for c in scan.text[found.start : found.end]):
            continue  # cheap tests first: most values are followed by no correction
        said = _digits_of(scan.text[found.start : found.end])
        if len(said) < 3:
            continue
        line_end = scan.masked.find("\n", correction.end())
        line_end = len(scan.masked) if line_end < 0 else line_end
        spoken = spoken_values(scan.masked[correction.end() : line_end])
        if not spoken or spoken[0].start != 0:  # maybe corrected in digits: "twee negen één.
            written = _WRITTEN_AGAIN.match(scan.masked, correction.end())  # Nee sorry, 2-9-4"
            if written and len(NON_DIGIT.sub("", written.group(1))) == len(said):
                scan.take(*written.span(1), found.kind)
            continue
        digits = len(NON_DIGIT.sub("", spoken[0].value))
        # a phone may be corrected without its country code again: "Plus four seven, nine two
        # one, ... three three zero... sorry, no, nine two one, ... three three six"
        if digits != len(said) and not (found.kind == "PHONE" and 6 <= digits < len(said)):
            continue
        start, end = correction.end(), correction.end() + spoken[0].end
        scan.take(start, end, found.kind)
        again = _SAID_IN_DIGITS.match(scan.masked, end)
        if again and NON_DIGIT.sub("", again.group(1)) == NON_DIGIT.sub("", spoken[0].value):
            scan.take(*again.span(1), found.kind)


# a log's old and new value of one field: "old=sso_s_44Hq9Lx2Vb7Ke0Pn new=sso_s_91Tc3Wm6..."
_OLD_NEW = re.compile(r"\b(?:old|prev|previous|oud)=([^\s=,;]{8,})[,;]? new=([^\s=,;]{8,})")


def _take_new_after_old(scan: Scan) -> None:
    """The new value of a log's field whose old value was taken, when both have one shape."""
    kinds = {(f.start, f.end): f.kind for f in scan.found}
    for match in list(_OLD_NEW.finditer(scan.text)):
        kind = kinds.get(match.span(1))
        if kind and value_shape(match.group(1)) == value_shape(match.group(2)):
            scan.take(*match.span(2), kind)


# letters and digits mixed, as a generated code has them ("7H29KQ"; not a word and a number,
# as a discount code is made: "ZOMER24")
_MIXED_CODE = re.compile(
    r"(?=[^\W_]*\d)(?=[^\W_]*[A-Za-z])(?![A-Za-z]{3,}\d*$)(?!\d*[A-Za-z]{3,}$)[^\W_]+"
)


def _take_said_again(scan: Scan, kind: str, flags: re.RegexFlag = re.NOFLAG) -> None:
    """A plate, a password or a one-time code named again as written: "lease one is NMT 47K" /
    "The fine was for NMT 47K"; a password also in other capitals: "it's now "pokemon_king_7"
    ... or with a capital: Pokemon_King_7"."""
    values = {scan.text[f.start : f.end] for f in scan.found if f.kind == kind}
    if kind == "OTP":  # a code of letters and digits passed on: "Ophaalcode: 7H29KQ." / "kun
        # jij het pakket ophalen? code is 7H29KQ" (digits alone are echoed below, as digits)
        values = {v for v in values if _MIXED_CODE.fullmatch(v)}
    if kind == "PLATE":  # also without its dashes or space: "8-KTR-52", then "Noted for
        # 8KTR52"; "kenteken KR 7C291", then "ik zet KR7C291 in de app"
        values |= {re.sub(r"[ -]", "", v) for v in values if "-" in v or " " in v}
    for value in values:
        if len(value) >= 5:
            pattern = re.compile(r"(?<![\w-])" + re.escape(value) + r"(?![\w-])", flags)
            scan.take_all(pattern, kind)


# what names a code as something else than a plate, a few words before it: "het ordernummer
# van de winterbanden is LB 20450", "the towing company reference is TW 88321", "terminal TB
# 20211", "Booking BK 20417", "Model year MY 20231"
_LABEL_BEFORE = re.compile(
    r"\b(?:\w*(?:number|nummer)|nr|no|ref\w*|order\w*|booking\w*|boeking\w*|reserv\w*|terminal"
    r"|gate|invoice|factuur|part|onderdeel|artikel|article|item|sku|voucher|flight|vlucht|model"
    r"|year|jaar|route|zaak\w*|dossier\w*|ticket\w*|case|klant\w*|customer|account|id|code"
    r"|serial|serie\w*|batch|lot|tracking|zending|werkorder\w*|polis|policy|claim|schade\w*"
    r"|slot|afspraak|appointment)\b[^\n]{0,25}$",
    re.IGNORECASE,
)
# a code in capitals and digits, in up to three groups, as a plate is written
_CODE = re.compile(r"(?<![\w-])[A-Z0-9]+(?:[ -][A-Z0-9]+){0,2}(?![\w-])")


def _take_plate_shape_on_line(scan: Scan) -> None:
    """Another value of a plate's very shape on its line, in a text about cars, is a
    plate too: "EL 48213 (it's an electric one, the old one is DN 71922)" (not a part's code
    nor a year: "pensioen in NL 1990")."""
    if not CAR_WORDS.search(scan.text):
        return
    for found in [f for f in scan.found if f.kind == "PLATE"]:
        plate = scan.text[found.start : found.end]
        if len(plate) < 6 or not plate_like(plate):
            continue
        shape = value_shape(plate)
        line_start = scan.text.rfind("\n", 0, found.start) + 1
        line_end = scan.text.find("\n", found.end)
        if line_end < 0:
            line_end = len(scan.text)
        for match in list(_CODE.finditer(scan.masked, line_start, line_end)):
            if (
                value_shape(match.group()) == shape
                and not YEAR.search(match.group())
                and not product_code(scan.masked, match.start(), match.end())
                and not _LABEL_BEFORE.search(
                    scan.masked, max(line_start, match.start() - 40), match.start()
                )
            ):
                scan.take(match.start(), match.end(), "PLATE")


def take_echoes(scan: Scan) -> None:
    """Take each digit run that repeats a value already taken, as that value's kind, an
    expiry said again in words, a value read out again word for word, and a street named
    again with another number or after its postcode."""
    _take_street_again(scan)
    _take_street_of_postcode(scan)
    take_ids_with_birth_date(scan)  # the date of birth said again inside an ID
    _take_expiry_restated(scan)
    if "…" in scan.text or scan.mentions(
        "wait", "wacht", "sorry", "mean", "bedoel", "correct", "not ", "niet ", "nicht", "instead"
    ):
        _take_corrected(scan)
        _take_spoken_corrected(scan)
    _take_words_again(scan)  # after the corrections: the corrected value read back too
    if "\n" in scan.text and (
        "*" in scan.text
        or scan.mentions("no", "nee", "bedoel", "i mean", "i meant", "wacht", "wait")
    ):
        _take_next_turn_correction(scan)
    _take_said_again(scan, "PLATE")
    _take_plate_shape_on_line(scan)
    if "=" in scan.text:
        _take_said_again(scan, "TOKEN")  # a session's id logged again: "old=sso_s_44Hq..."
        _take_new_after_old(scan)
    _take_said_again(scan, "PASSWORD", re.IGNORECASE)
    _take_said_again(scan, "OTP")
    said: dict[str, str] = {}
    for found in scan.found:
        if found.kind in _KINDS:
            value = scan.text[found.start : found.end]
            written = any(c.isdigit() for c in value)  # not read out in words
            if found.kind == "PASSWORD" and written and any(c.isalpha() for c in value):
                continue  # its digits alone are no echo: "Wexford!2024" / "April 2024"
            digits = _digits_of(value)
            if len(digits) >= _MIN_DIGITS or (found.kind == "CVV" and len(digits) == 3):
                said.setdefault(digits, found.kind)
    if not said:
        return
    cvv_ends = [f.end for f in scan.found if f.kind == "CVV"]
    runs = list(_RUN.finditer(scan.masked))
    if ", " in scan.masked:
        runs += _COMMA_RUN.finditer(scan.masked)
    for match in runs:
        digits = NON_DIGIT.sub("", match.group())
        kind = said.get(digits)
        if kind and (
            len(digits) >= _MIN_DIGITS
            or _READ_BACK.search(scan.masked, max(0, match.start() - 16), match.start())
            or (
                _TURN_START.search(scan.masked, max(0, match.start() - 32), match.start())
                and not _NOT_READ_BACK_AFTER.match(scan.masked, match.end())
                and any(0 < match.start() - end <= _TURN_READ_BACK_REACH for end in cvv_ends)
            )
        ):  # three digits only as a read-back: "Nul vier zeven." / "Dus 0-4-7."
            scan.take(match.start(), match.end(), kind)
    # read out in words as well, in a call's transcript: "four eight two seven three nine one
    # five" / "48273915C"
    for spoken in spoken_values(scan.masked) if "\n" in scan.text else ():
        kind = said.get(NON_DIGIT.sub("", spoken.value))
        if kind:
            scan.take(spoken.start, spoken.end, kind)
