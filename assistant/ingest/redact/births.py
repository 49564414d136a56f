"""Dates of birth: a full date after (or, in Dutch, before) a birth cue, in the next turn of a
chat after the question, or a sentence or two later; numeric, with month names, compact
(``19850312``) and spoken ("twaalf mei negentienvijftig")."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.scan import CORRECTION, SPEAKER, Scan
from assistant.ingest.redact.spoken import SPOKEN_DAY, SPOKEN_PAIR, SPOKEN_YEAR
from assistant.ingest.redact.spoken_digits import word_digits

# --------------------------------------------------------------------------- dates of birth

_MONTHS = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|m(?:aa)?rt|march|mar|apr(?:il)?|mei|may|jun[ie]?"
    r"|jul[iy]?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember"
    # French and Spanish: "né le 3 février 2011", "nacida el 9 de marzo de 1988"
    r"|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre"
    # Polish (genitive, as dates write them) and Italian: "12 lutego 2011", "3 maggio 1990"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia"
    r"|pa[zź]dziernika|listopada|grudnia|gennaio|febbraio|aprile|maggio|giugno|luglio"
    r"|settembre|ottobre|dicembre"
    # Portuguese: "5 de março de 1990"
    r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
    # Scandinavian: "födelsedatum: 14 maj 1987", "født 3. marts 1990"
    r"|januari|februari|mars|maj|augusti|marts|juni|juli|desember)\.?"
)
# a year in words' company: "1985", and "'85" / "85" after a month name ("12 maart '85")
_YEAR = r"(?:(?:19|20)\d\d|['’]?\d\d)(?!\d|[:.]\d)"  # not a time: "2 april 11:40"
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:(?:19|20)?\d\d|['’]\d\d)"
    r"|\d{1,2} / \d{1,2} / (?:19|20)\d\d"  # typed into a form: "22 / 04 / 1990"
    r"|\d{1,2} - \d{1,2} - (?:19|20)\d\d"  # or "03 - 10 - 1949"
    r"|\d{1,2}(?:st|nd|rd|th|e|de) of the \d{1,2}(?:st|nd|rd|th|e|de),? (?:['’]|19|20)?\d\d"
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2}|(?:19|20)\d\d/\d{1,2}/\d{1,2}"
    r"|(?:19|20)\d\d\.\d{1,2}\.\d{1,2}"
    # as airlines write it: "19APR2016"
    r"|\d{2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:19|20)\d\d"
    r"|\d{1,2}(?:st|nd|rd|th|e|ste|de|er|\.)?(?: of| de)?(?: |[-/.] ?)"
    + _MONTHS
    + r"(?:,? |[-/.] ?| de )"
    + _YEAR
    + r"|"
    + _MONTHS
    + r" (?:the )?\d{1,2}(?:st|nd|rd|th)?,? "
    + _YEAR
    + r")"
)
# any full date, for the learned step's candidates (``learned.py``)
FULL_DATE = re.compile(r"(?<!\w)" + _DATE + r"(?!\w)", re.IGNORECASE)
# spoken, as transcribed: "the ninth of January nineteen ninety-five", "twaalf mei
# negentienvijftig", "June the twentieth, nineteen fifty-eight"
_SPOKEN_DATE = (
    r"(?<!\w)(?:(?:the )?"
    + SPOKEN_DAY
    + r" (?:of )?(?:the )?"
    + _MONTHS
    + r",? (?:in )?(?:"
    + SPOKEN_YEAR
    + r"|"
    + _YEAR
    + r")|"
    + _MONTHS
    + r" (?:the )?"
    + SPOKEN_DAY
    + r",? (?:"  # "April ninth, 1976"
    + SPOKEN_YEAR
    + r"|"
    + _YEAR
    + r"))(?!\w)"
)
# written without separators, only right after a cue: "DOB 19850312", "(DDMMYY)" / "140600"
_COMPACT_DATE = (
    r"(?<!\d)(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)?\d\d"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    # or with spaces: "DOB 12 03 1985"
    r"|(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d)"
)
# words between the cue and the date other than "is", "was", "on", "op", "am", "the", "de"
_LOOSE_GAP = re.compile(
    r"[ ,](?!(?:is|was|on|op|am|the|de|le|of|van|at)\b)[a-z]{2,}", re.IGNORECASE
)
_ANY_DIGIT = re.compile(r"\d")
_SPOKEN_LAST_CENTURY = re.compile(r"\b(?:negentien|nineteen)", re.IGNORECASE)  # a year said
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
_COMPACT_RE = re.compile(_COMPACT_DATE + r"$")
_DATE_WORDS = r"(?:" + _DATE + r"|" + _SPOKEN_DATE + r")"
_DATE_CUED = r"(?:" + _DATE + r"|" + _SPOKEN_DATE + r"|" + _COMPACT_DATE + r")"
_BIRTH_CUE = (
    r"\b(?:geboren|geb\.?|geboortedatum|geboortedata|geboortedag|born|dobs?|d\.o\.b\.?"
    r"|dates? of birth"
    r"|birth ?date|birthday|b-?day|geburtsdatum|geburtstag|geboren am|geb\. ?am|né(?:e)? le"
    r"|jarig|verjaardag|geb\.? ?datum|date de naissance|fecha de nacimiento|nacid[oa](?: el)?"
    r"|data di nascita|nat[oa] il|data urodzenia|urodzon[ya]|id-?check|id check"
    # Nordic forms: "Födelsedatum: 1992-02-28", "Fødselsdato", "Syntymäaika"
    r"|födelsedatum|fødselsdato|fødselsdag|syntymäaika|data de nascimento"
    r"|født|fødd|född|syntynyt)\b"  # "Jeg er født 3. marts 1990", "Jag är född 2 augusti 1979"
)
_BIRTH = re.compile(
    _BIRTH_CUE
    # (not across a value taken or redacted before: "Geboren [BIRTH_DATE] † 12-01-2025")
    + r"(?:[^\w\n]{0,4}(?:(?:is|was|on|op|the|de|am|:)\W{0,2}){0,2}"
    r"|[^\d\n.!\[\ue000]{0,40}?[ :(\"“])"
    r"(" + _DATE_CUED + r")(?!\d)",
    re.IGNORECASE,
)
# "(b. 02.11.1983)", and Dutch "ik ben van 14 oktober '75" (I was born on)
_BIRTH_SHORT = re.compile(
    r"(?:(?<![\w.])b\. ?|°\s?|\b(?:ik ben|ben ik) van )(" + _DATE_WORDS + r")(?!\d)", re.IGNORECASE
)


# asked in one turn, answered in the next ("your date of birth?" / "Customer: 14 July 1990")
# (a chat's time may lead the answer: "14:03 Klant: 19031977")
_BIRTH_NEXT_LINE = re.compile(
    _BIRTH_CUE
    # not past the cue's own value ("Geboortedatum: 07-07-1977\nDatum afspraak: 16 mei 2024")
    # (a value taken on the way counts as one step, as its placeholder would on a second pass:
    # "You first?" / "Fourth of January, nineteen sixty-nine. And my wife is the twelfth ...")
    + r"[^\n\d\ue000\[]{0,80}\n\[?(?:\d{1,2}:\d{2}\]? )?(?:[^\n\d\ue000]|\ue000++){0,60}?("
    + _DATE_CUED
    + r")(?!\d)",
    re.IGNORECASE,
)
# ... or on the line after, when the first answer was the other thing asked: "your plate and
# date of birth?" / "XH-741-T" / "3 sept 1983"
_BIRTH_SECOND_LINE = re.compile(
    _BIRTH_CUE + r"[^\n\d\ue000\[]{0,80}\n[^\n]{1,60}\n" + SPEAKER + r"[^\n\d]{0,20}?"
    r"(" + _DATE_WORDS + r")(?!\d)(?=\s*[.,;!?]|[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# read out as three numbers in the answer: "your date of birth?" / "It's uh, ten, fourteen,
# forty-six" (the whole answer, so "two, three, four" in other talk stays)
_BIRTH_SPOKEN_NUMBERS = re.compile(
    _BIRTH_CUE
    + r"[^\n\d\ue000\[]{0,80}\n"
    + SPEAKER
    + r"[^\n\d]{0,20}?\b("
    + SPOKEN_DAY
    + r",? "
    + SPOKEN_DAY
    + r",? "
    + SPOKEN_YEAR
    # or said again in other words: "Eleven, eleven, eighty-seven. So the eleventh of ..."
    + r")\b(?:[ .?!]*$|[.,] (?=(?:so|i mean|that's|that is|dus|oftewel|ofwel)\b)"
    # or the month said after it: "Negen, negen, tweeënzestig. Negen september."
    + r"|[.,] (?=[^\n\d]{0,20}\b"
    + _MONTHS
    + r"(?!\w)))",
    re.IGNORECASE | re.MULTILINE,
)
# ... after other answers on that line: "his name and date of birth?" / "ref ZT4K8P, he's Leo
# Marsh, 30.06.2015" (a written date, a year up to a child's)
_BIRTH_NEXT_LINE_AFTER = re.compile(
    _BIRTH_CUE + r"[^\n\d\ue000\[]{0,80}\n[^\n]{0,60}?(?<![\d/.-])(" + _DATE + r")(?!\d)",
    re.IGNORECASE,
)
# a person's name and a date of birth, as in a list of who is who: "Me: Fatima Begum, 12 March
# 1985", "Imran Hussain (29-11-1982)" (a listed given name first; a year one is born in)
_NAME_DATE = re.compile(
    r"(?:, | \(| [—–-] )(" + _DATE_WORDS + r")(?!\d)(?=\)|\s*$|[,;] )", re.MULTILINE | re.IGNORECASE
)
_NAME_BEFORE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]+)(?: (?:[A-Z][\w'-]+|van|de|der|den|el|al|bin|ter)){1,3}$"
)
_NAME_DATE_HINT = re.compile(r"(?:, | \(| [—–-] )\d{1,2}\b")
# a family's or a school's field in a form or a list, where a child's date counts too:
# "Ouder: Milan Brouwer, 4 mei 2020", "Kind 2: Noor Jansen, 03-02-2019"
_PERSON_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?i:kind|child|ouder|parent|deelnemer|leerling|participant|pupil)(?: \d)?:"
    r"[ \t]*$"
)

# or a family named on the line before the name: "Meeverhuizende personen: Bram Koster
# (03-09-2018), Noor Koster (22-12-2020)", "Also registering: son Adam El Amrani, 2019-11-21"
_FAMILY_BEFORE = re.compile(
    r"\b(?i:meeverhuiz\w*|gezinsleden|kinderen|children|kids|son|daughter|zoon|dochter"
    r"|registering|household|huishouden|family members|inwonende?)\b[^\n]*$"
)


def _take_name_dates(scan: Scan) -> None:
    first = name_lists().first
    for match in list(_NAME_DATE.finditer(scan.masked)):
        name = _NAME_BEFORE.search(scan.masked, max(0, match.start() - 50), match.start())
        if not name or name.group(1) not in first:
            continue
        field = _PERSON_FIELD.search(
            scan.masked, max(0, name.start() - 30), name.start()
        ) or _FAMILY_BEFORE.search(scan.masked, max(0, name.start() - 120), name.start())
        if _birth_year(match.group(1), _LATEST_CHILD_YEAR if field else _LATEST_BIRTH_YEAR):
            scan.take(match.start(1), match.end(1), "BIRTH_DATE")


# the date a sentence or two (or a turn or two) after the cue, with nothing numeric between:
# "you asked for my date of birth. I entered 04/05/1980", "geboortedatum staat verkeerd in
# mijn account: het moet 05-10-1977 zijn", "waarom vraagt de app om mijn geboortedatum? Ik
# ben van 23-9-1981". Only a year a customer can be born in counts here, so an order or
# delivery date further on stays.
_BIRTH_CUE_RE = re.compile(_BIRTH_CUE, re.IGNORECASE)
# (not past a value redacted before: the same on a second pass)
# (nor past an address's label: "Geburtsdatum: 15.03.1985" / "Adresse: Neubaugasse 64/2/11")
_BIRTH_LATER = re.compile(
    r"(?:(?!adres|address|anschrift)[^\d\[]){0,160}?(?<![\d/.-])(" + _DATE + r")(?!\d)",
    re.IGNORECASE,
)
# the date of birth said to be wrong, then corrected to another: "de geboortedatum van de baby
# stond verkeerd in het systeem (...). Gecorrigeerd naar 19-02-2024" (wrong in the cue's own
# sentence: not "Geboortedatum klopt. De vlucht stond verkeerd, gewijzigd naar 22-07-2025")
_WRONG_THEN_CORRECTED = re.compile(
    r"[^\[.!?\n]{0,80}?\b(?:verkeerd|fout|onjuist|wrong|incorrect)\b[^\[]{0,120}?"
    r"\b(?:gecorrigeerd|aangepast|gewijzigd|veranderd|corrected|changed|updated|amended)"
    r" (?:naar|in|to) (" + _DATE + r")(?!\d)",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"(?:19|20)\d\d(?!\d)|\d\d$")
_LATEST_BIRTH_YEAR = 2012
# after a label ("Geboortedatum Noor: 23-08-2016") or in the answer to the question, a child's
# date of birth too
_LATEST_CHILD_YEAR = 2025
_LABEL = re.compile(
    r"geboortedatum|geb\.? ?datum|date of birth|birth ?date|dob|d\.o\.b|geburtsdatum"
    r"|date de naissance|fecha de nacimiento|data urodzenia|födelsedatum|fødselsdato|syntymäaika",
    re.IGNORECASE,
)
# a birthday is also an occasion ("birthday sale ends 01/06/2025", "jarig op 3-7-2026"):
# after these cues only a year a customer can be born in makes the date a date of birth
_OCCASION = re.compile(r"birthday|b-?day|jarig|verjaardag|geburtstag", re.IGNORECASE)


def _birth_year(date: str, latest: int = _LATEST_BIRTH_YEAR) -> bool:
    """Whether the year of ``date`` is one a customer was born in (1900-2012, or two digits
    that are not a recent year); a child's (up to ``_LATEST_CHILD_YEAR``) after a label."""
    if _YEAR_FIRST.match(date):
        date = date[:4]  # "19850312"
    match = _YEAR_IN.search(date.rstrip())
    if not match:
        return False
    year = int(match.group())
    if year < 100:
        return year >= 30 or year <= latest - 2000
    return 1900 <= year <= latest


