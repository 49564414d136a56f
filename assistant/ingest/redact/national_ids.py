"""National ID numbers other than the US SSN and the Dutch BSN, shown as ``[SSN]``: anywhere
in the forms only such numbers take (a Belgian national number with its dots and a valid
check, a British National Insurance number, an Italian codice fiscale, a Finnish identity
code with a valid check character, a French NIR with a valid key), and after their cue in
any form ("PESEL 88071503415", "My CPR is 150785-1234", "DNI 48271936L",
"Rentenversicherungsnummer: 65 170839 J 003"), also answered on the next turn ("your birth
number?" / "090283 41256"; "I need your personal identity number." / "sure its
880917-2383")."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import CONTRACT_BEFORE
from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.numbers import BSN_CUE_BETWEEN, NON_DIGIT, bsn_ok, luhn_ok
from assistant.ingest.redact.plates import BOOKING_BEFORE
from assistant.ingest.redact.scan import SPEAKER, Scan

KIND = "SSN"

# Belgian: YY.MM.DD-XXX.CC; the check is 97 minus the first nine digits modulo 97 (with a
# leading 2 for those born from 2000)
_BE = re.compile(r"(?<![\w.,-])\d\d\.\d\d\.\d\d[-.]\d{3}\.\d\d(?![\w-]|[.,]\d)")
# the same without its dots, only in a text that names it: "his was 52110403940"
# (its date maybe spaced too: "Het mijne is 99 02 14 408 04")
_BE_BARE = re.compile(r"(?<![\w.,-])\d\d( ?)\d\d\1\d\d[ -]?\d{3}[ -]?\d\d(?![\w-]|[.,]\d)")
_BE_CUE_STEMS = ("rijksregister", "insz", "niss", "registre national", "national register",
                 "national number", "national registry")  # fmt: skip
# a Norwegian fødselsnummer (birth date, then five digits) anywhere in a text that names a
# Nordic personal number: "Moet ik mijn personnummer geven? ... Het is 150285 44718"
_NO_FNR = re.compile(r"(?<![\w+.,-])([0-3]\d)([01]\d)\d\d ?\d{5}(?![\w-]|[.,]\d)")
# a Swiss AHV number, 756 and ten digits in dotted groups, its last digit an EAN-13 check:
# "756.3047.5009.62"
_CH_AHV = re.compile(r"(?<![\w.,-])756\.\d{4}\.\d{4}\.\d\d(?![\w-]|[.,]\d)")
_NORDIC_CUE_STEMS = ("personnummer", "fødselsnummer", "fodselsnummer", "birth number",
                     "personal identity number", "personal number", "f.nr.", "fødselsnr",
                     "personnr")  # fmt: skip
# a line that a BSN's label starts (not "Sofie Lund: ...")
_BSN_LINE = re.compile(r"\n[ \t]*(?i:bsn|burgerservicenummer)\b")
# its short form as a word ("her fnr 02079451277"; not "refnr", "LfNr")
_FNR_WORD = re.compile(r"(?<![\w.])fnr\b", re.IGNORECASE)
# British National Insurance: two letters (not D, F, I, Q, U, V; not O second), six digits, A-D
_UK_NI = re.compile(
    r"(?<![\w-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d\d ?\d\d ?\d\d ?[A-D](?![\w-])"
)
# ... or in lower case, in a text that names it ("NI", "NINO", "national insurance"): asked
# for in one turn, answered "np 62 03 71 d" in the next
# (with dashes too: "np-62-03-71-d", "np-620371-d")
_UK_NI_LOWER = re.compile(
    r"(?<![\w-])(?!bg|gb|nk|kn|tn|nt|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]"
    r"[ -]?\d\d[ -]?\d\d[ -]?\d\d[ -]?[a-d](?![\w-])"
)
NI_CUE = re.compile(r"(?<!\[)(?:\b(?-i:NI|NINO)\b|\bnational insurance\b)", re.IGNORECASE)
# the number named in any case ("ni no?", "NINo", "N.I. number", "Nat Ins"), not Northern
# Ireland in brackets ("NI (Northern Ireland)")
_NI_NAMED = re.compile(
    r"(?<!\[)(?:\b(?-i:NI)\b(?! ?\()|\b(?:ni|n\.i\.)(?= ?(?:number|no\b|nr\b|#|\?))|\bnino\b"
    r"|\bnat(?:ional|\.)? ?ins(?:urance|\.)?(?!\w))",
    re.IGNORECASE,
)
# another number's word right before a value of the same shape: "Ref ab 12 34 56 c", "my order
# is ab 12 34 56 c", "Tracking: hp 11 22 33 b"
_OTHER_CODE_BEFORE = re.compile(
    r"\b(?:ref\w*|code|tracking|track|order\w*|part|product|sku|item|artikel\w*|bestel\w*"
    r"|invoice|factuur|serial|model|case|ticket|parcel|pakket|zending|shipment|coupon|voucher"
    r"|member\w*|lid\w*|account|klant\w*)\b[^\n\d]{0,12}$",
    re.IGNORECASE,
)
# Italian codice fiscale: surname and name letters, year, month letter, day, place, check
_IT_CF = re.compile(r"(?<![\w-])[A-Z]{6}\d\d[ABCDEHLMPRST]\d\d[A-Z]\d{3}[A-Z](?![\w-])")
# the same read out sign by sign: "C L M M T T 9 1 T 0 8 G 2 7 3 D"
_IT_CF_SPACED = re.compile(r"(?<![\w-])(?:[A-Z0-9] ){15}[A-Z](?![\w-])")
# Finnish henkilötunnus: day, month, year, century sign, order, a check character (the nine
# digits modulo 31)
_FI_HETU = re.compile(r"(?<![\w-])[0-3]\d[01]\d\d\d[-+ABCDEFUVWXY]\d{3}[\dA-Y](?![\w-])")
_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Swedish personnummer: (century,) year, month, day, a dash, four digits with a Luhn check;
# only in a text that names such a number somewhere, as order numbers take the same shape
_SE_PNR = re.compile(r"(?<![\w-])(?:19|20)?(\d\d[01]\d[0-3]\d)[-+](\d{4})(?![\w-]|[.,]\d)")
_SE_PNR_FULL = re.compile(r"(?<![\w-])19(\d\d[01]\d[0-3]\d)-(\d{4})(?![\w-]|[.,]\d)")
# or typed without its dash, in a text about something Swedish
# (as a field of a list: "nordbanken.se,198407124455,...", not "log timestamp 199603140915")
_SE_PNR_COMPACT = re.compile(
    r"(?:(?<=[,;|\t])|(?<=[,;|] ))19(\d\d[01]\d[0-3]\d)(\d{4})(?![\w-]|[.,]\d)"
)
_SWEDISH = ("sverige", "sweden", "swedish", "svensk", ".se", "bankid", "skatteverket")
# numbers with a check letter, only in a text that names such a number (not just "personal"
# or "national"), as references take the same shapes: a Spanish DNI ("48273915C") and an
# Irish PPS number ("6283714C", "1234567TA")
_CHECK_LETTER = re.compile(r"(?<![\w-])(\d{8}|\d{7})-?([A-Z])(?:(?<=\d[A-W])([AHW]))?(?![\w-])")
_ES_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
# a DNI in brackets right after a person's name (a listed given name first), with no cue:
# "Lucía Fernández (05562841S)", "(05562841 S)" (not "Nike Air Max (12345678Z)")
_DNI_AFTER_NAME = re.compile(
    r"\b([A-ZÀ-Ý][a-zà-ÿ]+)(?: (?:de |del |de la )?[A-ZÀ-Ý][a-zà-ÿ]+){1,3} "
    r"\((\d{8})[ -]?([A-Z])\)"
)
# a Spanish NIE with its check letter, X, Y or Z counting as 0, 1 or 2: "Y4827361C"
_NIE = re.compile(r"(?<![\w-])([XYZ])-?(\d{7})-?([A-Z])(?![\w-])")
_IE_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"
# French NIR: sex, year, month, department, commune, order, key (97 minus the rest mod 97)
_FR_NIR = re.compile(
    r"(?<![\w-])[12] ?\d\d ?\d\d ?(?:\d\d|2[AB]) ?\d{3} ?\d{3} ?\d\d(?![\w-]|[.,]\d)"
)
_CUE = (
    r"(?:rijksregister\w*|insz(?:-nummer)?|niss|registre national|national (?:register|registry)"
    r"(?: number)?|national (?:id|identity|insurance)(?: number| no\.?)?|national number"
    r"|pesel|pps (?:no\.?|nr\.?|number)|ppsn?|personal public service(?: number)?|personnummer"
    r"|persoonsnummer"
    r"|(?-i:NIR)"  # France's, by its short name: "her NIR starts the same way, it's 2 14 08 ..."
    r"|personal (?:id |identity |identification )?(?:number|code)|matricule"
    r"|cpr(?:-nummer|-nr| number| nr| no\.?)?|henkilötunnus|hetu|fødselsnummer|birth number"
    r"|(?-i:DNI|NIE|NIF)"
    r"|codice fiscale|sécurité sociale|securite sociale|numéro de sécu\w*"
    r"|sociale-?zekerheidsnummer|social security(?: number| no\.?)?"
    r"|sozialversicherungs\w*|rentenversicherungs\w*|sv-nummer|sv-?nr|steuer-?id\w*"
    # a German tax ID, in German, English or Dutch
    r"|steuer-?identifikationsnummer|steuerliche identifikationsnummer|identifikationsnummer"
    r"|(?-i:IdNr|ID-Nr|Id-Nr)\.?"  # its short form: "IdNr 2649 1735 818"
    r"|tax id(?:entification)?(?: number| no\.?)?"
    r"|belastingidentificatienummer"
    r"|sociale? verzekeringsnummer"  # a German one, named in Dutch
    r"|nhs (?:number|no\.?)|ahv(?:-nummer|-nr| number)?|avs"
    # other countries' names for them, in their own words or abbreviated: Iceland, Romania,
    # Greece, the Baltics, India, Nigeria, Australia, Canada, Brazil, Turkey, Morocco, Czechia
    # and Slovakia, Bulgaria, Austria in English, the UK's NI number; DNI in lower case too
    r"|kennitala|(?-i:CNP|AMKA|NIN|TFN|SIN|CIN|EGN)|amka(?:-nummer)?|isikukood|asmens kodas"
    r"|(?-i:sin)(?= is\b| (?:nr|no|number)\b| ?[:#])"  # typed in lower case: "sin is 046 ..."
    r"|personas kods|aadhaa?r(?: number| no\.?)?|tax file number|cpf|t\.?c\.? kimlik(?: no| nr)?"
    r"|kimlik(?: no| numarası)?|rodn[ée] [čc][íi]slo|social insurance(?: number| no\.?)?"
    r"|ni (?:number|no\.?)|nino|dni)"
)
NATIONAL_CUE = re.compile(r"(?<!\[)\b" + _CUE + r"\b", re.IGNORECASE)
# after the cue, a few words at most, in the same sentence ("(papa):", "if you need it:")
_AFTER_CUE = re.compile(
    # within the sentence: not "rijksregister niet opgegeven. Tel 0495 11 22 33"
    # a dot that ends an abbreviation, not the sentence ("I didn't give my SIN. Then ...")
    # or a form's dotted leader: "CPR ......... 030392-2285"
    # or an aside in brackets, digits and all: "Social Insurance Number (required for disputes
    # over $1,000): 046 ..."
    r"(?<!\[)\b" + _CUE + r"\b(?:\.(?! (?-i:[A-Z])))?(?:[ \t]*\.{3,}[ \t]*)?"
    r"((?:[ \t]*\([^()\n\[\ue000]{1,60}\))?[^\n\d\[\ue000.]{0,60}?)"
    r"(?<![\w-])(\d{2} ?\d{6} ?(?-i:[A-Z]) ?\d{2} ?\d|\d{6}(?-i:[-+A]\d{3}[\dA-Z])"  # DE, FI
    r"|(?-i:[XYZ]-?\d{7}-?[A-Z])"  # a Spanish NIE: "X-4719283-L"
    r"|[a-z]{2} ?\d\d ?\d\d ?\d\d ?[a-d]"  # a British NI number in any case: "ab123456c"
    r"|(?-i:[A-Z]{1,2}\d{5,8})"  # a Moroccan CIN: "BE847213"
    r"|\d{6}/\d{3,4}|\d[\d .-]{4,19}\d(?-i: ?[A-Z]{1,2})?)"  # "2 79 11 59 350 114 27"
    r"(?![\w-]|[.,]\d)",  # and a Czech or Slovak birth number, "785612/4421"
    re.IGNORECASE,
)
# the cue named in an aside about a date of birth: "Geboortedatum (uit CPR afgeleid): 15-03-1984"
_DATE_VALUE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d")
_BIRTH_ASIDE_BEFORE = re.compile(
    r"\b(?:geboortedatum|date of birth|birth ?date|dob|geburtsdatum|born|geboren)\b[^\n()]{0,10}"
    r"\([^)\n]*$",
    re.IGNORECASE,
)
# words between the cue and a number that is some other value: "national number I rather not
# send, call me on 0476 ...", "rijksregister heb ik niet bij de hand maar mijn gsm is 0478 ..."
NOT_THIS = re.compile(
    r"\b(?:not|niet|nicht|pas|rather|liever|call|bel|phone|gsm|tel|telefoon|mobile|mobiel"
    r"|handy|\w+n['’]t|birth|geboorte\w*|dob|born|geboren"  # "don't want to give ... birth"
    r"|code|verification|verificatie\w*)\b",
    re.IGNORECASE,
)


# asked for in one turn, answered alone in the next
# (a question, or a request: "Dan je rijksregisternummer graag."), by a speaker maybe shown
# with the time ("[14:22] klant:", "10:13 Customer:")
# or a sentence that asks for it ("I need your personal identity number.")
def _answer(group: str) -> str:
    """The next line holding the number alone, in the named group."""
    return (
        r"[ \t]*\n"
        + SPEAKER
        + r"[^\n\d]{0,20}?(?<![\w+-])(?P<"  # (not a phone's country code: "+353 87 ...")
        + group
        + r">\d[\d .-]{4,19}\d(?-i: ?[A-Z]{1,2})?)[ \t.]*$"
    )


_NEXT_LINE = re.compile(
    r"(?<!\[)\b"
    + _CUE
    + r"\b[^\n\d\ue000\[]{0,60}(?:[?:]|\b(?:graag|please|pls|aub|svp)[.!]?)"
    + _answer("answer")
    + r"|\b(?:need|nodig|give|geef|provide|send|stuur|enter|confirm|bevestig\w*)\b[^\n\d.]{0,30}"
    + r"\b"
    + _CUE
    # (not when the cue's sentence gave it: "my PPSN is 6190375N.\nPhone: ...")
    + r"\b[^\n\d.\ue000]{0,30}\."
    + _answer("asked"),
    re.IGNORECASE | re.MULTILINE,
)
# the number given a sentence after its cue: "... my German tax ID, or the office refuses it.
# That number is 47 036 892 815."
_SAID_AFTER = re.compile(
    r"\b(?:(?:that|this|the|my|dat|dit|het|mijn|dieses?|die|meine)"
    # also the right one, after a wrong one: "a wrong SIN. The correct number is 527 193 841"
    r"(?: (?P<right>correct|right|real|juiste|goede|correcte|richtige))?"
    r" (?:number|nummer|nr\.?|no\.?) (?:is|was|lautet|luidt)"
    # or one's own, the number named in the sentence before: "vroegen jullie de
    # Sozialversicherungsnummer van de reisleider. Hier is die van mij: 1237 140382"
    r"|(?P<mine>hier is (?:die|het|de) van mij|die van mij is|de mijne is|het mijne is"
    r"|here is mine|here['’]s mine|mine is|mine['’]s|meine (?:ist|lautet)|voici le mien"
    r"|le mien est|la mienne est))[: ]+"
    r"(?P<value>\d[\d .-]{4,19}\d)(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,.!?\n]")
# what the number is for, a few words before the document's word: "PESEL voor de Poolse
# factuur: ..." (not "PESEL voor de factuur is contract ...")
_FOR_WORD = re.compile(
    r"\b(?:for|voor|für|pour|para|per)\b(?:[ \t]+[^\s:,.]+){0,3}[ \t]*$", re.IGNORECASE
)


def _contract_number(between: str) -> bool:
    """The words between cue and number end on another document's number ("... is contract
    5521-093-17"), not on what the ID is for ("PESEL voor de Poolse factuur: 92112308549")."""
    contract = CONTRACT_BEFORE.search(between)
    return contract is not None and not (
        between.rstrip().endswith(":") and _FOR_WORD.search(between, 0, contract.start())
    )


