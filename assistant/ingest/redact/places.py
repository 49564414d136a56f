"""Street addresses: Dutch, Belgian and German street names with a house number, French,
Italian and Spanish ones ("Rue de la Loi 16", "Via Roma 10", "Carrer de Verdi 34"), British
and American ones with the number first ("221B Baker Street"), a Dutch postcode with its
house number; then the postcodes (``postcodes``). Place names stay."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import FURNITURE, TRACKING_CODE
from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.postcodes import (
    EIRCODE,
    POSTCODE_NL,
    UK_POSTCODE,
    UK_POSTCODE_LOWER,
    UK_POSTCODE_LOWER_NOT_ORDINAL,
    take_postcodes,
)
from assistant.ingest.redact.scan import Scan

STREET_SUFFIX = (
    r"(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|dreef|hof"
    r"|plantsoen|boulevard|baan|ring|wal|burgwal|haven|kanaal|markt|park|allee|erf|oord|diep|schans"
    r"|straße|strasse|str\.|gasse|platz|damm|ufer|chaussee|steenweg|lei|vest"
    r"|gade|vej|stræde|gatan|vägen|gränd|katu|veien|vegen|gata|gaten"  # Nordic
    r"|straot|paed|leane|loane|dyk|strjitte|buorren"  # Low Saxon and Frisian
    r"|(?:(?<=West)|(?<=Oost)|(?<=Zuid)|(?<=Noord))zijde)"  # Zaandam's "Westzijde 77-B"
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
    # a Finnish staircase and flat, before a comma or the line's end: "Mannerheimintie 48 B 12,"
    r"| [A-H] \d{1,3}(?=[ \t]*(?:[,\n]|\Z))"
    r"|[ -]?[A-Za-z](?![\w])|-\d{1,4}(?!\d)|bis(?![\w])"  # "Hoogstraat 7bis"
    r"|-[A-Z]\d{1,2}(?![\w])"  # a student room's: "Oude Delft 171-K4"
    r"|-(?:I{1,3}|IV|hoog|bis|huis|boven|beneden)"
    r"|[ ](?:bis|hs|hg|\d?(?:hoog|hg)|II|III|IV|bus \d{1,4}[A-Za-z]?"
    r"|bo[iî]te \d{1,4}|bte\.? \d{1,4}"  # a Belgian box: "boîte 2", "bte 4"
    r"|kamer \d{1,3}|k\. ?\d{1,3}|kmr\.? ?\d{1,3})\b"
    r"|, kamer \d{1,3}\b(?=,? [1-9]\d{3} ?[A-Z]{2}\b))?"  # a room in a shared house: "8 kamer 3"
    r"(?![\w%]|[.,:/]\d)"
)
# a count of something after the number, not a house: "Levering 55 minuten te laat"
_QUANTITY_AFTER = (
    r"(?! (?i:years?|jaar|jaren|maanden?|months?|weeks?|weken|dagen|days?|keer|times|uur"
    r"|hours?|min|minut\w*|stuks?|x|cm|mm)\b)"
    # a piece of furniture named after a canal: "Eettafel Keizersgracht 220 cm", "Dressoir
    # Herengracht 3-deurs"
    # "Hanglamp Prinsengracht 3-lichts", "the Parklaan 3-seat sofa"
    r"(?!-(?i:deurs|zits|persoons|laden|delig|lichts|pits|seat|seater|door|drawer|piece)\b)"
    r"(?! ?[x×] ?\d| \d+ ?(?:cm|mm)\b)"  # its size: "Eettafel Keizersgracht 220 x 100 cm"
)
_NL_STREET = re.compile(
    r"(?:\b" + _PREFIX + r" (?:(?:van|de|der|den|het|ter|ten) )*){0,3}"
    r"\b(?![A-Z]\w*(?:woord|koord)\b)"  # "Antwoord 1 voor buren", "Akkoord"
    r"(?![A-Z][a-z]*ering\b|Storing\b)"  # a noun, not a "-ring": "Reservering 21–23 maart"
    r"(?!(?:Spring|String|Catering|Offering|Monitoring|Engineering)\b)"  # "Spring 2024"
    r"[A-ZÆØÅ][\w'-]*?"  # "Østerbrogade 118"
    + STREET_SUFFIX
    # "Soestdijkseweg Zuid 270", "Ringbaan-Oost 212"
    + r"(?: (?:Noord|Zuid|Oost|West|[NO]\.?Z\.?|[ZW]\.?[ZW]\.?)|-(?:Noord|Zuid|Oost|West))?"
    + r" (?:nr\.? ?)?"
    + _HOUSE
    + _QUANTITY_AFTER
)
_NL_STREET_WORD = re.compile(
    r"\b(?:(?:Grote|Kleine|Oude|Nieuwe) )?(?:Markt|Plein|Singel|Kade|Dam|Laan|Gracht|Vest|Brink)"
    # "Laan van Nieuw Guinea 48", "Laan van Nieuw Oost-Indië 140"
    r"(?: (?:van|der|de|den) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)? " + _HOUSE
)
# a Nordic street named after someone, its type apart: "Thorvald Meyers gate 62B", "Ole Vigs
# gate 3", "H.C. Andersens Boulevard 2"
_NORDIC_TYPE = r"s (?:gate|gata|gaten|vei|veien|veg|vegen|vej|gade|allé|Boulevard|plass|torg) "
_NORDIC_STREET = re.compile(
    r"\b(?:[A-ZÆØÅ][\w.'-]* ){0,2}[A-ZÆØÅ][\w'-]*(?:" + _NORDIC_TYPE + r"|(?<!s) Allé )" + _HOUSE
)  # or an avenue after a place's name: "Frederiksberg Allé 64"
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
    # in lower case too, the number after it: "rue des Palais 66 boîte 2" (not "12 rue ...")
    r"|(?<!\d )(?:rue|chaussée|quai)"
    r"|Carrer|Avinguda|Passeig|Plaça|Paseo|Plaza|Camino|Carretera|Ronda|Travessera|Travesía"
    r"|Strada|Bulevardul|Calea|Aleea|Șoseaua|Splaiul"  # Romanian: "Strada Lipscani 22"
    r"|Route|Chemin|Allée|Impasse)"  # "Route d'Arlon 112, L-8009 Strassen"
    r"|\b(?:Avda|Av|Pza|Pg)\.|\bC/)"  # "Avda. de la Constitución 14", "C/ Mayor 5"
    # "y" joins two names in Spanish: "Calle León y Castillo 214"
    # an Italian article run on: "Via dell'Indipendenza 62"
    r"(?: (?:de|du|des|la|le|l'|di|del|della|dei|degli|delle|dello|dal|dalla|alla|da|do|dos|das|y"
    r"|(?:(?:[dD]ell|[dD]all|[aA]ll|[nN]ell|[sS]ull|[ldLD])['’])?[A-ZÀ-Ý][\w'’-]+))"
    r"{1,4},? "
    r"(?![1-9]\d{3,4} [A-ZÀ-Ý])"  # "12 Rue des Martyrs, 75009 Paris": a postcode, not a number
    + _HOUSE
    + r"(?! (?:times|keer|x|veces|fois|volte|minutes|minuten)\b)"
)
# number first, French style: "12 rue des Martyrs", "3 bis avenue de l'Opéra", "5, place du Marché"
_ROMANCE_TYPE = (
    r"(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Qq]uai|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Rr]oute"
    # Québec: "2875 boul. Laurier", "5500 côte des Neiges", "123 rang Saint-Joseph"
    r"|[Bb]oul\.|av\."
    r"|(?:ch\.|[Mm]ontée|[Cc]ôte)(?= (?:de |des |du )?(?:[ldLD]['’])?[A-ZÀ-Ý])"
    r"|[Rr]ang(?= (?:de |des |du )?(?:Saint|Sainte|St|Ste)\b)"
    # "12 cours Gambetta", and before a postcode "12 cours de l'Intendance, 33000 Bordeaux" (not
    # courses: "3 cours de Français")
    r"|[Cc]haussée|[Cc]ours(?= (?:[dlDL]['’])?[A-ZÀ-Ý]"
    r"| (?:de la |de |des |du )(?:[dlDL]['’])?[A-ZÀ-Ý][^\n\d,]{0,40},? \d{5}\b))"
)
_ROMANCE_NUMBER_FIRST = re.compile(
    r"(?<![\w€£$.,/-])[1-9]\d{0,3}(?: ?(?:bis|ter|[A-Da-d])\b)?,? "
    + _ROMANCE_TYPE
    + r"(?: (?:(?:de|du|des|la|le|di|del|della|dei|da|do|dos|das)(?![\w'’])"
    # (a word of the name has no digit: not "truck 14, route AMS-N-03")
    r"|(?:[ldLD]['’])?[A-ZÀ-Ý](?![\w'’-]*\d)[\w'’-]+)){1,4}"
    # a flat after it: "2875 boul. Laurier, app. 310"
    r"(?:,? (?:app\.|apt\.?|appartement|bureau|suite|unité) ?\d{1,4}[A-Z]?(?![\w-]))?"
)
EN_STREET_TYPE = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Gardens|Cottages"
    r"|Square|Sq|Place|Pl|Terrace|Court|Ct|Grove|Hill|Row|Mews|Walk|Parkway|Park|Boulevard"
    r"|Blvd|Green|Rise|Vale|View|Gate|Wharf|Yard|Parade|Cir|Circle|Heights|Pike|Trail|Trl"
    r"|Pkwy|Loop|Quay|Embankment|Esplanade|Promenade|Viaduct|Approach|Causeway"
    r"|Lawn|Lawns|Meadows|Manor|Downs|Dale"  # Irish estates: "41 Ashgrove Lawn"
    r"|Brow|Wynd)"  # "26 Cotham Brow"
)
_EN_STREET = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt|Unit|Suite) \d+[A-Z]?,? )?"
    r"(?<![\w€£$.,:-])(?<![Tt]rain )(?<![Tt]rein )(?<!Eurostar )(?<![Ll]ocker )"
    r"(?<![Ff]light )(?<![Vv]lucht )(?<![Ff]erry )(?<!Thalys )"
    r"(?:[1-9]\d{0,4}-)?"  # a unit before the house, as Canada writes it: "1804-55 Bremner Blvd"
    # not "Eurostar 9014 ...", nor a count of goods: "1x Baker Street Dry Gin"
    # (not a year: "Sat 24 Aug 2024, London St Pancras")
    r"(?!(?:19|20)\d\d, )[1-9]\d{0,4}[A-Za-wyz]?,? (?:(?:[NSEW]\.?|North|South|East|West) )?"
    # "410 W 124th St", or a numbered avenue without "th": "10428 82 Ave NW"
    # (or a letter, as Washington names streets: "2300 N Street NW", or "450 M Street," ending
    # its phrase; "A" and "I" only with the quarter, not "12 B Street level maps")
    r"(?:(?:[A-Z][\w'-]+|St\.(?= [A-Z])|\d{1,3}(?:st|nd|rd|th)"
    r"|\d{1,3}(?= (?:Ave|Avenue|St|Street)\b)"
    r"|[A-Z](?= (?:St|Street)\.? (?:NW|NE|SW|SE)\b)"
    r"|[B-HJ-Z](?= (?:Street|St\.?)(?:[,.;#\n]|$| (?:in|and|apt|suite|unit|ste)\b| [A-Z#]))) ){1,3}"
    + EN_STREET_TYPE
    + r"\b(?:(?<=St|Rd|Ln|Dr|Sq|Pl|Ct)\.|(?<=Ave)\.|(?<=Blvd|Cres)\.)?"
    + r"(?: (?:NW|NE|SW|SE|N|S|E|W)\b)?"
    + r"(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Flat|#) ?\d{1,4}[A-Z]?(?![\w-]))?"
)
# "58 Kingsway, B15 2TT", "4 Quarry Bank, Harrogate HG2 7AP": number first, any street
# name, known by the British postcode or the Eircode after it (a town may stand between):
# "should be 5 Cnoc na Mara, Salthill, H91 K2W7"
_STREET_BEFORE_UK_POSTCODE = re.compile(
    r"(?:^|(?<=[\n:]) ?|(?<=, )|(?<=\bat )|(?<=\bbe )|(?<=\bto ))"
    r"([1-9]\d{0,3}[A-Za-z]?,? [A-Z][\w'-]+"
    # "17 Heol y Parc, Cardiff CF14 2NH", "5 Cnoc na Mara"
    r"(?: (?:[A-Z\u00c0-\u00de][\w'-]+|y|yr|de|la|le|of|on|upon|na|an)){0,3}),"
    r"(?: [A-Z][\w'-]+(?: [A-Z][\w'-]+)?,?)?(?: Dublin \d{1,2}[wW]?,)? "
    r"(?=(?:(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}|" + EIRCODE + r")"
    r"(?![\w-]))",
    re.MULTILINE,
)
_EIRCODE = re.compile(r"(?<![\w-])" + EIRCODE + r"(?![\w-])")
_POSTCODE_HOUSE = re.compile(
    r"(?<![\w-])"
    + POSTCODE_NL
    + r",? (?:(?:nr|huisnummer|nummer)\.? ?)?"  # "6711 CB, nummer 9"
    + _HOUSE
    + r"(?! ?(?:x\b|stuks?\b|keer\b|pcs\b|pieces\b|items\b|%|€))"  # "3000 XL 2 stuks"
    # a count of things after the comma: "postcode 5611 HW, 3 appointments" (not the town after
    # the number: "3581 KP 14 utrecht")
    + r"(?!(?:(?<=, \d)|(?<=, \d\d)) (?!hoog\b|huis\b|boven\b|beneden\b|bis\b)[a-z]{4,})"
    # nor an ordinal that starts the street's name after it: "1072 VS 2e Jan Steenstraat 48"
    + r"(?!(?<=\de)[ \t]+[A-Z\ue000])"  # (the street may be taken already)
)
# a street in lower case after the words that give an address: "address is 27 mayfield grove",
# "its flat 6, 88 harrow road"
_LOWER_STREET = re.compile(
    r"\b(?:address(?: is| was| which was| that was|:)|adres is|it'?s|at|live at|woon op|from"
    # "moved into 14 castle park", "new address for final bill is 5 aston mews"
    r"|mov(?:ed|ing) (?:in)?to|address[^\n\d.]{1,25}? is"
    r"|address\??\n(?:[^\n:]{1,25}: ?)?)\s*"  # "what's the new address" / "CALLER: 62 orchard ..."
    # "its flat 9 harbour court, 55 dock street": a flat in a named building first
    r"((?:(?:flat|apt|apartment|unit) \d{1,4}[a-z]?,? (?:[a-z]+ ){0,2}?(?:[a-z]+, )?)?"
    r"\d{1,4}[a-z]? (?:[a-z]+ ){1,3}"
    r"(?:road|rd|street|st|lane|ln|grove|avenue|ave|close|drive|way|crescent|gardens|court|blvd"
    r"|place|terrace|walk|row|hill|mews|square|park)"
    r"(?: (?:unit|apt|apartment|suite|flat) [a-z0-9]{1,4})?)\b"
)
# a Dutch street in lower case, as in texts typed fast: "met joyce van de wilgenlaan 7", "ik
# woon op brinkgreverweg 112a"
_NL_LOWER_STREET_BODY = (
    r"([a-z]{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|steeg|steenweg)"
    # "8-2", "4 hs", "5 a," (a letter apart only before a comma or the line's end)
    r" [1-9]\d{0,3}(?:-\d{1,3}|[ -]?(?:hs|hg|bis)|-?[a-z]|[ ][a-z](?=,|\n|$))?)"
    r"(?![\w%]|[.,:/]\d| ?(?:uur|u\b|min|euro|%))"
)
_NL_LOWER_STREET = re.compile(
    r"(?:\b(?:op|aan|van|in|naar) (?:de )?|\bwo(?:on|ont|nen|onde) (?:op|aan) "
    r"|\b(?:moved to|moved into|verhuisd naar|it'?s|is nu|is now) "
    r"|^(?:\[?\d{1,2}[:.]\d{2}\]? *)?(?:[^\n:]{1,25}: ?)?|, )" + _NL_LOWER_STREET_BODY,
    re.MULTILINE,
)
# anywhere in a text about an address: "adres is fout, het moet kerkstraat 14 zijn nee wacht
# kerkstraat 41"
_NL_LOWER_STREET_ANY = re.compile(r"\b" + _NL_LOWER_STREET_BODY)
# any street in lower case between the address cue and a postcode: "adres de kamp 3 7711 aj"
# (or a German one, maybe shortened, before its five digits: "adres is tiergartenstr. 8, 47533
# kleve")
_LOWER_BEFORE_POSTCODE = re.compile(
    # (also where one lives: "i live at kortrijksesteenweg 1021, 9051 gent")
    r"\b(?i:adres|address|adresse|adress|anschrift|live at|live on|living at|woon op|woon aan"
    r"|wonen op|wonen aan)"
    # (or a short clause before the colon: "my adress if you need it: hauptstr. 7, 80331 ...")
    r"(?: is| ist|[^\n:.\d]{1,25}:)?:? "
    r"(?:(?P<street>(?:[a-zäöüß'-]+ ){1,3}[1-9]\d{0,3}[a-z]?)"
    r"(?=,? (?:[1-9]\d{3} ?[A-Za-z]{2}\b|(?:\d{5}|[1-9]\d{3}) (?P<town>[a-zäöü]+)\b))"
    # a German street's type ends the name: then the town may have its capital
    r"|(?P<strasse>(?:[a-zäöüß'-]+ ){0,2}[a-zäöüß-]+(?:str\.|straße|strasse) ?[1-9]\d{0,3}[a-z]?)"
    r"(?=,? \d{5} (?P<town2>[a-zäöüA-ZÄÖÜ]+))"
    r")"
)
# also after a word that belongs to the house ("Kruisweg 17 zwart, 2011 LB"), or in lower case
# ("vlierstraat 3hs 1091zk adam")
_NL_LOWER_HINT = re.compile(
    r"[a-z](?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|steeg) \d"
)
# the small words inside a street's name ("Rue de la Loi 16", "Via dei Mille 5"), not a
# sentence's ("Send it to Amstelveld 9, ...")
_STREET_SMALL_WORD = (
    r"(?:de|la|le|les|du|des|di|dei|del|della|delle|da|do|dos|das|van|der|den|het|ter|ten|von"
    r"|am|an|im|zum|zur|of|the|y|i|e|et|und|en|op|aan|bij|in|sur|sous|'t"
    r"|allé|gate|gata|vei|veien|vej|gade|väg|vägen)"  # a Nordic street's type: "Bygdøy allé 23"
)
# "Meir 50, 2000 Antwerpen": any street name with a number, known by the postcode after it
_STREET_BEFORE_POSTCODE = re.compile(
    r"(?:^|(?<=[\n:]) ?|(?<=, )|(?<=[a-zà-ÿ] ))"
    # no word in capitals: "my Dell XPS 15, 9520" is a model
    r"(?!(?:[^\s\d]+ ){0,3}[A-Z]{2,}\b)"
    r"((?:[A-Z][\w'.-]+ )(?:(?:"
    + _STREET_SMALL_WORD
    + r"|[A-Z][\w'.-]+) ){0,3}"
    + _HOUSE
    + r"),?\s+"
    # the postcode (with its country's letters, Swedish, Norwegian), then the town on its line
    # (from 0 too: Oslo's "0262", Helsinki's "00260", Rome's "00184", Dresden's "01067")
    r"(?=(?:[A-Z]{1,2}-)?(?:[1-9]\d{3}(?:\d| ?[A-Z]{2}\b)?|[1-9]\d\d \d\d|0(?!800|900)\d{3,4})"
    # a space or a comma before the town: not a model glued to a letter ("Ryzen 7 5800X")
    r"(?:[ \t]*,[ \t]*|[ \t]+)[A-ZÀ-ÝĀ-ž])"  # "120 00 Žižkov"
)


# a street and its number after an address's cue (below)
_STREET_VALUE = (
    # a Dutch postcode before the street: "Address 1012 JS Damrak 70" (not before the house
    # number alone: "Adres: 2531 GL 88, Den Haag")
    r"(?:[1-9]\d{3} ?[A-Z]{2},? (?=[A-Z][a-z]))?"
    r"((?:[A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|de|der|den|van|het|op|aan|'t|ter|ten)){0,4} "
    + _HOUSE
    # a saint's name, shortened with its dot: "31 St. Brigid's Park"
    + r")|[1-9]\d{0,3}[A-Za-z]?,? (?:(?:St|Ste|Mt)\. (?=[A-Z]))?(?![A-Z]{2}\b)[A-Z][\w'-]+"
    r"(?: (?:(?:na|de|la|le|du|van|y|of|an|der) )?[A-ZÀ-Ý][\w'-]+){0,2}"
    # a quarter and a flat after it: "655 Ponce de Leon Ave NE, Apt 312"
    r"(?: [NS][EW]\b)?(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Flat)\.? ?#?\d{1,4}[A-Z]?\b)?)"
)
# a form's label for the street with its number: "Straat + huisnr:", "Straat/huisnr:", "Straat en
# huisnummer", "Straat + nr. + toevoeging:"
_NUMBER_LABEL = (
    r"(?: ?(?:\+|&|/|,) ?| en )(?:huisnummer|huisnr\.?|nummer|nr\.?)(?: ?\+ ?toevoeging)?"
)
# any street with a number after an address cue: "Adres: Rapenburg 12", "ik woon op Lange
# Voorhout 7", "woonachtig aan de Brink 3", "Delivery address: 4 Quarry Bank"
_ADDRESS_CUE = re.compile(
    r"\b(?i:(?:bezorg|aflever|factuur|woon|post|huis|thuis|correspondentie|vestigings)?adres(?:se?)?"
    r"|(?:billing|shipping|delivery|home|postal|street|correspondence) address"
    r"|address(?: line ?1)?"  # a form's field: "Address line 1: 5 Cúirt na Coille"
    # "Street" with a capital only as a label: "Baker Street Dry Gin 70 cl" is no cue
    r"|straat" + _NUMBER_LABEL + r"?"
    r"|(?-i:street|STREET|Street(?= ?:))"
    r"|(?:woon|woont|wonen|woonachtig|live|lives|living)(?: nu| now)? (?:op|aan|at)(?: de| het)?"
    # "afgegeven bij buren op Ebbehout 116", "de bewoner van Kroonenburg 54"
    r"|(?:buren|overburen|bewoners?) (?:op|aan|van)(?: de| het)?)"
    r"(?i:(?: on (?:file|record|the account)| is| was| as| nu| now| again| opnieuw)?"
    r"(?: (?:op|aan|at)(?: de| het)?)?)[ :]+" + _STREET_VALUE + _QUANTITY_AFTER
)
# or where one stays or lives, then the town: "Ik verblijf in Damrak 62, Amsterdam", "Klant woont
# in 7 Heol y Coed, Cardiff CF14 6HX" (not a lodging's unit, a zone or a month: "staying in
# Cabin 4, Lakeside Lodge", "I live in Zone 2, London", "We stay in July 2025, Amsterdam first";
# nor a common word, checked below)
_STAYS_IN = re.compile(
    r"\b(?i:verblijf|verblijft|verblijven|logeer|logeert|logeren|woon|woont|wonen|live|lives"
    r"|living|stay|stays|staying)(?: (?i:tijdelijk|nu|momenteel|now|currently|temporarily))? in "
    r"(?!(?i:room|kamer|zimmer|hotel|hostel|suite|unit|block|blok|gebouw|building|hal|hall"
    r"|terminal|tower|toren|zone|fase|phase|wing|vleugel|bungalow|chalet|cabin|tent|caravan"
    r"|lodge|villa|apartment|appartement|studio|plot|kavel|pitch|plek|standplaats|camping"
    r"|windows|jan\w*|feb\w*|maart|march|april|mei|may|june|juni|july|juli|aug\w*|sept\w*"
    r"|oct\w*|okt\w*|nov\w*|dec\w*)\b)"
    + _STREET_VALUE
    + _QUANTITY_AFTER
    + r"(?=,? (?:[A-Z][a-z]|[1-9]\d{3})| (?:te|in) [A-Z][a-z])"
)
# a Dutch postcode, then the street where something goes: "Stuur het naar 1012 JS Damrak 70"
_POSTCODE_THEN_STREET = re.compile(
    r"\b(?i:\w*stuur\w*|\w*stur\w*|\w*zend\w*|\w*bezorg\w*|\w*lever\w*|send|ship|deliver|post"
    r"|mail|forward)\b[^.!?\n]{0,30}?\b(?i:naar|to|op|at|aan)[ :]+(?i:postcode )?"
    r"[1-9]\d{3} ?[A-Z]{2},? "
    r"([A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|de|der|den|van|het|op|aan|'t|ter|ten)){0,4} "
    + _HOUSE
    + r")"
    # and nothing after the number but the sentence's end or a please (not "... Amsterdam 3
    # dozen")
    + r"(?=[ \t]*(?:[,.;!?)\n]|$|(?i:alstublieft|alsjeblieft|aub|a\.u\.b\.|please|graag|svp)\b))"
)
# a house known by its name, then the street, no number (Irish and rural British addresses):
# "Her address is The Lodge, Main Street, Bunclody"
_NAMED_HOUSE = re.compile(
    r"(?<!mail )(?<!IP )(?<!web )\b(?i:address|adres)(?: is| was)?:? +"
    r"((?:The )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?, "
    r"(?:[A-Z][\w'-]+ ){1,2}" + EN_STREET_TYPE + r")\b"
)
# the street that answers a question for the address on the next turn: "Op welk adres woont
# u?" / "Romano: Kraaiennest 112, bij de metro."
_ADDRESS_ANSWER = re.compile(
    r"(?<!mail)(?<!mail )(?<!IP )\b(?i:adres|address)\b[^\n?]{0,40}\?[ \t]*\n"
    r"(?:\[?\d{1,2}[:.]\d{2}\]? *)?[^\n:\d]{1,25}: *"
    r"((?:[A-Z][\w'.-]+ )(?:(?:"
    + _STREET_SMALL_WORD
    + r"|[A-Z][\w'.-]+) ){0,2}"
    + _HOUSE
    # the number first: "58 Heol Hir, Llanishen"
    + r"|[1-9]\d{0,3}[A-Za-z]?,? [A-Z][\w'.-]+"
    r"(?: (?:(?:y|yr|de|la|du|of|the) )?[A-Z][\w'.-]+){0,2})"
    r"(?=[ \t]*(?:[,.(]|\n|$))"
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
    (re.compile(STREET_SUFFIX + r"(?: (?:Noord|Zuid|Oost|West|\S\.\S\.) "
                r"|-(?:Noord|Zuid|Oost|West) | )(?:nr\.? ?)?[1-9]"),
     _NL_STREET),
    (re.compile(r"(?:Markt|Plein|Singel|Kade|Dam|Laan|Gracht|Vest|Brink) "), _NL_STREET_WORD),
    (re.compile(r"[ -](?:Straße|Strasse|Str\.|Allee|Weg|Platz|Ring|Damm|Ufer|Gasse|Steenweg|Lei) "),
     _DE_STREET),
    (re.compile(r"\b(?:Rue|Avenue|Boulevard|Chaussée|Place|Quai|Via|Viale|Piazza|Corso|Calle"
                r"|Avenida|Rua|Carrer|Avinguda|Passeig|Plaça|Paseo|Plaza|Camino|Carretera|Ronda"
                r"|Travessera|Travesía|Avda\.|Av\.|Pza\.|Pg\.|C/|Strada|Bulevardul|Calea|Aleea"
                r"|Șoseaua|Splaiul|Route|Chemin|Allée|Impasse|rue|chaussée|quai) "),
     _ROMANCE_STREET),
    (re.compile(r"\d,? [A-Z]\w+ " + _BUILDING + r", [A-Z]"), _BUILDING_STREET),
    (re.compile(r"\d[A-Za-z]?,? (?:[A-Z]|\d{1,3}(?:st|nd|rd|th)? ).{0,40}?\b" + EN_STREET_TYPE
                + r"\b"), _EN_STREET),
    (re.compile(r"\b(?:Am|An|Auf|Im|In|Zum|Zur|Unter) [A-ZÄÖÜ]"), _DE_ARTICLE_STREET),
    (re.compile(r"(?:" + _NORDIC_TYPE + r"| Allé )[1-9]"), _NORDIC_STREET),
    (
        re.compile(
            r"\b(?:ul\.|al\.|os\.|pl\.|ulica|aleja) [A-ZĄĆĘŁŃÓŚŹŻ]|\bat \w+(?:sk|zk|ck|ow|ieg)"
        ),
        _PL_STREET,
    ),
    (re.compile(r"\d(?: ?(?:bis|ter|[A-Da-d]))?,? " + _ROMANCE_TYPE), _ROMANCE_NUMBER_FIRST),
]  # fmt: skip
_POSTCODE_HINT = re.compile(
    r"\d[A-Za-z]?(?:-[A-Za-z]{1,6})?,?\s+(?:[A-Z]{1,2}-)?(?:[1-9]\d{3}|[1-9]\d\d \d\d"
    r"|0(?!800|900)\d{3})"  # also after a floor: "Weesperzijde 88-III, 1091 EK"
    # or a letter apart before a Dutch postcode: "Lange Delft 77 A, 4331 AN" (not "Bosch Serie 4
    # A, 1800 Watt")
    r"|\d [A-Za-z],?\s+[1-9]\d{3} ?[A-Z]{2}\b"
)
_NL_POSTCODE_HINT = re.compile(r"[1-9]\d{3} ?[A-Z]{2}\b")


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.'-])([A-Z][a-zà-ÿ]+) $")
# with a particle only right after an address cue ("adres is Amalia van Solmsstraat 21"; "met
# Kim van Lindelaan 88" is Kim from that street)
_CUED_NAME_BEFORE = re.compile(
    r"\b(?i:adres(?: is)?(?: ongewijzigd| nog steeds| nu| hetzelfde)?:?|address(?: is)?:?"
    r"|wo(?:on|ont|nen) (?:op|aan)(?: de)?"
    r"|straat" + _NUMBER_LABEL + r"?:) "  # "Straat + huisnummer: Vincent van Goghweg 71"
    r"([A-Z][a-zà-ÿ]+ (?:van|de|der|den|ter|ten|van der|van den|van de) )$"
)


def _named_after(text: str, start: int) -> int:
    """Where a street named after someone starts: at the given name before it ("Ferdinand
    Bolstraat 133-2"), else at ``start``."""
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1) in name_lists().first:
        return before.start(1)
    cued = _CUED_NAME_BEFORE.search(text, max(0, start - 40), start)
    return cued.start(1) if cued else start