# a second date in the same breath: "born 17-08-1990, she says 18-08-1990", "not 05/10/1977"
# (not past a death or another event's word: "geb. 17-06-1948, overleden 02-03-2025")
_BIRTH_MORE = re.compile(
    r"^(?![^\d\n.!?]*(?:\b(?:overl\w*|gestorven|died|deceased|death|sterfdatum|overlijdens\w*"
    r"|getrouwd|married|huwelijk\w*|\w+(?:datum|dato|date)"  # "…, Bestillingsdato: …"
    # another event's date: "... dochter op 5 mei 2024 zijn we verhuisd op 01-07-2024"
    r"|verhuisd|moved|ingediend|submitted|started|begonnen|betaald|paid|until|since|sinds"
    r"|vanaf"
    # a house number after the address's label or its street: "..., Adresse: Neubaugasse 64/2/11"
    r"|adres\w*|address\w*|anschrift|\w+(?:straat|gasse|strasse|straße|weg|laan|street|road))\b"
    r"|†))"
    r"[^\d\n.!?]{1,45}?(?<![\d/.-])(" + _DATE + r")(?!\d)",
    re.IGNORECASE,
)


# a date of birth corrected in the same breath: "twaalf augustus ... nee wacht, dertien augustus
# negentien vierenveertig", "12/03/1985, no sorry, 13/03/1985", also after the day alone:
# "The fifth of May, eighty-nine. No, sorry – the fifteenth. Fifteenth of May 1989."
_CORRECTED = re.compile(
    CORRECTION + r"(?:[^\d\n.!?]{1,30}[.!] +)?(" + _DATE_WORDS + r")(?!\d)", re.IGNORECASE
)

