"""Names known by the line they stand on rather than by the words around them: a name typed
in capitals after a name label ("Name on card: LUCIA FERNANDEZ PRIETO"), and the speaker
lines of a copied chat, a name and the time ("Dominika 10:14")."""

from __future__ import annotations

import re
from collections import Counter

from assistant.ingest.redact.name_lists import PARTICLES, ROLES, NameLists
from assistant.ingest.redact.scan import Scan

_CARD_NAME_LABEL = (
    r"name on (?:the )?card|card ?holder|kaarthouder|naam op (?:de )?(?:kaart|pas)"
    r"|karteninhaber|titulaire(?: de la carte)?"
)
_NAME_LABEL = (  # maybe in a table's row: "| Cardholder | MAREK NOWAK |"
    r"^[ \t]*(?:\|[ \t]*)?(?i:"
    + _CARD_NAME_LABEL
    + r"|naam|name|full name|nom|nombre|titular|account ?holder|rekeninghouder)"
    # "Cardholder name:", also a table's cell: "Naam op kaart| JOANNA KOWALCZYK"
    + r"(?i:[ \t]+(?:name|naam))?[ \t]*[:|][ \t]*"
)
_CAPS_NAME = (
    r"(?:(?:MR|MRS|MS|MISS|DR|DHR|MEVR)\.?[ \t]+)?"  # a title stays: "MR ANDREW J COLLINS"
    + r"([A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: (?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+|[A-Z]\.|[A-Z](?= [A-ZÀ-Þ])|[a-z]{1,3}))+)"
    # at the line's end, or before the next label on a scanned form: "Achternaam: DE VRIES
    # Voornaam: ANNEKE"
    + r"(?:[ \t]*\|?[ \t]*$|(?=[ \t]{2,}[A-Z][\w /-]{1,30}:))"  # "J." or "J"
)
_CAPS_AFTER_LABEL = re.compile(_NAME_LABEL + _CAPS_NAME, re.MULTILINE)
# a card's holder by a bare label, only beside a card's number (not a product's "Holder: MAGSAFE
# COMPATIBLE"), also in Norwegian or Swedish: "Holder: KENJI WATANABE", "Navn på kort: ..."
_HOLDER_CAPS = re.compile(
    r"^[ \t]*(?i:holder|kortholder|kortinnehavare|navn på kort(?:et)?|namn på kort(?:et)?)"
    r"[ \t]*:[ \t]*" + _CAPS_NAME,
    re.MULTILINE,
)
# in capitals after "name on the card is" or a payment's "to", as banks print them: "Name on
# the card is RAVI K SHAH", "approve payment of £1,450.00 to J SMITH"
_CAPS_AFTER_CUE = re.compile(
    r"\b(?i:name on (?:the |my )?card(?: is|:)|(?:payment|transfer|betaling|overboeking"
    r"|overschrijving)\b[^\n]{0,30}? (?:to|aan|naar)) "
    r"((?:[A-Z]\.? )?[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: (?:[A-Z]\.?|[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)){0,2})(?![\w'’-])"
)
# in capitals after a card's name label inside a line, any alphabet's capitals: "Naam op kaart:
# P. SZYMAŃSKI. Polis verstuurd ..."
_CAPS_AFTER_CARD_LABEL = re.compile(
    r"\b(?i:" + _CARD_NAME_LABEL + r")[ \t]*:"
    r"[ \t]*((?:[A-Z]\. ?){0,3}[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2})(?=[.,;]?(?:\s|$))"
)
# the holder's name as a card shows it, after its expiry: "VALID THRU 02/28 M VAN DER HEIJDEN"
_EMBOSSED_NAME = re.compile(
    # (maybe after a dash: "VALID THRU 10/25 – SARA LINDSTROM")
    r"\b(?:VALID THRU|GOOD THRU|VALID UNTIL|GELDIG T/M)[ \t]+\S+[ \t]+(?:[–—-][ \t]+)?"
    r"((?:[A-Z]\.? )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*){0,3})(?=[ \t]*(?:\n|$))",
    re.MULTILINE,
)
# in capitals after who signed for a parcel, anywhere on the line: "delivered at 13:41. Signed
# by: VAN ROOIJ" (checked against the word lists below)
_CAPS_SIGNED = re.compile(
    r"\b(?i:signed by|signed for by|getekend door|afgetekend door|ondertekend door"
    r"|unterschrieben von)[ \t]*:?[ \t]*"  # (not "received by HR")
    r"((?:[A-Z]\. ?){0,3}"  # maybe after initials: "A. BOUZIANE"
    r"(?:(?:VAN|DE|DER|DEN|TER|TEN|VON|LE|LA|EL|DA|DI|DU|MC|O') ?)*[A-ZÀ-Þ][A-ZÀ-Þ'’-]+"
    r"(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,2})(?![\w'’-])"
)
_INITIALS_FIRST = re.compile(r"(?:[A-Z]\. ?)+")
# a name in quotes after a person's title: 'meneer "De Bruin". Hij zei', 'Spoke to Mrs "Kaya"
# on the phone' (not after "Dr", a brand's: 'Dr. "Dre" headphones')
_TITLE_QUOTED = re.compile(
    r"\b(?i:meneer|mevrouw|mevr|dhr|heer|mr|mrs|ms|miss|mister|herr|frau)\.? [\"“']"
    r"((?:(?i:van|de|der|den|ter|ten|van der|van den|van de) )?(?-i:[A-Z])[\w'’-]+"
    r"(?: (?-i:[A-Z])[\w'’-]+)?)[\"”']"
)
# who wrote a note, in brackets before their line or role: "Interne notitie (Bas, 2e lijn):",
# "(Sanne, support)" (a listed given name, also one that is a word)
_NAME_THEN_LINE = re.compile(
    r"\(([A-Z][a-zà-ÿ]{1,15}), (?i:\d(?:e|de|ste|nd|rd|th|st)[ -]?(?:lijn|line)|first line"
    r"|second line|eerste lijn|tweede lijn|support|helpdesk|servicedesk|backoffice|back office"
    r"|teamleider|team lead|supervisor|medewerker|agent|klantenservice|customer service)\)"
)
# or alone in brackets after the note's word: "Interne notitie (Mark): klant teruggebeld"
_NOTE_BY = re.compile(
    r"\b(?i:notitie|note|memo|opmerking|aantekening|notes)\w* \(([A-Z][a-zà-ÿ]{1,15})\) ?:"
)
# months and seasons that are given names too: "Meeting notes (April):", "Notes (Summer):"
_NOT_A_WRITER = frozenset(
    "january february march april may june july august september october november december"
    " januari februari maart mei juni juli augustus oktober"
    " spring summer autumn fall winter lente zomer herfst".split()
)
# the answer on the next turn to a card's name asked for: "Name as on card?" / "[16:51] Guest:
# THOMAS A BERGSTRÖM" (alone on its line, maybe after the speaker and the time)
_CARD_NAME_ANSWER = re.compile(
    r"(?i:\bname(?: exactly)?(?: as| like)?(?: it is| it's)? (?:on|printed on) (?:the |your )?card"
    r"|naam (?:zoals )?op (?:de |uw |je )?(?:kaart|pas))[^\n?]{0,20}\?[ \t]*\n"
    r"(?:\[[\d:]+\][ \t]*)?(?:[^\n:]{1,80}:[ \t]*)?"
    r"((?:[A-Z]\.? )?[A-ZÀ-Þ][\w'’-]+(?: (?:[A-Z]\.?|[A-ZÀ-Þ][\w'’-]+|van|de|der|den|von)){1,3})"
    r"[ \t]*(?:\n|$)"
)
_CARD_ANSWER_WORDS = frozenset(
    "card cards holder company business corporate debit credit visa mastercard amex kaart pas"
    " bedrijf zakelijk zakelijke".split()
)
# a name in quotes as a screen or a ticket shows it: 'the app shows my name as "KOWALSKI
# ANNA"', 'mijn naam staat als "Jansen, P." op de kaart'
_NAME_SHOWN_AS = re.compile(
    r"\b(?i:(?:my|his|her|the|mijn|zijn|haar|de) name (?:as|is shown as|shows as|appears as)"
    r"|(?:mijn|zijn|haar|de) naam (?:als|staat als|wordt getoond als))[ \t]*[\"“]"
    r"((?-i:[A-ZÀ-Þ][\w'’.-]+(?:,? [A-ZÀ-Þ][\w'’.-]*){1,3}))[\"”]"
)
_QUOTED_FILLERS = frozenset(("onbekend", "unknown", "anoniem", "anonymous", "nvt", "klant"))
# what a card has printed besides its holder's name
_CARD_PRINT = re.compile(
    r"\b(?:CONTACTLESS|DEBIT|CREDIT|VISA|MASTERCARD|MAESTRO|AMEX|PLATINUM|GOLD|BUSINESS|SEE"
    r"|TERMS|ELECTRON|PREPAID|CARD|BANK)\b"
)
# what signs for a parcel that is no one, as the whole value: a desk, a carrier, a place it
# was left ("MAILROOM", "DPD"; not "VAN BUREN", "PIETERSE UPS")
_SIGNER_NO_ONE = re.compile(
    r"(?i:mailroom|postkamer|concierge|reception|receptie|frontdesk|front desk|doorman|porch"
    r"|safeplace|safe place|parcelshop|pakketpunt|servicepoint|directie|ceo|hr|dpd|gls|dhl|ups"
    r"|postnl|fedex|tnt|bpost|neighbou?r|buren|contactless|tankstation|onbekend|nvt|unknown"
    r"|beveiliging|security|portier|postman|postbode)"
)
# or a firm, its legal form last: "BAKKER BV", "JANSEN TRANSPORT BV"
_LEGAL_FORM_LAST = re.compile(r"\b(?i:bv|b\.v\.|nv|ltd|llc|inc|gmbh|plc)$")
# a card's name typed in lower case with an initial, inside a sentence: "code 771 name on card
# l. martens", "naam op de kaart: p. de wit."
_LOWER_CARD_NAME = re.compile(
    r"\b(?i:" + _CARD_NAME_LABEL + r")[ \t]*(?::|is|=)?[ \t]*"  # "name on card is b. achterberg"
    r"((?-i:[a-z]\.(?: ?[a-z]\.)? ?(?P<particles>(?:(?:van|de|der|den|ter|ten|von|le|la) )*)"
    r"(?P<surname>[A-Za-z][a-zà-ÿ'’]+)"
    r"(?:-(?:(?:van|de|der|den|ter|ten) )*[A-Za-z][a-zà-ÿ'’]+)?))"
    r"(?![\w@])"
)
# a surname alone in capitals after a surname's label: "Nom: MOREAU", "Achternaam: DE GROOT"
_SURNAME_LABELS = (
    r"(?i:nom de famille|achternaam|surname|last ?name|family name|nachname|apellidos?|nazwisko"
    r"|cognome|nom)"
)
# or a given name's, as a scanned form has them side by side: "Surname: MÜLLER   First name:
# KLAUS-PETER"
_CAPS_SURNAME_LABEL = re.compile(
    r"(?:^|(?<=[ \t]{2}))[ \t]*(?:"
    + _SURNAME_LABELS
    + r"|(?i:first ?name|given ?name|forenames?|voornaam|vorname|prénom|imię))"
    + r"[ \t]*:[ \t]*(?!(?:INCONNU|ONBEKEND|UNBEKANNT|NVT|NONE|NIL|TBC)\b)"
    r"([A-ZÀ-Þ][A-ZÀ-Þ'’-]+)(?:[ \t]*$|(?=[ \t]{2,}[A-Z][\w /-]{1,30}:))",
    re.MULTILINE,
)
# a surname with its particles after a surname's label, maybe in two languages ("Surname: van
# 't Hek", "Achternaam / Surname: van der Hek"): a word after particles there is a surname
_PARTICLE_SURNAME_LABEL = re.compile(
    r"^[ \t]*(?:"
    + _SURNAME_LABELS
    + r"[ \t]*/[ \t]*)?"
    + _SURNAME_LABELS
    + r"[ \t]*:[ \t]*((?:(?:van|de|der|den|ter|ten|het|'t|von|zu|di|da|du|le|la|el|op|in) )+"
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)[ \t]*$",
    re.MULTILINE,
)
# a passenger as airlines write one, surname and given name in capitals: "WALSH/CONOR MR"
_AIRLINE_NAME = re.compile(
    r"(?<![\w/])(?![A-Z]{3}/[A-Z]{3}(?![\w/]))"  # not a route: "AMS/LHR"
    r"(?!(?:MM|DD|JJ|YY|AA|JJJJ|YYYY)/(?:MM|DD|JJ|YY|AA|JJJJ|YYYY)\b)"  # a date's form: "MM/JJ"
    # with the surname's particles: "DE JONG/SEM CHD"
    r"((?:(?:DE|VAN|DER|DEN|TER|TEN|VON|LE|LA|DI|DA|DOS|DEL) )*[A-Z][A-Z'’-]+/[A-Z][A-Z'’-]+)"
    r"(?: (?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF))?(?![\w/])"
)
# initials without dots and a surname after a name label: "Cardholder: J R Thompson"
_BARE_INITIALS_AFTER_LABEL = re.compile(
    _NAME_LABEL + r"((?:[A-Z] ){1,3}(?:(?:van|de|der|den|ter|ten) )*[A-Z][a-zà-ÿ'’-]+)[ \t]*$",
    re.MULTILINE,
)
# or all in lower case, an initial first, alone on the line: "naam: g. de haan", "name: p. de
# jong-van rijn"
_LOWER_INITIALS_AFTER_LABEL = re.compile(
    _NAME_LABEL + r"((?:[a-z]\.[ ]?){1,3}[ ]?[a-z][a-zà-ÿ'’-]+(?: [a-z][a-zà-ÿ'’-]+){0,3})[ \t]*$",
    re.MULTILINE,
)
# initials named as such ("voorletters G.J.", "initials: K.M."), and Dutch initials signing a
# note after a dash ("... gestuurd. – HvdL")
_NAMED_INITIALS = re.compile(
    # also under a label shared with the given name: "Voorletters / roepnaam: N. (Nadia)"
    r"\b(?i:voorletters?|initialen|initials)(?i: ?/ ?(?:roepnaam|first name|given name))?"
    r"\W{0,3}((?:[A-Z]\.){1,4}|(?<!\[)[A-Z]{2,4}\b(?!\]))"
    r"|(?:^|[.!?] )[–—-] ?([A-Z](?:vd|v|d|t)[A-Z])[ \t.]*$",
    re.MULTILINE,
)
_DUTCH_INITIALS = re.compile(r"[A-Z](?:vd|v|d|t)[A-Z]")  # a cheap test first
# initials signing a note after a slash, last of all, as Nordic offices do: "... 11 June. /PE"
# (not a unit: "/PC", "/KG", nor a department after a firm: "Van Dijk Logistiek – IT")
_SLASH_INITIALS = re.compile(
    r"(?:(?:^|[.!?] )/|(?:^|[.!?] |\w )[–—] ?)"
    r"(?!(?:PC|PCS|ST|KG|EA|HR|MO|YR|PP|NA|OK|MB|GB|NB|PS|EOD|TBC|TBD|EUR|USD|GBP|FAQ|IT|ICT|QA|CX)\b)"
    r"([A-Z]{2,3}"  # or after a dash: "... not in these notes – BN."
    # in lower case after the slash alone: "... after 17h. /lk" (not "/kg", "/pp", "/mth")
    r"|(?<=/)(?!(?:pc|pcs|st|kg|ea|hr|hrs|mo|yr|pp|wk|mth|min|km|kwh|day|dag|mnd|jr|uur|ltr"
    r"|stk|pk)\b)[a-z]{2,3})\.?[ \t]*\Z",
    re.MULTILINE,
)
# a name signing the text after a dash, last of all: "Fix it please. - jamie k.", "— Sevda K."
_DASH_SIGNATURE = re.compile(
    # also after a quoted review: '... 5 sterren!" – Hannie'
    r"(?:^|[.!?)] |[.!?][\"”] )[-–—] ?([A-Za-zÀ-ÿ][a-zà-ÿ'’-]+(?: [A-Za-zÀ-ÿ](?:[a-zà-ÿ'’-]+|\.))?"
    r"|[A-Za-z]\. ?[A-Za-zÀ-ÿ][a-zà-ÿ'’-]+)"  # or an initial first: "- m. hofer"
    r"[ \t.]*\Z",
    re.MULTILINE,
)
# a speaker line of a copied chat: the name, maybe a role in brackets, then the time, alone on
# the line ("Ola (support) 09:13") or before a dash and the message ("Iris (Telfort) 16:22 - Hoi!")
_TIMED_LABEL = re.compile(
    r"^[ \t]*(?!(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Ma|Di|Wo|Do|Vr|Za|Zo"  # "Sun 16:02"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Maan|Dins|Woens|Donder|Vrij|Zater|Zon)dag)\b)"
    r"([A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+)?)([ \t]+\([^()\n\d]{2,30}\))?"
    # or a forum's post, the time said: "Merel (moderator) om 07:45: @joris ..."
    # (its colon only after "om"/"at": not a chat's "Facilitair (Petra) 08:05: Hoi")
    r"(?:[ \t]+(?:schreef|wrote|posted|reageerde|replied))?(?:[ \t]+(?P<at>om|at))?"
    r"[ \t]+\[?\d{1,2}[:.]\d{2}\]?(?:[ \t]*$|[ \t]+[-–—][ \t]|(?(at):[ \t]|(?!)))",
    re.MULTILINE,
)

