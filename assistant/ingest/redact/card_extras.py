"""Card expiry dates and security codes: after their cue anywhere, close after a card number
even without one, read out on the turn after their cue, and corrected in the same breath."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import (
    AMOUNT_AFTER,
    CARD_WORD,
    CURRENCY_AFTER,
    DUE_BEFORE,
    GOODS_DATE,
    HOUR_AFTER,
    OTHER_NUMBER_TAIL,
    PLACE_NUMBER_BEFORE,
    TABLE_ROW_START,
    YEAR_DIGITS,
)
from assistant.ingest.redact.places import EN_STREET_TYPE
from assistant.ingest.redact.plates import after_plate_cue
from assistant.ingest.redact.scan import CORRECTION, INSTEAD_OF, MASK, SPEAKER, Found, Scan
from assistant.ingest.redact.spoken_digits import spoken_values

# also typed digit by digit: "geldig tot: 0 6 / 2 7"
# or with the slash said: "07 slash 29"
_EXPIRY = (
    r"(?:(?:0?[1-9]|1[0-2])(?: ?[/-] ?| slash | schuine streep )(?:20)?\d\d"
    r"|(?:0 [1-9]|1 [0-2]) / \d \d)"
)
# after a cue also with the month's name: "expiry: Sept 2027", "geldig tot mei 2028"
EXPIRY_NAMED = (  # also "Jan '27"
    # (French too: "Date d'expiration: juin 2027")
    r"(?:jan|feb|mar|maart|apr|may|mei|jun|jul|aug|sep|sept|oct|okt|nov|dec|mär|mai|dez|juin|juil"
    r"|avr|fév|fev|août|aout|déc)[a-z]*\.?"
    r" ['’]?(?:20)?\d\d"
)
# a car's road test named a few words before the cue: "APK (MOT) valid until 11-2025", "de APK
# van uw auto (74-XJ-NR) verloopt op 02-10"
_ROAD_TEST_BEFORE = re.compile(r"\b(?:APK|MOT|TÜV|apk-keuring|keuring)\b[^.\n]{0,40}$")
_EXPIRY_CUE = re.compile(
    # not a car's road test: "APK verloopt 03-2025", "MOT expires 04/2026"
    r"(?<!\bAPK )(?<!\bMOT )"
    r"\b(?:exp(?:iry|ires|iration)?(?: date)?|vervaldatum|verloopdatum|verloopt|vervalt"
    r"|verval"
    r"|geldig t/m|geldig t\.?m\.?"  # also typed fast: "geldig tm 0828"
    r"|geldig tot"
    r"|valid (?:thru|through|until|to)|gültig bis|caduca|caducidad|vencimiento|date d'expiration"
    r"|expire (?:fin|le))\b\.?[^\w\n]{0,3}"
    # the format in brackets: "Geldig t/m (MM/JJ): 0729"
    r"(?:\((?i:mm|maand|month)[^)\n]{0,12}\)[^\w\n]{0,3})?"
    # "verloopt op 05/24", "verloopdatum was trouwens 10-2026"
    r"(?:(?:is|on|op|end of|eind|einde|per|in)\W{0,2}"
    r"|was(?: trouwens| btw| by the way)?\W{0,2}(?=(?:0?[1-9]|1[0-2]) ?[/-]))?"
    # or only the year's end: "Gültig bis: Ende 2026", "geldig tot eind 2026"
    r"(" + _EXPIRY + r"|(?:end of|eind|einde|ende) 20\d\d\b"
    r"|(?:0[1-9]|1[0-2])\d\d(?! ?(?:uur|u|uhr|hours?|hrs|h|am|pm)\b)"
    r"|(?:1[oO]|[oO][1-9]) ?/ ?\d\d)(?![\d/])"  # a zero typed as an o: "exp 1o/27"
    r"(?![-.]\d)",  # not the start of a full date: an invoice's "Vervaldatum: 03-04-2024"
    re.IGNORECASE,
)
# a card's field in a log or a payload, the year first: "card_expiry      2028-06"
_CARD_FIELD_EXPIRY = re.compile(
    r"\bcard_?exp(?:iry|iration)?(?:_?date)?\b[\"']?[ \t]*[:=]?[ \t]*[\"']?"
    r"(20\d\d-(?:0[1-9]|1[0-2]))(?![\d-])",
    re.IGNORECASE,
)
# typed onto its cue, month and year: "4118730264951388 exp0129"
# a card's end said plainly, in a text about a card: "de pas ... hij loopt af 09 / 25"
_RUNS_OUT = re.compile(
    r"\bloopt (?:hij |ze |die )?af\W{0,3}(?:(?:op|in|per|eind)\W{1,2})?("
    + _EXPIRY
    + r")(?![\d/]|[-.]\d)",
    re.IGNORECASE,
)
_EXPIRY_GLUED = re.compile(r"(?<!\w)exp((?:0[1-9]|1[0-2])\d\d)(?!\d)", re.IGNORECASE)
# the code typed onto its cue too: "exp.10-27 cvc480."
_CVV_GLUED = re.compile(r"(?<!\w)(?:cvc|cvv)2?[:.]?(\d{3,4})(?!\d)", re.IGNORECASE)
# not "verloopt": "mijn abonnement verloopt in mei 2026" (after a card it is one, see below)
_EXPIRY_WORDS = (
    r"(?<!\[)\b(?:exp(?:iry|iration)?(?: date)?|vervaldatum|verloopdatum|geldig t/m"
    r"|geldig t\.?m\.?|geldig tot"
    r"|geldigheid\w*"
    r"|valid (?:thru|through|until|to)|gültig bis)\b"
)
# between the cue and its value: "expiry: ", "geldig tot eind "
_EXPIRY_LINK = r"\.?[^\w\n]{0,3}(?:(?:is|on|in|eind|einde|end of)\W{0,2})?"
# or where it is printed, said aloud in a card's talk: "Expiry date on it is February twenty-
# nine", "Vervaldatum op de pas is mei achtentwintig", "expiry on my card is in December ..."
_EXPIRY_SPOKEN_LINK = (
    r"\.?[^\w\n]{0,3}(?:(?:on (?:it|there|the card|my card|the front)|op de (?:kaart|pas)|erop"
    r"|daarop)(?=\W))?[^\w\n]{0,2}(?:(?:is|['’]s)\W{0,2})?(?:(?:on|in|eind|einde|end of)\W{0,2})?"
)
_EXPIRY_NAMED_CUE = re.compile(
    _EXPIRY_WORDS + _EXPIRY_LINK + r"(" + EXPIRY_NAMED + r")(?!\d)",
    re.IGNORECASE,
)
# said aloud: "the expiry?" / "May twenty-nine", "vervaldatum?" / "mei negenentwintig"
SPOKEN_CARD_YEAR = (
    r"(?:twenty[- ])?(?:twenty|thirty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:tweeduizend )?(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?(?:twintig|dertig)"
    r"|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|dreissig)"
)
# the month by name or by number: "mei negenentwintig", "twaalf zesentwintig", "oh six twenty"
SPOKEN_MONTH = (
    r"(?:(?:jan|feb|mar|maart|apr|may|mei|jun|jul|aug|sep|oct|okt|nov|dec|mär|mai|dez)[a-z]*\.?"
    r"|(?:oh[ -]|nul |null )?(?:one|two|three|four|five|six|seven|eight|nine|een|één|twee|drie|vier"
    r"|vijf|zes|zeven|acht|negen|eins|zwei|zwo|drei|fünf|sechs|sieben|neun)"
    r"|ten|eleven|twelve|tien|elf|twaalf|zehn|zwölf)"
)
# the month and the year in words, not the start of a longer number read out
_SPOKEN_EXPIRY = (
    SPOKEN_MONTH
    + r",? (?:"
    + SPOKEN_CARD_YEAR
    + r")\b(?![ -](?:one|two|three|four|five|six|seven|eight|nine|een|twee|drie|vier|vijf"
    r"|zes|zeven|acht|negen|eins|zwei|drei|fünf|sechs|sieben|neun)\b)"
)
# the card's expiry asked as a question: "Wanneer verloopt de kaart?", "When does it expire?"
_EXPIRY_ASKED = (
    r"(?<!\[)\b(?:(?:verloopt|vervalt) (?:de|je|uw|jouw|die|deze|het)"
    r" (?:credit|pin|bank|betaal)?(?:kaart|pas)"
    r"|(?:does|will) (?:the|your|that|this|it)(?: new)?(?: credit| debit| visa| mastercard| amex)?"
    r"(?: card)? expire"
    # "Tot wanneer is die geldig?", "Until when is the card valid?"
    r"|(?:tot wanneer|hoe lang) is (?:die|deze|hij|ie|(?:de|uw|je|jouw) (?:credit|bank|betaal)?"
    r"(?:kaart|pas)|(?:de|uw|je|jouw) creditcard)"
    r"(?: nog)? geldig"
    r"|until when is (?:it|the card|your card) valid)\b"
)
# the expiry asked on a line (no value after it there), and the next turn's speaker
_EXPIRY_QUESTION = (
    r"(?:" + _EXPIRY_WORDS + r"|" + _EXPIRY_ASKED + r")[^\n\d\ue000\[]{0,60}\n" + SPEAKER
)
_EXPIRY_SPOKEN_NEXT_LINE = re.compile(
    _EXPIRY_QUESTION
    + r"[^\n\d\[\ue000]{0,20}?\b("  # not after a value
    + _SPOKEN_EXPIRY
    + r")",
    re.IGNORECASE,
)
# right after its cue, in words: "Geldig tot november zevenentwintig", "expiry May twenty-nine"
_EXPIRY_SPOKEN_CUE = re.compile(
    _EXPIRY_WORDS + _EXPIRY_SPOKEN_LINK + r"(" + _SPOKEN_EXPIRY + r")",
    re.IGNORECASE,
)
# after a card, in the same turn: "en hij verloopt in februari achtentwintig", "en hij loopt
# tot oktober achtentwintig"
_EXPIRY_SPOKEN_AFTER_CARD = re.compile(
    r"\b(?:verloopt|vervalt|expir(?:es?|ing)|runs out|loopt tot|loopt af)(?: in| on| op| eind)?"
    r"\W{0,3}(" + SPOKEN_MONTH + r",? (?:" + SPOKEN_CARD_YEAR + r"))\b",
    re.IGNORECASE,
)
# the card, then its month by name in the same sentence: "my card ... expires January 2027",
# "kaart eindigt op 9012 en verloopt juni 2027" (not "het abonnement verloopt in mei 2026"),
# or in the next one, the card as its pronoun: "creditcard eindigt op 4468. Hij verloopt in juni
# 2027" (not "het", which may be anything)
_EXPIRY_NAMED_AFTER_CARD = re.compile(
    r"\b(?:credit|debit|bank|betaal)?(?:card|kaart|pas)\b(?:(?!abonnement|subscription|contract|membership|lidmaatschap"
    r"|polis|policy|garantie|warranty|trial|proef|offer|aanbieding|voucher|tegoed)[^.\n]){0,60}?"
    r"(?:[.!?] (?:hij|die|deze|it|ze) )?"
    r"\b(?:verloopt|vervalt|expir(?:es|ing))"
    r"(?: in| on| op| eind| per)?\W{0,3}(" + EXPIRY_NAMED + r")(?!\d)",
    re.IGNORECASE,
)
# or in figures: "that's for the card ending in 2657 expiring 03 / 26?"
_EXPIRY_AFTER_CARD = re.compile(
    r"\b(?:credit|debit|bank|betaal)?(?:card|kaart|pas)\b(?:(?!abonnement|subscription|contract"
    r"|membership|lidmaatschap|polis|policy|garantie|warranty|trial|proef|offer|aanbieding"
    r"|voucher|tegoed)[^.\n?]){0,40}?\b(?:expiring|verlopend)\W{0,3}(" + _EXPIRY + r")(?![\d/])",
    re.IGNORECASE,
)
# a whole date right after a card's number, on its line or the next: "mastercard 5200 ... 9085\n
# vervalt op 30/09/2026" (an invoice's due date has no card before it)
_FULL_DATE_AFTER_CARD = re.compile(
    r"[ \t,;.]*\n?[ \t]*(?i:verloopt|vervalt|expires?|exp\.?|expiry(?: date)?|vervaldatum"
    r"|valid (?:thru|until|to)|geldig (?:tot|t/m))(?: (?i:op|on|is))?[^\w\n]{0,3}"
    r"((?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\2(?:20)?\d\d)(?![\d/.-]?\d)"
)
# typed with spaces between its digits after its cue: "exp 0 8/2 6"
_EXPIRY_SPACED = re.compile(
    r"\b(?:exp\w*|geldig\w*|valid\w*|verval\w*)\.?[^\w\n]{0,3}"
    r"(?:(?:tot|t/m|thru|through|until|to|bis)[^\w\n]{1,2})?"
    r"((?=[\d/ -]* )(?:0 ?[1-9]|1 ?[0-2]) ?[/-] ?(?:2 ?0 ?)?\d ?\d)(?![\d/]| \d\b)",
    re.IGNORECASE,
)
# after a card read out, the card as its pronoun: "4916 7382 0194 5268. Klopt dat?" / "Klopt.
# Hij verloopt in mei 2027"
_EXPIRY_NAMED_IT = re.compile(
    # (or at the start of the next turn: "[13:06] Mariska: verloopt eind december 2026")
    r"(?:\b(?:hij|die|it)\s+|^(?:\[[^\]\n]{1,25}\][ \t]*)?[^\n:\[]{1,40}?(?: \d{1,2}:\d\d)?:[ \t]*)"
    r"(?:verloopt|vervalt|expires)"
    r"(?: in| on| op| eind| per)?\W{0,3}(" + EXPIRY_NAMED + r")(?!\d)",
    re.IGNORECASE | re.MULTILINE,
)
# (close after the card, with no other thing asked about between that the pronoun may stand
# for: not "Card ... was charged. My warranty? It expires in June 2027", nor a turn's label
# "Status of your domain: expires Jan 2027"; but "Het abonnement loopt door, maar hij verloopt")
_IT_GAP = 120
_OTHER_THING = re.compile(
    r"\b(?:abonnement|subscription|contract|membership|lidmaatschap|polis|policy|garantie"
    r"|warranty|trial|proef\w*|offer|aanbieding|actie|voucher|tegoed|discount|korting|deal"
    r"|coupon|paspoort|passport|rijbewijs|licen[cs]e|id-kaart|id card|identiteitskaart|visum"
    r"|account|domein|domain|certificaat|certificate|verzekering|insurance|ticket|reservering"
    r"|booking|boeking|code|wachtwoord|password)\w*(?:[^.!?\n]{0,20}\?|[^\n.!?]{0,30}:[ \t]*"
    r"(?:verloopt|vervalt|expires))",
    re.IGNORECASE,
)
# asked in one turn, answered alone in the next: "Expiry?" / "0725", "11/26", "March 2027"
_EXPIRY_NEXT_LINE = re.compile(
    _EXPIRY_QUESTION
    + r"[^\n\d]{0,20}?(?<![\d/])("
    + _EXPIRY
    + r"|(?:0[1-9]|1[0-2])\d\d|"
    + EXPIRY_NAMED
    + r")(?![\d/])[^\n\d\[\ue000]{0,30}$",  # alone on its line: no other value, taken or not
    re.IGNORECASE | re.MULTILINE,
)
# or answered as what it is, with more after it: "Klopt de vervaldatum nog?" / "die is 04 / 25
# dus ja verlopen denk ik. Nieuwe kaart ..."
_EXPIRY_ANSWERED = re.compile(
    _EXPIRY_QUESTION + r"[ \t]*(?:die|het|hij|it|that)(?:['’]s| is| was)\W{0,2}(?<![\d/])("
    # a card's month and year: with a slash, or a dash between two digits each ("11-27"; not
    # "1-12 maanden", "10-22" past)
    r"(?:0?[1-9]|1[0-2]) ?/ ?(?:20)?\d\d|(?:0[1-9]|1[0-2])-(?:2[4-9]|3\d)"
    r")(?![\d/]|[-.]\d| ?(?i:maanden|months|jaar|years|dagen|days)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# talked about over a few turns after the cue: "Is the expiry date entered correctly?" /
# "I put 2027/11" / "it should be 11/27"; only card-like years, written with a slash
_EXPIRY_LATER = re.compile(
    r"(?<![\d/.])((?:0?[1-9]|1[0-2])/(?:20)?(?:2[4-9]|3\d)|20(?:2[4-9]|3\d)/(?:0?[1-9]|1[0-2])"
    # a form's cell, the slash set apart: "| Valid thru | 08 / 29 |"
    r"|(?:0[1-9]|1[0-2]) / (?:20)?(?:2[4-9]|3\d)"
    # the month's name in a later turn: "verloopdatum weet ik niet ... ze zegt november 2027"
    r"|(?<![\w-])(?<!\bin )(?<!\bon )(?<!\bop )(?<!\bper )(?<!\btot )(?<!\bsince )(?<!\buntil )"
    r"(?<!\bvanaf )(?<!\bsinds )"
    r"(?i:jan|feb|mar|maart|apr|may|mei|jun|jul|aug|sep|sept|oct|okt|nov|dec)[a-z]*"
    r" 20(?:2[4-9]|3\d))"
    r"(?![\d/]|[.,]\d)"
)
_LATER_WINDOW = 240
_DAY_BEFORE = re.compile(r"\d\.? $")
_CVV_WORDS = (
    r"\b(?:(?:cvv2?|cvc2?|cid|csc|c v [cv])(?:[- ]?(?:code|nummer|number|no\.?))?|security code"
    r"|beveiligingscode|veiligheidscode|kaartcode|card code|kaartverificatiecode"
    r"|(?:karten)?prüf(?:nummer|ziffer|zahl)"  # "Kartenprüfnummer 529"
    r"|sicherheits(?:code|nummer)"  # "Sicherheitscode: 4418" under a card
    r"|security number|beveiligingsnummer|card verification (?:code|value|number)"
    r"|cryptogramme(?: visuel)?"
    # "the 3 digit code 318", "three-digit number", "de driecijferige code", "3-cijferige code"
    r"|(?:3|three)[- ]?digit (?:security )?(?:code|number)|(?:3|drie)[- ]?cijferige (?:code|nummer)"
    # an Amex's four in front: "4-cijferige code voorop 5108"
    r"|(?:(?:4|vier)[- ]?cijferige )?(?:code|cijfers) (?:voorop|vooraan)"
    # "the 3 numbers on the back are 561", "de drie cijfers op de achterkant: 123", "the 4
    # numbers on front 2207"
    r"|(?:(?:3|4|three|four|drie|vier)[- ])?(?:digits?|numbers?|cijfers?|(?:controle)?code)"
    r" (?:on|at|op|aan) (?:(?:the|de) )?(?:back|achterkant|achterzijde|front|voorkant|voorzijde)"
    # "die drie cijfertjes, 5 6 1"; not "the last 4 digits of your card"
    r"|(?<!last )(?<!laatste )(?<!final )(?:3|4|three|four|drie|vier) (?:cijfertjes|cijfers|digits)"
    r"(?: of (?:the|my|your|uw) card| van (?:de|mijn|uw|je) (?:kaart|pas))?"
    # "de code achterop is 254", "digits on back: 613", "cijfers achterop de pas"
    r"|(?:(?:3|4|three|four|drie|vier)[- ])?(?:digits?|numbers?|cijfers?|code)"
    r" (?:achterop|on (?:the )?back|on the reverse|at the back)(?: (?:de|the|van de|of the)"
    r" (?:kaart|pas|card))?)\b"
)
# the digits, then where they stand, after a card's word or its number (masked on a first pass,
# "[CARD]" on a second): "Het is die met 2-9-1 achterop", "Kreditkarte ..., die met 8-1-4
# achterop"
_CVV_ON_THE_BACK = re.compile(
    r"(?:(?i:card|kaart|karte|carte|pas|visa|mastercard|amex)\b|" + MASK + r")[^\d\n]{0,60}?"
    r"(?<![\w/.,:-])(?!(?:19|20)\d\d\b)(\d{3,4}|\d(?: \d){2,3}|\d(?:-\d){2,3})"
    r" (?:staat |stehen |is )?(?i:achterop|on (?:the )?(?:back|reverse)|op de achter(?:kant|zijde)"
    r"|aan de achterkant|at the back|hinten)\b"
    # not the back of something else: "250 on the back of the envelope", "achterop de doos"
    r"(?! (?i:of|van|on|op|de|het|the|a|een)\b(?! (?i:(?:the|de|het|my|mijn|your|uw|je|her|his"
    r"|haar|zijn) )?(?i:card|kaart|pas|creditcard|bankpas)\b) )"
)


def _take_cvvs_on_the_back(scan: Scan, cards: list[Found]) -> None:
    """Take "die met 2-9-1 achterop" after a card's word or its masked number; a match that
    starts at another masked value is dropped and the search goes on from its next character,
    so an earlier phone cannot hide a later card's digits."""
    pos = 0
    while match := _CVV_ON_THE_BACK.search(scan.masked, pos):
        start = match.start()
        if scan.masked[start] != MASK or any(
            f.kind == "CARD" and f.start <= start < f.end for f in cards
        ):  # a masked card number, not any value taken before
            scan.take(match.start(1), match.end(1), "CVV")
            pos = match.end()
        else:
            pos = start + 1