# a paint, a wallpaper or a table named after a street, in quotes: 'de muurverf "Keizersgracht
# 214"', 'het behang "Rue de Rivoli 12"' (not a payment's reference: 'stating "Kanaalweg 5-B"')
_QUOTES = "\"“”'‘’"
_PRODUCT_BEFORE_QUOTE = re.compile(
    r"\b(?:\w*verf|paint|behang|wallpaper|kleur|colou?r|"
    + FURNITURE
    + r"|stof|fabric|dessin|design|print|collectie|collection|model)"
    r"(?: \w+)?[ \t]*$",
    re.IGNORECASE,
)


# or right after a piece of furniture without quotes, its article number after it: "een
# fauteuil Keizersgracht 2 (artikel 40.198.03)" (a delivery's "tafel Kerkstraat 14 Utrecht"
# is an address)
_FURNITURE_RIGHT_BEFORE = re.compile(r"\b" + FURNITURE + r" $", re.IGNORECASE)
_ARTICLE_AFTER = re.compile(r" ?\((?i:art|artikel|article|artnr|art\.-?nr|sku|item|model)\b")
# or its wood and its price on an order line: "1x Salontafel Keizersgracht 120 eiken – € 389"
# (not a delivery's cost: "Bezorgen tafel Kerkstraat 14 - € 35 extra")
_PRICE_AFTER = re.compile(
    r"(?i: (?:eiken|eikenhout|noten|notenhout|grenen|teak|walnoot|oak|walnut|pine|beuken))?"
    r" [–—-] € ?\d"
)
_ORDER_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,3} ?[x×] ?" + FURNITURE + r" $", re.IGNORECASE)
# where one lives, before a lower-case street, its postcode and town
_LIVES_WORDS = (
    "adres", "address", "anschrift", "live at", "live on", "living at", "woon op", "wonen op",
    "woon aan", "wonen aan",
)  # fmt: skip
# what is counted after a number, not a town: "2, 3000 meters", "1200 residents"
_COUNTED = frozenset(
    "meters metres meter km kilometer residents inwoners people mensen chars characters tekens"
    " euro eur dollar pounds".split()
)


