"""Street addresses in forms the main street rules (``places``) do not cover: a street as the
quoted value of a JSON or log field ('"line1":"Meir 88"', "street='Kerkstraat 4'") and
Hungarian streets, whose type follows the name in lower case ("Váci út 35", "Kossuth Lajos
utca 12", "Deák Ferenc tér 3")."""

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


def take_street_forms(scan: Scan) -> None:
    if ":" in scan.masked or "=" in scan.masked:
        scan.take_all(_ADDRESS_FIELD, "ADDRESS", 2)
    if _HU_HINT.search(scan.masked):
        scan.take_all(_HU_STREET, "ADDRESS")
