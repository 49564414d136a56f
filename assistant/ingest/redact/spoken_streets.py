"""Street addresses whose house number is read out, as in transcribed calls: the number
first ("from forty two Kelburn Parade", "it's flat two eighty six Moorland Road") or the
street first ("naar de Brugsesteenweg honderdtwaalf", "it's Waldstraße fourteen")."""

from __future__ import annotations

import re

from assistant.ingest.redact.places import EN_STREET_TYPE, STREET_SUFFIX
from assistant.ingest.redact.scan import SPEAKER, Scan
from assistant.ingest.redact.spoken import EN_UNDER_100, SPOKEN_HOUSE_NUMBER

# the house number read out, as in transcribed calls: "from forty two Kelburn Parade",
# "number eighteen, Plasturton Avenue"
_SPOKEN_STREET = re.compile(
    r"(?<![\w-])(?:number )?"
    + EN_UNDER_100
    + r",? (?-i:(?:[A-Z][\w'-]+ ){1,3}"
    + EN_STREET_TYPE
    + r")\b(?! (?-i:[A-Z]))",  # not "two Big Road Trucks"
    re.IGNORECASE,
)
# a street named first with its number read out: "naar de Brugsesteenweg honderdtwaalf in
# Kortrijk", "it's Waldstraße fourteen"
_STREET_SPOKEN_NUMBER = re.compile(
    r"\b(?![A-Z][a-z]*ing\b)[A-ZÄÖÜ][\w'-]*?"
    + STREET_SUFFIX
    + r"(?:-(?:Oost|West|Noord|Zuid))? (?i:"
    + SPOKEN_HOUSE_NUMBER
    + r")\b(?![ -]\w+(?:ste|de|th)\b)"
    r"(?! (?i:min\w*|jaar|jaren|years?|euro|keer|times|met\w*|km|uur|hours?|dagen|days?|weken"
    r"|weeks?|mensen|people|procent|percent|stuks?|x)\b)"  # "Vondelpark twintig minuten"
)
_STREET_SPOKEN_HINT = re.compile(STREET_SUFFIX + r"(?:-[A-Z][a-z]+)? (?i:[a-z])")
# with the flat first the street is sure, whatever follows: "it's flat two eighty six
# Moorland Road Leeds"
_SPOKEN_FLAT_STREET = re.compile(
    r"(?<![\w-])(?:flat|apartment|unit) "
    + EN_UNDER_100
    + r",? "
    + EN_UNDER_100
    + r",? (?-i:(?:[A-Z][\w'-]+ ){1,3}"
    + EN_STREET_TYPE
    + r")\b",
    re.IGNORECASE,
)
# all in lower case after the words that give an address, as auto-captions write it: "I see
# you're at three twenty two valencia street"
_LOWER_SPOKEN_STREET = re.compile(
    r"\b(?:you're at|you are at|i'm at|i am at|im at|live at|lives at|address is|it's|its)"
    r" ((?:(?:one|two|three|four|five|six|seven|eight|nine) )?"
    + EN_UNDER_100
    + r" (?:[a-z]+ ){1,2}(?:street|road|avenue|lane|drive|way|court|place|boulevard|terrace"
    r"|close|crescent|grove))\b",
    re.IGNORECASE,
)
# the answer to a question for the address, its number read out: "Wat is het nieuwe adres?" /
# "Beller: De Bongerd drieëntwintig in Nijmegen"
_SPOKEN_ADDRESS_ANSWER = re.compile(
    r"(?<!mail)(?<!mail )\b(?i:adres|address)\b[^\n?]{0,40}\?[ \t]*\n"
    + SPEAKER
    + r"[ \t]*(?!(?i:ja|nee|yes|no|ok|oké|okay|sorry|eh|uh|um|nummer|number|huisnummer)\b)"
    + r"((?:(?:De|Het|Den|'t) )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?i:"
    + SPOKEN_HOUSE_NUMBER
    + r"))\b(?=[ \t]*(?:[,.]|\n|$)| in [A-Z])"
)
_SPOKEN_STREET_HINT = re.compile(
    r"(?:teen|ty|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve),? [A-Z]"
)


def take_spoken_streets(scan: Scan) -> None:
    """A street whose house number is read out ("from forty two Kelburn Parade")."""
    if _SPOKEN_STREET_HINT.search(scan.masked):
        if scan.mentions("flat ", "apartment ", "unit "):
            scan.take_all(_SPOKEN_FLAT_STREET, "ADDRESS")
        scan.take_all(_SPOKEN_STREET, "ADDRESS")
    if scan.mentions(" at ", "address is", "it's", "its "):
        scan.take_all(_LOWER_SPOKEN_STREET, "ADDRESS", 1)
    if "?" in scan.masked and scan.mentions("adres", "address"):
        scan.take_all(_SPOKEN_ADDRESS_ANSWER, "ADDRESS", 1)
    if _STREET_SPOKEN_HINT.search(scan.masked):
        scan.take_all(_STREET_SPOKEN_NUMBER, "ADDRESS")