_OTHER_NUMBER_WORD = re.compile(
    r"\b(?:invoice|factuur|booking|boeking|order|bestelling|reference|referentie|ref|phone"
    r"|telefoon\w*|gsm\w*|mobiel\w*|mobile|postcode|zip|account|rekening\w*|iban|klant\w*"
    r"|customer|member|lid\w*|policy|polis\w*|claim|ticket|dossier)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d")
# cheap tests first: the shapes the checked forms share, and the cues' stems in lower case
_SHAPE_HINT = re.compile(
    r"\d\d\.\d\d\.\d\d|[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]|[A-Z]\d\d[A-Z]\d{3}|[12] ?\d\d ?\d\d ?\d"
    r"|\d{6}[-+A-Y]\d{3}"
)
CUE_STEMS = (
    "rijksregister", "insz", "niss", "registre", "national", "pesel", "pps", "personnummer",
    "matricule", "persoonsnummer", "verzekeringsnummer",
    "personal", "cpr", "henkilö", "hetu", "fødsels", "birth number", "codice", "sécu", "secu",
    "zekerheid", "social security", "versicherung", "sv-nummer", "svnr", "sv-nr", "steuer",
    "tax id", "nhs", "fnr",
    "ahv", "avs",
    "kennitala", "cnp", "amka", "nin", "tfn", "sin", "cin", "egn", "isikukood", "asmens",
    "personas", "aadhar", "aadhaar", "tax file", "cpf", "kimlik", "rodn", "social insurance",
    "ni n", "nino", "nir", "dni", "belastingidentificatie", "f.nr.", "personnr", "idnr", "id-nr",
)  # fmt: skip