def _product_name(text: str, start: int, end: int) -> bool:
    """A product named after a street, in quotes after its kind: 'eettafel "Herengracht 220"',
    or right after a piece of furniture with its article number."""
    if _ARTICLE_AFTER.match(text, end) and _FURNITURE_RIGHT_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return True
    if _PRICE_AFTER.match(text, end) and _ORDER_LINE_BEFORE.search(text, max(0, start - 30), start):
        return True
    if not (start and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES):
        return False
    return bool(_PRODUCT_BEFORE_QUOTE.search(text, max(0, start - 30), start - 1))


_SIZE = r" ?(?:cm|mm)\b"


def _sized_elsewhere(text: str, street: str) -> bool:
    """The same street and number with a size after it elsewhere in the text: a product's
    name each time ("de tafel Prinsengracht 240 cm ... de tafel Prinsengracht 240 en")."""
    return street[-1].isdigit() and re.search(re.escape(street) + _SIZE, text) is not None


# a flat's number and its block before a street with no number of its own: "Apt 12, Block C,
# Charlemont Square, Dublin 2"
_FLAT_FIRST = re.compile(
    r"\b(?:Apt\.?|Apartment|Flat|Unit|Suite) #?\d{1,4}[A-Z]?,? "
    r"(?:(?:Block|Blk\.?) [A-Z0-9]{1,2},? )?"
    r"(?:[A-Z][a-zà-ÿ'-]+ ){1,3}" + EN_STREET_TYPE + r"(?: " + EN_STREET_TYPE + r")?\b"
)


