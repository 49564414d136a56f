"""What the words around a listed given name say it is instead: a place ("I live in Jackson",
"Madison WI", "near Victoria station"), a brand ("the Stripe dashboard") or a month ("since
Jan"). Used by the name pass that takes given names without a cue (``names``)."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import FURNITURE

# a given name right after these is a place: "I live in Jackson", "Sint Gillis"
_PLACE_BEFORE = re.compile(
    r"\b(?:live|lives|living|lived|woon|woont|wonen|woonde|based|located|gevestigd|moved"
    r"|moving|verhuisd|verhuizen|born|geboren|getogen) (?:in|to|naar|near|bij|uit) $"
    r"|\b(?:Sint|Saint|San|Santa|St\.?) $"  # a saint's name is a place or a feast
    r"|\bCo\. $"  # an Irish county: "Tralee, Co. Kerry"
    # a journey's end: "the 07:42 from Preston", "de trein naar Emmen"
    r"|(?:\d[:.]\d\d|\b(?:train|bus|flight|coach|ferry|trein|vlucht|veerboot)) (?:from"
    r"|to|naar|van|uit) $",
    re.IGNORECASE,
)
_PLACE_WORDS = ("in ", "to ", "naar ", "near ", "bij ", "uit ", "Co. ", "Sint ", "Saint ", "San ",
                "Santa ", "St. ", "St ", "from ", "van ")  # fmt: skip
# towns that are given names too, after "in" or on a route: "Hotel in Florence", "Amsterdam –
# Florence", "vlucht naar Sydney"
_TOWNS = frozenset(
    "Florence Victoria Sydney Austin Adelaide Charlotte Chelsea Paris Regina Lourdes Valencia"
    " Savannah Eugene Orlando Jackson Madison Phoenix Lincoln Chester Sofia Vienna Lima Georgia"
    " Dallas Houston Denver Beverly Marion Alexandria Elizabeth Odessa Florentina Nancy Melle"
    " Lochristi Evergem Zele".split()
)
_TOWN_BEFORE = re.compile(r"(?:\b(?:in|naar|via|near|uit)|[A-Z][a-zà-ÿ]+ [–—-]) $")
# a US town before its state: "Lakeside Family Clinic, Madison WI" (not the state codes that
# are words too: OK, IN, ME, OR, HI, PA, DE, MA, CO, ID)
_STATES = (
    r"(?:AL|AK|AZ|AR|CA|CT|FL|GA|IA|IL|KS|KY|LA|MD|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY"
    r"|OH|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY)"
)
# "Madison WI" at a line's end or before a dash ("Madison WI - stock"), "Austin, TX using ..."
_STATE_END = r"(?=[ ,]*(?:\n|$|\d{5}\b|\[POSTCODE\])| [-–—] |[.;)])"
_US_STATE_AFTER = re.compile(r",? " + _STATES + _STATE_END + r"|, " + _STATES + r"\b")
# a place named by what stands there: "near Victoria station", "the Victoria line", "at
# Pearse St garda station", "Warren Street"
_PLACE_AFTER = re.compile(
    r" (?:station|Station|airport|Airport|line|Line|St|Street|Rd|Road|Avenue|Ave|Square)\b"
    r"(?!['’]s)"
    # a state's plate or licence: "2019 Honda Accord, Georgia plate CSK 4827"
    r"| (?:plates?|tags?|licen[cs]e plate|driver['’]?s licen[cs]e)\b"
)
# a month's short form after a word of time, no surname after it: "paying since Jan but"
_MONTH_SHORT = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
MONTH_NAMED = frozenset("April May June July August".split())  # also given names
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:since|until|till|in|sinds|vanaf|per|begin|eind|half|mid"
    r"|early|late|end of|start of) $",
    re.IGNORECASE,
)
_TECH_AFTER = re.compile(
    r" (?:API|api|SDK|sdk|plugin|plug-in|dashboard|webhook|webhooks|integratie|integration"
    r"|checkout|account manager|merchant|app store)\b"
)


# a product's model or style named after someone: 'het model "Chelsea" in bruin'
_MODEL_BEFORE = re.compile(
    r"\b(?i:model|style|stijl|design|colou?r|kleur|oorbellen|earrings|ketting|necklace|armband"
    r"|bracelet|ring|jurk|dress|tas|bag"
    # clothes, shoes and a plant's cultivar too: "Blazer 'Charlotte'", "Hortensia 'Annabelle'"
    r"|blazer|jas|jack|jacket|coat|rok|skirt|broek|trousers|jeans|blouse|trui|sweater|vest"
    r"|sneakers?|schoen(?:en)?|shoes?|laarzen|laars|boots?|hortensia|hydrangea|roos|rose"
    r"|tulp|tulip|clematis|lavendel|lavender|dahlia|pioen|peony"
    r"|boeket|bouquet|bloemstuk)\s[\"'“‘]$"  # a florist's: 'boeket "Anna"'
    # a bag or a dress named so, its kind inside the quotes: 'item "Borsa Sofia" in pelle'
    r"|[\"“](?i:borsa|bolso|bag|tas|tasche|sac|jurk|dress|robe|vestido) $"
    # a car park or a mall named so: "Parkhaus Alexa, Ebene 3"
    r"|\b(?i:parkhaus|tiefgarage|parkeergarage|einkaufszentrum|winkelcentrum)\s$"
)  # and jewellery or clothes named so: "de zilveren oorbellen 'Luna'"
# (or a product line's tier and model: "Shelly Plus 1PM", "Jabra Evolve Pro 2")
_MODEL_AFTER = re.compile(r" (?:V|Mk|MK|Gen)\d\b| (?:Plus|Pro|Max|Mini|Ultra|Lite) \d\w*\b")
# a piece of furniture after its name in quotes: '"Victor" side table', '"Emma" rug'
_FURNITURE_BEFORE_QUOTE = re.compile(r"\b(?i:" + FURNITURE + r") [\"“'‘]$")
# a name put on a thing: "een gepersonaliseerd kussen 'Sophie' met haar geboortedatum"
_PERSONALISED = re.compile(
    r"\b(?:gepersonaliseerd\w*|personali[sz]\w*|engrav\w*|graveer\w*|gegraveerd|borduur\w*"
    r"|geborduurd|opdruk|bedrukt|naam|name|met (?:haar|zijn)|with (?:her|his))\b",
    re.IGNORECASE,
)
_FURNITURE_AFTER = re.compile(  # the name may have more words: '"Brooklyn Bridge" hanglamp'
    r"(?-i: [A-Z][\w-]*){0,2}[\"”'’] (?:[\w-]+ )?"
    r"(?i:"
    + FURNITURE  # 'de "Brooklyn Bridge" hanglamp'
    # or a dish, a meal or a room so named: 'the "Rembrandt" breakfast buffet'
    + r"|breakfast|buffet|menu|ontbijt|lunch|dinner|diner|suite|package|arrangement|burger|pizza"
    r")(?:s|en)?\b"
)


# a street's type in lower case before a person it is named after: "avenue Jean Jaurès",
# "rue Victor Hugo", "via Giuseppe Verdi"
_STREET_TYPE_BEFORE = re.compile(
    r"\b(?:avenue|rue|boulevard|bd|quai|allée|chemin|impasse|calle|avenida|viale|piazza"
    r"|corso|paseo|rua|ulica|ul\.|aleja) (?:[A-Z][\w'-]+ )?$"  # and the next word
)


_SAINT_BEFORE = re.compile(
    r"\b(?:São|Santo|Santa|San|Sankt|Saint|Sainte|Sint)[ -]$"
    # or after a place's word: "Isle of Lewis", "Loch Katrine", "Fort William"
    r"|\b(?:Isle|Isles|Island|Lake|Loch|Mount|Cape|Fort) (?:of )?$"
)
# a room named after a person: "Conference room Rembrandt", "vergaderzaal Escher"
_ROOM_BEFORE = re.compile(r"\b(?i:conference room|meeting room|vergaderzaal|vergaderruimte) $")
# or any room named in quotes: 'Room "Rembrandt" on the 2nd floor', 'kamer "Vermeer"'
_QUOTED_ROOM_BEFORE = re.compile(r"\b(?i:room|kamer|zimmer|suite|zaal) [\"“]$")
_ROOM_NAME_ENDS = re.compile(
    r"[ \t]*(?:[:,;.()\n]|$| (?:is|was) (?:booked|free|reserved|taken|geboekt|vrij|bezet)\b"
    r"| (?:om|at|from|van|vanaf|tot|until) \d)"
)


# a motorway exit's number, its town in brackets after it: "afrit 5 (Brecht)", "exit 12 (Kleve)"
_EXIT_BEFORE = re.compile(
    r"\b(?:afrit|afslag|exit|junction|knooppunt|ausfahrt|sortie)\s+\d{1,3}[a-z]?\s*\($",
    re.IGNORECASE,
)


# a storm named as weather services name them: "Storm Ciarán – travel update", "storm Eunice"
_STORM_BEFORE = re.compile(
    r"\b(?i:storm|hurricane|typhoon|cyclone|orkaan|sturm|sturmtief|tropical storm) $"
)

_CAPITAL_NEXT = re.compile(r" [A-Z]")


def place_or_brand(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` names a place or a brand by what stands around it."""
    if _STORM_BEFORE.search(text, max(0, start - 16), start) and not _CAPITAL_NEXT.match(text, end):
        return True  # a storm, not a person: "Storm Ciarán" (not "Storm Ciarán Byrne")
    if _STREET_TYPE_BEFORE.search(text, max(0, start - 30), start):
        return True  # "Location: Carrefour car park, avenue Jean Jaurès, Toulouse"
    if _SAINT_BEFORE.search(text, max(0, start - 8), start):
        return True  # a place named after a saint: "Miradouro de São Pedro de Alcântara"
    if _ROOM_BEFORE.search(text, max(0, start - 24), start) and _ROOM_NAME_ENDS.match(text, end):
        return True  # "Conference room Rembrandt:", not "the conference room Tom asked for"
    if text.startswith(('"', "”"), end) and _QUOTED_ROOM_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return True
    if _MODEL_BEFORE.search(text, max(0, start - 20), start):
        return True  # 'Ik zoek het model "Chelsea" in bruin'
    if text.startswith(")", end) and _EXIT_BEFORE.search(text, max(0, start - 24), start):
        return True  # a motorway exit's town: "ter hoogte van afrit 5 (Brecht)"
    if (
        start
        and text[start - 1] in "\"“'‘"
        and (
            _FURNITURE_AFTER.match(text, end)
            or (
                _FURNITURE_BEFORE_QUOTE.search(text, max(0, start - 24), start)
                and not _PERSONALISED.search(text, max(0, start - 60), min(len(text), end + 40))
            )
        )
    ):
        return True  # '"Victor" side table, oak', '"Emma" vloerkleed', 'een kast "Billy"'
    if _MODEL_AFTER.match(text, end):
        return True  # a machine's model: "espressomachine Lelit Bianca V3"
    if _TECH_AFTER.match(text, end):
        return True  # "de Mollie API key", "the Stripe dashboard"
    if _US_STATE_AFTER.match(text, end) or _PLACE_AFTER.match(text, end):
        return True  # "Madison WI", "Madison, WI [POSTCODE]", "Victoria station"
    if text[start:end] in _TOWNS and _TOWN_BEFORE.search(text, max(0, start - 24), start):
        return True  # "a hotel in Florence", "Amsterdam – Florence on 14 June"
    return text.endswith(_PLACE_WORDS, 0, start) and bool(
        _PLACE_BEFORE.search(text, max(0, start - 30), start)
    )  # "I live in Jackson", "woont in Hilversum"