_SECURITY_CODE = re.compile(r"(?:security|beveiligings|veiligheids|sicherheits)code", re.IGNORECASE)
_SPACED_SECURITY_CODE = re.compile(r"security code", re.IGNORECASE)
# an account's, sent to log in, whatever else the text holds: "Your Microsoft account security
# code is 4019" (also among a card's texts)
_ACCOUNT_RIGHT_BEFORE = re.compile(r"\b(?:account|account's|accounts|konto)[ \t]*$", re.I)
_CVV_CUE = re.compile(
    _CVV_WORDS
    + r"(?: ?\([^)\n]{1,30}\))?"  # "security code (front of card): 7312"
    # "security code on front 6620" (an Amex's four digits)
    + r"(?: (?:on|at|op) (?:the |de )?(?:front|back|reverse|voorkant|achterkant))?"
    # a few words about the card or the digits, then a colon: "the 3 numbers on the back of my
    # card, and I gave them: 6 0 4" (not "..., error code: 1004", "for the alarm, ...: 4412")
    + r"(?:(?=[^\d\n.!?:]{1,40}:)(?![^\d\n.!?:]*\b(?:error|fout|code|response|reference"
    r"|referentie|status|alarm|building|gebouw|garage|door|deur|poort|gate|locker|voicemail|app"
    r"|text|sms)\b)(?=[^\d\n.!?:]*\b(?:card|kaart|pas|them|it|ze|hem)\b)"
    r"[^\d\n.!?:\[\ue000]{1,40}:)?"
    # whose card: "de cvv van zijn kaart, \"5 0 3\""
    + r"(?: (?:van|of) (?:zijn|haar|mijn|de|je|uw|his|her|my|the|your) (?:kaart|pas|card))?"
    # "de cvc, dat is 592"; not "security code is 662 904", a one-time code in two groups
    + r"[^\w\n]{0,3}(?:(?:(?:dat|that|it|het) )?(?:is|are|zijn|c'est|est|:)\W{0,2}"
    # or how it was given: "cvc doorgegeven als 2-0-9", "CVV given as 4 1 7"
    + r"|(?:doorgegeven|gegeven|opgegeven|given|read out|typed) (?:als|as) [\"“']?"
    # or where it was typed: "de code achterop invullen, 2 8 1", "entered the CVV: 418"
    + r"|(?:invullen|ingevuld|intypen|ingetypt|entered|typed in|filled in|put in)[,:] ?)?"
    + r"(\d{3,4}|\d(?: \d){2,3}|\d(?:-\d){2,3}(?![\d-]))"  # also "CVC: 7-0-3"
    r"(?!\d| \d{3}\b| \d \d)"  # nor the head of six digits: "security code is 8 2 0 4 1 5"
    # nor an amount or a date: "cvc ingevuld, 100 euro afgeschreven", "CVV entered: 2024-05-01"
    r"(?![-/.]\d| ?(?:euros?|eur|€|dollars?|usd|\$|pounds?|pond|gbp|£)(?!\w))",
    re.IGNORECASE,
)
# named, then given a sentence later as "it's": 'you asked for the "cryptogramme visuel" in your
# form - is that normal? It's 515'
# (or what it was, of an old card: "de cvc van de oude? die was 330")
_IT_IS = r"\b(?:it['’]s|it (?:is|was)|het (?:is|was)|dat (?:is|was)|die (?:is|was)|c['’]est)\W{0,2}"
# the value ends its clause: "It's 515, but ..." (not "it's 250 km from the shop")
_CLAUSE_ENDS = r"(?=[ \t]*(?:[.,;:!?)\n]|$| (?:but|maar|and|en|though|hoor|btw|or|of)\b))"
_CVV_IT_IS = re.compile(
    _CVV_WORDS
    + r"[^\d\n\[\ue000]{0,80}?"
    + _IT_IS
    + r"(?!(?:19|20)\d\d\b)(\d{3,4})(?![.,]\d)"
    + _CLAUSE_ENDS
    # not an amount named after it: "Die was 300, nu 250 euro"
    + r"(?![^.\n]{0,30}(?:€|\$|£|\b(?i:euros?|eur|dollars?|usd|pounds?|pond|gbp)\b))",
    re.IGNORECASE,
)
# asked in one turn, answered alone in the next: "the number on the back of the card?" / "321"
# the digits typed, then what they should have been, after the CVV is named (maybe on the
# turn before): "reden "CVV mismatch"." / "Klant: ik typte 713 maar het moet 731 zijn"
_CVV_TYPED = re.compile(
    r"(?<!\[)"
    + _CVV_WORDS
    + r"[^\d\ue000\[]{0,80}?\b(?:typte|typed|entered|ingevuld|ingetypt|invoerde|ingevoerd"
    r"|put in)\b[^\d\n]{0,10}?(?<![\d.,])(\d{3,4})"
    r"(?![\d:/-]|[.,]\d| ?(?:€|euros?|eur|x|times|keer|dollars?)\b)"
    # then what it should have been, maybe ending the sentence: "... maar het moet 731."
    r"(?:[^\d\n]{1,30}?\b(?:moet|should|must|hoort|zou|instead of|in plaats van|i\.?p\.?v\.?)"
    r"(?![\w.])[^\d\n]{0,12}?(?<![\d.,])(\d{3,4})(?![\d:/-]|[.,]\d))?",
    re.IGNORECASE,
)
_CVV_NEXT_LINE = re.compile(
    r"(?<!\[)"  # not the placeholder "[CVV]" of an earlier pass
    + _CVV_WORDS
    + r"[^\n\d\ue000\[]{0,60}\n"
    + r"(?!(?i:[^\n:]{0,20}(?:post|zip|plz)))"  # not "Billing postcode: 3000"
    + SPEAKER
    # "3-1-7", "9... 0... 2"
    + r"[^\n\d]{0,20}?(?<!\d)(\d{3,4}|\d(?: \d){2,3}|\d(?:-\d){2,3}(?![\d-])"
    + r"|\d(?:(?:\.{2,3}|…) ?\d){2,3}(?![\d-]))"
    # alone, or ending a sentence: "gevonden, 883. En ...", or before a pause that corrects
    # it: "5 8 1 6... nee sorry, 5 1 8 6"
    r"(?:[^\n\d]{0,12}$|(?=[.!] )|(?=(?:\.{2,3}|…)" + CORRECTION + r"))",
    re.IGNORECASE | re.MULTILINE,
)
# not the start of a longer number: "Telefoon: 06-19 88 42 07"
_NEAR_CARD_EXPIRY = re.compile(
    # not a whole date's day and month: "Datum transactie: 07-04-2025"
    r"(?<![\d/])(?<!\d[-.])("
    + _EXPIRY
    + r"|(?<!\w)"
    + EXPIRY_NAMED
    # or the year first, as a form or a payload writes it: "expires 2028-01" (only after an
    # expiry's word, ``_YEAR_FIRST``)
    + r"|(?<![\w-])20[2-4]\d[-/](?:0[1-9]|1[0-2]))(?![\d/]| \d\d|[-.]\d)",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"20\d\d[-/]\d\d")