def take_addresses(scan: Scan) -> None:
    """Street addresses first, then postcodes with a house number, then postcodes alone."""
    if scan.mentions("apt", "apartment", "flat ", "unit ", "suite"):
        scan.take_all(_FLAT_FIRST, "ADDRESS")
    if scan.mentions("zending", "track", "sendung", "shipment", "parcel", "pakket", "barcode"):
        scan.take_all(TRACKING_CODE, None, 1)  # kept: a parcel's number in groups
    for hint, pattern in _HINTS:
        if hint.search(scan.masked):
            for match in list(pattern.finditer(scan.masked)):
                start = match.start()
                if pattern is _NL_STREET:
                    start = _named_after(scan.masked, start)
                product = _product_name(scan.masked, start, match.end()) or _sized_elsewhere(
                    scan.masked, match.group()
                )
                scan.take(start, match.end(), None if product else "ADDRESS")
    if scan.mentions(*_ADDRESS_WORDS):
        scan.take_all(_ADDRESS_CUE, "ADDRESS", 1)
    if " in " in scan.masked and scan.mentions("verblijf", "logeer", "woon", "live", "stay"):
        common = name_lists().common
        for match in list(_STAYS_IN.finditer(scan.masked)):
            words = [w for w in re.findall(r"[^\W\d_]+", match.group(1)) if len(w) > 2]
            if not any(w.lower() in common for w in words):
                scan.take(match.start(1), match.end(1), "ADDRESS")
    if scan.mentions(
        "address", "adres", "its", "it's", " at ", "woon op", "from", "moved", "moving"
    ):
        scan.take_all(_LOWER_STREET, "ADDRESS", 1)
    if scan.mentions(*_LIVES_WORDS):
        common = name_lists().common
        for match in list(_LOWER_BEFORE_POSTCODE.finditer(scan.masked)):
            group = "street" if match.group("street") else "strasse"
            town = match.group("town") or match.group("town2")
            if town is None or (
                town.lower() not in common and town.lower() not in _COUNTED
            ):  # not "..., 15000 km gereden", "i live at unit 5, 1200 residents"
                scan.take(match.start(group), match.end(group), "ADDRESS")
        if "?" in scan.masked:
            scan.take_all(_ADDRESS_ANSWER, "ADDRESS", 1)
        scan.take_all(_NAMED_HOUSE, "ADDRESS", 1)
    if _NL_LOWER_HINT.search(scan.masked):
        scan.take_all(_NL_LOWER_STREET, "ADDRESS", 1)
        if scan.mentions("adres"):
            scan.take_all(_NL_LOWER_STREET_ANY, "ADDRESS", 1)
    if UK_POSTCODE.search(scan.masked) or _EIRCODE.search(scan.masked):
        for match in list(_STREET_BEFORE_UK_POSTCODE.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), "ADDRESS")
    if _POSTCODE_HINT.search(scan.masked):
        for match in list(_STREET_BEFORE_POSTCODE.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), "ADDRESS")
    nl_postcode = bool(_NL_POSTCODE_HINT.search(scan.masked))
    if nl_postcode:
        scan.take_all(_POSTCODE_THEN_STREET, "ADDRESS", 1)
        for match in list(_POSTCODE_HOUSE.finditer(scan.masked)):
            scan.take(match.start(), match.end(), "ADDRESS")
    if scan.mentions("aan de ", "op de "):
        common = name_lists().common
        for match in list(_ARTICLE_STREET_IN_PLACE.finditer(scan.masked)):
            if match.group(1).split()[0].lower() not in common:  # not "op de Camping 5 in"
                scan.take(match.start(1), match.end(1), "ADDRESS")
    if scan.mentions(" bus "):
        scan.take_all(_STREET_BOX, "ADDRESS")
    _take_lower_repeats(scan)
    # a flat or floor after an address: only where one is written (this runs on every text)
    for index, found in enumerate(scan.found if _FLAT_HINT.search(scan.masked) else ()):
        flat = _FLAT_AFTER.match(scan.masked, found.end) if found.kind == "ADDRESS" else None
        if flat:
            scan.widen(index, flat.end(), "ADDRESS")
    for found in [f for f in scan.found if f.kind == "ADDRESS"]:
        lower = _NL_LOWER_POSTCODE_AFTER.match(scan.masked, found.end)
        if lower:
            scan.take(lower.start(1), lower.end(1), "POSTCODE")
    if nl_postcode:
        for index, found in enumerate(scan.found):
            after = _ROOM_THEN_POSTCODE.match(scan.masked, found.end)
            if found.kind == "ADDRESS" and after:
                scan.widen(index, after.end(1), "ADDRESS")
                scan.take(after.start(2), after.end(2), "POSTCODE")
    take_postcodes(scan, nl_postcode)