# another month joined to it: "rent Jan + Feb", "Jan-Mar", "jan t/m maart", "Jan and February"
MONTH_JOINED = re.compile(  # a month after a joiner: "-Mar", " tot juni"
    r" ?(?:[+&/–-]|and|en|to|tot|t/m|or|of) ?(?i:jan|feb|febr|mar|mrt|apr|may|mei|jun|jul|aug"
    r"|sep|sept|oct|okt|nov|dec|january|february|march|april|june|july|august|september"
    r"|october|november|december|januari|februari|maart|juni|juli|augustus|oktober)\b"
)


# ... or joined to one before it by a sign: "bill for Dec/Jan", "Nov-Jan" (not "in mei en Jan
# van de buren")
_MONTH_JOINED_BEFORE = re.compile(
    r"(?i:jan|feb|febr|mar|mrt|apr|may|mei|jun|jul|aug|sep|sept|oct|okt|nov|dec) ?[+&/–-] ?$"
)


# ... or by a word, when no name goes on after it: "the invoices for Dec and Jan are wrong" (not
# "in mei en Jan van de buren")
_MONTH_WORD_JOINED_BEFORE = re.compile(
    r"(?i:jan|feb|febr|mar|mrt|apr|may|mei|jun|jul|aug|sep|sept|oct|okt|nov|dec)"
    r" (?:and|en|or|of|to|tot) $"
)
_NAME_GOES_ON = re.compile(r" (?:van|de|der|den|ter|ten|[A-Z])")