# read back as pairs of digits, the year maybe whole: "April ninth, two thousand eight. So
# oh-four, oh-nine, oh-eight." (not a count: "so two, three, four days ago")
_RESTATED = re.compile(
    r"[.,]? (?:so|i mean|that's|that is|dus|oftewel|ofwel),? (("
    + SPOKEN_PAIR
    + r"),? ("
    + SPOKEN_PAIR
    + r"),? (?:"
    + SPOKEN_YEAR
    + r"|"
    + SPOKEN_PAIR
    + r"))\b(?![ -](?:days?|weeks?|months?|years?|times|dagen|weken|maanden|jaar|keer|euros?)\b)",
    re.IGNORECASE,
)


def _day_and_month(first: str, second: str) -> bool:
    """Two pairs said that can be a day and a month, in either order."""
    numbers = []
    for said in (first, second):
        digits = word_digits(said) or "".join(map(word_digits, re.split(r"[- ]", said)))
        if not digits.isdigit():
            return False
        numbers.append(int(digits))
    return all(1 <= n <= 31 for n in numbers) and min(numbers) <= 12


def _take_corrected(scan: Scan) -> None:
    """The date said again, corrected or read back, right after a date of birth."""
    for found in [f for f in scan.found if f.kind == "BIRTH_DATE"]:
        corrected = _CORRECTED.match(scan.masked, found.end)
        if corrected:
            scan.take(corrected.start(1), corrected.end(1), "BIRTH_DATE")
            continue
        restated = _RESTATED.match(scan.masked, found.end)
        if restated and _day_and_month(restated.group(2), restated.group(3)):
            scan.take(restated.start(1), restated.end(1), "BIRTH_DATE")