# a student room's number, then a Dutch postcode, right after the street: "Phoenixstraat 66 k3
# 2611 AM" (any letters: "AM" is a postcode's here)
_ROOM_THEN_POSTCODE = re.compile(r"( k\d{1,3})(?![\w-]),? ([1-9]\d{3} ?[A-Z]{2})(?![\w-])")
# a Dutch postcode in lower case right after the street: "Lijsterbesstraat 71, 6523 jm Nijmegen"
_NL_LOWER_POSTCODE_AFTER = re.compile(r",? ([1-9]\d{3} ?[a-z]{2})(?= [A-Z]|[,.?!]|$)")
# a Swedish flat's number after the street: "Karlbergsvägen 54 lgh 1103"; a Danish floor and
# side: "Østerbrogade 118, 3. tv", "Frederiksberg Allé 64, 2. th."
_FLAT_AFTER = re.compile(
    r",? (?:(?:lgh|lägenhet)\.? ?\d{3,4}(?![\w-])|(?:\d{1,2}\.|st\.) ?(?:th|tv|mf|sal)\b\.?)"
)


def _take_lower_repeats(scan: Scan) -> None:
    """The same street and number typed again in lower case: "It's Via Solferino 22, right?" /
    "yes via solferino 22 int 5" (the whole value, of two words at least)."""
    for found in [f for f in scan.found if f.kind == "ADDRESS"]:
        value = scan.text[found.start : found.end]
        lower = value.lower()
        if lower != value and " " in value.strip() and lower in scan.lower:
            pattern = re.compile(r"(?<![\w-])" + re.escape(lower) + r"(?![\w-])")
            scan.take_all(pattern, "ADDRESS")