# the agent's given name in brackets after a firm the lists keep whole (masked by then), speaking
# in a chat: "[11:09] ABN AMRO (Roos): Wat vervelend." (a listed name that is a word too: the
# label says who speaks; the speaker rules no longer see a label there)
_FIRM_THEN_AGENT = re.compile(
    r"^[ \t]*(?:\[?\d{1,2}[:.]\d{2}(?: ?[AaPp][Mm])?\]?[ \t]*)?\ue000+"
    r"[ \t]\(([A-ZÀ-Þ][a-zà-ÿ'’-]+)\)[ \t]?:[ \t]",
    re.MULTILINE,
)

# a person's name as a quoted value of a data field in a log or JSON: '"holder":"R HOLLOWAY"',
# 'holder="N. JANSSEN-OZTURK"', "customer_name='Ada Ng'", '"shopperName": "Arjen van der Molen"'
_NAME_FIELD = re.compile(
    r"(?<![\w-])[\"']?(?i:(?:card|account)?_?holder(?:_?name)?|name_?on_?card|full_?name"
    r"|(?:customer|shopper)_?name|first_?name|last_?name"
    r"|given_?name|surname|voornaam|achternaam)[\"']?"
    r"[ \t]*[:=][ \t]*([\"'])([^\W\d_][^\W\d_.' -]*\.?(?:[ '-][^\W\d_][^\W\d_'-]*\.?){0,4})\1"
)
# a log's field without quotes, the name in capitals up to the line's end or the next field:
# "naam_op_kaart=B VAN DEN BROECK"
_BARE_NAME_FIELD = re.compile(
    r"(?<![\w-])(?i:(?:card|account)?_?holder(?:_?name)?|name_?on_?card|naam_?op_?kaart"
    r"|kaarthouder|full_?name|customer_?name)=([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,4})"
    r"(?=[ \t]*(?:\n|$|\w+=|[,|;]))"
)