def _be_ok(value: str) -> bool:
    digits = "".join(_DIGITS.findall(value))
    if len(digits) != 11:
        return False
    head, check = int(digits[:9]), int(digits[9:])
    return check in (97 - head % 97, 97 - (2_000_000_000 + head) % 97)


def _be_bare_ok(value: str) -> bool:
    """Eleven digits with a Belgian number's check, its month 1 to 12 (or 21 to 32, 41 to 52
    in the numbers given without a known birth date)."""
    digits = "".join(_DIGITS.findall(value))
    month = int(digits[2:4]) % 20
    return _be_ok(digits) and 1 <= month <= 12 and int(digits[4:6]) <= 31


def _hetu_ok(value: str) -> bool:
    day, month = int(value[:2]), int(value[2:4])
    return (
        1 <= day <= 31
        and 1 <= month <= 12
        and _FI_CHECK[int(value[:6] + value[7:10]) % 31] == value[10]
    )


def _letter_ok(digits: str, letter: str, second: str | None) -> bool:
    """A Spanish DNI's letter (the number modulo 23) or an Irish PPS number's (weights 8 to
    2, and 9 for a second letter, modulo 23)."""
    if len(digits) == 8:
        return second is None and _ES_LETTERS[int(digits) % 23] == letter
    weighted = sum(int(d) * (8 - i) for i, d in enumerate(digits))
    if second:
        weighted += 9 * _IE_LETTERS.index(second)
    return _IE_LETTERS[weighted % 23] == letter