# or the card's validity right before it: "3566 0087 2341 0950 until 2027/01"
_UNTIL_NEAR = re.compile(r"^[\s,;:()]*(?i:until|till|thru|through|tot|t/m|bis)\W{0,2}$")
# an expiry's word a few characters before a year-first date: "expires 2028-01", "exp=2028-01",
# "vervalt op 2028-01" (not "uitgegeven 2024-03")
# (glued into a field's name too: "expiry_date", "expiryDate", "ExpDate", "geldigheid"; not
# "expense", "export", "validated")
_EXPIRY_WORD_NEAR = re.compile(
    r"(?i:exp(?:ir\w*|_\w*|date\w*|\.|\b)|valid(?:ity|\b)|geldig\w*|vervalt|verloopt"
    r"|verloopdatum|vervaldatum|gültig\w*|ablauf\w*)[^\n\d]{0,12}$"
)
_FROM_BEFORE = re.compile(r"\b(?i:from|vanaf|van|since|sinds|ab)\s$")
# alone on the line after the card's: "3782 846103 92775 (Amex) au nom de ...\n07-2027"
_OWN_NEXT_LINE = re.compile(r"[^\n]*\n[ \t]*$")
_LINE_REST = re.compile(r"[^\n\d]{0,12}(?:\n|$)")
# a code asked for or given after the card, not one that was sent: "Expiry and the 4-digit code
# on the front please." / "exp. Sept 2027, code 5813", "j'ai oublié le code, c'est 4417"
_CODE_AFTER_CARD = re.compile(
    # or asked about and given at once: "moet ik nog de code geven? 7261"
    r"\bcode\b(?:(?: [a-zà-ÿ]{2,10}){1,3}\?)?[^\w\n]{0,3}(?:(?:is|c'est|est|=)\W{0,2})?"
    r"(\d{3,4})(?![\d/,-]|[.,]\d)",
    re.IGNORECASE,
)
_CODE_SENT = re.compile(
    r"\b(?:sms|text|sent|send|verstuurd|gestuurd|envoy\w*|app|e-?mail|otp|2fa|verif\w*|pin"
    r"|pincode|one-time|eenmalig\w*|login|inlog\w*|tan)\b",
    re.IGNORECASE,
)
_CVV_WORD_RE = re.compile(r"(?<!\[)" + _CVV_WORDS, re.IGNORECASE)  # not "[CVV]"
_SPOKEN_CVV_WINDOW = 100
_PIN_OR_SENT = re.compile(
    r"\b(?:pin\w*|wachtwoord|password|passcode|sms|text|sent|gestuurd|verstuurd)\b", re.IGNORECASE
)
_PIN_BEFORE = re.compile(
    r"\b(?:pin\w*|\w+pincode|wachtwoord|password|passcode)\b", re.IGNORECASE
)  # also a compound: "klantpincode"
_CODE_WINDOW = 200
_CODE_AFTER_EXPIRY_WINDOW = 30
# the value corrected in the same breath: "The expiry is March 2027 not March 2026", "June
# twenty-seven... no sorry June twenty-eight"
_EXPIRY_NOT = re.compile(
    r"(?:[ ,]{1,2}"
    + INSTEAD_OF
    + r"\s+|"
    + CORRECTION
    + r")("
    + _EXPIRY
    + r"|"
    + EXPIRY_NAMED
    + r"|"
    + SPOKEN_MONTH
    + r",? (?:"
    + SPOKEN_CARD_YEAR
    + r"))(?![\d/])",
    re.IGNORECASE,
)
# the security code joined to the expiry in one answer: "ja, 08/27 en 4417", "exp 09/28 and
# 123" (not "09/28 and 2029", a year, nor the start of a longer number)
_CODE_JOINED = re.compile(
    r"(?:,? (?:en|and|&|\+)|,) (?!(?:19|20)\d\d\b)(\d{3,4})(?![\d/:-]|[.,]\d| ?\d"
    r"| ?(?:€|euro|eur|dollars?|usd|pounds?|gbp|x|keer|times|stuks|items|days|dagen|uur"
    r"|hours|min\w*|km|kg|punten|points|miles)\b)",
    re.IGNORECASE,
)
# run together right after the card: "4556... 0427 613" (MMYY, then the code)
_NEAR_CARD_COMPACT = re.compile(
    # also between dashes or slashes: "5179 1264 8307 3596 - 0929 - 774", "... / 0726 / 177",
    # "4539578763621486/0726/318", "...|0726|318" (not a year after it: ".../0126/2024")
    r"(?:[ ,;]{1,3}| [-–/] |[/|])((?:0[1-9]|1[0-2])\d\d)"
    r"(?:(?:[ ,;]{1,3}| [-–/] |[/|])(?!(?:19|20)\d\d(?!\d))(\d{3,4})"
    r"(?![\d/,-]|\.\d| ?(?:€|euros?|eur|usd|gbp|dollars?|limit|limiet|credit)\b)"
    r"|(?=,? (?:en|and|\+) (?:de |the |security |beveiligings)?(?:cvv|cvc|code)))",
    re.IGNORECASE,
)
# or with a space in the month and year too, ending the line or the sentence: "5555 3412 9086
# 7239 09 27 311" (a card's year: not the groups of a phone's number after it)
_NEAR_CARD_SPACED = re.compile(
    r"[ ,;]{1,3}((?:0?[1-9]|1[0-2]) (?:20)?(?:2[4-9]|3\d)) (\d{3,4})"
    r"(?=[ \t]*(?:[.,;!?)]?[ \t]*(?:\n|$)))"
)
_NEAR_CARD_CVV = re.compile(
    # not "6821 BP", nor a group of a phone number ("+34 612 480 337")
    r"(?<![\dA-Z/.,+€$£-])(?<!\d )(?<![€$£] )"  # (nor a code's digits: "Under EU261")
    # nor after a currency's code: "Deductible EUR 950 applies"
    r"(?<!(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CAD|AUD|Eur|eur|usd|gbp) )(\d{3,4})"
    # nor an amount: "249 kr", "80 zł"
    r"(?![\d/-]|[.,]\d|\s?(?:€|x|(?i:" + CURRENCY_AFTER + r"))\b| ?[A-Z]{2}\b"
    r"| \d{2,}"
    r"|\) ?\d{3}[ .-]\d{4})"  # nor a North American phone's area code: "+1 (614) 555-0187"
)
_CARD_WINDOW = 80
# a card's month and year run together right after a word for its validity, the card read out
# before: "4 7 1 6 ... 1 3 7 6" / "geldig 0329 code 8 4 1" (not a code of four digits)
_COMPACT_AFTER_WORD = re.compile(
    r"\b(?i:geldig|valid|gültig|exp|vervalt|verloopt)[^\w\n]{0,3}((?:0[1-9]|1[0-2])\d\d)"
    r"(?![\d/]|[-.,]\d| ?(?i:uur|u|hours?|hrs|h|am|pm|min\w*)\b"
    # not opening hours, whole or half: "geldig 0900 tot 1700"
    r"|(?<=[03]0)[ \t]*(?i:tot|to|until|till|[-–])[ \t]*(?:[01]\d|2[0-3])[03]0\b)"
)
# a payload's or a log's field right before a number, named for something else than a code
# (a field known to hold something else: an amount, a count, an id; "verification=381" stays
# a code)
_NOT_CODE_KEY = (
    r"(?i:(?:[a-z]+_?)?(?:amount|amt|total|subtotal|price|sum|fee|tax|vat|qty|quantity|count"
    r"|items|order|id|invoice|status|attempts|retries|version|port|year|merchant|mcc|terminal"
    r"|store|shop|bedrag|aantal|prijs|totaal|betrag|menge|currency|installments?)(?:_?id)?)"
)
_OTHER_FIELD_BEFORE = re.compile(
    r"(?:[\"']" + _NOT_CODE_KEY + r"[\"'][ \t]*:|\b" + _NOT_CODE_KEY + r"=)[ \t]*[\"']?$"
)

