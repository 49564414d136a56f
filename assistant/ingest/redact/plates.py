"""Licence plates: Dutch side codes and Belgian plates with their dashes and current British
plates anywhere ("12-ABC-3", "1-ABC-123", "WU68 HTZ"); after a cue ("kenteken", "reg",
"number plate", "Kennzeichen") also written without dashes or in other countries' forms
("7KRB24", "B-MW 1234", "7ABC123")."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import SPEAKER, Scan

# Dutch side codes (letter/digit groups) with dashes
_NL_SHAPES = {
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
}  # fmt: skip
_NL_COMPACT_SHAPES = {shape.replace("-", "") for shape in _NL_SHAPES}
_DASHED = re.compile(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])")
# Belgian: 1-ABC-123
_BE = re.compile(r"(?<![\w-])[12]-[A-Z]{3}-\d{3}(?![\w-])")
# British since 2001: two letters (no I, Q, Z), the age (02-29, 51-79), three letters
_UK = re.compile(r"(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[1-7]\d) ?[A-HJ-PR-Z]{3}(?![\w-])")
_UK_AGE = re.compile(r"\d\d")
# German: district, dash, one or two letters, a space, up to four digits ("M-KL 4821",
# "HH-AB 123E"); the space keeps model numbers ("SL-300", "HX-6859") out
_DE = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}[EH]?(?![\w-]|[.,]\d)")
_SPACE_OR_TICKET_BEFORE = re.compile(
    r"\b(?:platz|stellplatz|parkplatz|ebene|ticket\S*|nr\.?|nummer|no\.?|bay|plek|vak)\W{0,3}$",
    re.IGNORECASE,
)
# a storage unit's number in a plate's shape, in a text with no vehicle: "Uw box 12-KL-04 (6 m²)",
# "Garagebox 33-RT-11" (not "Camperstalling: box VZ-47-KL (Fiat Ducato)")
_STORAGE_UNIT_BEFORE = re.compile(
    r"(?:\w*box|opslagunit|berging|self-?storage)(?: (?:nummer|nr\.?|no\.?))?\W{0,3}$",
    re.IGNORECASE,
)
_VEHICLE = re.compile(
    r"\b(?:camper\w*|caravan|bus|busje|bestelbus|\w*wagen|aanhang\w*|trailer|motor\w*|scooter"
    r"|boot|boat|van|ducato|transit|sprinter)\b",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"\b(?:artikel\w*|art\.?(?: ?nr\.?)?|teil\w*|part(?: no\.?| number)?|onderdeel\w*|sku|item)"
    r"\W{0,3}$",
    re.IGNORECASE,
)
# French SIV plates ("GH-482-KT"; no I, O or U) and Dutch side codes in lower case ("hv-620-r"):
# only in a text about a car, since product codes take the same shapes
_FR = re.compile(
    r"(?<![\w-])[A-HJ-NP-TV-Z]{2}(?:-\d{3}-| \d{3} )[A-HJ-NP-TV-Z]{2}(?![\w-])"  # "FX 392 RT"
)
# Spanish since 2000: four digits and three consonants ("Policy for 2817 HBN"), not a unit or
# a make ("3000 RPM", "2021 BMW"); a year before the letters only about a car
_ES = re.compile(
    r"(?<![\w€$£.,/-])(?<![A-Z]{2} )(\d{4})[ -]?(?!RPM|KWH|BHP|MPH|KPH|PSI|CCM|NMS|BMW|KTM|GMC"
    r"|DKW|MSG|GPS)[B-DF-HJ-NPR-TV-Z]{3}(?![\w/–-])"  # not a flight: "LX 1025 ZRH–BCN"
)
# Irish: year, county, number ("191-D-48213", "08-KY-1234"), about a car only
IE_YEAR = r"(?:\d\d|1[3-9][12]|2\d[12])"
IE_COUNTY = (
    r"(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|SO|RN|T|TN|TS|W|WD|WH|WX|WW)"
)
_IE = re.compile(r"(?<![\w-])" + IE_YEAR + "-" + IE_COUNTY + r"-\d{1,6}(?![\w-])")
# German in lower case, as typed in a chat ("car (hh-kw 2207)"), about a car only
# (not a span of days before the hours: "Openingstijden ma-vr 8:00-17:30", "mo-fr 9:00")
_DE_LOWER = re.compile(
    r"(?<![\w-])(?!(?:ma|di|wo|do|vr|za|zo|mo|tu|we|th|fr|sa|su|mi)-[a-z]{2} \d)"
    r"[a-zäöü]{1,3}-[a-z]{1,2} [1-9]\d{0,3}[eh]?(?![\w-]|[.,:]\d)"
)
_DASHED_LOWER = re.compile(r"(?<![\w-])[a-z0-9]{1,3}-[a-z0-9]{2,3}-[a-z0-9]{1,3}(?![\w-])")
STATE_FIRST = re.compile(r"[A-Z]{2} (?=\S)")
# a Dutch postcode typed in lower case after a street and its number, no plate
_POSTCODE_SHAPE = re.compile(r"[1-9]\d{3}[a-z]{2}")
_HOUSE_NUMBER_BEFORE = re.compile(r"[^\W\d_]{3,} \d{1,4}[a-z]?,? $")
_COMPACT_LOWER = re.compile(r"(?<![\w-])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6}(?![\w-])")
# a plate's word right before a value: its unit-like letters are a plate's ("kenteken 5678kw")
_PLATE_CUE_RIGHT_BEFORE = re.compile(
    r"\b(?i:kenteken\w*|plate|reg(?:istration)?|nummerplaat|nummerbord|kennzeichen)"
    r"[^\w\n]{0,3}(?:(?i:is|was|nr\.?)\W{0,2})?$"
)
# a measure typed with its unit: "2000ms", "1000ah", "1600cc"
UNIT = re.compile(
    r"\d+(?:ms|kb|mb|gb|tb|px|hz|kg|km|mm|cm|ml|mg|kw|wh|cc|pk|gr|ah|nm|hp|ps|kwh|rpm)"
)
_COMPACT_LOWER_HINT = re.compile(r"[a-z]\d|\d[a-z]")
_VALUE = r"([A-ZÄÖÜ0-9]{1,8}(?:[- ][A-Z0-9]{1,6}){0,2})(?![\w-])"  # Vienna's "W-48213K"
_CUE = re.compile(
    # also with what it is on: "Kenteken caravan: W 7713 AB", "car plate trailer: ..."
    r"\b(?:kenteken(?:nummer)?(?: (?:van de |of the )?(?:auto|car|caravan|aanhanger\w*|camper"
    r"|trailer|motor|scooter|bus|bestelbus))?|nummerplaat|nummerbord|(?:number|licen[cs]e|registration"
    r"|reg) plate|(?:my|the|our|his|her|car|car's|van|vehicle) plate|plate number"
    r"|plates?"  # "Texas plate NKT-4821", "was also hit, plate KJX 9027", "plates WX 4829K"
    r"|(?:licen[cs]e )?(?<!asset )(?<!price )(?<!name )(?<!luggage )(?<!baggage )(?<!bag )"
    r"(?<!bag \()(?<!service )tag"
    # not a fleet's own number: "voertuig-ID BUS-0417"
    r"|(?:vehicle|voertuig|fahrzeug)(?![- ]?(?:id|nr|nummer|number)\b)"
    r"|huurauto|rental car|hire car|leaseauto|lease car"
    r"|(?:lease|leased|rental|hire) one"  # "my own car. lease one is NMT 47K"
    r"|reg(?:istration)?(?: (?:no\.?|number|mark))?|vrm"
    r"|kennzeichen|plaque d'immatriculation|immatricul(?:é|ée|ation)|matr[ií]cula|targa"
    # the Nordic forms' words: "Registreringsnummer: EL 48213", "Rekisterinumero: KLP-318"
    r"|registreringsnummer|registreringsnr|regnr|rekisterinumero|rekisteritunnus)\b"
    r"(?: ?\((?:if known|optional|if any|indien bekend|optioneel)\))?"  # a form's aside
    r"[^\w\n]{0,3}"
    r"(?:(?:is|was|as|:)\W{0,2})?"
    r"(?-i:" + _VALUE + r")",
    re.IGNORECASE,
)
# a licence plate's own words, then a clause about the car, then the value after a colon: "Licence
# plate of our own car that stays at your lot: WA 52841"
_CUE_CLAUSE = re.compile(
    r"\b(?:licen[cs]e|number|registration|reg) plate (?:of|van|for|voor) "
    r"(?![^\n:]*\b(?:order|model|bestelling|ref\w*|invoice|factuur)\b)[^\n:.!?\d,]{3,60}:[ \t]*"
    r"(?-i:" + _VALUE + r")",
    re.IGNORECASE,
)
# right after a bare car word, in any country's form ("the car 4821 KLM", "the leasing car
# G-418 MK"); two digits and two letters at least, so "car BMW X5" stays (and "van" in
# English only: "wijzigen van 128GB naar 256GB")
_CAR_CUE = re.compile(
    # (not "Policy AUTO-BE-778102"; Swedish "bil" too: "Din bil KLM 48B är klar")
    # (also a compound: "mijn privéauto (WPR 48213)", "de huurauto", "mijn leasewagen")
    r"(?:\b(?:car|auto|\w{3,}auto|wagen|(?:lease|bestel|vracht|huur|bedrijfs|deel|priv[ée]|gezins)wagen|van|camper|motor|bil|bilen)\b(?![-_/]\w)"
    # or what one drives now: "I now drive EK 77104", "ik rijd nu in de 9-KXT-42"
    r"|\b(?:i|we|she|he|wife|husband|partner|son|daughter) (?:now |also |still )?drives?"
    r"|\b(?:ik|we) rijd(?:en)? (?:nu |ook )?(?:in )?(?:de |een )?"
    r"|\brijd (?:ik|we) (?:nu |ook )?(?:in )?(?:de |een )?)"
    r"[^\w\n]{0,3}(?:(?:is|was|:)\W{0,2})?"
    r"(?-i:" + _VALUE + r")",
    re.IGNORECASE,
)
# or named a plate in brackets after it: "without ticket: BE 412 833 (Bern plates)"
_PLATES_NAMED_AFTER = re.compile(
    r"(?-i:" + _VALUE + r") \((?:[A-Z][\w-]* ){0,2}(?i:plates?|kennzeichen|kenteken|nummerplaat)\)"
)
# what a photo or a camera shows: "The plate in the picture reads 8KJO492"; also "is", about a
# car: "The plate on the invoice is 4821 KLM"
_PLATE_READS = re.compile(
    r"\b(?:plate|kenteken|reg)\b[ \w']{0,25}? (?:reads|read|shows|says|toont|zegt|(is|was))"
    r"\W{0,2}"
    r"(?-i:" + _VALUE + r")",
    re.IGNORECASE,
)
_BARE_CUE = re.compile(r"plate|tag|licen[cs]e tag", re.IGNORECASE)
# after a car's make and model, set off by a comma or a bracket: "the Seat Leon, 4821 LMN?"
MAKES = (
    r"\b(?:Toyota|Volkswagen|VW|Ford|Seat|SEAT|Nissan|Honda|Skoda|Škoda|Renault|Peugeot|Opel"
    r"|Vauxhall|Kia|Hyundai|BMW|Audi|Mercedes(?:-Benz)?|Fiat|Citro[eë]n|Volvo|Tesla|Mazda|Dacia"
    r"|Mini|MINI|Suzuki|Mitsubishi|Subaru|Lexus|Jeep|Chevrolet|Dodge|Cupra|Lancia|Alfa Romeo"
    r"|Porsche|Land Rover|Range Rover|Jaguar|Polestar|MG|BYD)"
)
_MAKE_AND_MODEL = re.compile(MAKES + r" [A-Z0-9][\w-]{0,5}")
_VEHICLE_CUE = re.compile(r"vehicle|voertuig|fahrzeug", re.IGNORECASE)
_MAKE_MODEL = re.compile(
    MAKES
    # or right after the model when it has the Italian or French shape: "Fiat Tipo FR 927 TX"
    + r"(?: [A-Z0-9][\w-]*){1,2}(?:, ?| \(|: | (?=[A-Z]{2}[ -]\d{3}[ -][A-Z]{2}\b))"
    # a US state's letters before a plate of one piece: "Honda Civic, CA 7ABC123"
    + r"(?:[A-Z]{2} (?=[A-Z0-9]{5,8}(?![\w-])))?"
    + _VALUE
)
# or right before them, maybe after a colour: "my rental (8ZQR512, white Nissan Altima)"
_BEFORE_MAKE = re.compile(
    r"(?<![\w-])" + _VALUE + r"(?:, ?| \(| - | – )(?:(?:white|black|silver|grey|gray|red|blue"
    r"|green|dark|light|wit|witte|zwart|zwarte|grijs|grijze|rood|rode|blauw|blauwe|groen|groene)"
    r" )?" + MAKES + r" [A-Z0-9]"
)
# a log's key for a device or a part right before a value: "unit=", "device_id=", "host="
# (not a vehicle's: "van=VNK-92-T")
_LOG_KEY_BEFORE = re.compile(
    r"(?<![\w-])(?i:unit|device|serial|host|hostname|node|sensor|model|sku|part|fw|hw|asset"
    r"|machine|printer|router|gateway|controller|module|board|panel|zone|room|rack)(?:_?id)?=$"
)
# a label that names the car itself, whatever it is on: "Car on the booking: ZKR-418 (Skoda"
# (not "Auto-renewal:", "Vehicle type:"), at a line's or a sentence's start
_CAR_LABEL = (
    r"(?:^|\n|[.!?] )[ \t]*(?i:car|vehicle|auto|voertuig|wagen|fahrzeug)\b(?![-_])"
    r"(?![^\n:.]{0,30}\b(?i:type|model|make|merk|brand|colou?r|kleur|soort)\b)[^\n:.]{0,30}:[ \t]*"
)
_CAR_LABEL_BEFORE = re.compile(_CAR_LABEL + r"$")
# its value after it: "Car returned late. Car on the booking: ZKR-418"
_CAR_LABEL_VALUE = re.compile(_CAR_LABEL + _VALUE)
# a booking's or a contract's number before the car it is for: "booking RC-99187, Seat Arona",
# "Leasecontract LC-88401, Škoda Enyaq"
BOOKING_BEFORE = re.compile(
    # also Spanish "reserva", a rental's "huurovereenkomst RA-552908"
    r"(?:booking|reserva|reservering|contract|\w*overeenkomst|agreement|order|bestelling|dossier"
    r"|claim|policy|polis|abonnement|subscription|membership|lidmaatschap"
    r"|case|ticket|invoice|factuur|quote|offerte|ref)\w*(?: ?(?:no|nr|number|nummer))?\.?\W{0,3}$",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)\b")  # "VW Golf (GTI 2019)", "(MY2019)"
_ENGLISH_ARTICLE = re.compile(r"\b(?:the|my|our|a|his|her) $", re.IGNORECASE)
# a postcode's label a few words before the car word: "Postcode (for courtesy car): LS8 2QJ"
_POSTCODE_LABEL_BEFORE = re.compile(
    r"\b(?:post ?code|zip(?: code)?|postleitzahl|plz)\b[^\n:]{0,25}$", re.IGNORECASE
)
# two capitals and two digits close together, as a plate after a make and model has
_TWO_AND_TWO_ANYWHERE = re.compile(r"[A-Z]{2}[- ]?\d\d|\d\d[- ]?[A-Z]{2}|\d[A-Z][- ]?[A-Z]?\d")
TWO_AND_TWO = re.compile(r"(?=(?:\D*\d){2})(?=(?:[^A-Z]*[A-Z]){2})")
_HINT = re.compile(r"[A-Z0-9]-[A-Z0-9]|[A-Z]{2}\d\d ?[A-Z]{3}")
# asked for in one turn, answered alone in the next, maybe under a speaker line of its own:
# "can you also give the registration number of the car?" / "Tomasz 09:13" / "WA 48213"
_ASKED = re.compile(
    r"(?<!\[)\b(?:kenteken\w*|registration|reg(?:istration)?(?: (?:no|number|mark))?|plate"
    r"|nummerplaat|nummerbord|kennzeichen|targa|immatriculation|matr[ií]cula)\b"
    r"[^\n\d\ue000\[]{0,60}\?[ \t]*\n"
    r"(?:[^\n\d:]{1,30}[ \t]\[?\d{1,2}[:.]\d{2}\]?[ \t]*\n)?"
    + SPEAKER
    + r"[^\n\d]{0,20}?(?<![\w-])(?-i:"
    + _VALUE
    + r")(?:[ \t.!?]*$|[?!,.] )",  # or going on: "JRK 482? no sorry that's my own car"
    re.IGNORECASE | re.MULTILINE,
)
_CLAUSE_END = re.compile(r"\.{3}|…|[?.!]")
_OTHER_NUMBER_ASKED = re.compile(
    r"\b(?:\w*bon|order|bestel|factuur|invoice|klant|customer|dossier|referentie|reference|ticket"
    r"|case|job|werk)\w*(?:nummer|number|nr|no)\W*\?[ \t]*$",
    re.IGNORECASE,
)
_CUE_WORDS = ("kenteken", "nummerpla", "nummerbord", "plate", "reg ", "reg:", "reg.", "vehicle",
              "voertuig", "fahrzeug", "huurauto", "rental car", "hire car", "lease car",
              "leaseauto", "registration", "vrm", "kennzeichen", "immatriculation", "matrícula",
              "matricula", "targa", "tag", "lease one", "registreringsn", "regnr", "rekisteri",
              "leased one", "rental one", "hire one")  # fmt: skip


CAR_WORDS = re.compile(  # not the placeholder "[PLATE]" of an earlier pass
    r"(?<!\[)\b(?:cars?|auto's|autos?|vehicles?|voertuig\w*|fahrzeug\w*|wagen|kenteken\w*|kennzeichen"
    r"|plates?|parked|parking|parkeer\w*|bumper|drove|driving|driver|reden|rijden|boete|fine"
    r"|flitser|speeding|garage|lease\w*|rental|huurauto|apk|mot|rdw|motor tax|tax disc|nct"
    r"|véhicule|immatricul\w*|nummerplaat|nummerbord|bestelwagen|vrachtwagen|brommers?|scooters?"
    r"|motorfiets\w*|motorbikes?"
    r"|ongeval|aanrijding|accident|collision|towing|towed|roadside|breakdown|broke down"
    r"|pechhulp|wegenwacht|parkplatz\w*|stellplatz\w*|parkplätze|tiefgarage|parkhaus"
    r"|motorrad|motorräder|motorraeder"
    r"|autohaus|timing belt|distributieriem)\b",
    re.IGNORECASE,
)


# a car word other than "plate" itself
NOT_PLATE_CAR = re.compile(
    r"\b(?:cars?|auto's|autos?|vehicles?|voertuig\w*|wagen|trucks?|vans?|suv|motorbike|kenteken"
    r"|parked|parking|drove|driving|driver|rental|lease\w*|insurance|verzeker\w*|registration"
    r"|dmv|dvla|rdw|police|politie|toll|tol|towing|towed|roadside|breakdown|broke down|pechhulp"
    r"|wegenwacht|bestelwagen|brommer|ongeval|aanrijding|accident|collision"
    r"|anpr)\b",  # a camera that reads plates: "cam=ANPR-03 plate=KR 7H102"
    re.IGNORECASE,
)


def after_plate_cue(text: str, start: int) -> bool:
    """Whether a plate's cue leads to the value starting at ``start``: "kenteken 4821 KXT"
    after a card is a plate, not the card's CVV."""
    lo = max(0, start - 60)
    return any(m.start(1) == start - lo for m in _CUE.finditer(text[lo : start + 20]))