def _pnr_ok(match: re.Match[str]) -> bool:
    date, tail = match.group(1), match.group(2)
    return 1 <= int(date[2:4]) <= 12 and 1 <= int(date[4:6]) <= 31 and luhn_ok(date + tail)


def _nir_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if len(compact) != 15:
        return False
    body = compact[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and int(compact[13:]) == 97 - int(body) % 97


def _ahv_ok(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


def digits_ok(digits: int) -> bool:
    """Six to fifteen digits, as these numbers have."""
    return 6 <= digits <= 15


def _value_ok(value: str) -> bool:
    return digits_ok(len(_DIGITS.findall(value)))


# a German social insurance number by its shape: area, date of birth, a letter, serial and
# check ("53 140690 I 02 7"), where the text names it
_DE_SV = re.compile(
    r"(?<![\w-])\d\d ?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d ?[A-Z] ?\d\d ?\d(?![\w-])"
)
_DE_SV_STEMS = ("versicherung", "sv-nummer", "sv-nr", "svnr", "rv-nummer", "rv-nr", "rvnr")
# an identity document's number after its own label: "Passport no.: ...", "Documentnummer:",
# "document no." with the document named on its line or the line before ("Soort legitimatie:
# Paspoort / Documentnummer: ..."), not past another document's word ("Invoice")
_ID_DOCS = (
    "passport", "paspoort", "pasaporte", "passeport", "reisepass", "personalausweis",
    "ausweis", "idcard", "id card", "id-card", "id-kaart", "identity card", "identiteitskaart",
    "identiteitsbewijs", "legitimatie", "carta d'identità", "carta d'identita", "dowód",
    "documento de identidad",
)  # fmt: skip
_ID_DOC = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in _ID_DOCS) + r")\b", re.IGNORECASE
)  # whole words: not the "id card" in "a valid card"
_GENERIC_DOCS = ("documento", "document", "dokument", "doc")  # named by the text around
_OTHER_DOC = re.compile(
    r"\b(?:invoice|factuur|rechnung|fattura|factura|order|bestelling|receipt|bon|quote|offerte"
    r"|label|pakket|parcel)\b",
    re.IGNORECASE,
)
_DOC_NUMBER = re.compile(
    r"(?<!\[)\b(?P<doc>"
    + "|".join(re.escape(word) for word in _GENERIC_DOCS + _ID_DOCS)
    # or right after the document's label: "Passport/ID: L01X00T47", "Passport/ID number: ..."
    + r")(?: ?/ ?id)?(?P<numbered>\.?[ -]?(?:no|nr|number|nummer|nº|n°)\.?[ \t]*[:#]?|[ \t]*:)"
    # or asked, and answered on the next turn: "uw Personalausweis-nummer?" / "Gast: LF7K29R45"
    # (a speaker's label of any length: what one pass masks, the next must read the same way)
    r"(?:(?<=[a-z.])(?: please| graag| alstublieft)?[ \t]?\?[ \t]*\n(?:\[[\d:]+\][ \t]*)?"
    r"(?:[^\n:]{1,80}:)?)?[ \t]*"
    r"(?P<value>(?-i:[A-Z0-9]{8,10}))(?![\w-])",
    re.IGNORECASE,
)