def _has_card(scan: Scan) -> bool:
    return any(f.kind == "CARD" for f in scan.found)


def take_label_names(scan: Scan, lists: NameLists) -> None:
    """Names in capitals after a name label, and chat speakers shown with the time: a listed
    given name, or any name that speaks twice (not a role or a common word)."""
    if "name" in scan.lower or "holder" in scan.lower:
        scan.take_all(_NAME_FIELD, "NAME", 2)
    if "=" in scan.masked and scan.mentions("name", "holder", "naam", "houder"):
        for match in list(_BARE_NAME_FIELD.finditer(scan.masked)):
            words = [w.strip(".").capitalize() for w in match.group(1).split()]
            # an initial, a particle or a listed name: not a filler ("VALUED CUSTOMER") or a
            # firm ("COOLBLUE ZAKELIJK")
            if any(
                len(w) == 1 or w.lower() in PARTICLES or w in lists.first or w in lists.surnames
                for w in words
            ):
                scan.take(match.start(1), match.end(1), "NAME")
    if scan.mentions("name on", "naam op", "holder", "houder"):
        for match in list(_LOWER_CARD_NAME.finditer(scan.masked)):
            # a common word alone is no surname: not "t.z.t. wijzigen"
            if (
                match.group("particles")
                or "-" in match.group(1)
                or match.group("surname").lower() not in lists.common
            ):
                scan.take(match.start(1), match.end(1), "NAME")
    if "\ue000 (" in scan.masked:
        for match in list(_FIRM_THEN_AGENT.finditer(scan.masked)):
            if match.group(1) in lists.first and match.group(1).lower() not in ROLES:
                scan.take(match.start(1), match.end(1), "NAME")
    if ":" in scan.masked or "|" in scan.masked:
        holders = _HOLDER_CAPS.finditer(scan.masked) if _has_card(scan) else iter(())
        for match in [*_CAPS_AFTER_LABEL.finditer(scan.masked), *holders]:
            words = [
                w.lower()
                for w in match.group(1).split()
                if w.lower() not in PARTICLES and w[-1] != "."
            ]
            # a surname may be a word ("PIETER DE GROOT"), a filler is all words ("NOT GIVEN")
            if not any(w in ROLES for w in words) and not all(w in lists.common for w in words):
                scan.take(match.start(1), match.end(1), "NAME")
        scan.take_all(_BARE_INITIALS_AFTER_LABEL, "NAME", 1)
        scan.take_all(_LOWER_INITIALS_AFTER_LABEL, "NAME", 1)
        scan.take_all(_PARTICLE_SURNAME_LABEL, "NAME", 1)
        for match in list(_CAPS_SURNAME_LABEL.finditer(scan.masked)):
            if match.group(1).lower() not in lists.common and match.group(1).lower() not in ROLES:
                scan.take(match.start(1), match.end(1), "NAME")
        if scan.mentions("kaart", "card", "pas", "karte", "titulaire"):
            for match in list(_CAPS_AFTER_CARD_LABEL.finditer(scan.masked)):
                parts = [w for w in re.split(r"[ '’.-]+", match.group(1)) if w]
                words = [w for w in parts if len(w) > 1]
                if (
                    len(parts) >= 2  # an initial or a second word: not "ONBEKEND"
                    and all(w.isupper() for w in words)
                    # a surname that is also a word, after an initial: "R DE GROOT"
                    and (len(parts[0]) == 1 or not all(w.lower() in lists.common for w in words))
                ):
                    scan.take(match.start(1), match.end(1), "NAME")
    if scan.mentions("signed", "getekend", "unterschrieben"):
        for match in list(_CAPS_SIGNED.finditer(scan.masked)):
            initials = _INITIALS_FIRST.match(match.group(1))
            value = match.group(1)[initials.end() :] if initials else match.group(1)
            parts = value.split()
            words = [w.lower() for w in parts if w.lower() not in PARTICLES]
            if not words or _SIGNER_NO_ONE.fullmatch(value) or _LEGAL_FORM_LAST.search(value):
                continue  # a firm or a place that signs: "BAKKER BV", "MAILROOM", "DPD"
            # a surname after initials ("A. BOUZIANE") or its particle ("DE GROOT"), a listed
            # name ("JANSEN"), or a word no list knows ("WOUTERSE"; not "RECEPTION")
            if (
                initials
                or len(words) < len(parts)
                or any(w.capitalize() in lists.surnames for w in words)
                or not all(w in lists.common or w in ROLES for w in words)
            ):
                scan.take(match.start(1), match.end(1), "NAME")
    if '"' in scan.masked or "“" in scan.masked or "'" in scan.masked:
        for match in list(_TITLE_QUOTED.finditer(scan.masked)):
            word = match.group(1).lower()
            if word not in lists.common and word not in _QUOTED_FILLERS:  # 'Mevrouw "Onbekend".'
                scan.take(match.start(1), match.end(1), "NAME")
    if "(" in scan.masked and ", " in scan.masked:
        for match in list(_NAME_THEN_LINE.finditer(scan.masked)):
            if match.group(1) in lists.first:
                scan.take(match.start(1), match.end(1), "NAME")
    if "(" in scan.masked and scan.mentions("notitie", "note", "memo", "opmerking", "aantekening"):
        for match in list(_NOTE_BY.finditer(scan.masked)):  # (a listed given name: not "(Beta)")
            if match.group(1) in lists.first and match.group(1).lower() not in _NOT_A_WRITER:
                scan.take(match.start(1), match.end(1), "NAME")
    if scan.mentions("name as", "name is shown", "name shows", "name appears", "naam als",
                     "naam staat", "naam wordt"):  # fmt: skip
        for match in list(_NAME_SHOWN_AS.finditer(scan.masked)):
            words = [w.strip(",.").lower() for w in match.group(1).split()]
            if any(
                w.capitalize() in lists.surnames or w.capitalize() in lists.first for w in words
            ) or not all(w in lists.common for w in words if len(w) > 1):
                scan.take(match.start(1), match.end(1), "NAME")
    if "?" in scan.masked and scan.mentions("card", "kaart", "pas"):
        for match in list(_CARD_NAME_ANSWER.finditer(scan.masked)):
            words = [w.strip(".") for w in match.group(1).split() if len(w.strip(".")) > 1]
            if any(w.lower() in _CARD_ANSWER_WORDS for w in words):
                continue  # what kind of card it is: "Company Card", "Business Card Holder"
            if any(
                w.capitalize() in lists.first or w.capitalize() in lists.surnames for w in words
            ):
                scan.take(match.start(1), match.end(1), "NAME")
    if scan.mentions("thru", "valid until", "geldig t/m"):
        for match in list(_EMBOSSED_NAME.finditer(scan.masked)):
            if not _CARD_PRINT.search(match.group(1)):  # not "VALID THRU 10/25 - CONTACTLESS"
                scan.take(match.start(1), match.end(1), "NAME")
    if "/" in scan.masked and scan.mentions("passenger", "passagier", "flight", "vlucht", "pnr"):
        scan.take_all(_AIRLINE_NAME, "NAME", 1)
    if scan.mentions("nitial", "voorletter") or _DUTCH_INITIALS.search(scan.masked):
        scan.take_either(_NAMED_INITIALS, "NAME")
    if scan.mentions("-", "–", "—"):
        _take_dash_signature(scan, lists)
    if scan.mentions("/", "–", "—"):
        scan.take_all(_SLASH_INITIALS, "NAME", 1)
    if (
        "card" in scan.lower
        or " to " in scan.lower
        or " aan " in scan.lower
        or "naar" in scan.lower
    ):
        for match in list(_CAPS_AFTER_CUE.finditer(scan.masked)):
            tokens = [w.rstrip(".").capitalize() for w in match.group(1).split()]
            # a listed given name first ("RAVI K SHAH"), or an initial and a listed surname
            # ("J SMITH"); not a firm ("ING BANK", "KPN BV")
            if len(tokens) >= 2 and (
                tokens[0] in lists.first or (len(tokens[0]) == 1 and tokens[-1] in lists.surnames)
            ):
                scan.take(match.start(1), match.end(1), "NAME")
    _take_whose_phone(scan, lists)
    labels = list(_TIMED_LABEL.finditer(scan.masked))
    if not labels:
        return
    seen = Counter(m.group(1) for m in labels)
    for match in labels:
        name = match.group(1)
        first = name.split()[0]
        if first.lower() in ROLES:
            continue  # "Support 10:15"
        if match.group("at") and first not in lists.first:
            continue  # a forum's poster is a listed given name: not "Backup at 02:00: OK" twice
        if first.lower() in lists.common and not (match.group(2) and seen[name] >= 2):
            continue  # "Today 09:30", not a listed word speaking for a firm twice: "Iris (Telfort)"
        if seen[name] >= 2 or first in lists.first:
            scan.take(match.start(1), match.end(1), "NAME")