# Dutch puts the cue last: "ik ben op 12 december 1999 geboren", "die 3 mei 1951 geboren is"
# (looked for only in the stretch before such a cue)
_AFTER_CUE = re.compile(r"\b(?:geboren|born|jarig)\b", re.IGNORECASE)
_BIRTH_AFTER = re.compile(
    r"(?<![\d/.-])(" + _DATE_WORDS + r")(?!\d)[^\d\n.!?]{0,20}?$", re.IGNORECASE
)
_AFTER_WINDOW = 90
# a child's birth reported as a change, the date right after the child: "Wijziging: geboorte
# kind Amira op 02-03-2024", "the birth of our second child on 9 June 2025"
_CHILD_BIRTH = re.compile(
    r"\b(?:geboorte|birth)(?: (?:van|of))?(?: \w+){0,2}? (?:kind\w*|zoon|zoontje|dochter\w*|baby"
    r"|tweeling|son|daughter|child|twins)(?: [A-Z][\w-]+)?,? (?:op|on) ("
    + _DATE_WORDS
    + r")(?!\d)",
    re.IGNORECASE,
)
# a person's age reached on a day, the date right after: "she turned 18 on 3 February 2006",
# "mijn zoon werd 18 op 4 maart 2024", "my daughter, who turned 16 on ...", "Mijn dochter Lisa
# is 18 geworden op ..." (not a bill's or a shop's: "my rent turns 900 on 1 August 2024")
_AGE_REACHED = re.compile(
    r"\b(?:she|he|i|zij|hij|ik|(?:my|his|her|our|their|mijn|zijn|haar|onze|hun)"
    r"(?: (?:youngest|eldest|oldest|jongste|oudste))? (?:son|daughter|child|kid|boy|girl|wife"
    r"|husband|partner|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|zoon"
    r"|zoontje|dochter|dochtertje|kind|vrouw|man|moeder|vader|broer|zus|kleinzoon|kleindochter)"
    r"(?: [A-Z][a-z]+)?,?(?: (?:who|die))?)"
    r"(?: (?:has|is|'s|will))? (?:turned|turns|turn|became|becomes|werd|wordt|is)"
    r" (?:\d{1,3}|sixteen|eighteen|twenty-one|zestien|achttien|eenentwintig)"
    r"(?: years old| jaar(?: oud)?)?(?: geworden| werd)? (?:on|op) (" + _DATE_WORDS + r")(?!\d)",
    re.IGNORECASE,
)
_BIRTH_WORDS = ("geboren", "geboorte", "gebdatum", "geb.", "geb ", "geb:", "born", "dob",
                "födelse", "fødsels", "syntymä", "nascimento", "født", "fødd", "född", "syntynyt",
                "d.o.b", "birth", "né", "jarig", "verjaardag", "b-day", "bday", "naissance",
                "geburts", "b. ", "(b.", "°", "nacimiento", "nacid", "nascita", "nato", "nata",
                "urodz", "id-check", "id check")  # fmt: skip


