"""Values that look like a secret but are none, shared by the password rules and the learned
step: a share, a web address, a dotted abbreviation, a version, an amount or a time, and what a
number word names."""

from __future__ import annotations

import re

# a year of the last two centuries, the shape a value is checked against (``fullmatch``) when a
# four-digit value may be one: a card's expiry, a model year, "zit in 2023"
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# the months' names in English and Dutch, in lower case: no town and no given name after a cue
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " januari februari maart mei juni juli augustus oktober".split()
)

# a share or a web address is no secret: "I'm 100% sure", "(checkin-vlucht24.com)"
# one validation rule of a web form's framework: "required", "min:8", "max:255"
_RULE = (
    r"(?:required|nullable|sometimes|present|filled|string|email|confirmed|numeric|integer|int"
    r"|boolean|bool|array|file|image|url|uuid|date|alpha|alpha_num|alpha_dash|lowercase"
    r"|uppercase|mixedcase|letters|numbers|symbols|uncompromised|trim|bail"
    r"|(?:min|max|size|between|digits|digits_between|regex|unique|exists|in|not_in|same"
    r"|different|password|current_password|mimes)(?::[\w,.@^$*+?\\-]+)?)"
)
# what a log or a form writes where no value was given: "pw_attempt=null", "password=none"
NO_VALUE = frozenset(
    "null none nil empty true false yes no n/a na undefined redacted masked hidden".split()
)
# what a log writes about a password, not the password: "password=expired", "password=ok"
STATUS_WORDS = frozenset(
    "ok valid invalid accepted rejected changed expired required strong weak correct incorrect"
    " wrong reset set updated missing blank mismatch match matched failed success pending"
    " reset_required unchanged verified unverified locked unlocked"
    # and in Dutch: "wachtwoord=gewijzigd"
    " gewijzigd verlopen ongeldig geldig geweigerd geaccepteerd aangepast onbekend leeg"
    " vereist geblokkeerd"
    # what a text says of it: "the password is printed on the sticker"
    " printed shown written attached included enclosed provided displayed stored listed".split()
)
NOT_A_VALUE = re.compile(
    r"\d+(?:[.,]\d+)?%|[\w-]+(?:\.[\w-]+)*\.(?:com|nl|be|de|fr|org|net|eu|io|uk|info|shop)"
    r"(?:/[\w/.-]*)?"  # a link's path too: "parcelpal.co.uk/t/PP88213X"
    r"|\d{1,2}(?:[.,]\d)?/10"  # a score: "8,5/10"
    r"|[A-Za-z]{1,5}(?:\.[A-Za-z]{1,8})+\.?|`.*"  # "geb.datum", "i.p.v", "`fail2ban-client"
    # a protocol or standard's name
    r"|ipv[46]|wpa[23]|[23]fa|mfa|wi-?fi[56]e?|usb-?c|4g|5g|h\.?26[45]|https?/[1-3](?:\.\d)?"
    r"|[vV]?\d{1,2}(?:\.\d{1,3}){1,3}"  # a version: "Firmware shows 2.0.14" (not a date)
    # an amount or a time (span): "€2.300 gone", "ingepland do 08:00–12:00"
    r"|[€$£]\s?\d[\d.,]*|\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[–-]\s?\d{1,2}:\d{2})?\]?"  # "[09:14]"
    r"|\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"  # a log's time
    # a web path or a log's request id: "POST /api/password/forgot", "req_id=7f2a-91bc"
    r"|/[\w/.-]+|[a-z]+_?id=[\w-]+"
    # a browser's user agent in a log: 'ua="Mozilla/5.0' (no one's password)
    r"|(?:ua|user_?agent)=[\"']?[A-Za-z]+/[\d.]+|[\"']?(?:Mozilla|AppleWebKit)/\d{1,3}\.\d{1,3}"
    # a number shown masked, no one's value: "Van: 06-XXXX"
    r"|\+?[\d -]*(?:X{3,}|x{3,})[\dXx -]*"
    # a setting's number, also in an .env line and with its unit: "ttl=300s", "DB_PORT=5432"
    r"|(?:\w+_)?(?:ttl|timeout|port|retries|attempts|interval|expires_?in|max_?age)=\d+"
    r"(?:ms|s|m|h|sec|min)?"
    r"|\w+-(?:code|codes|nummer|number)"  # a kind of code or number: "2FA-code", "06-nummer"
    # a form's validation rules: "'password' => 'required|string|min:8|confirmed'" (not a
    # password of words joined by bars: "correct|horse|battery")
    r"|" + _RULE + r"(?:\|" + _RULE + r")+"
    r"|24/7|7/24"  # around the clock: "call us now on ... (24/7)"
    r"|przelewy24"  # a payment method's name
    r"|\d{1,3}(?:h|hrs?|min|mins|sec|u|uur)",  # a duration: "backup code (valid 24h)"
    re.IGNORECASE,
)
# a setting's number in a config or a log, not a secret: "port: 587", "timeout = 30"
SETTING_BEFORE = re.compile(
    # also at the end of a longer setting's name: "DB_PORT=5432"
    r"(?:\b|(?<=_))(?:port|ttl|timeout|retries|max_retries|attempts|pool_size|workers|threads|interval"
    r"|expires_in|max_age)[\"']?[ \t]*[:=][ \t]*$",
    re.IGNORECASE,
)
# right after these a value is an identifier, not a secret: "my member number is 55102", "zijn
# studentnummer is 2219043"
NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:\w*(?:nummer|number)|nr|no|id)\.?\s?(?:is\s|was\s)?[:#]?\s?$", re.IGNORECASE
)
# a contract's, an order's or an invoice's number, no one's secret or ID: "Tagesgeld account
# (contract 7740-118-02)"
CONTRACT_BEFORE = re.compile(
    # (not what it is for: "NIF if you need it for the invoice: 245 318 909")
    r"(?<!for the )(?<!for your )(?<!for my )(?<!on the )(?<!voor de )(?<!op de )"
    r"\b(?:contract|vertrag|order|bestelling|invoice|factuur|policy|polis)"
    r"(?: ?(?:no|nr|number|nummer)\.?)?:?\s$",
    re.IGNORECASE,
)
# the start of a table's row: its first cell holds a room's or a line's number ("| 205  | Anna")
TABLE_ROW_START = re.compile(r"(?:^|\n)[ \t]*\|[ \t]*$")
# a user's name, not a secret: "Someone has my password. My account name is dragonslayer_77"
USER_NAME_BEFORE = re.compile(
    r"\b(?:user ?name|account ?name|login name|screen ?name|gebruikersnaam|accountnaam|handle"
    r"|gamertag|nickname)\W{0,3}(?:is|was|:)?\s*['\"‘“]?$",
    re.IGNORECASE,
)
# a product's model, maybe after its brand: "Terminal model Ingenico Move/5000" (not "type",
# which also asks for a password)
MODEL_BEFORE = re.compile(
    r"\b(?:model|modelnummer|typenummer)\s+(?:[A-Z][\w-]*\s+)?$"
    # a code that names a product: "item code 448-221", "artikelcode 55012"
    r"|\b(?:item|product|article|artikel|sku)[ -]?code\W{0,3}$"
    # a German car's maker and type keys: "VW Polo, HSN/TSN 0603/BQK"
    r"|\b(?:hsn ?/ ?tsn|hsn|tsn)\W{0,3}$"
    # or a device maker and its product line: "Dell XPS 13 9340", "Samsung Galaxy S23 8 256"
    r"|\b(?-i:Dell|HP|Lenovo|Asus|ASUS|Acer|Apple|Samsung|Sony|LG|Philips|Bosch|Siemens|Miele"
    r"|Dyson|Canon|Nikon|Microsoft|Google|Xiaomi|Huawei|Garmin|Logitech|Nintendo|Brother|Epson)"
    r"(?:\s+[A-Za-z][\w+-]*){1,2}\s+$"
    r"|\b(?:fritz!?box|speedport|livebox|bbox|experia ?box|h369a)\s+$"  # "FritzBox 7590 AX"
    # a car's make before its four-digit model on the same line: "Peugeot 3008 GT Line"
    r"|\b(?-i:Peugeot)[ \t]+$"
    r"|\b(?:fritz!?\w+|repeater|extender|powerline)\s+$",  # "FRITZ!Repeater 1200 AX"
    re.IGNORECASE,
)
# a mark out of ten or five: "Score 8/10", "cijfer 7/10", "rated it 4/5"
SCORE_BEFORE = re.compile(
    r"\b(?:score|scored|rating|rated(?: it)?|cijfer|beoordeling|beoordeeld(?: met)?|grade)\W{0,3}$",
    re.IGNORECASE,
)
# a day and month with the hour after it is when something happened, no card's expiry: "betaald
# met mijn kaart ... op 12/07 om 14:31"
HOUR_AFTER = re.compile(r",? (?:om|at|um|à|a las|alle|kl\.?|klo) \d{1,2}[:.h]\d\d\b")
# the currencies customers write before or after an amount ("EUR 1.250,00", "80 zł"), one list
# for every rule that tells an amount from a code; "kr" only after one ("199 kr"), since before
# a value it is a Kraków plate's letters ("KR 7H204")
CURRENCY_CODES = r"(?:eur|euros?|usd|gbp|chf|pln|zł|nok|sek|dkk|czk|huf|aud|cad|nzd|jpy)"
CURRENCY_AFTER = r"(?:" + CURRENCY_CODES + r"|kr)"
# an amount right after a day and month is a statement's line: " 03/08 $1,249.00 BESTBUY"
AMOUNT_AFTER = re.compile(
    r"[ \t]+(?:[$€£][ \t]?\d|(?i:" + CURRENCY_CODES + r")[ \t]?\d|-?\d+[.,]\d\d\b)"
)
# after these a date is a deadline: "Balance due 21/07", "betalen vóór 12-05"
# ("next DD 01/07": a direct debit)
DUE_BEFORE = re.compile(
    # or a stay's dates: "Aankomst 02-05, 3 nachten"
    r"\b(?:due|by|before|dep|vóór|voor|uiterlijk|betalen|dd|direct debit|incasso|aankomst"
    r"|arrival|arriving|vertrek|departure|check-?in|check-?out)\s?$",
    re.IGNORECASE,
)
# a card payment approved, and its approval code after it (the bank's, no one's secret)
PAYMENT_APPROVED = re.compile(
    r"\b(?:(?:payment|betaling|transaction|transactie|zahlung)[ \t]+(?:was[ \t]+|is[ \t]+)?"
    r"(?:authori[sz]ed|approved|goedgekeurd|geautoriseerd|akzeptiert)"
    # a receipt's: "Paid by card ending 0042, auth code 663910"
    r"|(?:paid|betaald|bezahlt)[ \t]+(?:by|with|met|per|mit)[ \t]+(?:(?:debit|credit)[ \t]+)?"
    r"(?:card|kaart|pin|karte|visa|mastercard|maestro|amex|v pay)"
    r"(?:[ \t]+(?:ending(?:[ \t]+in)?|eindigend[ \t]+op)[ \t]+\d{4})?)[,;:.]?[ \t]+(?:-[ \t]+)?"
    # (its own word before "code": "Transactie geautoriseerd, code 551203" is sent to the buyer)
    r"(?:auth(?:ori[sz]ation)?|approval|autorisatie|genehmigungs)[ -]?(?:code\W{0,3})?$",
    re.IGNORECASE,
)
# an error's code in brackets: "says "session expired (code 1102)"", "mislukt (foutcode 3)"
ERROR_CODE_IN_BRACKETS = re.compile(
    r"\b(?:error|errors|fout\w*|storing|expired|verlopen|failed|mislukt|invalid|ongeldig"
    r"|crash\w*|declined|geweigerd"
    # or a log's error name: "ERR_FS_LOCK (code 1207)", "SYNC_FAILED (code 88)"
    r"|(?-i:ERR(?:OR)?_[A-Z0-9_]+|[A-Z][A-Z0-9_]*_(?:ERROR|ERR|FAILED|FAILURE|TIMEOUT)))"
    r"\b[^\n()]{0,25}\(\s?(?:error |fout)?code:?\s?$",
    re.IGNORECASE,
)
# a meter's, a connection's or a product's number: "My MPRN is 10 006 482 917", "EAN-code
# 541448820061234567", "barcode 3110201130592"
# a phone's IMEI or a device's serial a few words on (read up to 64 characters back): "IMEI van
# het toestel voor de aangifte: 354812116733902" (an IMEI passes the card check)
DEVICE_ID_BEFORE = re.compile(
    r"\b(?:IMEI|ICCID|serial number|serienummer)\b[^\n\d]{0,50}$"
    # also a SIM's number, right after its cue: "de nieuwe simkaart nr 8931 4400 1234 5678 901"
    r"|\bsim(?:kaart|card| card)? ?(?:nr|nummer|number|no)\b\.?:? ?(?:is |was )?$",
    re.IGNORECASE,
)
METER_OR_CODE_BEFORE = re.compile(
    # also for a connection's kind: "EAN gas: 5414...", "EAN elektriciteit 8716..."
    r"\b(?:mprn|mpan|ean(?:-?code|-?nummer)?(?: (?:gas|electricity|elektriciteit|stroom|power))?"
    # or of which home: "EAN-code nieuw adres: 5414..."
    r"(?: (?:nieuwe?|oude?|new|old|huidige|current) (?:adres|address|woning|aansluiting))?"
    r"|meter ?(?:number|nummer|id)|meternummer|aansluit\w*|pdr|pod"  # Italian gas, power points
    r"|iccid|imei|barcode|isbn|gtin|upc|model|modelnummer|typenummer"  # "Model 7590 AX"
    # a car's report code, a workstation's or an asset's tag: "Meldcode RDW: 4812"
    r"|meldcode(?: rdw)?|werkplek|asset(?: tag)?|hostname|serienummer|serial(?: number)?"
    # an error's code: "ik krijg steeds foutcode 1204" (after a sign-in's talk too)
    r"|foutcode|error ?code|storingscode|fault code|fehlercode"
    # an animal's chip: "chip 528140000316742", "chipnummer: 981..."
    r"|(?:micro)?chip(?:nummer|nr|number| no| id)?|transponder|ov-?chipkaart(?:nummer)?"
    # a batch's code, maybe after its first part: "batchcode L4187 0921 B"
    r"|(?:batch|lot|partij)(?:code|nummer|nr|number| no| code)?(?:\W{1,3}[A-Z]\d{3,6})?)"
    r"\W{0,3}(?:(?:on the bill |op de (?:factuur|rekening) )?is\W{1,2})?$",  # "MPRN on the bill is"
    re.IGNORECASE,
)