# whose number it is, in brackets after it: "06 82 30 15 67 (Anouk)"; a given name that is a
# place too only beside one that is not ("... (Anouk) of 06 14 77 09 23 (Milan)"), as "(Sydney)"
# alone may say where the office is
_WHOSE = re.compile(r"[ \t]*\(([A-Z][a-zà-ÿ]+)\)")


def _take_whose_phone(scan: Scan, lists: NameLists) -> None:
    whose = [
        match
        for found in scan.found
        if found.kind == "PHONE"
        and (match := _WHOSE.match(scan.masked, found.end))
        and match.group(1) in lists.first
    ]
    if any(match.group(1) not in lists.not_words for match in whose):
        for match in whose:
            scan.take(match.start(1), match.end(1), "NAME")


def _take_dash_signature(scan: Scan, lists: NameLists) -> None:
    """A given name the lists hold, or a capitalised word that is none with an initial after
    it, signing the text after a dash."""
    match = _DASH_SIGNATURE.search(scan.masked, max(0, len(scan.masked) - 48))
    if not match:
        return
    words = match.group(1).replace(".", ". ").split()
    if len(words) == 2 and len(words[0]) == 2 and words[0].endswith("."):
        surname = words[1]  # "m. hofer": a listed surname, or a capitalised word no list has
        if surname.capitalize() in lists.surnames or (
            surname[0].isupper() and surname.lower() not in lists.common
        ):
            scan.take(match.start(1), match.end(1), "NAME")
        return
    first = words[0]
    listed = first.lower() in lists.first_lower and first.lower() not in lists.common
    initial = len(words) == 2 and words[1].endswith(".") and len(words[1]) == 2
    unknown = first[0].isupper() and first.lower() not in lists.common and initial
    if (listed or unknown) and first.lower() not in ROLES:
        scan.take(match.start(1), match.end(1), "NAME")