_WORD_HEAD = re.compile(r"[A-Z]{4,}")
# the document named right after its number: "Document: NWRK82P31 (passport)"
_ID_DOC_AFTER = re.compile(r"[ \t]*[(,–-]?[ \t]*" + _ID_DOC.pattern, re.IGNORECASE)


def _take_document_numbers(scan: Scan) -> None:
    text = scan.masked
    for match in list(_DOC_NUMBER.finditer(text)):
        value = match.group("value")
        if not _DIGITS.search(value) or value.isdigit():
            continue
        generic = match.group("doc").lower() in _GENERIC_DOCS
        head = _WORD_HEAD.match(value)
        if (
            generic
            and match.group("numbered").strip() == ":"
            and head
            and head.group().lower() in name_lists().common
        ):
            continue  # "Document: ORDER2024X": a word first, no document's number (not
            # "Document: NWRK82P31", letters that make no word)
        if not generic:
            scan.take(match.start("value"), match.end("value"), KIND)  # "Passport no.: ..."
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        window_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # the line before too
        named = [found.end() for found in _ID_DOC.finditer(text, window_start, match.start())]
        if _ID_DOC_AFTER.match(text, match.end()):
            scan.take(match.start("value"), match.end("value"), KIND)  # "... (passport)"
            continue
        if named and not (
            _OTHER_DOC.search(text, named[-1], match.start())
            or _OTHER_DOC.search(text, match.end(), match.end() + 20)  # "... on the label"
        ):
            scan.take(match.start("value"), match.end("value"), KIND)