def _take_short(scan: Scan) -> None:
    for match in list(_BIRTH_SHORT.finditer(scan.masked)):
        # "°" says born, a child's date too: "Warre (°12/03/2013)"
        latest = _LATEST_CHILD_YEAR if match.group().startswith("°") else _LATEST_BIRTH_YEAR
        if _birth_year(match.group(1), latest) or not _ANY_DIGIT.search(match.group(1)):
            scan.take(match.start(1), match.end(1), "BIRTH_DATE")


# a table with a date-of-birth column: "| Name | Date of birth |" then "| Piotr | 12.02.1971 |"
_CELL_SPLIT = re.compile(r"\s*\|\s*")


def _take_table_column(scan: Scan) -> None:
    column = -1
    pos = 0
    for line in scan.masked.split("\n"):
        cells = _CELL_SPLIT.split(line.strip()) if "|" in line else []
        heads = [i for i, cell in enumerate(cells) if _LABEL.fullmatch(cell)]
        if heads:
            column = heads[0]
        elif column >= 0 and len(cells) > column:
            cell = cells[column]
            date = FULL_DATE.fullmatch(cell)
            if date and _birth_year(cell, _LATEST_CHILD_YEAR):
                start = scan.masked.index(cell, pos + line.index("|"))
                scan.take(start, start + len(cell), "BIRTH_DATE")
        elif not cells:
            column = -1
        pos += len(line) + 1