_EXPIRY_WORD_BEFORE = re.compile(
    r"\b(?:vervalt|verloopt|expires?|valid|geldig|gültig)(?: [a-z]{2,6}){0,2} $", re.IGNORECASE
)
# a house number, not a code: "mailed to 4410 Oak Hollow Dr", "New card to Mannerheimintie 104"
_STREET_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:CVV|CVC|Cvv|Cvc|Code|Security|Beveiligingscode|Kaartcode|Pin|PIN)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]{3,} $"
)
_STREET_AFTER = re.compile(r",? (?:[A-Z][\w'-]+ ){1,3}" + EN_STREET_TYPE + r"\b")
_OTHER_CODE_BEFORE = re.compile(
    r"\b(?:pin|pincode|pin code|password|wachtwoord|otp|tan|response code|challenge)"
    r"(?: (?:is|was))?\W{0,3}$",  # "exp 01/28, pin is 3391, cvc 772"
    re.IGNORECASE,
)
# what else runs out by a month: "Garantie geldig tot maart 2026", "subscription valid until"
_NOT_A_CARD_BEFORE = re.compile(
    r"\b(?:garantie|warranty|guarantee|abonnement|subscription|contract|voucher|tegoed|bon"
    r"|paspoort|passport|rijbewijs|licen[cs]e|id-kaart|verblijfs\w*"
    # an offer's end: "Het aanbod is geldig tot mei 2026", "Das Angebot ist gültig bis Mai 2026"
    r"|aanbod|aanbieding|actie|offer|angebot|aktion|deal|korting|discount|promo\w*|coupon"
    r"|rabatt|gutschein)\b[^\n.]{0,15}$",
    re.IGNORECASE,
)
_EXPIRY_SHAPE = re.compile(r"\d ?[/-] ?\d")
_CVV_SHAPE = re.compile(r"\d{3}|\d \d \d|\d-\d-\d|\d(?:\.{2,3}|…) ?\d")
# words one of the cues holds (substring tests on the lower-case text: far cheaper than one
# regex with as many alternatives)
_CARD_EXTRA_WORDS = (
    "exp", "verval", "verloop", "geldig", "valid", "gültig", "caduc", "vencim", "cvv", "cvc",
    "cid", "csc", "security", "beveiliging", "veiligheid", "runs out", "cijfer", "digits",
    "kaartcode", "card code", "prüf", "back", "achter", "front", "voorkant", "voorzijde",
    "loopt af", "reverse", "hinten",
)  # fmt: skip