# a Canadian SIN in its three groups, with its Luhn check, anywhere in a text that names one:
# "it keeps asking for my SIN??" ... "i already typed it in the form, it's 046 772 133"
_CA_SIN = re.compile(r"(?<![\w+/.,-])\d{3}([ -]?)\d{3}\1\d{3}(?![\w-]|[.,]\d)")
_SIN_WORD = re.compile(r"\bSIN\b|\b(?i:social insurance)\b")
# (not a phone's or another document's number: "Call me at ...", "my order 123 456 782", "the
# reference on the letter is ...", nor a Dutch BSN)
_BSN_BEFORE = re.compile(r"bsn|burgerservicenummer|sofi", re.I)
_NOT_SIN_BEFORE = re.compile(
    r"\b(?:call|phone|tel|mobile|cell|text|bel|gsm|mobiel|telefoon|order|invoice|reference|ref"
    r"|factuur|bestelling|ticket|case|account|member|policy|tracking|letter|receipt"
    r"|bsn|burgerservicenummer|sofi\w*)\b"  # nor a BSN: "Uw Nederlandse BSN uit die periode: ..."
    r"[^\d\n]{0,30}$",
    re.I,
)


def take_national_ids(scan: Scan) -> None:
    if ("SIN" in scan.text or scan.mentions("social insurance")) and _SIN_WORD.search(scan.text):
        for match in list(_CA_SIN.finditer(scan.masked)):
            digits = NON_DIGIT.sub("", match.group())
            before = _NOT_SIN_BEFORE.search(scan.masked, max(0, match.start() - 30), match.start())
            if luhn_ok(digits) and not (
                before and (not _BSN_BEFORE.match(before.group()) or bsn_ok(digits))
            ):
                scan.take(match.start(), match.end(), KIND)
    if scan.mentions(*_DE_SV_STEMS):
        scan.take_all(_DE_SV, KIND)
    if scan.mentions(*_ID_DOCS):
        _take_document_numbers(scan)
    if scan.mentions("codice", "fiscal"):
        for match in list(_IT_CF_SPACED.finditer(scan.masked)):
            if _IT_CF.fullmatch(match.group().replace(" ", "")):
                scan.take(match.start(), match.end(), KIND)
    if _SHAPE_HINT.search(scan.masked):
        for match in list(_BE.finditer(scan.masked)):
            if _be_ok(match.group()):
                scan.take(match.start(), match.end(), KIND)
        scan.take_all(_UK_NI, KIND)
        scan.take_all(_IT_CF, KIND)
        for match in list(_FI_HETU.finditer(scan.masked)):
            if _hetu_ok(match.group()):
                scan.take(match.start(), match.end(), KIND)
        for match in list(_FR_NIR.finditer(scan.masked)):
            if _nir_ok(match.group()):
                scan.take(match.start(), match.end(), KIND)
    if "756." in scan.masked:
        for match in list(_CH_AHV.finditer(scan.masked)):
            if _ahv_ok(match.group()):
                scan.take(match.start(), match.end(), KIND)
    # a Swedish personnummer with its century, born in the 1900s, and its Luhn check: no
    # order or date reads so ("Elin Sjöberg, 19780102-6647")
    for match in list(_SE_PNR_FULL.finditer(scan.masked)):
        if _pnr_ok(match):
            scan.take(match.start(), match.end(), KIND)
    if scan.mentions(*_SWEDISH):
        for match in list(_SE_PNR_COMPACT.finditer(scan.masked)):
            if _pnr_ok(match):
                scan.take(match.start(), match.end(), KIND)
    if " (" in scan.masked:
        for match in list(_DNI_AFTER_NAME.finditer(scan.masked)):
            if match.group(1) in name_lists().first and _letter_ok(
                match.group(2), match.group(3), None
            ):
                scan.take(match.start(2), match.end(3), KIND)
    if scan.mentions("ni", "n.i.", "nat", "national ins") and _NI_NAMED.search(scan.masked):
        for match in list(_UK_NI_LOWER.finditer(scan.masked)):
            if not _OTHER_CODE_BEFORE.search(
                scan.masked, max(0, match.start() - 30), match.start()
            ):
                scan.take(match.start(), match.end(), KIND)
    if not (
        scan.mentions(*CUE_STEMS) or "DNI" in scan.text or "NIE" in scan.text or "NIF" in scan.text
    ):
        return
    if scan.mentions(*_BE_CUE_STEMS):
        for match in list(_BE_BARE.finditer(scan.masked)):
            if _be_bare_ok(match.group()):
                scan.take(match.start(), match.end(), KIND)
    if scan.mentions(*_NORDIC_CUE_STEMS) or _FNR_WORD.search(scan.text):
        for match in list(_NO_FNR.finditer(scan.masked)):
            if 1 <= int(match.group(1)) <= 31 and 1 <= int(match.group(2)) <= 12:
                scan.take(match.start(), match.end(), KIND)
    for match in list(_SE_PNR.finditer(scan.masked)):
        if _pnr_ok(match):
            scan.take(match.start(), match.end(), KIND)
    if "DNI" in scan.text or "NIE" in scan.text or "NIF" in scan.text or scan.mentions("pps"):
        for match in list(_CHECK_LETTER.finditer(scan.masked)):
            if _letter_ok(match.group(1), match.group(2), match.group(3)):
                scan.take(match.start(), match.end(), KIND)
        for match in list(_NIE.finditer(scan.masked)):  # checked as the DNI it stands for
            digits = str("XYZ".index(match.group(1))) + match.group(2)
            if _letter_ok(digits, match.group(3), None):
                scan.take(match.start(), match.end(), KIND)
    for match in list(_AFTER_CUE.finditer(scan.masked)):
        if (
            _value_ok(match.group(2))
            and not NOT_THIS.search(match.group(1))
            and not BSN_CUE_BETWEEN.search(match.group(1))
            and not _contract_number(match.group(1))  # "... is contract 5521-093-17"
            and not (  # a date after the aside, not a number inside it nor the ID itself
                ")" in match.group(1)
                and _DATE_VALUE.fullmatch(match.group(2)) is not None
                and _BIRTH_ASIDE_BEFORE.search(
                    scan.masked, max(0, match.start() - 40), match.start()
                )
            )
        ):
            scan.take(match.start(2), match.end(2), KIND)
    for cue in list(NATIONAL_CUE.finditer(scan.masked)):
        said = _SAID_AFTER.search(scan.masked, cue.end(), cue.end() + 200)
        # not when the cue's own clause refuses it: "rijksregisternummer heb ik niet. Het
        # nummer is 0470 ..."
        if not said or not _value_ok(said.group("value")):
            continue
        between = scan.masked[cue.end() : said.start("value")]
        if BSN_CUE_BETWEEN.search(between):
            continue  # "geen codice fiscale, alleen mijn BSN: 614297084": the BSN rules' own
        if said.group("right") or said.group("mine"):
            # the right one after a wrong one ("mijn PESEL klopt niet, het juiste nummer is
            # ..."), or one's own ("Hier is die van mij: ..."), unless another number was named
            # since: "... the invoice number is wrong", "What's your reference? Mine is ..."
            if not _OTHER_NUMBER_WORD.search(between):
                scan.take(said.start("value"), said.end("value"), KIND)
            continue
        clause = _CLAUSE_END.split(between, maxsplit=1)[0]
        if not NOT_THIS.search(clause):
            scan.take(said.start("value"), said.end("value"), KIND)
    for match in list(_NEXT_LINE.finditer(scan.masked)):
        group = "answer" if match.group("answer") else "asked"
        if _BSN_LINE.search(scan.masked, match.start(), match.start(group)) and bsn_ok(
            NON_DIGIT.sub("", match.group(group))
        ):
            continue  # the next line is the BSN's own: "rijksregisternummer:\nBSN: 930182741"
            # (the BSN rules take it; one that fails the 11-test stays a national number)
        if _value_ok(match.group(group)):
            scan.take(match.start(group), match.end(group), KIND)


