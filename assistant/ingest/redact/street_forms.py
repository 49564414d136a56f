"""Street addresses in forms the main street rules (``places``) do not cover: a street as the
quoted value of a JSON or log field ('"line1":"Meir 88"', "street='Kerkstraat 4'") and
Hungarian streets, whose type follows the name in lower case ("Váci út 35", "Kossuth Lajos
utca 12", "Deák Ferenc tér 3"), Turkish ones with the door after "No:" ("Kıbrıs Şehitleri Cad.
No:112 D:5") and Finnish ones ("Hatanpään valtatie 26 A 7"), and a street named after its
postcode and town in an address's field ("Address: 2514 EA The Hague, Lange Voorhout 18")."""

from __future__ import annotations

import re

from assistant.ingest.redact.scan import Scan

# the field's key alone, not the end of another one: "email_address", "ip_address" stay
_ADDRESS_FIELD = re.compile(
    r"(?<![\w-])[\"']?(?i:(?:address_?)?line_?1|address_?1|street(?:_?address)?|straat"
    r"|straatnaam|adres|address|addr)[\"']?[ \t]*[:=][ \t]*([\"'])"
    r"((?=[^\"'\n]*[^\W\d_]{3})"
    r"(?:[^\W\d_][^\"'\n@]{1,50}? [1-9]\d{0,4}(?:[ -]?[A-Za-z]\b|/\d{1,4})?"
    r"|[1-9]\d{0,4}[A-Za-z]?,? [^\W\d_][^\"'\n@]{2,50}?))\1"
)
_HU_TYPE = r"(?:út|utca|u\.|tér|körút|krt\.|sétány|köz|fasor|rakpart|útja)"
_HU_STREET = re.compile(
    r"\b(?:[A-ZÁÉÍÓÖŐÚÜŰ][\w'.-]+ ){1,3}" + _HU_TYPE + r" [1-9]\d{0,3}(?:/[A-Za-z]|\.)?"
    r"(?![\w%]|[.,:/]\d)"
)
_HU_HINT = re.compile(r" " + _HU_TYPE + r" [1-9]")
# the street's type abbreviated or in full, then the building's number and maybe the flat's
_TR_TYPE = r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|Mah\.|Mahallesi)"
_TR_STREET = re.compile(
    r"\b(?:[A-ZÇĞİÖŞÜ][\wçğıöşü'.-]* ){1,3}" + _TR_TYPE + r",? ?No ?[:.]? ?[1-9]\d{0,3}[A-Z]?"
    r"(?:/\d{1,3})?"
    r"(?:(?: ?/ ?| |, ?)(?:D|Daire|Kat|K) ?[:.]? ?\d{1,3})*(?![\w])"
)
_TR_HINT = re.compile(_TR_TYPE + r",? ?No ?[:.]? ?[1-9]")
# a Finnish street, its type ending the name in lower case, then a stair's letter and a flat
_FI_STREET = re.compile(
    r"\b(?:[A-ZÄÖÅ][\wäöå'-]+ [a-zäöå][\wäöå'-]*|[A-ZÄÖÅ][\wäöå'-]*)(?:katu|kuja|polku|väylä"
    r"|raitti|rinne|kaari|tori|aukio"
    # "tie" ends many Dutch words ("Gespreksnotitie 14"): only before a stair or a postcode
    r"|tie(?= [1-9]\d{0,3}(?: [A-H]\b|,? \d{5}\b)))\b [1-9]\d{0,3}(?: [A-H](?: [1-9]\d{0,2})?)?"
    r"(?![\w%]|[.,:/]\d)"
)
_FI_HINT = re.compile(r"(?:katu|tie|kuja|polku|väylä|raitti|rinne|kaari|tori|aukio) [1-9]")


# the postcode and town first, then the street, any street, after the field's label
_STREET_AFTER_TOWN = re.compile(
    r"\b(?i:(?:home |postal |billing |delivery |shipping )?address|(?:woon|post|bezorg)?adres"
    r"|adresse|anschrift)[ \t]*:[ \t]*"
    r"(?:\ue000++|[1-9]\d{3} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|(?:[A-Z]-)?\d{4,5})"
    r"(?: [A-ZÀ-Ý][\w'-]+){1,3}, "
    r"((?:[A-ZÀ-Ý][\w'.-]+ )(?:(?:[A-ZÀ-Ý][\w'.-]+|van|de|der|den|het|la|le|du|des) ){0,3}"
    r"[1-9]\d{0,3}(?:[ -]?[A-Za-z]\b|-\d{1,3})?)(?![\w%]|[.,:/]\d)"
)

# a street whose name holds a preposition, alone in an address's field: "New address: Graan voor
# Visch 15402 | Postcode: ..." (the field ends after the number)
_JOINED_STREET = re.compile(
    r"\b(?i:(?:new |old |nieuw |oud |home |postal |billing |delivery |shipping )?address"
    r"|(?:woon|post|bezorg|nieuw|oud)?adres)[ \t]*:[ \t]*"
    # (not a pick-up point: "Bezorgadres: Pakketpunt bij Jumbo 4512")
    r"(?!(?i:pakketpunt|afhaalpunt|servicepunt|locker|pick-?up|parcel|zie|see)\b)"
    r"([A-Z][\w'-]+ (?:voor|achter|aan|op|ten|ter) (?:de |het |den )?"
    r"[A-Z][\w'-]+ [1-9]\d{0,4}[A-Za-z]?)(?=[ \t]*(?:[|,;\n]|$))"
)


def take_street_forms(scan: Scan) -> None:
    if ":" in scan.masked or "=" in scan.masked:
        scan.take_all(_ADDRESS_FIELD, "ADDRESS", 2)
        if scan.mentions("adres", "address", "anschrift"):
            scan.take_all(_STREET_AFTER_TOWN, "ADDRESS", 1)
            scan.take_all(_JOINED_STREET, "ADDRESS", 1)
    if _HU_HINT.search(scan.masked):
        scan.take_all(_HU_STREET, "ADDRESS")
    if _TR_HINT.search(scan.masked):
        scan.take_all(_TR_STREET, "ADDRESS")
    if _FI_HINT.search(scan.masked):
        scan.take_all(_FI_STREET, "ADDRESS")