# a template's blank where a secret goes, not the secret: "${DB_PASSWORD}", "{{ api_key }}",
# "<your password>", "your-secret-key-here", "postgres://USER:PASSWORD@", "********"
TEMPLATE_VALUE = re.compile(
    r"\$\{[^{}\n]*\}|\$[A-Z][A-Z0-9_]*|\{\{[^{}\n]*\}\}|<[A-Za-z _-]*>?|%[A-Z][A-Z0-9_]*%"
    r"|(?i:your|je|jouw|uw)[-_][\w-]*|[*•xX]{4,}"
    r"|(?:USER(?:NAME)?|PASS(?:WORD|WD)?|SECRET|TOKEN|API_?KEY|REDACTED)"
)


# a parcel's number in groups, its country's letters last, not a street and a postcode:
# "Zendingnummer JVGL0612 3398 7711 NL", "tracking number 3S KLM 4471 2290 DE"
TRACKING_CODE = re.compile(
    r"\b(?i:zending|tracking|track ?& ?trace|sendungs|shipment|parcel|pakket|barcode)\w*"
    r"(?i: ?(?:nummer|number|nr|no|code|id))?\.?:? ?"
    r"((?=[A-Z0-9 ]*\d)[A-Z0-9]{2,}(?: [A-Z0-9]{2,}){1,6})(?![\w-])"
)