# the date of birth as a form writes it: "Geboortedatum: 15.08.1984", "1984-08-15"
_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})")
# an ID that starts with its holder's date of birth, as Nordic and Belgian ones do:
# "Geboortedatum: 15.08.1984" ... "ID-nummer (optioneel): 150884 48232"
_BORN_ID = re.compile(r"(?<![\w.,-])(\d{6})[ -]?(\d{4,5})(?![\w-]|[.,]\d)")


def take_ids_with_birth_date(scan: Scan) -> None:
    """A ten- or eleven-digit number whose first six digits are a date of birth taken in the
    same text (day, month, year as DDMMYY or YYMMDD): that person's national ID."""
    heads: set[str] = set()
    for found in scan.found:
        if found.kind == "BIRTH_DATE":
            date = _DMY.fullmatch(scan.text, found.start, found.end)
            if date:
                day, month, year = (
                    (date.group(1), date.group(2), date.group(3))
                    if date.group(1)
                    else (date.group(6), date.group(5), date.group(4))
                )
                day, month = day.zfill(2), month.zfill(2)
                heads |= {day + month + year[2:], year[2:] + month + day}
    if not heads:
        return
    for match in list(_BORN_ID.finditer(scan.masked)):
        if match.group(1) in heads and not BOOKING_BEFORE.search(  # not "Order 0102901234"
            scan.masked, max(0, match.start() - 20), match.start()
        ):
            scan.take(match.start(), match.end(), KIND)