# any one-word street with a Belgian box after its number: "op de Bruul 52 bus 4"
_STREET_BOX = re.compile(  # not a stop: "From Terminal 2 bus 41 goes to the centre"
    r"\b(?!(?:Terminal|Perron|Spoor|Gate|Halte|Lijn|Platform|Station|Hal|Zone|Pier)\b)"
    r"[A-Z][a-zà-ÿ]{2,} [1-9]\d{0,3}[a-z]? bus \d{1,3}[A-Za-z]?\b"
)
_FLAT_HINT = re.compile(r"lgh|lägenhet|\d\. ?(?:th|tv|mf|sal)\b|st\. ?(?:th|tv|mf)\b")
# a one-word street after "aan de" or "op de" and before "in" and its place: "het zomerhuis aan
# de Laone 14 in Renesse"
_ARTICLE_STREET_IN_PLACE = re.compile(
    r"\b(?:aan|op) de ([A-Z][a-z]{2,}(?<!straat) [1-9]\d{0,3}[a-z]?)(?= in [A-Z][a-z])"
)


# an Eircode after its county ("Ballincollig, Co. Cork P31 XK62"); a Belgian postcode before
# its town in running text or brackets ("in 3000 Leuven", "(1060 Sint-Gillis)"), not a year
_COUNTY_EIRCODE = re.compile(r"\bCo\. [A-Z][a-z]+,? (" + EIRCODE + r")(?![\w-])")
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