# a firm's VAT or enterprise number, no one's phone, plate or ID: "btw BE 0712.448.915",
# "ondernemingsnummer 0712 448 915", "VAT reg. IE 6388047V"
TAX_NUMBER_BEFORE = re.compile(
    r"\b(?:btw|vat|tva|ust|mwst|iva|ondernemings|kbo|enterprise)\w*\.?"
    r"(?:[ -]?(?:reg|nr|no|nummer|number|id)\.?){0,2}\W{0,3}(?:[A-Z]{2} ?)?$",  # "USt-IdNr.:"
    re.IGNORECASE,
)
# a room's, a seat's or a platform's number ("opgeslagen voor kamer 412", "seat 14C"): no gold
# secret in the corpus stands there
PLACE_NUMBER_BEFORE = re.compile(
    r"\b(?:kamer|room|rm|table|tafel|seat|stoel|zitplaats|platform|perron|spoor|gate|cabin|hut"
    r"|ward|bed|bay|pitch|locker|emplacement"
    r"|\w*plek|(?:kampeer|sta|staan|parkeer|camper|tent)plaats"  # "kampeerplek 112"
    r"|parkeervak|vak|stellplatz|parking (?:space|spot|bay))"  # "parkeervak P1-044"
    r"\s?(?:nr\.?|no\.?|number|nummer)?\s?$",
    re.IGNORECASE,
)
# furniture and furnishings, often sold under a person's or a street's name in quotes ('"Victor"
# side table', 'de bank "Prinsengracht"'): names and addresses after one stay
FURNITURE = (
    r"(?:table|rug|lamp|sofa|couch|chair|armchair|stool|bed|cabinet|desk|shelf|bookcase|mirror"
    r"|cushion|vase|wardrobe|dresser|sideboard|tafel|kast|stoel|fauteuil|bank|vloerkleed|kleed"
    r"|tapijt|carpet|kussen|spiegel|ledikant|easel|ezel|dressoir|commode|hocker|poef|pouf|kruk"
    r"|ottoman|footstool|rack|rek|wandrek|boekenrek|schoenenrek|matras|mattress|matratze|dekbed"
    r"|\w+(?:lamp|tafel|kast|stoel))"
)
# a product's shelf life, not a card's expiry: "printed on the packaging (lot K2210B, exp.
# 09/2026)"; a text with a card word keeps its expiry
GOODS_DATE = re.compile(
    r"\b(?:batch|lot|packaging|verpakking|houdbaar\w*|best before|tht|shelf life)\b", re.I
)
CARD_WORD = re.compile(r"\b(?:card|kaart|visa|mastercard|amex|cvv|cvc|creditcard)\b", re.I)

