"""Names typed in lower case where the words around them introduce a person: "hey it's jess
again", "my name is precious ndlovu". Used by the name pass (``names``)."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import MONTH_WORDS
from assistant.ingest.redact.name_cues import LOWER_INTRO
from assistant.ingest.redact.name_lists import ROLES, NameLists, name_lists
from assistant.ingest.redact.scan import MASK, Scan

# how English adjectives end, which no name in the lists does: "it's stable again"
_ADJECTIVE_END = re.compile(r"(?:able|ible|ful|ous|ive|ed|ing|less|ent|ant)$")
# after "my name is", two words in lower case: "my name is precious ndlovu"
# (also "mijn naam" with no verb, and a surname with its particle: "mijn naam jan de vries")
_LOWER_NAME_IS = re.compile(
    r"\b(?:my name is|my name's|my names|m(?:ijn|n) naam(?: is)?:?|ik heet) "
    r"([a-zà-ÿ'-]{2,}) ((?:van (?:der|den|de) |van |de |der |den |ter |ten )?[a-zà-ÿ'-]{3,})\b",
    re.IGNORECASE,
)

# after a title, a listed given name and a surname, all in lower case, as a quick note types
# them: "tckt 5531 - dhr ahmet yilmaz belde"
_LOWER_AFTER_TITLE = re.compile(
    r"\b(?:dhr|mevr|mw|mr|mrs|ms|meneer|mevrouw)\.? ([a-zà-ÿ]{2,15}) ([a-zà-ÿ'-]{3,})\b"
)

# or a listed surname alone after a Dutch title: "dhr kramer, tel 0653 ..."
_LOWER_SURNAME_AFTER_TITLE = re.compile(r"\b(?:dhr|mevr|mw)\.? ([a-zà-ÿ]{3,20})\b(?! [a-zà-ÿ])")

# or a surname with its particle after a Flemish or Dutch title: "mevr de smet uit brugge"
_LOWER_PARTICLE_AFTER_TITLE = re.compile(
    r"\b(?:dhr|mevr|mw)\.? ((?:van (?:der|den|de) |van |de |der |den |ter |ten |vande |vander )"
    r"[a-zà-ÿ]{3,20})\b"
)
# a customer named in brackets in lower case, in a note's free text: "klant (jeroen bakker)
# ontvangt sms-code niet"
_LOWER_CUSTOMER_BRACKETS = re.compile(
    r"\b(?:klant|customer|client|cliënt|beller|caller|member|lid)\s?\(([a-zà-ÿ]{2,15}"
    r"(?: (?:van (?:der|den|de) |van |de |der |den |ter |ten )?[a-zà-ÿ'-]{2,20}))\)",
    re.IGNORECASE,
)

# a listed given name in lower case opening a line before "hier": "jeroen hier, mijn nieuwe
# mailadres is ...", or after "from" before a colon: "ticket 4492 from kwame: can't ..."
_LOWER_HERE = re.compile(
    r"^[ \t]*([a-zà-ÿ]{2,15}) (?:hier|here)\b|\b(?:from|van) ([a-zà-ÿ]{2,15}):", re.MULTILINE
)

# a listed given name in lower case after a close relative: "my daughter fenna (bsn ...)",
# "mijn zoon daan"
_LOWER_KIN = re.compile(
    # (not a "partner", which may be a firm: "our partner mollie handles the payments")
    # (the possessive may open the sentence: "Mijn zoon daan (bsn ...)")
    r"\b(?:[Mm]y|[Mm]ijn|[Mm]'n|[Mm]n|[Oo]ur|[Oo]nze|[Hh]is|[Hh]er|[Zz]ijn|[Hh]aar)"
    r" (?:daughter|son|wife|husband|mother"
    r"|father|mum|mom|dad|brother|sister|girlfriend|boyfriend|grandson|granddaughter|dochter"
    r"|dochtertje|zoon|zoontje|vrouw|man|moeder|vader|broer|zus|vriendin|schoonmoeder"
    r"|schoonvader|kleinzoon|kleindochter)"
    r" ([a-zà-ÿ]{2,15})\b(?![-'’])"
)


# a listed given name in lower case after "ik ben" or "i'm", maybe with its surname, before a
# comma or where one is from: "hallo, ik ben uwe schneider uit kleve", "hi its jess, for the
# flowers"
_LOWER_I_AM = re.compile(
    r"\b(?:ik ben|i'm|im|i am|it's|its|it is|this is|hier is|ich bin) ([a-zà-ÿ]{2,15})"
    r"(?: ((?:van (?:der|den|de) |van |de |der |den |ter |ten |von )?[a-zà-ÿ'-]{3,20}))?"
    r"(?=[,.!](?!\w)|$| (?:uit|from|van|aus|here|hier|again|weer)\b)",
    re.MULTILINE,
)


def _take_lower_i_am(scan: Scan, lists: NameLists, text: str) -> None:
    for match in _LOWER_I_AM.finditer(text):
        first, last = match.group(1), match.group(2)
        if first not in lists.first_lower or first in ROLES or first in MONTH_WORDS:
            continue
        if last is None:
            if first not in lists.common and first not in lists.not_words:
                scan.take(match.start(1), match.end(1), "NAME")
            continue
        surname = last.rsplit(" ", 1)[-1]
        if surname in lists.common or surname in ROLES:
            continue
        listed = surname.capitalize() in lists.surnames
        if listed or (first not in lists.common and first not in lists.not_words):
            scan.take(match.start(1), match.end(2), "NAME")


def take_lower_intros(scan: Scan, lists: NameLists, text: str) -> None:
    """ "hey it's jess again": a lower-case word that is no common one; after "my name is"
    a given name or a word that is none, then a surname that is no word, both in lower
    case ("my name is precious ndlovu", "mijn naam is roos ebbers"). ``text`` is the masked
    text as the name pass began to read it."""
    if "nam" in scan.lower or "naam" in scan.lower or "heet" in scan.lower:
        for match in _LOWER_NAME_IS.finditer(text):
            first, last = match.group(1), match.group(2).rsplit(" ", 1)[-1]
            if (
                first.islower()
                and last.islower()
                and (first in lists.first_lower or first not in lists.common)
                and (
                    last not in lists.common
                    or (" " in match.group(2) and last.capitalize() in lists.surnames)
                )  # after its particle a listed surname that is also a word: "de vries"
                and first not in ROLES
            ):
                scan.take(match.start(1), match.end(2), "NAME")
    titled = scan.mentions("dhr", "mevr", "mw", "mr", "ms", "meneer", "mevrouw")
    for match in _LOWER_AFTER_TITLE.finditer(text) if titled else ():
        first, last = match.group(1), match.group(2)
        if (
            first in lists.first_lower
            and first not in lists.common
            and last not in lists.common
            and last not in ROLES
        ):
            scan.take(match.start(1), match.end(2), "NAME")
    for match in _LOWER_SURNAME_AFTER_TITLE.finditer(text) if titled else ():
        word = match.group(1)
        if word.capitalize() in lists.surnames and word not in lists.common and word not in ROLES:
            scan.take(match.start(1), match.end(1), "NAME")
    for match in _LOWER_PARTICLE_AFTER_TITLE.finditer(text) if titled else ():
        last = match.group(1).rsplit(" ", 1)[1]
        if last not in lists.common and last not in ROLES:
            scan.take(match.start(1), match.end(1), "NAME")
    if "(" in text and scan.mentions(
        "klant", "customer", "client", "cliënt", "beller", "caller", "member", "lid"
    ):
        for match in _LOWER_CUSTOMER_BRACKETS.finditer(text):
            words = match.group(1).split()
            if (
                match.group(1).islower()
                and words[0] in lists.first_lower
                and words[0] not in lists.common
                and (words[-1] not in lists.common or words[-1].capitalize() in lists.surnames)
            ):
                scan.take(match.start(1), match.end(1), "NAME")
    if scan.mentions(" hier", " here", "from ", "van "):
        for match in _LOWER_HERE.finditer(text):
            group = 1 if match.group(1) else 2
            word = match.group(group)
            if word in lists.first_lower and word not in lists.common and word not in ROLES:
                scan.take(match.start(group), match.end(group), "NAME")
    if scan.mentions(
        "my ", "mijn ", "m'n ", "mn ", "our ", "onze ", "his ", "her ", "zijn ", "haar "
    ):
        for match in _LOWER_KIN.finditer(text):
            word = match.group(1)
            if (
                word in lists.first_lower
                and word not in lists.common
                and word not in lists.not_words
                and word not in ROLES
                and word not in MONTH_WORDS
                and word.capitalize() not in lists.ambiguous
                and word.capitalize() not in lists.strict
            ):
                scan.take(match.start(1), match.end(1), "NAME")
    if not any(
        cue in scan.lower
        for cue in (
            "it's",
            "its ",
            "it is",
            "this is",
            "hier is",
            "met ",
            "im ",
            "i'm",
            "i am",
            "ik ben",
            "ich bin",
        )
    ):
        return
    _take_lower_i_am(scan, lists, text)
    for match in LOWER_INTRO.finditer(text):
        word = match.group(1)
        if word in lists.common or word in ROLES:
            continue
        known = word in lists.first_lower
        if match.group().startswith("met ") and not known:
            continue  # "met inbegrip van", "met souvenirs van": a listed name only
        if known or not _ADJECTIVE_END.search(word):
            scan.take(match.start(1), match.end(1), "NAME")  # not "it's stable again"


# a surname, whole when double or with an apostrophe: "Jansen-Smit", "de Vries-van Dijk",
# "O'Brien", "Smith-Jones-Taylor"
_SURNAME_PART = r"[A-ZÀ-Ý][a-zà-ÿ]*(?:['’][A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+|[a-zà-ÿ])"
_DOUBLE_NAME = _SURNAME_PART + r"(?:-(?:(?:van|de|der|den|ter|von) ){0,2}" + _SURNAME_PART + r")*"
# a maiden name after a person's name: "Katrin Brandt, geb. Meier", "Ann Lee née Baxter"
_MAIDEN_NAME = re.compile(r"\ue000,? (?:geb\.|geboren|née|z d\.) (" + _DOUBLE_NAME + r")\b")


# or after its own words: "maiden name Lindqvist", "meisjesnaam: De Boer"
# (without a colon only before a comma or the sentence's end: not "Maiden name Lookup service")
_MAIDEN_NAME_CUE = re.compile(
    r"\b(?i:maiden name|meisjesnaam|geboortenaam|birth name|geburtsname|nom de jeune fille)"
    r"(?: \([^)\n]{1,30}\))?(?P<sep>(?: (?i:is|was))?: ?| (?i:is|was) | )"
    r"((?:(?:van|de|der|den|ter|von|De|Van) ){0,2}" + _DOUBLE_NAME + r")\b"
)
_CLAUSE_END = re.compile(r"[,.;)]|[ \t]*(?:\n|$)")


def take_maiden_names(scan: Scan) -> None:
    """A maiden name right after a name already taken, in German, Dutch, French or English,
    or after the words that name it."""
    if MASK in scan.masked:
        scan.take_all(_MAIDEN_NAME, "NAME", 1)
    if scan.mentions("maiden", "meisjesnaam", "geboortenaam", "birth name", "geburtsname",
                     "jeune fille"):  # fmt: skip
        common = name_lists().common
        for match in list(_MAIDEN_NAME_CUE.finditer(scan.masked)):
            if match.group(2).rsplit(" ", 1)[-1].lower() in common:
                continue  # not "Unknown"
            if match.group("sep") == " " and not _CLAUSE_END.match(scan.masked, match.end()):
                continue  # with no colon only before a comma or the end: not "Maiden name
                # Lookup service", "Geburtsname Ihrer Mutter: ..."
            scan.take(match.start(2), match.end(2), "NAME")


# a greeting's title and a name all in capitals, as a mail merge writes them: "Dear MR
# BAXTER,", "Geachte DHR J. DE VRIES,", "Geachte heer BAKKER," (the name up to the line's end
# or a comma; up to three words)
_CAPITAL_GREETING = re.compile(
    r"(?:^|\n)[ \t]*(?i:dear|beste|geachte|hello|hi|hallo)[ \t]+"
    r"(?:MISS|DR|(?i:mr|mrs|ms|dhr|mevr|heer|mevrouw|meneer))"
    r"\.?[ \t]+"
    r"(?P<name>(?:[A-Z]\.? ?){0,3}(?:(?:VAN|DE|DER|DEN|TER|TEN|VON|O') ?){0,2}"
    r"[A-Z]{2,}(?:['-][A-Z]{2,})?(?: [A-Z]{2,}(?:['-][A-Z]{2,})?){0,2})(?=[ \t]*(?:[,!:]|\n|$))"
)
_CAPITAL_WORD = re.compile(r"[A-Z]{2,}")
# what a mail merge or a test writes where no name was filled in, and roles
_NO_NAME = frozenset(
    "klant onbekend unknown test customer client user gebruiker naam name sir madam manager"
    " member lid tenant huurder guest gast owner eigenaar patient patiënt friend vriend"
    " colleague collega team x xx xxx".split()
)


def take_capital_greetings(scan: Scan) -> None:
    """A name in capitals after a greeting and a title, even a surname that is a word ("Dear MS
    GREEN,"), not a mail merge's blank or a role ("Dear MR CUSTOMER,", "Geachte DHR KLANT,")."""
    if not scan.mentions("dear", "beste", "geachte", "hello", "hi", "hallo"):
        return
    for match in list(_CAPITAL_GREETING.finditer(scan.masked)):
        words = [w.lower() for w in _CAPITAL_WORD.findall(match.group("name"))]
        if any(w in _NO_NAME for w in words):
            continue
        scan.take(match.start("name"), match.end("name"), "NAME")


# a listed surname, a comma and initials, as a list or an import writes a person: "row 14: de
# Boer, T. | bsn ...", "Verbeek, M.A." (a field or a row's start before it, its end after it)
_SURNAME_INITIALS = re.compile(
    # or a CSV row's field after its number: "15,Jansen, P.,1985-03-02"
    r"(?:^|[|;] ?|^\d{1,6},|\b(?i:row|rij|regel|line) ?\d+: ?"
    r"|\b(?i:naam|name|medewerker|employee|werknemer|auteur|author|klant|customer|contact"
    r"|contactpersoon|patiënt|patient|leerling|student|huurder|tenant|deelnemer|participant)"
    r" ?: ?)"
    r"((?:(?:de|van|der|den|ter|ten|van der|van den|van de|De|Van|Van der|Van den) )?"
    r"((?:O'|O’)?[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?), (?!B\.V\.|N\.V\.)(?:[A-Z]\.){1,4})"
    r"(?=[ \t]*(?:\||;|,|$))",
    re.MULTILINE,
)


# a CSV header with a person's column: "id,naam,geboren" (a CSV row's surname and initials only
# under one: not "12,Bergen, N.H.,29.900" under "id,plaats,provincie")
_PERSON_HEADER = re.compile(
    r"\A[^\n]*\b(?i:naam|name|achternaam|surname|last_?name|klant|customer|employee"
    r"|medewerker|contact|patient|patiënt|student|huurder|tenant|deelnemer|participant)\b"
)
_CSV_ROW_START = re.compile(r"\d{1,6},")


def take_surname_initials(scan: Scan) -> None:
    """A listed surname with its initials after it, on a list's or a row's field."""
    if ", " not in scan.masked:
        return
    surnames = name_lists().surnames
    for match in list(_SURNAME_INITIALS.finditer(scan.masked)):
        if _CSV_ROW_START.match(scan.masked, match.start()) and not _PERSON_HEADER.search(
            scan.masked
        ):
            continue
        if match.group(2).split("-")[0] in surnames:
            scan.take(match.start(1), match.end(1), "NAME")


# one's own surname or name quoted as a system holds it: 'mijn achternaam bij jullie als
# "Elamrani" in het systeem staat', 'my surname is spelled "Oduya" on the booking'
_QUOTED_OWN_NAME = re.compile(
    r"\b(?i:mijn (?:achter)?naam|my (?:sur|last |family )?name|achternaam|surname|last name)\b"
    r"[^\n\"“.!?]{0,30}?\b(?i:als|as|is|staat|spelled|gespeld)\b[^\n\"“.!?]{0,12}?[\"“]"
    r"([A-ZÀ-Ý][a-zà-ÿ'-]+(?: [A-ZÀ-Ý][a-zà-ÿ'-]+){0,2})[\"”]"
)


def take_quoted_names(scan: Scan, lists: NameLists) -> None:
    """One's own name in quotes after words that say it is one's name."""
    if '"' in scan.masked or "“" in scan.masked:
        for match in list(_QUOTED_OWN_NAME.finditer(scan.masked)):
            if match.group(1).lower() not in lists.common:
                scan.take(match.start(1), match.end(1), "NAME")