# an Irish address by its county, a house number first and no street word: "3 Cnoc na Gréine,
# Oranmore, Co. Galway"
_IRISH_ADDRESS = re.compile(
    r"(?<![\w.-])(\d{1,3}[A-Z]? [A-ZÀ-Þ][\w'’-]+(?: (?:na|an|de|[A-ZÀ-Þ][\w'’-]+)){0,4}),"
    r" [A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?, (?:Co\.|County) [A-Z][a-z]"
)
# a street whose type is written in lower case, after the flat or unit: "Apartment 3B, via
# Zamboni 22", "Apt 4, rue Lepic 12"
_STREET_AFTER_UNIT = re.compile(
    r"\b(?i:unit|flat|apartment|apt|appartement|appartamento|interno|suite) \w{1,4}, "
    r"((?:via|viale|piazza|corso|rue|calle|avenida|rua) (?:[A-ZÀ-Þ][\w'’-]+ ){1,3}\d{1,4}[a-z]?)"
    r"(?![\w/-]|[.,]\d)"
)


# a place's address, not an e-mail's, an IP's or a device's
_POSTAL_ADDRESS = re.compile(r"(?<!e-mail )(?<!email )(?<!\bip )(?<!mac )(?<!web )address", re.I)
_LOWER_EN_STREET = re.compile(
    r"(?<![\w-])(\d{1,4}[a-z]? (?:[a-z']+ ){1,3}(?:close|cl|road|rd|street|st|lane|ln|avenue|ave"
    r"|drive|dr|way|crescent|grove|place|gardens|court|terrace|walk|row|hill|mews|square|approach"
    r"|parade|view))"
    r",? (?:[a-z]+(?: [a-z]+)?,? )?(" + UK_POSTCODE_LOWER_NOT_ORDINAL.pattern + r")"
)


