"""Street addresses and postcodes: Dutch, Belgian and German street names with a house number,
French and Italian ones ("Rue de la Loi 16", "Via Roma 10"), British and American ones with
the number first ("221B Baker Street"); Dutch and British postcodes on their own, Belgian,
German and American ones beside an address or after a cue. Place names stay."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import MASK, Scan

STREET_SUFFIX = (
    r"(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|dreef|hof"
    r"|plantsoen|boulevard|baan|ring|wal|burgwal|haven|kanaal|markt|park|allee|erf|oord|diep|schans"
    r"|straße|strasse|str\.|gasse|platz|damm|ufer|chaussee|steenweg|lei|vest"
    r"|gade|vej|stræde|gatan|vägen|gränd|katu|veien|vegen"  # Danish, Swedish, Finnish, Norwegian
    r"|straot|paed|leane|loane|dyk|strjitte|buorren)"  # Low Saxon and Frisian
)
# Words that start multi-word street names ("Van Baerlestraat", "Prins Hendrikkade").
_PREFIX = (
    r"(?:Van|De|Den|Der|Het|Sint|St\.|Prins|Prinses|Koning|Koningin|Graaf|Hertog|Burgemeester"
    r"|Dokter|Dr\.|Generaal|Admiraal|Pastoor|Kardinaal|Professor|Prof\.|Mr\.|Eerste|Tweede"
    r"|Derde|Nieuwe|Oude|Korte|Lange|Hoge|Lage|Grote|Kleine|Noord|Zuid|Oost|West|Binnen"
    r"|Buiten|Achter|Voor|Jan|Johan|Willem|Pieter|Piet|Hendrik|Jacob|Cornelis|Frederik|Karel"
    r"|Frans|Gerrit|Anna|Maria|Louis|Floris|Theo|Lodewijk|Michiel|Maurits|Juliana|Wilhelmina"
    r"|Beatrix|Emma|Constantijn|Christiaan|Adriaan|Dirk|Hugo|Abraham)"
)
_HOUSE = (
    # a box or flat: "58/2", "140/0.2", "23/7"; staircase and door too: "101/2/14" (Vienna)
    r"[1-9]\d{0,4}(?:(?:/\d{1,4}){1,2}(?:\.\d{1,2})?(?![\d/])"
    r"|[ -]?[A-Za-z](?![\w])|-\d{1,4}(?!\d)|bis(?![\w])"  # "Hoogstraat 7bis"
    r"|-(?:I{1,3}|IV|hoog|bis|huis|boven|beneden)"
    r"|[ ](?:bis|hs|hg|\d?(?:hoog|hg)|II|III|IV|bus \d{1,4}[A-Za-z]?)\b)?(?![\w%]|[.,:/]\d)"
)
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d"
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"
_POSTCODE_NL = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w])"
_NL_STREET = re.compile(
    r"(?:\b" + _PREFIX + r" (?:(?:van|de|der|den|het|ter|ten) )*){0,3}"
    r"\b[A-Z][\w'-]*?" + STREET_SUFFIX + r" (?:nr\.? ?)?" + _HOUSE
)
_NL_STREET_WORD = re.compile(
    r"\b(?:(?:Grote|Kleine|Oude|Nieuwe) )?(?:Markt|Plein|Singel|Kade|Dam|Laan|Gracht|Vest)"
    r"(?: (?:van|der|de|den) [A-Z][\w'-]+)? " + _HOUSE
)
_DE_STREET = re.compile(
    r"\b(?:Am |An der |Auf der |Im )?[A-ZÄÖÜ][\w'-]+[ -](?:Straße|Strasse|Str\.|Allee|Weg|Platz"
    r"|Ring|Damm|Ufer|Gasse|Steenweg|Lei) " + _HOUSE
)
# "Am Mühlenbach 23a", "In der Aue 4": the article says street even without a suffix
_DE_ARTICLE_STREET = re.compile(
    r"\b(?:Am|An der|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den) "
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Januar"
    r"|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"
    r"[A-ZÄÖÜ][\w'-]+ [1-9]\d{0,2}[a-z]?(?=[ \t]*(?:\n|,|$|\())"  # not "Im Moment 2 Pakete"
)
# Polish: "ul. Długa 23/7", "al. Jerozolimskie 54 m. 12"
_PL_STREET = re.compile(
    r"(?:\b(?:ul\.|al\.|os\.|pl\.|ulica|aleja) [A-ZĄĆĘŁŃÓŚŹŻ][\w'-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w'-]+)?"
    # without "ul.", a street named by an adjective after "at": "the locker at Grunwaldzka 82"
    r"|(?<=\bat )[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:ska|zka|cka|skiego|ckiego|owa|iego))"
    r" "
    r"[1-9]\d{0,3}[A-Za-z]?(?:/\d{1,4})?(?: m\. ?\d{1,4})?(?![\w%]|[.,:/]\d)"
    r"(?! (?:times|x|am|pm|o'clock|uur)\b)"
)
_ROMANCE_STREET = re.compile(
    r"(?:\b(?:Rue|Avenue|Boulevard|Chaussée|Place|Quai|Via|Viale|Piazza|Corso|Calle|Avenida|Rua"
    r"|Carrer|Avinguda|Passeig|Plaça|Paseo|Plaza|Camino|Carretera|Ronda|Travessera|Travesía)"
    r"|\b(?:Avda|Av|Pza|Pg)\.|\bC/)"  # "Avda. de la Constitución 14", "C/ Mayor 5"
    r"(?: (?:de|du|des|la|le|l'|di|del|della|dei|da|do|dos|das|(?:[ldLD]['’])?[A-ZÀ-Ý][\w'’-]+))"
    r"{1,4},? "
    r"(?![1-9]\d{3,4} [A-ZÀ-Ý])"  # "12 Rue des Martyrs, 75009 Paris": a postcode, not a number
    + _HOUSE
    + r"(?! (?:times|keer|x|veces|fois|volte|minutes|minuten)\b)"
)
# number first, French style: "12 rue des Martyrs", "3 bis avenue de l'Opéra", "5, place du Marché"
_ROMANCE_TYPE = (
    r"(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Qq]uai|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Rr]oute"
    r"|[Cc]haussée)"
)
_ROMANCE_NUMBER_FIRST = re.compile(
    r"(?<![\w€£$.,/-])[1-9]\d{0,3}(?: ?(?:bis|ter|[A-Da-d])\b)?,? "
    + _ROMANCE_TYPE
    + r"(?: (?:(?:de|du|des|la|le|di|del|della|dei|da|do|dos|das)(?![\w'’])"
    r"|(?:[ldLD]['’])?[A-ZÀ-Ý][\w'’-]+)){1,4}"
)
EN_STREET_TYPE = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Gardens|Cottages"
    r"|Square|Sq|Place|Pl|Terrace|Court|Ct|Grove|Hill|Row|Mews|Walk|Parkway|Park|Boulevard"
    r"|Blvd|Green|Rise|Vale|View|Gate|Wharf|Yard|Parade|Cir|Circle|Heights|Pike|Trail|Trl"
    r"|Pkwy|Loop|Quay|Embankment|Esplanade|Promenade|Viaduct|Approach|Causeway)"
)
_EN_STREET = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt|Unit|Suite) \d+[A-Z]?,? )?"
    r"(?<![\w€£$.,-])[1-9]\d{0,4}[A-Za-z]?,? (?:(?:[NSEW]\.?|North|South|East|West) )?"
    r"(?:(?:[A-Z][\w'-]+|\d{1,3}(?:st|nd|rd|th)) ){1,3}"  # "410 W 124th St"
    + EN_STREET_TYPE
    + r"\b(?:(?<=St|Rd|Ln|Dr|Sq|Pl|Ct)\.|(?<=Ave)\.|(?<=Blvd|Cres)\.)?"
    + r"(?: (?:NW|NE|SW|SE|N|S|E|W)\b)?"
    + r"(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Flat|#) ?\d{1,4}[A-Z]?(?![\w-]))?"
)
# "58 Kingsway, B15 2TT", "4 Quarry Bank, Harrogate HG2 7AP": number first, any street
# name, known by the British postcode after it (a town may stand between)
_STREET_BEFORE_UK_POSTCODE = re.compile(
    r"(?:^|(?<=[\n:]) ?|(?<=, )|(?<=\bat ))([1-9]\d{0,3}[A-Za-z]?,? [A-Z][\w'-]+"
    r"(?: (?:[A-Z][\w'-]+|y|yr|de|la|le|of|on|upon)){0,3}),"  # "17 Heol y Parc, Cardiff CF14 2NH"
    r"(?: [A-Z][\w'-]+(?: [A-Z][\w'-]+)?,?)? "
    r"(?=(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-]))",
    re.MULTILINE,
)
_POSTCODE_HOUSE = re.compile(
    r"(?<![\w-])"
    + _POSTCODE_NL
    + r",? (?:(?:nr|huisnummer)\.? ?)?"
    + _HOUSE
    + r"(?! ?(?:x\b|stuks?\b|keer\b|pcs\b|pieces\b|items\b|%|€))"  # "3000 XL 2 stuks"
    # a count of things after the comma: "postcode 5611 HW, 3 appointments" (not the town after
    # the number: "3581 KP 14 utrecht")
    + r"(?!(?:(?<=, \d)|(?<=, \d\d)) (?!hoog\b|huis\b|boven\b|beneden\b|bis\b)[a-z]{4,})"
)
# letter pairs after four digits that are units or sizes, not a postcode ("3000 XL", "1000 MB")
_NOT_POSTCODE_LETTERS = frozenset(
    "XL XS SA SD SS ML MG KG GB MB KB TB CM MM KM KW MW HZ PC PK CC HP LB OZ GR ST EU US UK "
    "NL BE DE AM PM BV NV VA DC AC RPM GJ MJ KJ".split()
)
_POSTCODE_WORD = re.compile(r"(?<!\[)\bpost ?code", re.IGNORECASE)  # not "[POSTCODE]"
_NEVER_LETTERS = frozenset("SA SD SS".split())  # never given to a Dutch postcode
_NL_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3} ?([A-Z]{2})(?![\w-])")
_NL_POSTCODE_CUE = re.compile(
    # also a log's field: "billing_zip=78704", "postal_code: 90210"
    r"((?:\b|(?<=_))(?i:postcode|post code|postal[ _]code|zip[ _]?code|zip|plz|eircode)\b"
    r"(?:\s?[/+&]\s?(?i:plaats|woonplaats|gemeente|city|town|place|ort|stadt|ville))?[\s:=]*"
    r"(?:(?i:is|was)\s+)?)"
    r"([1-9]\d{3} ?[A-Za-z]{2}|\d{5}-\d{4}|[1-9]\d{3,4}|\d{5}|\d\d-\d{3}|"
    r"(?i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})|"  # "postcode bt7 1nn"
    + _CA_POSTCODE
    + r"|"
    + _EIRCODE
    + r")(?![\w-])"
)
# after a comma, a town and a state or province may be: Irish Eircodes ("Dublin 2, D02
# X285"), Canadian postcodes ("Toronto, ON M5V 3L9"), Australian ones ("Sydney NSW 2000");
# the literal ", " first keeps the scan fast
_COMMA_POSTCODE = re.compile(
    r", (?:[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?,? )?"
    r"(?:(?:NSW|VIC|QLD|TAS|ACT|ON|QC|BC|AB|MB|SK|NS|NB|PE) )?"
    r"(" + _CA_POSTCODE + r"|" + _EIRCODE + r"|(?<=[A-Z] )\d{4})(?![\w-])"
)
_UK_POSTCODE = re.compile(
    r"(?<![\w-])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])"
)
# typed in lower case, in a text that asks for or gives a postcode (with its space)
_UK_POSTCODE_LOWER = re.compile(
    r"(?<![\w-])[a-pr-uwyz][a-hk-y]?\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}(?![\w-])"
)
_US_ZIP = re.compile(
    r"(?<=[a-z], )(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ALN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
    r"|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) (\d{5}(?:-\d{4})?)\b"
    r"|(?<=[a-z], )ID (83[2-8]\d\d(?:-\d{4})?)\b"  # Idaho; "Ortiz, ID 10442" is an ID number
)
# after an address: ", 2000 Antwerpen", ", D-10115 Berlin", ", 20121 Milano"
# also after a floor or box: "Rue Haute 54 boîte 2, 1000 Brussels", "Kastanienallee 31, 3. OG
# links, 10435 Berlin", "Calle de Toledo 84, 3º izq., 28005 Madrid"
_POSTCODE_AFTER = re.compile(
    r"^(?:,? [^,\n\d]{0,14}\d{1,3}[^,\n\d]{0,12}(?=,))?,?\s*(?:(?:in|te|à|en) )?"
    r"(?:[BDLF]-)?([1-9]\d{3,4}|0[1-9]\d{3}|\d\d-\d{3}|[1-9]\d{3}-\d{3})"
    r"(?=\s+[A-ZÀ-ÝÄÖÜ][\w'-]+)"
)
# a Dutch postcode right after the street, also with letters that can be a unit ("AC", "MG"):
# "Prinses Irenestraat 22 (7141 AC)", "Dorpsweg 4, 3000 MB Rotterdam"
# a British postcode in lower case right after the address: "27 mayfield grove, m19 2ld"
# (or an Eircode: "3 bridge street h91 k2x7 galway"), also after the town: "dundee dd1 3dr",
# or in brackets: "17 Harcourt Terrace (D02 XK82)"
_UK_POSTCODE_AFTER = re.compile(
    r"^,?\s*\(?(?:[a-z]{3,20},? )?((?i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|"
    + _EIRCODE
    + r"))(?![\w-])"
)
# a street in lower case after the words that give an address: "address is 27 mayfield grove",
# "its flat 6, 88 harrow road"
_LOWER_STREET = re.compile(
    r"\b(?:address(?: is| was| which was| that was|:)|adres is|it'?s|at|live at|woon op|from"
    r"|address\??\n(?:[^\n:]{1,25}: ?)?)\s*"  # "what's the new address" / "CALLER: 62 orchard ..."
    # "its flat 9 harbour court, 55 dock street": a flat in a named building first
    r"((?:(?:flat|apt|apartment|unit) \d{1,4}[a-z]?,? (?:[a-z]+ ){0,2}?(?:[a-z]+, )?)?"
    r"\d{1,4}[a-z]? (?:[a-z]+ ){1,3}"
    r"(?:road|rd|street|st|lane|ln|grove|avenue|ave|close|drive|way|crescent|gardens|court"
    r"|place|terrace|walk|row|hill|mews|square)"
    r"(?: (?:unit|apt|apartment|suite|flat) [a-z0-9]{1,4})?)\b"
)
# a Dutch street in lower case, as in texts typed fast: "met joyce van de wilgenlaan 7", "ik
# woon op brinkgreverweg 112a"
_NL_LOWER_STREET_BODY = (
    r"([a-z]{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|steeg|steenweg)"
    r" [1-9]\d{0,3}(?:-?(?:hs|hg|bis|[a-z]))?)"
    r"(?![\w%]|[.,:/]\d| ?(?:uur|u\b|min|euro|%))"
)
_NL_LOWER_STREET = re.compile(
    r"(?:\b(?:op|aan|van|in|naar) de |\bwo(?:on|ont|nen|onde) (?:op|aan) "
    r"|^(?:\[?\d{1,2}[:.]\d{2}\]? *)?(?:[^\n:]{1,25}: ?)?|, )" + _NL_LOWER_STREET_BODY,
    re.MULTILINE,
)
# anywhere in a text about an address: "adres is fout, het moet kerkstraat 14 zijn nee wacht
# kerkstraat 41"
_NL_LOWER_STREET_ANY = re.compile(r"\b" + _NL_LOWER_STREET_BODY)
# any street in lower case between the address cue and a postcode: "adres de kamp 3 7711 aj"
_LOWER_BEFORE_POSTCODE = re.compile(
    r"\b(?:adres|address)(?: is)?:? ((?:[a-z'-]+ ){1,3}[1-9]\d{0,3}[a-z]?)"
    r"(?=,? [1-9]\d{3} ?[A-Za-z]{2}\b)"
)
# also after a word that belongs to the house ("Kruisweg 17 zwart, 2011 LB"), or in lower case
# ("vlierstraat 3hs 1091zk adam")
# a ZIP right after the street, closing the address: "(1402 Magnolia Blvd, 29407)"
_ZIP_RIGHT_AFTER = re.compile(r"^, (\d{5})(?=[).;,]|\s*$)", re.MULTILINE)
_NL_LOWER_HINT = re.compile(
    r"[a-z](?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|steeg) \d"
)
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
    r"(\d{5}(?:-\d{4})?|[1-9]\d{3}(?! [a-z])|" + _EIRCODE + r")(?![\w-]|[.,:/]\d)"
)
# after a short part of the address (a building, a staircase, a floor), then the town: "3 allée
# des Peupliers, Bât. C, 33600 Pessac", "Ryesgade 31, 2. th., 2200 København"
_POSTCODE_AFTER_PART = re.compile(
    r"^(?:,[ \t]*(?:\d{1,2}(?:\.|º|ª|°)? ?)?[^\W\d][^,\n\d\ue000]{0,11}(?: \d{1,4}[A-Z]?)?){1,2}"
    r"(?:,[ \t]*|[ \t]*\n)"  # "Calle de Colón 18, 4º B" / "46004 Valencia"
    r"(\d{5}|[1-9]\d{3}|[1-9]\d\d \d\d)(?= [A-ZÀ-Þ][a-zà-ÿ])"  # Swedish: "113 59"
)
# asked for in one turn, answered in the next among other things: "your billing ZIP and
# SSN?" / "Customer: Brandon Kowalski, 60614, and ..."
_ZIP_NEXT_LINE = re.compile(
    # not [POSTCODE], and not when the cue's line holds its value ("Postcode: HX7 8AQ")
    r"(?<!\[)\b(?i:zip|zip ?code|postcode|post code|postal code)\b[^\n\ue000\[]{0,80}\n"
    r"(?:\[[\d:. ]+\] *)?(?:[^\n:]{1,30}:)?[^\n\d]{0,40}?(?<![\w-])"
    r"(\d{5}|[1-9]\d{3} ?[A-Z]{2}|[1-9]\d{3} ?[a-z]{2}(?=[ \t]*(?:\n|$))"
    r"|(?i:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}))(?![\w-]| ?(?:m³|m3|kwh|km|l)\b)"  # "w2 5tu"
)
# "Meir 50, 2000 Antwerpen": any street name with a number, known by the postcode after it
_STREET_BEFORE_POSTCODE = re.compile(
    r"(?:^|(?<=[\n:]) ?|(?<=, )|(?<=[a-zà-ÿ] ))"
    r"((?:[A-Z][\w'.-]+ )(?:(?:[a-z]{1,4}|[A-Z][\w'.-]+) ){0,3}" + _HOUSE + r"),?\s+"
    r"(?=(?:[BDLF]-)?[1-9]\d{3}(?:\d| ?[A-Z]{2}\b)?[ \t]*,?[ \t]*[A-Z])"  # the town on its line
)


# any street with a number after an address cue: "Adres: Rapenburg 12", "ik woon op Lange
# Voorhout 7", "woonachtig aan de Brink 3", "Delivery address: 4 Quarry Bank"
_ADDRESS_CUE = re.compile(
    r"\b(?i:(?:bezorg|aflever|factuur|woon|post|huis|thuis|correspondentie|vestigings)?adres(?:se?)?"
    r"|(?:billing|shipping|delivery|home|postal|street|correspondence) address|address"
    r"|straat(?: \+ huisnummer| en huisnummer)?|street"
    r"|(?:woon|woont|wonen|woonachtig|live|lives|living)(?: nu| now)? (?:op|aan|at)(?: de| het)?"
    # "afgegeven bij buren op Ebbehout 116", "de bewoner van Kroonenburg 54"
    r"|(?:buren|overburen|bewoners?) (?:op|aan|van)(?: de| het)?)"
    r"(?i:(?: is| was| as| nu| now)?(?: (?:op|aan|at)(?: de| het)?)?)[ :]+"
    r"((?:[A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|de|der|den|van|het|op|aan|'t|ter|ten)){0,4} "
    + _HOUSE
    + r")|[1-9]\d{0,3}[A-Za-z]?,? (?![A-Z]{2}\b)[A-Z][\w'-]+"
    r"(?: (?:(?:na|de|la|le|du|van|y|of|an|der) )?[A-ZÀ-Ý][\w'-]+){0,2})"
    r"(?! (?i:years?|jaar|jaren|maanden?|months?|weeks?|weken|dagen|days?|keer|times|uur"
    r"|hours?|min|minut\w*|stuks?|x)\b)"
)
# a house known by its name, then the street, no number (Irish and rural British addresses):
# "Her address is The Lodge, Main Street, Bunclody"
_NAMED_HOUSE = re.compile(
    r"(?<!mail )(?<!IP )(?<!web )\b(?i:address|adres)(?: is| was)?:? +"
    r"((?:The )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?, "
    r"(?:[A-Z][\w'-]+ ){1,2}" + EN_STREET_TYPE + r")\b"
)
_ADDRESS_WORDS = ("adres", "address", "straat", "street", "woon", "wonen", "live", "living",
                  "buren", "bewoner")  # fmt: skip

# Cheap tests that must hold before the full pattern is worth running.
# a flat in a named building, then the street: "41 Cranbrook House, Lenton Street"
_BUILDING = r"(?:House|Court|Lodge|Mansions|Towers?|Building|Apartments|Flats|Point|Heights)"
_BUILDING_STREET = re.compile(
    r"(?<![\w€£$.,-])[1-9]\d{0,3}[A-Za-z]?,? (?:[A-Z][\w'-]+ ){1,2}"
    + _BUILDING
    + r",? (?:[A-Z][\w'-]+ ){1,3}"
    + EN_STREET_TYPE
    + r"\b"
)
_HINTS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(STREET_SUFFIX + r" (?:nr\.? ?)?[1-9]"), _NL_STREET),
    (re.compile(r"(?:Markt|Plein|Singel|Kade|Dam|Laan|Gracht|Vest) "), _NL_STREET_WORD),
    (re.compile(r"[ -](?:Straße|Strasse|Str\.|Allee|Weg|Platz|Ring|Damm|Ufer|Gasse|Steenweg|Lei) "),
     _DE_STREET),
    (re.compile(r"\b(?:Rue|Avenue|Boulevard|Chaussée|Place|Quai|Via|Viale|Piazza|Corso|Calle"
                r"|Avenida|Rua|Carrer|Avinguda|Passeig|Plaça|Paseo|Plaza|Camino|Carretera|Ronda"
                r"|Travessera|Travesía|Avda\.|Av\.|Pza\.|Pg\.|C/) "), _ROMANCE_STREET),
    (re.compile(r"\d,? [A-Z]\w+ " + _BUILDING + r", [A-Z]"), _BUILDING_STREET),
    (re.compile(r"\d[A-Za-z]?,? (?:[A-Z]|\d{1,3}(?:st|nd|rd|th) ).{0,40}?\b" + EN_STREET_TYPE
                + r"\b"), _EN_STREET),
    (re.compile(r"\b(?:Am|An|Auf|Im|In|Zum|Zur|Unter) [A-ZÄÖÜ]"), _DE_ARTICLE_STREET),
    (
        re.compile(
            r"\b(?:ul\.|al\.|os\.|pl\.|ulica|aleja) [A-ZĄĆĘŁŃÓŚŹŻ]|\bat \w+(?:sk|zk|ck|ow|ieg)"
        ),
        _PL_STREET,
    ),
    (re.compile(r"\d(?: ?(?:bis|ter|[A-Da-d]))?,? " + _ROMANCE_TYPE + r" "), _ROMANCE_NUMBER_FIRST),
]  # fmt: skip
_POSTCODE_HINT = re.compile(r"\d,?\s+(?:[BDLF]-)?[1-9]\d{3}")
_NL_POSTCODE_HINT = re.compile(r"[1-9]\d{3} ?[A-Z]{2}\b")


def _unit_letters(code: str, scan: Scan) -> bool:
    """A Dutch postcode's letters that are a unit's or a size's ("1500 CC", "3000 XL"); in a
    text about a postcode only the pairs no postcode is given ("9731 CC" stays a postcode)."""
    letters = code[4:].strip()[:2]
    if letters in _NEVER_LETTERS:
        return True
    return letters in _NOT_POSTCODE_LETTERS and not _POSTCODE_WORD.search(scan.text)


def take_addresses(scan: Scan) -> None:
    """Street addresses first, then postcodes with a house number, then postcodes alone."""
    for hint, pattern in _HINTS:
        if hint.search(scan.masked):
            for match in list(pattern.finditer(scan.masked)):
                scan.take(match.start(), match.end(), "ADDRESS")
    if scan.mentions(*_ADDRESS_WORDS):
        scan.take_all(_ADDRESS_CUE, "ADDRESS", 1)
    if scan.mentions("address", "adres", "its", "it's", " at ", "woon op", "from"):
        scan.take_all(_LOWER_STREET, "ADDRESS", 1)
    if scan.mentions("adres", "address"):
        scan.take_all(_LOWER_BEFORE_POSTCODE, "ADDRESS", 1)
        scan.take_all(_NAMED_HOUSE, "ADDRESS", 1)
    if _NL_LOWER_HINT.search(scan.masked):
        scan.take_all(_NL_LOWER_STREET, "ADDRESS", 1)
        if scan.mentions("adres"):
            scan.take_all(_NL_LOWER_STREET_ANY, "ADDRESS", 1)
    if _UK_POSTCODE.search(scan.masked):
        for match in list(_STREET_BEFORE_UK_POSTCODE.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), "ADDRESS")
    if _POSTCODE_HINT.search(scan.masked):
        for match in list(_STREET_BEFORE_POSTCODE.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), "ADDRESS")
    nl_postcode = bool(_NL_POSTCODE_HINT.search(scan.masked))
    if nl_postcode:
        for match in list(_POSTCODE_HOUSE.finditer(scan.masked)):
            scan.take(match.start(), match.end(), "ADDRESS")
    _take_postcodes(scan, nl_postcode)


# an Eircode after its county ("Ballincollig, Co. Cork P31 XK62"); a Belgian postcode before
# its town in running text or brackets ("in 3000 Leuven", "(1060 Sint-Gillis)"), not a year
_COUNTY_EIRCODE = re.compile(r"\bCo\. [A-Z][a-z]+,? (" + _EIRCODE + r")(?![\w-])")
_BE_POSTCODE_IN_TEXT = re.compile(
    r"(?:\b(?:in|te|à|uit|from) |\()((?:[LBDF]-)?(?!19\d\d|20\d\d)[1-9]\d{3}) "  # "L-1724"
    r"(?=[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?[).,\n ])"
    r"(?!(?:[A-Z][\w'-]+ ){1,3}" + EN_STREET_TYPE + r"\b)"  # "in 2250 Gulf Shore Blvd": a house
)
# a unit or flat on an estate or in a named building: "Unit 4, Harewood Trading Estate",
# "Apartment 12, The Maltings"
_UNIT_ADDRESS = re.compile(
    r"\b(?:Unit|Flat|Apartment|Apt|Suite) \d{1,4}[A-Z]?, (?:(?:[A-Z][\w'-]+ ){0,3}"
    r"(?:Estate|Park|Centre|Center|Works|Yard)\b|The [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
)


# in a text about Eircodes, one given among other answers: "3rd Nov 1988 and D08 K2P7"
_EIRCODE_SPACED = re.compile(
    r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}(?![\w-])"
)


def take_more_places(scan: Scan) -> None:
    """Postcodes known by the town or county beside them, and units on estates; before the
    code rules, so "in 3000 Leuven" after "activatiecode" is a postcode."""
    if "Co. " in scan.masked:
        scan.take_all(_COUNTY_EIRCODE, "POSTCODE", 1)
    if scan.mentions("eircode"):
        scan.take_all(_EIRCODE_SPACED, "POSTCODE")
    if scan.mentions(" in ", " te ", " à ", "(", " uit ", " from "):
        scan.take_all(_BE_POSTCODE_IN_TEXT, "POSTCODE", 1)
    if scan.mentions("unit ", "flat ", "apartment ", "apt ", "suite "):
        scan.take_all(_UNIT_ADDRESS, "ADDRESS")
    if scan.mentions("postcode", "post code", "postal code"):
        scan.take_all(_UK_POSTCODE_LOWER, "POSTCODE")  # "the postcode?" / "m14 5rb"


def _take_postcodes(scan: Scan, nl_postcode: bool) -> None:
    if scan.mentions("post", "zip", "plz", "eircode"):
        for match in list(_NL_POSTCODE_CUE.finditer(scan.masked)):
            scan.take(match.start(2), match.end(2), "POSTCODE")
        if "\n" in scan.masked:
            scan.take_all(_ZIP_NEXT_LINE, "POSTCODE", 1)
    if nl_postcode:
        for match in list(_NL_POSTCODE.finditer(scan.masked)):
            if not _unit_letters(match.group(), scan):
                scan.take(match.start(), match.end(), "POSTCODE")
    scan.take_all(_UK_POSTCODE, "POSTCODE")
    scan.take_all(_COMMA_POSTCODE, "POSTCODE", 1)
    for match in list(_US_ZIP.finditer(scan.masked)):
        group = 1 if match.group(1) else 2
        scan.take(match.start(group), match.end(group), "POSTCODE")
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