# a chat export's date stamp goes on with its time: "[03/09/2024, 14:22] Mehmet Aydın:"
# (or an Android export's: "03/09/2024, 14:22 - Mehmet:", "9/3/24, 2:22 PM - Sara:")
_CHAT_STAMP_AFTER = re.compile(
    r",? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\]| ?(?:[AaPp][Mm] )?- [^\n:\d]{1,40}:)"
)


def take_birth_dates(scan: Scan) -> None:
    if "|" in scan.masked and scan.mentions("birth", "geboorte", "dob", "geburts"):
        _take_table_column(scan)
    if _NAME_DATE_HINT.search(scan.masked):
        _take_name_dates(scan)
    if scan.mentions("turn", "became", "becomes", "werd", "wordt", "geworden"):
        scan.take_all(_AGE_REACHED, "BIRTH_DATE", 1)
    if not scan.mentions(*_BIRTH_WORDS):
        if "ben van" in scan.lower or "ben ik van" in scan.lower:
            _take_short(scan)  # "ik ben van 14 oktober '75"
        return
    scan.take_all(_CHILD_BIRTH, "BIRTH_DATE", 1)
    for match in list(_BIRTH.finditer(scan.masked)):
        date = match.group(1)
        cue = _BIRTH_CUE_RE.match(scan.masked, match.start())
        gap_start = cue.end() if cue else match.start()
        loose = _LOOSE_GAP.search(scan.masked, gap_start, match.start(1)) is not None
        if (loose or _OCCASION.match(match.group()) or _COMPACT_RE.match(date)) and not (
            _birth_year(date)
            or _SPOKEN_LAST_CENTURY.search(date)  # "zeven juli negentienachtenvijftig"
            or (_LABEL.match(match.group()) and _birth_year(date, _LATEST_CHILD_YEAR))
        ):
            continue  # "geboren, en we verhuizen op 12-05-2026": a later date
        scan.take(match.start(1), match.end(1), "BIRTH_DATE")
    _take_short(scan)
    for cue in list(_AFTER_CUE.finditer(scan.masked)):
        start = max(0, cue.start() - _AFTER_WINDOW)
        before = _BIRTH_AFTER.search(scan.masked, start, cue.start())
        if before:
            scan.take(before.start(1), before.end(1), "BIRTH_DATE")
    for match in list(_BIRTH_NEXT_LINE.finditer(scan.masked)):
        if _CHAT_STAMP_AFTER.match(scan.masked, match.end(1)):
            continue  # the next message's date stamp: "[03/09/2024, 14:22] Mehmet: ..."
        if not _COMPACT_RE.match(match.group(1)) or _birth_year(match.group(1)):
            scan.take(match.start(1), match.end(1), "BIRTH_DATE")
            # and a second person's after it in the same answer ("You first?" / "Fourth of
            # January, nineteen sixty-nine. And my wife is the twelfth of August ...")
            again = _BIRTH_NEXT_LINE.match(scan.masked, match.start())
            if (
                again
                and again.start(1) > match.start(1)
                and (_birth_year(again.group(1)) or _SPOKEN_LAST_CENTURY.search(again.group(1)))
            ):
                scan.take(again.start(1), again.end(1), "BIRTH_DATE")
    if "\n" in scan.masked:
        scan.take_all(_BIRTH_SPOKEN_NUMBERS, "BIRTH_DATE", 1)
        for pattern in (_BIRTH_NEXT_LINE_AFTER, _BIRTH_SECOND_LINE):
            for match in list(pattern.finditer(scan.masked)):
                if _birth_year(match.group(1), _LATEST_CHILD_YEAR) and not _CHAT_STAMP_AFTER.match(
                    scan.masked, match.end(1)
                ):
                    scan.take(match.start(1), match.end(1), "BIRTH_DATE")
    _take_corrected(scan)
    if not _ANY_DIGIT.search(scan.masked):
        return  # spoken dates only come right after (or before) their cue
    for cue in list(_BIRTH_CUE_RE.finditer(scan.masked)):
        corrected = _WRONG_THEN_CORRECTED.match(scan.masked, cue.end())
        if corrected and _birth_year(corrected.group(1), _LATEST_CHILD_YEAR):
            scan.take(corrected.start(1), corrected.end(1), "BIRTH_DATE")
        later = _BIRTH_LATER.match(scan.masked, cue.end())
        if (
            later
            and scan.masked.count("\n", cue.end(), later.start(1)) <= 3
            and _birth_year(later.group(1))
        ):
            scan.take(later.start(1), later.end(1), "BIRTH_DATE")
    for found in [f for f in scan.found if f.kind == "BIRTH_DATE"]:
        more = _BIRTH_MORE.match(scan.masked[found.end : found.end + 60])
        if more:
            scan.take(found.end + more.start(1), found.end + more.end(1), "BIRTH_DATE")