# in a text about Eircodes, one given among other answers: "3rd Nov 1988 and D08 K2P7"
_EIRCODE_SPACED = re.compile(
    r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}(?![\w-])"
)


def take_more_places(scan: Scan) -> None:
    """Postcodes known by the town or county beside them, and units on estates; before the
    code rules, so "in 3000 Leuven" after "activatiecode" is a postcode."""
    if "Co. " in scan.masked or "County " in scan.masked:
        scan.take_all(_COUNTY_EIRCODE, "POSTCODE", 1)
        scan.take_all(_IRISH_ADDRESS, "ADDRESS", 1)
    if scan.mentions("eircode"):
        scan.take_all(_EIRCODE_SPACED, "POSTCODE")
    if scan.mentions(" in ", " te ", " à ", "(", " uit ", " from "):
        scan.take_all(_BE_POSTCODE_IN_TEXT, "POSTCODE", 1)
    if scan.mentions("unit ", "flat ", "apartment ", "apt ", "suite "):
        scan.take_all(_UNIT_ADDRESS, "ADDRESS")
        scan.take_all(_STREET_AFTER_UNIT, "ADDRESS", 1)
    if scan.mentions("postcode", "post code", "postal code"):
        scan.take_all(UK_POSTCODE_LOWER, "POSTCODE")  # "the postcode?" / "m14 5rb"
    if scan.mentions("address") and _POSTAL_ADDRESS.search(scan.masked):
        # the street typed in lower case before its town and postcode: "Can you confirm the
        # delivery address?" / "5 willow close, birmingham b23 6rt"; or the postcode alone,
        # not an ordinal ("address changed to leeds ls6 2qr", not "galaxy s21 2nd hand")
        for match in list(_LOWER_EN_STREET.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), "ADDRESS")
            scan.take(match.start(2), match.end(2), "POSTCODE")
        scan.take_all(UK_POSTCODE_LOWER_NOT_ORDINAL, "POSTCODE")