# the expiry first, its cue after: "04/29 is the expiry on my new card"
_EXPIRY_BEFORE_CUE = re.compile(
    r"(?<![\d/.-])((?:0[1-9]|1[0-2])/(?:\d\d|20\d\d))(?![\d/])"
    r" (?:is|was|=) (?:the|my|de|mijn) (?:new |nieuwe )?(?:expiry|expiration|vervaldatum)\b",
    re.IGNORECASE,
)


# a card's month and year as a payment log's or JSON's fields: '"exp_month": "07"', or both
# in one: '"expiryDate": "8/2026"'
_EXPIRY_FIELD = re.compile(
    r"[\"']?(?i:exp(?:iry|iration)?_?(?:month|year|mm|yy|yyyy))[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(\d{2}|20\d\d)(?![\w/.-])"
    r"|[\"'](?i:(?:card_?)?exp(?:iry|iration)_?date)[\"'][ \t]*[:=][ \t]*[\"']("
    + _EXPIRY
    + r")[\"']"
)
# a two-digit year no card of today runs to ("04-04" is a day and a month)
_PAST_YEAR = re.compile(r"^(?:0?[1-9]|1[0-2]) ?[/-] ?(?:0\d|1\d)$")
# a payload's bare "exp" beside a card number, maybe year first as ISO writes it:
# '{"pan":"4658...","exp":"2026-01"}' (a token's or a licence's "exp" without a card is not one)
_CARD_EXP_FIELD = re.compile(
    r"[\"'](?i:exp(?:iry|iration)?)[\"'][ \t]*:[ \t]*[\"']("
    + _EXPIRY
    + r"|20\d\d-(?:0[1-9]|1[0-2]))[\"']"
)