def is_nl_plate(value: str) -> bool:
    """Written as a Dutch plate is, with its dashes: "H-902-BX", "ZT-418-H"."""
    return len(value) == 8 and value_shape(value) in _NL_SHAPES


def value_shape(code: str) -> str:
    """Each digit as D and each letter as L, the rest as it is: "GT-468-B" -> "LL-DDD-L"."""
    return "".join("D" if c.isdigit() else "L" if c.isalpha() else c for c in code)


def plate_like(value: str) -> bool:
    """Five to eight letters and digits, both kinds, as plates are."""
    compact = value.replace("-", "").replace(" ", "")
    if not 5 <= len(compact) <= 8:
        return False
    return any(c.isdigit() for c in compact) and any(c.isalpha() for c in compact)


# a code in a plate's shape named as a product, part or reference: "the EM-42-BX model",
# "stock no. GK-771-P", "Locker reference: KX-482-T", "seal has the code HX-220-K"
_PRODUCT_BEFORE = re.compile(
    r"\b(?:model|type|code|stock|no\.|nr\.|ref\w*|onderdeel\w*|artikel\w*|art|part|sku|article"
    r"|serie\w*|serial|locker|versie|version|product\w*|item|en|and|of|or|Aerotwin|pump|pomp"
    r"|filter|label|formaat|format|rma\w*|partij|batch|lot)\W{0,4}$",
    re.IGNORECASE,
)
_PRODUCT_AFTER = re.compile(
    r"^(?:\W{0,2}(?:model|type|series|serie|filter|wisser\w*|is the)\b"
    r"|/\w| ?\((?:qty|aantal|x ?\d|\d+ ?(?:x|st|stuks|pcs)\b))",  # "AB-12-CD/7", "(qty 1)"
    re.IGNORECASE,
)