# a photo's or a document's file name, no secret: "IMG_4472.jpg"
FILE_NAME = re.compile(r"[\w-]+\.(?:jpe?g|png|heic|gif|pdf|docx?|xlsx?|csv|txt|zip|mp4|mov)", re.I)


_ENDING = r"\b(?:ending|ends|eindigt|eindigend)(?: in| with| on| op| met)?:? ?$"
# a card's last digits ("card ending 2760", "eindigend op 4412", "de pas met eindcijfers 8821")
# are not a secret of their own (a PIN's or a password's last digits are: "Pincode laatste
# cijfers 8812")
CARD_TAIL_BEFORE = re.compile(
    _ENDING + r"|\b(?:pas|kaart|card|creditcard|bankpas)\b[^\n\d]{0,12}\b(?:eindcijfers?"
    r"|laatste (?:4 |vier )?cijfers|last (?:4 |four )?digits)\W{0,3}$",
    re.IGNORECASE,
)
# the last digits of another card, a SIM or an account, named before "ending": not a CVV after
# the card ("..., not the one ending 4477"), nor a password ("the SIM ending in 4471") (a
# password's own end stays one: "my password ends with 2024")
OTHER_NUMBER_TAIL = re.compile(
    r"\b(?:card|kaart|pas|one|visa|mastercard|amex|debit|credit|sim|phone|telefoon|mobile"
    r"|mobiel|number|nummer|account|rekening)\s+" + _ENDING,
    re.IGNORECASE,
)