def take_card_extras(scan: Scan) -> None:
    """Expiry dates and security codes: after their cue anywhere, and close after a card
    number even without a cue ("4111... 09/28 031")."""
    cards = [f for f in scan.found if f.kind == "CARD"]
    if not cards and not scan.mentions(*_CARD_EXTRA_WORDS):
        return
    if not cards and GOODS_DATE.search(scan.masked) and not CARD_WORD.search(scan.masked):
        return  # a product's shelf life: "printed on the packaging (e.g. L2309A, exp. 11/2027)"
    if _EXPIRY_SHAPE.search(scan.masked) or scan.mentions(
        "exp", "verval", "geldig", "valid", "gültig"
    ):
        for match in list(_EXPIRY_CUE.finditer(scan.masked)):
            if _ROAD_TEST_BEFORE.search(scan.masked, max(0, match.start() - 40), match.start()):
                continue  # not "APK (MOT) valid until"
            if (
                not cards
                and _PAST_YEAR.search(match.group(1))
                and not CARD_WORD.search(scan.masked)
            ):
                continue  # a day and a month with no card about: "Ophaalcode ... Geldig t/m 04-04"
            if match.group(1)[0].isalpha() and not cards:
                continue  # a year's end only by a card's number: not "The offer expires end of
                # 2026", "the 0% promo rate on your Visa expires end of 2026"
            scan.take(match.start(1), match.end(1), "EXPIRY")
        if "exp" in scan.lower:
            scan.take_either(_EXPIRY_FIELD, "EXPIRY")
            if cards:
                scan.take_all(_CARD_EXP_FIELD, "EXPIRY", 1)
            scan.take_all(_CARD_FIELD_EXPIRY, "EXPIRY", 1)
            scan.take_all(_EXPIRY_GLUED, "EXPIRY", 1)
        if scan.mentions("cvc", "cvv"):
            scan.take_all(_CVV_GLUED, "CVV", 1)
        scan.take_all(_EXPIRY_BEFORE_CUE, "EXPIRY", 1)
        if "loopt" in scan.lower and (cards or scan.mentions("kaart", "pas", "card")):
            scan.take_all(_RUNS_OUT, "EXPIRY", 1)
    card_named = cards or scan.mentions("card", "kaart", "pas ", "pas?", "visa", "master", "cvc")
    if scan.mentions("exp", "verval", "verloop", "valid", "geldig", "gültig"):
        for match in list(_EXPIRY_NAMED_CUE.finditer(scan.masked)):
            if not _NOT_A_CARD_BEFORE.search(
                scan.masked, max(0, match.start() - 25), match.start()
            ):
                scan.take(match.start(1), match.end(1), "EXPIRY")
        if cards or scan.mentions(
            "kaart", "karte", "card", "cvc", "cvv", "op de pas"
        ):  # not "actie geldig tot mei twintig"
            scan.take_all(_EXPIRY_SPOKEN_CUE, "EXPIRY", 1)
        if "\n" in scan.masked:
            scan.take_all(_EXPIRY_NEXT_LINE, "EXPIRY", 1)
            if card_named:  # not a product's: "Expiry date on the box?" / "it was 10/22"
                scan.take_all(_EXPIRY_ANSWERED, "EXPIRY", 1)
            scan.take_all(_EXPIRY_SPOKEN_NEXT_LINE, "EXPIRY", 1)
        card_talk = bool(cards) or scan.mentions("kaart", "karte", "card", "cvc", "cvv")
        for cue in list(re.finditer(_EXPIRY_WORDS, scan.masked, re.IGNORECASE)):
            window = scan.masked[cue.end() : cue.end() + _LATER_WINDOW]
            for later in list(_EXPIRY_LATER.finditer(window)):
                if later.group(1)[0].isalpha() and (
                    later.start(1) < 3
                    or not card_talk
                    or _DAY_BEFORE.search(window, 0, later.start(1))
                ):
                    continue  # a month by name: in a card's talk, a turn later, not a full date
                if " / " in later.group(1) and not cards:
                    continue  # set apart only beside a card's number: not "week 12 / 2025"
                scan.take(cue.end() + later.start(1), cue.end() + later.end(1), "EXPIRY")
    card_words = cards or scan.mentions("card", "kaart", "pas ")  # before the corrections below
    if card_words and scan.mentions("verloopt", "vervalt", "expir", "runs out", "loopt"):
        scan.take_all(_EXPIRY_SPOKEN_AFTER_CARD, "EXPIRY", 1)
        scan.take_all(_EXPIRY_NAMED_AFTER_CARD, "EXPIRY", 1)
        scan.take_all(_EXPIRY_AFTER_CARD, "EXPIRY", 1)
        for match in list(_EXPIRY_NAMED_IT.finditer(scan.masked)) if cards else ():
            card_end = max((c.end for c in cards if c.end <= match.start()), default=-1)
            gap = scan.masked[card_end : match.start(1)]  # with the turn's label, if any
            if card_end >= 0 and len(gap) <= _IT_GAP and not _OTHER_THING.search(gap):
                scan.take(match.start(1), match.end(1), "EXPIRY")
    if cards and "/" in scan.masked:
        scan.take_all(_EXPIRY_SPACED, "EXPIRY", 1)
    for card in cards:
        whole = _FULL_DATE_AFTER_CARD.match(scan.masked, card.end)
        if whole:
            scan.take(whole.start(1), whole.end(1), "EXPIRY")
    expiries = [f for f in scan.found if f.kind == "EXPIRY"]
    for found in expiries:
        corrected = _EXPIRY_NOT.match(scan.masked, found.end)
        if corrected:
            scan.take(corrected.start(1), corrected.end(1), "EXPIRY")
    if expiries and (cards or scan.mentions("card", "kaart", "cvc", "cvv", "code")):
        for found in expiries:
            joined = _CODE_JOINED.match(scan.masked, found.end)
            if joined:
                scan.take(joined.start(1), joined.end(1), "CVV")
    if _CVV_SHAPE.search(scan.masked):
        no_card = not (
            cards
            or scan.mentions("card", "kaart", "pas ", "visa", "master", "amex", "betaalmethode")
            or scan.mentions("laatste 4 cijfers", "laatste vier cijfers", "last 4 digits")
        )  # "Betaalmethode gecontroleerd: klant las laatste 4 cijfers voor"
        for match in list(_CVV_CUE.finditer(scan.masked)):
            line = scan.masked[scan.masked.rfind("\n", 0, match.start()) + 1 : match.start()]
            if not _PIN_BEFORE.search(line[-40:]):  # "Pincode poort (4 cijfers): 9035": a PIN
                # with no card about, a security code is one sent to log in: "Microsoft-
                # account: beveiligingscode 5528"
                sent = (no_card and _SECURITY_CODE.match(match.group())) or (
                    _SPACED_SECURITY_CODE.match(match.group())
                    and _ACCOUNT_RIGHT_BEFORE.search(line)
                )
                scan.take(match.start(1), match.end(1), "OTP" if sent else "CVV")
        if "\n" in scan.masked:
            for match in list(_CVV_NEXT_LINE.finditer(scan.masked)):
                line_start = scan.masked.rfind("\n", 0, match.start()) + 1
                if _PIN_BEFORE.search(scan.masked, line_start, match.start()):
                    continue  # a PIN's length: "de klantpincode van je account (4 cijfers)?"
                scan.take(match.start(1), match.end(1), "CVV")
        if scan.mentions("typ", "enter", "ingevuld", "ingevoerd", "invoerde", "put in"):
            for match in list(_CVV_TYPED.finditer(scan.masked)):
                if no_card and not match.group().lower().startswith(("cvv", "cvc")):
                    continue  # "security code" with no card about: one sent to log in
                if len(match.group(1)) == 4 and not scan.mentions("amex", "american express"):
                    continue  # four digits only on an Amex: "I entered 1500 as the amount"
                for group in (1, 2):
                    if match.group(group):
                        scan.take(match.start(group), match.end(group), "CVV")
        if not no_card:
            scan.take_all(_CVV_IT_IS, "CVV", 1)
            if scan.mentions("achter", "back", "reverse", "hinten"):
                _take_cvvs_on_the_back(scan, cards)
    if scan.mentions(
        "cvv", "cvc", "security", "beveiliging", "back", "front", "achter", "voor", "prüf"
    ):
        _take_spoken_cvvs(scan)
    for card in cards:
        compact = _NEAR_CARD_COMPACT.match(scan.masked, card.end) or _NEAR_CARD_SPACED.match(
            scan.masked, card.end
        )
        if compact:
            scan.take(compact.start(1), compact.end(1), "EXPIRY")
            if compact.group(2):
                scan.take(compact.start(2), compact.end(2), "CVV")
        window = scan.masked[card.end : card.end + _CARD_WINDOW]
        near = range(card.end, card.end + _CARD_WINDOW)
        expiry = next(
            (
                m
                for m in _NEAR_CARD_EXPIRY.finditer(window)
                if not _YEAR_FIRST.fullmatch(m.group(1))
                or (
                    _EXPIRY_WORD_NEAR.search(window, 0, m.start(1))
                    and not _FROM_BEFORE.search(window, max(0, m.start(1) - 16), m.start(1))
                )
                or _UNTIL_NEAR.search(window, 0, m.start(1))
            ),
            None,
        )
        if expiry and (
            DUE_BEFORE.search(window, 0, expiry.start())
            or HOUR_AFTER.match(window, expiry.end())
            or (
                AMOUNT_AFTER.match(window, expiry.end())
                and window[: expiry.start()].strip(" ,;:()\n")  # not right after the card
                and len(expiry.group(1)) == 5  # a statement's day and month: "03/08"
            )
        ):
            expiry = None  # "Balance due 21/07", "op 12/07 om 14:31", " 03/08 $1,249.00"
        if expiry and (
            not window[: expiry.start()].strip(" ,;:()\ue000\n").count(" ") > 4
            or (
                window.count("\n", 0, expiry.start()) == 1
                and _OWN_NEXT_LINE.fullmatch(window, 0, expiry.start())
                and _LINE_REST.match(window, expiry.end())
            )
        ):
            scan.take(card.end + expiry.start(1), card.end + expiry.end(1), "EXPIRY")
            window = scan.masked[card.end : card.end + _CARD_WINDOW]
        elif not expiry:
            compact = _COMPACT_AFTER_WORD.search(window)
            if compact:
                scan.take(card.end + compact.start(1), card.end + compact.end(1), "EXPIRY")
                window = scan.masked[card.end : card.end + _CARD_WINDOW]
        cvv = _NEAR_CARD_CVV.search(window)
        if cvv and (
            _OTHER_CODE_BEFORE.search(window, 0, cvv.start())
            or after_plate_cue(scan.masked, card.end + cvv.start(1))
        ):
            cvv = None  # "my card 5160 ... in the reader, my PIN 3962", "kenteken 4821 KXT"
        elif cvv and (
            _STREET_BEFORE.search(window, 0, cvv.start(1))
            or _STREET_AFTER.match(window, cvv.end(1))
            or PLACE_NUMBER_BEFORE.search(window, max(0, cvv.start(1) - 20), cvv.start(1))
        ):
            cvv = None  # a house number, a room's or a pitch's: "kampeerplek 214"
        elif cvv and OTHER_NUMBER_TAIL.search(window, max(0, cvv.start(1) - 30), cvv.start(1)):
            cvv = None  # another card's last digits: "..., not the one ending 4477"
        elif cvv and TABLE_ROW_START.search(window, 1, cvv.start(1)):
            cvv = None  # the next row's first cell: "| 08/27 | 611 |\n| 205  | Anna ..."
        elif (
            cvv
            and len(cvv.group(1)) == 4
            and scan.text[card.start : card.end].startswith(cvv.group(1))
        ):
            cvv = None  # the card's first group said back: "Use 5466 1602 ..." / "5466... yes"
        elif cvv and _OTHER_FIELD_BEFORE.search(window, 0, cvv.start(1)):
            cvv = None  # another field of a payload: '{"pan":"...","amount":1250}'
        elif (
            cvv
            and YEAR_DIGITS.fullmatch(cvv.group(1))
            and _EXPIRY_WORD_BEFORE.search(window, 0, cvv.start(1))
        ):
            cvv = None  # the card's year: "vervalt eind 2026, dus 12/26"
        has_cvv = any(f.kind == "CVV" and f.start in near for f in scan.found)
        if cvv and not has_cvv and not window[: cvv.start()].strip(" ,;:()\ue000\n").count(" ") > 4:
            scan.take(card.end + cvv.start(1), card.end + cvv.end(1), "CVV")
            has_cvv = True
        if not has_cvv and "code" in scan.lower:
            _take_code_after_card(scan, card.end, _CODE_WINDOW)
    if not cards and "code" in scan.lower:
        # the code right after an expiry, the card itself given before or not at all:
        # "Zoals beloofd: geldig t/m 10/26, code 774."
        taken = [f for f in scan.found if f.kind == "EXPIRY"]
        if taken and not any(f.kind == "CVV" for f in scan.found):
            for found in taken:
                _take_code_after_card(scan, found.end, _CODE_AFTER_EXPIRY_WINDOW)