_LISTED = re.compile(r"(?:en|and|of|or)\W{0,4}", re.IGNORECASE)
# a part counted in a list: "- 2x zijpaneel KX-204-B", "3 x filter AB-12-CD"
_COUNTED_BEFORE = re.compile(r"\b\d+ ?[x×] ?[\w-]+ $")


def product_code(text: str, start: int, end: int) -> bool:
    before = _PRODUCT_BEFORE.search(text, max(0, start - 30), start)
    if before and _LISTED.fullmatch(before.group()) and CAR_WORDS.search(text):
        before = None  # "Kenteken(s): H-839-NP en 9-XVT-32": the next plate in a list
    return bool(
        before
        or _COUNTED_BEFORE.search(text, max(0, start - 30), start)
        or _PRODUCT_AFTER.match(text[end : end + 20])
    )


# a Swedish plate, three letters and three characters, where a parking fine is about: "I had
# paid via the app for KLM 48D but the warden registered KLM 480" (not a flight: "flight KLM 480")
_SE_PLATE = re.compile(  # not an amount: "minus EUR 185.00"
    r"(?<![\w-])(?!(?:EUR|USD|GBP|SEK|NOK|DKK|CHF|PLN|CZK|HUF|CAD|AUD|JPY)\b)[A-Z]{3} \d{2}[A-Z0-9]"
    r"(?![\w-]|[.,]\d)"
)
# a Danish plate, two letters and five digits in groups of two and three, in a text about a
# car's plate: "Het moet CX 41 872 zijn (Deens)"
_DK_PLATE = re.compile(r"(?<![\w-])[A-Z]{2} \d{2} \d{3}(?![\w-]|[.,]\d| \d)")
# a plate's word shortly before it (not the placeholder "[PLATE]" of an earlier pass), and no
# reference's word right before it: "order NL 24 118", "part NR 12 345"
_PLATE_WORD_BEFORE = re.compile(
    r"(?i:kenteken\w*|(?<!\[)plate(?!\])|registration|nummerplade|kennzeichen|immatricul\w*)"
    r"[^\n]{0,60}$"
)
_REFERENCE_RIGHT_BEFORE = re.compile(
    r"\b(?i:order|part|onderdeel|ref\w*|id|nr|no|invoice|factuur|werkorder|bestelling)\W{0,3}$"
)
_FLIGHT_BEFORE = re.compile(r"\b(?:flight|vlucht|flug|vol|vuelo|volo|lot)\W{0,3}$", re.IGNORECASE)


