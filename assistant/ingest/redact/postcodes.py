"""Postcodes: Dutch and British ones on their own, Canadian, Irish and Australian ones after a
comma, American ZIPs, and any country's beside an address (after it, after a floor or a town,
on the next line, or answering a question for it). ``places`` finds the streets first."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import (
    METER_OR_CODE_BEFORE,
    MODEL_BEFORE,
    MONTH_WORDS,
    YEAR_DIGITS,
)
from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.scan import MASK, Scan

_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d"
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"
POSTCODE_NL = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w])"
# letter pairs after four digits that are units or sizes, not a postcode ("3000 XL", "1000 MB")
_NOT_POSTCODE_LETTERS = frozenset(
    "XL XS SA SD SS ML MG KG GB MB KB TB CM MM KM KW MW HZ PC PK CC HP LB OZ GR ST EU US UK "
    "NL BE DE AM PM BV NV VA DC AC RPM GJ MJ KJ IU".split()  # "1000 IU" of a vitamin
)
_POSTCODE_WORD = re.compile(r"(?<!\[)\bpost ?code", re.IGNORECASE)  # not "[POSTCODE]"
# in a text about a home address (not an e-mail or IP address), a size's letters after a
# number that is no year are a postcode's too: "Kraaiennest 112, bij de metro. 1104 CM"
_ADDRESS_WORD = re.compile(r"(?<!mail )(?<!IP )(?<!MAC )\b(?:adres|address)\b", re.IGNORECASE)
_SIZE_LETTERS = frozenset("ML MG KG CM MM KM KW MW HZ PC PK CC HP LB OZ GR ST".split())
_OPENING = re.compile(r"(?:^|[.!?:,(]\s*|\n)$")  # "bij de metro. 1104 CM", not "maat 3000 KG"
_NEVER_LETTERS = frozenset("SA SD SS".split())  # never given to a Dutch postcode
_NL_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3} ?([A-Z]{2})(?![\w-])")
_NL_POSTCODE_CUE = re.compile(
    # also a log's field: "billing_zip=78704", "postal_code: 90210", '"zip":"94110"'
    # and other countries' names for it: Scandinavia, Finland, Germany, France, Italy, Spain,
    # Poland ("Postnummer: 411 24 Göteborg")
    r"((?:(?:\b|(?<=_))(?i:postcode|post code|postal[ _]code|zip[ _]?code|zip|plz|eircode"
    r"|postnummer|postinumero|postleitzahl|code postal|codice postale|c[óo]digo postal"
    r"|kod pocztowy)\b|(?i:c\.p\.)(?=\s?:))"  # Spain's "C.P.: 46023"
    r"(?:(?:\s?[/+&]\s?|\s(?i:et|en|and|und|y|e)\s)(?i:plaats|woonplaats|gemeente|city|town|place|ort|stadt|ville|localité"
    r"|localite|località|localidad|población|poblacion))?"
    r"(?:[\s:=]*|\"\s?:\s?\")"  # a JSON field too: '"zip":"94110"'
    r"(?:(?i:is|was)\s+)?)"
    r"((?-i:[A-Z]{1,2}-)(?:[1-9]\d{3} ?[A-Z]{2}|\d{4,5}|[1-9]\d\d \d\d)"  # "AX-22100", "SE-116 21"
    r"|[1-9]\d{3} ?[A-Za-z]{2}|\d{5}-\d{4}|[1-9]\d{3,4}|\d{5}|\d\d-\d{3}|[1-9]\d\d \d\d|"
    # Norway's from 0, before Oslo or (after its own word) any town: "Postnummer: 0155
    # Poststed: OSLO", "Postnummer 0250 Bygdøy"
    r"0\d{3}(?=\s+(?i:oslo|poststed)\b)|"
    r"(?:(?<=(?i:postnummer)[: ])|(?<=(?i:postnummer): ))0\d{3}(?=\s+[A-ZÆØÅ][a-zæøå]{2,})|"
    r"(?i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})|"  # "postcode bt7 1nn"
    + _CA_POSTCODE
    + r"|"
    + EIRCODE
    + r")(?![\w-])"
)
# a Norwegian postcode from 0 before a town other than Oslo, only in a text about Norway
_FROM_ZERO = re.compile(r"0\d{3}")
_NORWAY = re.compile(r"[æøåÆØÅ]|\b(?i:norge|norway|noorwegen|norwegen|oslo|poststed)\b|\.no\b")
# after a comma, a town and a state or province may be: Irish Eircodes ("Dublin 2, D02
# X285"), Canadian postcodes ("Toronto, ON M5V 3L9"), Australian ones ("Sydney NSW 2000");
# the literal ", " first keeps the scan fast
_COMMA_POSTCODE = re.compile(
    r", (?:[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?,? )?"
    r"(?:(?:NSW|VIC|QLD|TAS|ACT|ON|QC|BC|AB|MB|SK|NS|NB|PE) )?"
    r"(?:(?<=[a-z] )\d{1,2}W? \(?(?=" + EIRCODE + r"))?"  # "Dublin 6 (D06 X2K4)"
    r"(" + _CA_POSTCODE + r"|" + EIRCODE + r"|(?<=[A-Z] )\d{4})(?![\w-])"
)
# (an area of one letter is one of B, E, G, L, M, N, S and W: not a text's code "R4T9QX")
_UK_OUTWARD = r"(?<![\w-])(?:[BEGLMNSW]|[A-PR-UWYZ][A-HK-Y])\d[A-Z\d]?"
_UK_INWARD = r"\d[ABD-HJLNP-UW-Z]{2}(?![\w-])"
UK_POSTCODE = re.compile(_UK_OUTWARD + " ?" + _UK_INWARD)
# typed in lower case, in a text that asks for or gives a postcode (with its space)
UK_POSTCODE_LOWER = re.compile(_UK_OUTWARD.lower() + " " + _UK_INWARD.lower())
# and after a postal address, where an ordinal is no inward code: "s21 2nd hand"
UK_POSTCODE_LOWER_NOT_ORDINAL = re.compile(
    _UK_OUTWARD.lower() + r" (?!1st|2nd|3rd|\dth)" + _UK_INWARD.lower()
)
_US_ZIP = re.compile(
    r"(?:(?<=[a-z], )|(?<=[a-z] ))"  # "Austin, TX 78701", "Knoxville TN 37919"
    r"(?<!train )(?<!trein )(?<!flight )(?<!vlucht )"  # not a service's: "Sleeper train NJ 40490"
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ALN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
    r"|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) (\d{5}(?:-\d{4})?)\b"
    r"|(?<=[a-z], )ID (83[2-8]\d\d(?:-\d{4})?)\b"  # Idaho; "Ortiz, ID 10442" is an ID number
)
# after an address: ", 2000 Antwerpen", ", D-10115 Berlin", ", 20121 Milano"
# also after a floor, box or flat: "Rue Haute 54 boîte 2, 1000 Brussels", "Kastanienallee 31,
# 3. OG links, 10435 Berlin", "Calle de Toledo 84, 3º izq., 28005 Madrid", "Sveavägen 55 lgh
# 1102, 113 59 Stockholm"
# the town after it
_TOWN_AHEAD = r"(?=\s+[A-ZÀ-ÝĀ-ž][\w'-]+)"
_POSTCODE_AFTER = re.compile(
    r"^(?:,? [^,\n\d]{0,14}\d{1,4}[^,\n\d]{0,12}(?=,|\n))?,?\s*(?:(?:in|te|à|en) )?"
    # with its country, Swedish with a space, Norwegian from 0: "L-1611", "116 21", "0552 Oslo"
    r"((?:[A-Z]{1,2}-)?(?:[1-9]\d{3,4}|0[1-9]\d{3}|\d\d-\d{3}|[1-9]\d{3}-\d{3}|[1-9]\d\d \d\d"
    # Finnish and Italian from 00: "00260 Helsinki", "00153 Roma"
    r"|0(?!800|900)\d{3}|00[1-9]\d\d|\d{6}))"  # and Romanian: "030031 București"
    + _TOWN_AHEAD  # "90-006 Łódź"
)
# a Dutch postcode right after the street, also with letters that can be a unit ("AC", "MG"):
# "Prinses Irenestraat 22 (7141 AC)", "Dorpsweg 4, 3000 MB Rotterdam"
# a British postcode in lower case right after the address: "27 mayfield grove, m19 2ld"
# (or an Eircode: "3 bridge street h91 k2x7 galway"), also after the town: "dundee dd1 3dr",
# or in brackets: "17 Harcourt Terrace (D02 XK82)"
_UK_POSTCODE_AFTER = re.compile(
    r"^,?\s*\(?(?:[a-z]{3,20},? )?((?i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|" + EIRCODE + r"))(?![\w-])"
)
# a ZIP right after the street, closing the address: "(1402 Magnolia Blvd, 29407)"
_ZIP_RIGHT_AFTER = re.compile(r"^, (\d{5})(?=[).;,]|\s*$)", re.MULTILINE)
# (also on the same speaker's next line: "klant: vijverhofstraat 52b" / "klant: 3032 sc rotterdam")
_NL_POSTCODE_AFTER = re.compile(
    r"^(?: [a-z]{2,8}(?=,))?,?(?:[ \t]*\n(?:\[?\d{1,2}[:.]\d{2}\]? *)?[^\n\d:]{1,30}: *|\s*)\(?"
    r"([1-9]\d{3} ?(?:[A-Z]{2}|[a-z]{2}(?= [a-z]|[ ,.]*$)))(?![\w-])",
    re.MULTILINE,
)
# a town or two, maybe a state, then a ZIP or postcode: "1842 Maple Ave, Unit 3B, Atlanta
# 30309" (the unit may stand first), "12A Tui Street, Ōtāhuhu, Auckland 1062"
_ZIP_AFTER_TOWN = re.compile(
    r"^(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Flat)\.? #?[\w-]{1,5}(?=,))?"  # ", Apt B, Durham"
    r"(?:,?\s*(?!(?:Room|Unit|Flat|Apt|Apartment|Suite|Floor|Box|Bus|Kamer|Block|Building)\b)"
    r"(?:Co\. )?[^\W\d_a-z][^\W\d_]+(?: [^\W\d_a-z][^\W\d_]+)?){1,3},? (?:[A-Z]{2,3},? )?"
    r"(\d{5}(?:-\d{4})?|[1-9]\d{3}(?! [a-z])|" + EIRCODE + r")(?![\w-]|[.,:/]\d)"
)
# after a short part of the address (a building, a staircase, a floor), then the town: "3 allée
# des Peupliers, Bât. C, 33600 Pessac", "Ryesgade 31, 2. th., 2200 København"
_POSTCODE_AFTER_PART = re.compile(
    r"^(?:,[ \t]*(?:(?:\d{1,2}[ºª°] ?){2}"  # "Avenida Diagonal 455, 3º 2ª, 08036 Barcelona"
    r"|\d{1,2}(?:è|er|r|n|t|a) \d{1,2}(?:a|na|ª)"  # Catalan: "5è 2a", "1r 3a"
    r"|(?:\d{1,2}(?:\.|º|ª|°)? ?)?[^\W\d][^,\n\d\ue000]{0,11}(?: \d{1,4}[A-Z]?)?)){1,2}"
    r"(?:,[ \t]*|[ \t]*\n)"  # "Calle de Colón 18, 4º B" / "46004 Valencia"
    # Swedish: "113 59"; or closing the sentence: "Avenida de América 37, 5º izquierda, 28002."
    r"(\d{5}|[1-9]\d{3}|[1-9]\d\d \d\d)(?= [A-ZÀ-Þ][a-zà-ÿ]|\.?[ \t]*(?:\n|$))"
)
# a postcode and its town before the street: "klantnr weet ik niet. 3000 Leuven, Tiensestraat 47"
_POSTCODE_TOWN_BEFORE = re.compile(
    # not a year or a number: "In 2023 Maria, ...", "Factuur 2024 Amsterdam, ..."
    r"(?:^|(?<=[\s:.(]))(?<!\bin )(?<!\bsinds )(?<!\bsince )(?<!\bvan )(?<!\bfrom )"
    r"(?<!factuur )(?<!invoice )(?<!order )(?<!jaar )(?<!year )"
    r"([1-9]\d{3,4}) (?-i:[A-ZÀ-Ý])[\w'-]+(?: (?-i:[A-ZÀ-Ý])[\w'-]+)?,[ \t]*$",
    re.IGNORECASE,
)
# asked for in one turn, answered in the next among other things: "your billing ZIP and
# SSN?" / "Customer: Brandon Kowalski, 60614, and ..."
# an amount with its unit after a number, not a town: "1500 huishoudens", "2500 stuks"
_NO_UNIT_AFTER = (
    r"(?!\s+(?i:euros?|eur|dollars?|pounds?|pond|meters?|km|kwh|stuks|stukken|pieces|items"
    r"|mensen|people|huishoudens|households|klanten|customers|leden|members|dagen|days|uur"
    r"|hours|minuten|minutes|keer|times"
    # or a count or a size of other things: "it's 4500 miles", "3000 points", "a 2019 model"
    r"|miles|mi|points|punten|mah|sqft|ft|feet|watts?|kw|gb|mb|tb|kcal|calories|steps|stappen"
    r"|followers|volgers|views|likes|models?|edition|versie|version|jaar|years?)\b)"
)
# thanks closing an answer: "it's 3000 leuven, thanks"
_THANKS = r"(?i:thanks|thank you|thx|cheers|bedankt|dank je(?:wel)?|dank u(?:wel)?|merci)[.!]?"
_ZIP_NEXT_LINE = re.compile(
    # not [POSTCODE], and not when the cue's line holds its value ("Postcode: HX7 8AQ")
    r"(?<!\[)\b(?i:zip|zip ?code|postcode|post code|postal code)\b[^\n\ue000\[]{0,80}\n"
    r"(?:\[[\d:. ]+(?:[AaPp][Mm])?\] *)?(?:[^\n:]{1,30}:)?[^\n\d]{0,40}?(?<![\w-])"
    r"(\d{5}|[1-9]\d{3} ?[A-Z]{2}|[1-9]\d{3} ?[a-z]{2}(?=[ \t]*(?:\n|$))"
    # four digits before the town that ends the answer: "tom peeters, 2018 antwerpen"
    # (right after the speaker, a comma or a colon: not "in 2019 though", "invoice 4412 attached")
    r"|(?:(?<=, )|(?<=: )|(?<=\] )|(?<=\n)|(?<=\bit's )|(?<=\bit is )|(?<=\bhet is ))[1-9]\d{3}"
    + _NO_UNIT_AFTER
    + r"(?![ \t]+(?i:onwards|onward|too|also|already|again|now|then|still|ook|al|nog|nu)\b)"
    + r"(?=[ \t]+[A-Za-zÀ-ÿ][\w'-]{2,}[ \t]*(?:[.!]|,?[ \t]*"
    + _THANKS
    + r")?[ \t]*(?:\n|$))"
    r"|(?i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})"  # "w2 5tu"
    # a Canadian one alone as the answer, maybe with its town: "Client: H2T 1S6."
    r"|(?:(?<=: )|(?<=\] )|(?<=\n))"
    + _CA_POSTCODE
    + r"(?=[ \t]*(?:[.,!]|\n|$|[ \t]+[A-Z][a-z]+[ \t]*(?:[.,!]|\n|$))))"
    r"(?![\w-]| ?(?:m³|m3|kwh|km|l)\b)"
)


# a booking's reference has a postcode's shape too: "about booking K8P2RT"
_BOOKING_BEFORE = re.compile(
    r"\b(?i:booking|reservation|confirmation|pnr|boeking|reservering|bevestiging|dossier"
    r"|réservation|reserva|buchung|prenotazione|ticket)"  # "(réservation ZK81PQ)", "Ticket code:"
    # "booking reference number is now W1K3PQ", "boekingsnummer is ...", "booking ref's ..."
    r"(?i:s?(?: ?(?:code|number|nummer|no\.?|nr\.?|ref\w*|reference)){0,2})"
    r"(?i:['’]s)?\W{0,3}(?i:(?:is|was)(?: now| nu)?\W{1,2})?$"
)

# or the answer to a question for one on the line before: "Reservation number please?" /
# "Beller: Ja, het is F8K2QP, op naam van ..."
_BOOKING_ASKED = re.compile(
    r"\b(?i:booking|reservation|confirmation|pnr|boeking|reservering|bevestiging|dossier)"
    r"[ -]?(?i:number|nummer|code|reference|ref|nr|no)\b[^\n]{0,40}\?[ \t]*\n"
    r"[^\n\d]{0,25}$"  # the answer first on its line, after a speaker and a few words
)


# in a text about delivering, the area asked about: "bezorgen jullie ook in 9712?", "en in
# 9741 KB?" (not a year, nor an amount with its unit)
_DELIVERY_WORDS = ("bezorg", "lever", "deliver", "ship", "verzend", "afhaal")
_IN_AREA = re.compile(
    r"(?<=\bin )(?<!ends in )(?<!ending in )(?<!eindigt in )(?<!eindigend in )(?!19\d\d|20\d\d)"
    r"([1-9]\d{3}(?: ?[A-Z]{2})?)(?=[ \t]*(?:[?!.,]|$))",
    re.MULTILINE,
)

# where one lives, a postcode before its town: "ik zit in 5615 eindhoven", "we wonen in 2000
# Antwerpen", "I live in 10115 Berlin", "woon ik in 2018 Antwerpen": one word and the clause's
# end after it (not an amount with its unit: "we zitten in 1500 huishoudens")
_LIVES_IN = re.compile(
    r"\b(?i:(?:ik|we|wij|jij|u|i)\s+(?:woon|wonen|woont|zit|zitten|live|am based|are based)"
    r"|(?:woon|wonen|zit|zitten) (?:ik|we|wij)|(?:i'm|i am|we're|we are) based)\s+in\s+"
    r"([1-9]\d{3,4})"
    + _NO_UNIT_AFTER
    + r"(?=\s+(?P<town>[A-Za-zÀ-ÿ][\w'-]{2,})(?:[ \t]*(?:[?!.,;)]|$|\b(?:als|and|en|if|maar"
    r"|but|sinds|since|dus|so)\b)))",
    re.MULTILINE,
)
# or the country first and the postcode and town in brackets: "Ik woon in Duitsland (47533 Kleve)"
_LIVES_IN_COUNTRY = re.compile(
    r"\b(?i:(?:ik|we|wij|i)\s+(?:woon|wonen|live)|woon ik|wonen we)\s+in\s+[A-Z][a-zà-ÿ]+"
    r"\s+\(([1-9]\d{3,4}) ([A-Z][\w'-]+)\)"
)
# a postcode naming an area: "a known fault in the 8017 area", "storing in 6543 regio Nijmegen"
# (not a year: "the 2024 area"), in a text about a fault, a network or a delivery (not "salaries
# in the 3500 area")
_AREA_TOPICS = (
    "storing", "outage", "fault", "netwerk", "network", "monteur", "engineer", "technician",
    "cabinet", "kast", "glasvezel", "fibre", "fiber", "signaal", "signal", "stroom", "power",
    "levering", "delivery", "deliveries", "bezorg", "parcel", "pakket", "koerier", "courier",
)  # fmt: skip
_AREA = re.compile(
    r"\b(?i:the|de|het|in)\s+(?!(?:19|20)\d\d\b)([1-9]\d{3}(?: ?[A-Z]{2})?)\s+"
    r"(?i:area|regio|gebied|postcode ?area|wijk)\b"
)
# the area named by its postcode after the cue: "outage in postcode area 8017", "postcodegebied
# 3822", "zip code area 10115"
_POSTCODE_AREA = re.compile(
    r"\b(?i:postcode|post code|zip ?code|zip)[ -]?(?i:area|region|district|gebied|regio)\s+"
    # not a range: "postcodegebied 8881–8899"; nor a year: "per postcode area 2025"
    r"(?!(?:19|20)\d\d\b)([1-9]\d{3}(?: ?[A-Z]{2})?|\d{5})(?![\w-]|\s*[–—-]\s*\d)"
)
# a time's words after a year: "We are based in 2024 onwards", "I am based in 2025 too"
_NOT_A_TOWN = frozenset(
    "onwards onward too also already again now then still anyway though yet since ook al nog nu"
    " weer dan pas vol toch".split()
)
_SITTING = re.compile(r"(?i:zit|zitten|based)\b")


def _lives_in(scan: Scan) -> None:
    """A postcode before the town where one lives or works ("ik woon in 2020 antwerpen"), not a
    year before a time's word ("based in 2024 onwards"); after "zit in", which also says where
    one is in time or in trouble, not a year nor a common word before a word in lower case ("ik
    zit in 2023 examens", "ik zit in 1000 zorgen")."""
    common = name_lists().common
    for match in list(_LIVES_IN.finditer(scan.masked)):
        town = match.group("town")
        if town.lower() in _NOT_A_TOWN:
            continue
        if (
            _SITTING.search(match.group())
            and town.islower()
            and (YEAR_DIGITS.fullmatch(match.group(1)) or town in common)
        ):
            continue
        scan.take(match.start(1), match.end(1), "POSTCODE")


def _unit_letters(code: str, start: int, scan: Scan) -> bool:
    """A Dutch postcode's letters that are a unit's or a size's ("1500 CC", "3000 XL"); in a
    text about a postcode only the pairs no postcode is given ("9731 CC" stays a postcode),
    in a text about an address also a size's letters opening a sentence or a line."""
    letters = code[4:].strip()[:2]
    if letters in _NEVER_LETTERS:
        return True
    if letters not in _NOT_POSTCODE_LETTERS or _POSTCODE_WORD.search(scan.text):
        return False
    return not (
        letters in _SIZE_LETTERS
        and code[:2] not in ("19", "20")
        and _OPENING.search(scan.masked, max(0, start - 3), start)
        and _ADDRESS_WORD.search(scan.text)
    )


def take_postcodes(scan: Scan, nl_postcode: bool) -> None:
    if scan.mentions("post", "zip", "plz", "eircode", "pocztowy", "c.p."):
        for match in list(_NL_POSTCODE_CUE.finditer(scan.masked)):
            if _FROM_ZERO.fullmatch(match.group(2)) and not _NORWAY.search(scan.text):
                continue  # a Dutch budget's item: "Begroting 2024, postnummer: 0420 Huisvesting"
            scan.take(match.start(2), match.end(2), "POSTCODE")
        if "\n" in scan.masked:
            scan.take_all(_ZIP_NEXT_LINE, "POSTCODE", 1)
    if " in " in scan.masked and scan.mentions(*_DELIVERY_WORDS):
        scan.take_all(_IN_AREA, "POSTCODE", 1)
    if scan.mentions("area", "regio", "gebied", "wijk") and scan.mentions(*_AREA_TOPICS):
        scan.take_all(_AREA, "POSTCODE", 1)
    if scan.mentions("post", "zip"):
        scan.take_all(_POSTCODE_AREA, "POSTCODE", 1)
    if " in " in scan.masked and scan.mentions("woon", "wonen", "zit", "live", "based"):
        _lives_in(scan)
        common = name_lists().common
        for match in list(_LIVES_IN_COUNTRY.finditer(scan.masked)):
            town = match.group(2).lower()
            if town not in common and town not in MONTH_WORDS:
                scan.take(match.start(1), match.end(1), "POSTCODE")  # not "(2023 Mei)"
    if nl_postcode:
        matches = list(_NL_POSTCODE.finditer(scan.masked))
        # a model named once is that model everywhere: "Fritzbox 7590 AX ... mijn 7590 AX"
        models = {
            m.group()
            for m in matches
            if MODEL_BEFORE.search(scan.masked, max(0, m.start() - 30), m.start())
        }
        wifi = scan.mentions(
            "wifi", "wi-fi", "router", "repeater", "mesh", "mbps", "access point"
        ) and not _POSTCODE_WORD.search(scan.text)
        for match in matches:
            if scan.masked[max(0, match.start() - 1) : match.start()] in ("*", "•"):
                continue  # a masked card's last digits and its brand: "************7469 MC"
            if (
                wifi
                and match.group(1) in ("AX", "AC", "BE")
                and scan.masked[max(0, match.start() - 1) : match.start()] == "("
                and scan.masked[match.end() : match.end() + 1] == ")"
            ):
                continue  # a Wi-Fi class and speed in brackets: "mesh-repeater (1200 AX)"
            if (
                not _unit_letters(match.group(), match.start(), scan)
                and match.group() not in models
                and not METER_OR_CODE_BEFORE.search(
                    scan.masked, max(0, match.start() - 30), match.start()
                )
            ):  # not a batch's, a meter's or a model's code: "batchcode K2201 1043 AB"
                scan.take(match.start(), match.end(), "POSTCODE")
    for match in list(UK_POSTCODE.finditer(scan.masked)):
        if not (
            _BOOKING_BEFORE.search(scan.masked, max(0, match.start() - 30), match.start())
            or (
                " " not in match.group()  # a booking's code is written in one piece
                and _BOOKING_ASKED.search(scan.masked, max(0, match.start() - 120), match.start())
            )
        ):
            scan.take(match.start(), match.end(), "POSTCODE")
    scan.take_all(_COMMA_POSTCODE, "POSTCODE", 1)
    scan.take_either(_US_ZIP, "POSTCODE")
    addresses = [f for f in scan.found if f.kind == "ADDRESS"]
    for address in addresses:
        after = scan.masked[address.end : address.end + 60]
        after_match = (
            _NL_POSTCODE_AFTER.match(after)
            or _ZIP_RIGHT_AFTER.match(after)
            or _POSTCODE_AFTER.match(after)
            or _ZIP_AFTER_TOWN.match(after)
            or _UK_POSTCODE_AFTER.match(after)
            or _POSTCODE_AFTER_PART.match(after)
        )
        if after_match and MASK not in after_match.group():
            start, end = after_match.span(1)
            scan.take(address.end + start, address.end + end, "POSTCODE")
        begin = max(0, address.start - 40)
        before = _POSTCODE_TOWN_BEFORE.search(scan.masked, begin, address.start)
        if before:  # the town named first: "3000 Leuven, Tiensestraat 47"
            scan.take(before.start(1), before.end(1), "POSTCODE")