def _only_expiry(scan: Scan, start: int, end: int) -> bool:
    """Everything masked in ``scan.masked[start:end]`` is an expiry date found before."""
    masked = scan.masked.count(MASK, start, end)
    covered = sum(
        min(f.end, end) - max(f.start, start)
        for f in scan.found
        if f.kind == "EXPIRY" and f.start < end and f.end > start
    )
    return masked == covered


def _take_spoken_cvvs(scan: Scan) -> None:
    """A security code read out on the turn after its cue: "agent: and the four digit code on
    the front" / "caller: two two nine one"."""
    for spoken in spoken_values(scan.masked):
        if not (spoken.value.isdigit() and 3 <= len(spoken.value) <= 4):
            continue
        before = scan.masked[max(0, spoken.start - _SPOKEN_CVV_WINDOW) : spoken.start]
        cues = list(_CVV_WORD_RE.finditer(before))
        if not cues:
            continue
        gap = before[cues[-1].end() :]
        if MASK in gap and not _only_expiry(scan, spoken.start - len(gap), spoken.start):
            continue  # the cue has its value: "cvc: 903\namount: DKK 250" (not an expiry asked
            # with it: "the expiry and the code?" / "Expiry May twenty-nine, code nine ...")
        line = before[before.rfind("\n", 0, cues[-1].start()) + 1 : cues[-1].end()]
        if _PIN_OR_SENT.search(line):
            continue  # "uw nieuwe pincode voor de voicemail, vier cijfers": a PIN's digits
        if gap.count("\n") == 1 or (len(gap) <= 20 and "\n" not in gap):
            scan.take(spoken.start, spoken.end, "CVV")  # the next turn, or right after it


def _take_code_after_card(scan: Scan, card_end: int, size: int) -> None:
    window = scan.masked[card_end : card_end + size]
    code = _CODE_AFTER_CARD.search(window)
    if (
        code
        and not _CODE_SENT.search(window, 0, code.start(1))
        and not after_plate_cue(scan.masked, card_end + code.start(1))
    ):
        scan.take(card_end + code.start(1), card_end + code.end(1), "CVV")