def month_after_time_word(text: str, start: int, word: str) -> bool:
    """A month's short form after a word of time ("paying since Jan but"), or joined to
    another month ("rent Jan + Feb", "Dec/Jan"); a month that is also a given name only after a
    word of time ("moved in June and I")."""
    if word in MONTH_NAMED:
        return bool(_TIME_WORD_BEFORE.search(text, max(0, start - 12), start))
    return word in _MONTH_SHORT and (
        bool(_TIME_WORD_BEFORE.search(text, max(0, start - 12), start))
        or bool(MONTH_JOINED.match(text, start + len(word)))
        or bool(_MONTH_JOINED_BEFORE.search(text, max(0, start - 10), start))
        or (
            bool(_MONTH_WORD_JOINED_BEFORE.search(text, max(0, start - 10), start))
            and not _NAME_GOES_ON.match(text, start + len(word))
        )
    )


# a cheap test before the full pattern below
_PLACE_WORDS_OF_FIELDS = (
    r"(?i:city|town|plaats|woonplaats|stad|ort|wohnort|ville|ciudad|città|county|state|province"
    r"|provincie|country|land|place of birth|geboorteplaats)"
)
PLACE_FIELD_HINT = re.compile(_PLACE_WORDS_OF_FIELDS + r"[ \t]*:")
PLACE_FIELD_LABEL = re.compile(_PLACE_WORDS_OF_FIELDS)
# a form's field for a place: its value is a town, not the customer ("City: Franklin   State:
# TN", "Woonplaats: Emmen")
PLACE_FIELD = re.compile(
    r"(?:^|[ \t]{2}|\|[ \t]?|\t)[ \t]*"
    + _PLACE_WORDS_OF_FIELDS
    + r"[ \t]*:[ \t]*([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?=[ \t]*(?:$|[ \t]{2}|\||,))",
    re.MULTILINE,
)
_KEPT_VALUE = re.compile(r"[ \t]*:[ \t]*\ue000+(?=[ \t]*(?:\n|$)|[ \t]{2}|[ \t]*[|,])")


def place_field(text: str, at: int) -> bool:
    """A form's field for a place at ``at``, its value a town or kept as a place already
    ("Ville: Paris", "Woonplaats: \ue000\ue000\ue000")."""
    line_start = text.rfind("\n", 0, at) + 1
    if PLACE_FIELD.match(text, line_start):
        return True
    label = PLACE_FIELD_LABEL.match(text, at)
    return label is not None and _KEPT_VALUE.match(text, label.end()) is not None