def take_plates(scan: Scan) -> None:
    if _HINT.search(scan.masked):
        dashed = list(_DASHED.finditer(scan.masked))
        # a code named as a part once is a part everywhere in the text ("2x zijpaneel KX-204-B",
        # then "bevestig de deuvels in zijpaneel KX-204-B")
        parts = {m.group() for m in dashed if product_code(scan.masked, m.start(), m.end())}
        for match in dashed:
            code = match.group()
            sibling = any(code[:-1] == part[:-1] for part in parts)  # "niet de GX-204-L"
            if (
                is_nl_plate(code)
                and code not in parts
                and not sibling
                and not _LOG_KEY_BEFORE.search(
                    scan.masked, max(0, match.start() - 24), match.start()
                )
            ):  # not a log's field for a device: "unit=HP-AW-09 serial=..."
                if _STORAGE_UNIT_BEFORE.search(
                    scan.masked, max(0, match.start() - 16), match.start()
                ) and not (CAR_WORDS.search(scan.masked) or _VEHICLE.search(scan.masked)):
                    scan.take(match.start(), match.end(), None)  # kept, from the learned step too
                    continue
                scan.take(match.start(), match.end(), "PLATE")
        scan.take_all(_BE, "PLATE")
        scan.take_all(_UK, "PLATE")
        if _DE.search(scan.masked) and CAR_WORDS.search(scan.masked):
            for match in list(_DE.finditer(scan.masked)):  # about a car: "Galaxy tab SPH-P 100"
                # is a model; nor a part's number: "Artikel: SP-KT 1025"
                if not _PART_BEFORE.search(
                    scan.masked, max(0, match.start() - 16), match.start()
                ) and not _SPACE_OR_TICKET_BEFORE.search(
                    scan.masked, max(0, match.start() - 16), match.start()
                ):  # nor a parking space's or a ticket's: "Platz B-AC 12", "Ticket-Nr. MA-XY 2024"
                    scan.take(match.start(), match.end(), "PLATE")
    for match in list(_ES.finditer(scan.masked)):
        if BOOKING_BEFORE.search(scan.masked, max(0, match.start() - 30), match.start()):
            continue  # a booking's code: "la reserva 4471-BCN del ferry"
        if _PART_BEFORE.search(scan.masked, max(0, match.start() - 16), match.start()):
            continue  # an article's number: "(art. 1203-BLK, maat 39)"
        if not YEAR.fullmatch(match.group(1)) or CAR_WORDS.search(scan.masked):
            scan.take(match.start(), match.end(), "PLATE")
    if (
        _FR.search(scan.masked)
        or _DASHED_LOWER.search(scan.masked)
        or _IE.search(scan.masked)
        or _DE_LOWER.search(scan.masked)
    ) and CAR_WORDS.search(scan.masked):
        scan.take_all(_FR, "PLATE")
        scan.take_all(_IE, "PLATE")
        scan.take_all(_DE_LOWER, "PLATE")
        for match in list(_DASHED_LOWER.finditer(scan.masked)):
            if value_shape(match.group()) in _NL_SHAPES:
                scan.take(match.start(), match.end(), "PLATE")
    if _DK_PLATE.search(scan.masked) and CAR_WORDS.search(scan.masked):
        plates = [
            m
            for m in _DK_PLATE.finditer(scan.masked)
            if not _REFERENCE_RIGHT_BEFORE.search(scan.masked, max(0, m.start() - 16), m.start())
        ]
        # one named as a plate, then the others of its shape too: "het moet CX 41 872 zijn,
        # niet CX 41 827"
        if any(
            _PLATE_WORD_BEFORE.search(scan.masked, max(0, m.start() - 80), m.start())
            for m in plates
        ):
            for match in plates:
                scan.take(match.start(), match.end(), "PLATE")
    if _COMPACT_LOWER_HINT.search(scan.masked) and CAR_WORDS.search(scan.masked):
        # typed fast without dashes: "apk van de xk827t", "kenteken zt881b ipv ZT-818-B"
        for match in list(_COMPACT_LOWER.finditer(scan.masked)):
            if _POSTCODE_SHAPE.fullmatch(match.group()) and _HOUSE_NUMBER_BEFORE.search(
                scan.masked, max(0, match.start() - 40), match.start()
            ):
                scan.take(match.start(), match.end(), "POSTCODE")
                continue  # a postcode after a street and number: "dorpsstraat 4 9711ab"
            if value_shape(match.group()) in _NL_COMPACT_SHAPES and not (
                UNIT.fullmatch(match.group())
                and not _PLATE_CUE_RIGHT_BEFORE.search(
                    scan.masked, max(0, match.start() - 20), match.start()
                )
            ):  # not a measure: "backoff 2000ms" (but "kenteken: 4821hp")
                scan.take(match.start(), match.end(), "PLATE")
    if scan.mentions(*_CUE_WORDS):
        for match in list(_CUE.finditer(scan.masked)):
            value = match.group(1)
            if _BARE_CUE.match(match.group()) and not NOT_PLATE_CAR.search(scan.masked):
                continue  # a bare "plate" about a car only: "the back plate is 7281-HJ"
            if _MAKE_AND_MODEL.fullmatch(value) and _VEHICLE_CUE.match(match.group()):
                continue  # the car's make and model: "Other vehicle: BMW X1, registration ..."
            head = scan.masked[match.start() : match.start(1) - 1]
            if scan.masked[match.start(1) - 1] in "-_" and head.isupper() and len(head) <= 4:
                continue  # the tail of a longer code, its letters the head: "REG-NL-551902" (not
                # "Kenteken-HX-552-B")
            state = STATE_FIRST.match(value)  # "Vehicle plate: OH HRX 2291"
            if state and not plate_like(value) and plate_like(value[state.end() :]):
                scan.take(match.start(1) + state.end(), match.end(1), "PLATE")
            elif (
                plate_like(value)
                or value_shape(value) in _NL_COMPACT_SHAPES
                or _IE.fullmatch(value)
            ):
                scan.take(match.start(1), match.end(1), "PLATE")
    if scan.mentions("plate of", "plate for", "plate van", "plate voor"):
        for match in list(_CUE_CLAUSE.finditer(scan.masked)):
            if plate_like(match.group(1)):
                scan.take(match.start(1), match.end(1), "PLATE")
    if "?" in scan.masked and scan.mentions(*_CUE_WORDS):
        for match in list(_ASKED.finditer(scan.masked)):
            question = scan.masked[match.start() : scan.masked.index("\n", match.start())]
            end = _CLAUSE_END.search(question)
            if end and end.group() != "?" and _OTHER_NUMBER_ASKED.search(question):
                continue  # the plate only named, then another number asked: "op welk
                # kenteken/framenummer... heb je het werkbonnummer?" / "WB-2291" (not "Wat is
                # het kenteken? En uw ordernummer?", nor "kenteken en klantnummer?")
            if plate_like(match.group(1)) and TWO_AND_TWO.match(match.group(1)):
                scan.take(match.start(1), match.end(1), "PLATE")
    if scan.mentions("reads", "read ", "shows", "says", "toont", "zegt", " is ", " was "):
        for match in list(_PLATE_READS.finditer(scan.masked)):
            value = match.group(2)
            if match.group(1) and not (
                NOT_PLATE_CAR.search(scan.masked) and TWO_AND_TWO.match(value)
            ):
                continue  # "is": about a car, letters and digits ("the back plate is 7281-HJ")
            if plate_like(value):
                scan.take(match.start(2), match.end(2), "PLATE")
    if scan.mentions("car", "auto", "wagen", " van", "camper", "motor", "drive", "rijd", " bil"):
        for match in list(_CAR_CUE.finditer(scan.masked)):
            value = match.group(1)
            if match.group().lower().startswith("van") and not _ENGLISH_ARTICLE.search(
                scan.masked, max(0, match.start() - 5), match.start()
            ):
                continue  # Dutch "van": "wijzigen van 128GB naar 256GB"
            if (
                plate_like(value)
                and TWO_AND_TWO.match(value)
                and not product_code(scan.masked, match.start(1), match.end(1))
                and not _POSTCODE_LABEL_BEFORE.search(
                    scan.masked, max(0, match.start() - 30), match.start()
                )
            ):
                scan.take(match.start(1), match.end(1), "PLATE")
    if scan.mentions("plate", "kennzeichen", "kenteken", "nummerplaat") and (
        NOT_PLATE_CAR.search(scan.masked) or scan.mentions("permit", "vergunning", "garage")
    ):  # about a car or its parking, not a shop's "DW 2040 (Dinner Plates)"
        for match in list(_PLATES_NAMED_AFTER.finditer(scan.masked)):
            if plate_like(match.group(1)) and TWO_AND_TWO.match(match.group(1)):
                scan.take(match.start(1), match.end(1), "PLATE")  # "BE 412 833 (Bern plates)"
    if scan.mentions("parking", "parkering", "parkeer", "warden", "kontrollavgift", "p-bot"):
        for match in list(_SE_PLATE.finditer(scan.masked)):
            before = max(0, match.start() - 30)
            if not (
                _FLIGHT_BEFORE.search(scan.masked, before, match.start())
                or BOOKING_BEFORE.search(scan.masked, before, match.start())
                or product_code(scan.masked, match.start(), match.end())
            ):  # not "Parking booking ref XYZ 482"
                scan.take(match.start(), match.end(), "PLATE")
    if not _TWO_AND_TWO_ANYWHERE.search(scan.masked):
        return
    for match in list(_MAKE_MODEL.finditer(scan.masked)):
        value = match.group(1)
        if plate_like(value) and TWO_AND_TWO.match(value) and not YEAR.search(value):
            scan.take(match.start(1), match.end(1), "PLATE")
    if scan.mentions("car", "vehicle", "auto", "voertuig", "wagen", "fahrzeug"):
        for match in list(_CAR_LABEL_VALUE.finditer(scan.masked)):
            value = match.group(1)
            if plate_like(value) and TWO_AND_TWO.match(value):
                scan.take(match.start(1), match.end(1), "PLATE")  # "Car on the booking: ZKR-418"
    if not CAR_WORDS.search(scan.masked):
        return  # before a make only about a car: not "part XK2291B, Ford Focus fits"
    for match in list(_BEFORE_MAKE.finditer(scan.masked)):
        value = match.group(1)
        if (
            plate_like(value)
            and TWO_AND_TWO.match(value)
            and not product_code(scan.masked, match.start(1), match.end(1))
            and (
                not BOOKING_BEFORE.search(scan.masked, max(0, match.start(1) - 30), match.start(1))
                or _CAR_LABEL_BEFORE.search(
                    scan.masked, max(0, match.start(1) - 40), match.start(1)
                )
            )  # not "booking RC-99187, Seat Arona"; but "Car on the booking: ZKR-418 (Skoda ..."
        ):
            scan.take(match.start(1), match.end(1), "PLATE")
