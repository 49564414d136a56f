"""Data that a word next to it (or its own shape) gives away: API tokens and secrets, and IP
addresses. Card expiry dates and security codes are in ``card_extras``, dates of birth in
``births``, passwords and one-time codes in ``codes``, licence plates in ``plates``."""

from __future__ import annotations

import ipaddress
import re

from assistant.ingest.redact.links import NO_ONES_ADDRESS, looks_random, short_key
from assistant.ingest.redact.scan import Scan

# --------------------------------------------------------------------------- tokens

# a payment object's id opens nothing: "id=ch_3PNx7Q2eZvKYlo2C0h8aT4jw", "pi_...", "cus_..."
_OBJECT_PREFIX = r"(?:ch|pi|cus|in|evt|txn|re|po|prod|price|sub|acct|seti|src|py|ii|il|inv)_"
_OBJECT_ID = re.compile(_OBJECT_PREFIX + r"[A-Za-z0-9]{8,}")
_TOKEN_SHAPES = re.compile(
    r"(?<![\w-])(?:"
    r"sk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{16,}"
    r"|[a-z]{2,8}_(?:live|test|prod)_[A-Za-z0-9]{12,}"
    # other prefixed keys: "pk_ro_9Xa3TqLmV72bRn0c", "sb_whk_4e91c0f7ad23"
    r"|[a-z]{2,5}_[a-z]{2,5}_(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{12,}"
    # one prefix, then upper and lower case and digits: "dswh_Ke72pLm9Xq4Rt1Nz" (not an object's
    # id)
    r"|(?!" + _OBJECT_PREFIX + r")"
    # (a digit second in the prefix too: "c2key_Wm9pT3xQ8vR2nLz6")
    r"(?:[a-z]{2,5}|[a-z]\d[a-z]{2,4})_(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{16,}"
    r"|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
    r"|xox[abprs]-[A-Za-z0-9-]{10,}|whsec_[A-Za-z0-9]{16,}"
    # a card's stored token: "tok_visa_8Jk2Lm5Qx9"
    r"|tok_[a-z]{2,10}_(?=[A-Za-z]*\d)(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{8,}"
    r"|SG\.(?=[\w-]*\d)[A-Za-z0-9_-]{10,}\.(?=[\w-]*\d)[A-Za-z0-9_-]{16,}"  # a SendGrid key
    r"|AKIA[0-9A-Z]{16}"
    # Google's refresh and access tokens: "1//0gT7vKx3mLq9...", "ya29.a0AfH6..."
    r"|1//0[A-Za-z0-9_-]{20,}|ya29\.[A-Za-z0-9_-]{20,}"
    # Microsoft's refresh token: "0.AXkA7mQp9Lz2Rw4Tn8Vb1Cy5", maybe in dotted parts (three
    # digits, lower and upper case letters at least: not "0.Alpha-release-candidate-build-3")
    r"|(?<![\w.])0\.A(?=(?:[^\d\s]*\d){3})(?=(?:[^a-z\s]*[a-z]){3})(?=(?:[^A-Z\s]*[A-Z]){3})"
    r"[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]{4,})*"
    r"|[A-Za-z0-9_.-]{2,3}\dQ~[A-Za-z0-9_.~-]{24,40}"  # an Azure client secret: "Qx58Q~hT3n..."
    r"|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
    # a map's key, maybe behind a vendor's prefix: "pk.eyJ1Ijo...", "mg_pk.eyJ1Ijoi..."
    r"|(?:[a-z]{2,4}_)?(?:pk|sk|tk)\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"
    # a phone's push token, its instance and Firebase's "APA91" part: "fcm:dX3kP9qLm2A:APA91b..."
    r"|(?:fcm:)?[A-Za-z0-9_-]{8,}:APA91[A-Za-z0-9_-]{10,}"
    # a password manager's secret key in seven groups: "A3-7KQ2MX-9RTW4P-LZ83N-5VJ6H-2CDQ8-YF4TB"
    r"|A3-(?=(?:[-0-9]*[A-Z]){5})(?=(?:[-A-Z]*[0-9]){5})[A-Z0-9]{6}-[A-Z0-9]{6}(?:-[A-Z0-9]{5}){4}"
    r")(?![\w-])"
)
_TOKEN_CUE = re.compile(  # "[TOKEN]", a placeholder of an earlier run, is no cue
    # also ending a field's name: "access_token=at.Hx82...", "refresh_token=rt.7Gd3..."
    # or a compound's last part: "Koppeltoken voor de app: HBX-7F2K-9QWL-4M8R"
    r"(?<!\[)(?:(?<=_)(?:token|secret)|\b(?:\w*token|api[ _-]?key|api[ -]?sleutel|apikey|secret"
    # (a compound of "sleutel" too: "Herstelsleutel: ..."; a token's activation code)
    r"|\w*sleutel|key|bearer|access key|csrf|xsrf|activation code|activ\w*code"
    # a session's id in a link or a cookie: "?session=7c1e9a44b0d2...", "PHPSESSID=k2v9..."
    r"|session(?:_?id)?|sessie[- ]?id|sessid|sid|phpsessid|jsessionid"  # "sessie-ID DGD-7f31..."
    r"|\w+sessid"  # a cookie's: "TS24SESSID="
    r"|fingerprint))\b"  # a device's: "Device fingerprint fp_3c9e71ab52d04f88"
    # "key from the mail (ENR-...", "het client secret gestuurd: Zq8~..." (Azure's hold a "~")
    # (maybe an aside in brackets first: "Refresh token (last 24 chars): 1//09xKq...")
    r"[^\w\n]{0,4}(?:\([^)\n]{1,50}\)[^\w\n]{0,3})?"
    # (no words between when a value stands right there: "token: vpn_tk_HkL92mQxR7 (old one was
    # vpn_tk_Zr4...)" is the first)
    r"(?:(?:is|was|=|:)[ ]?)?(?:(?![A-Za-z0-9+/_=.~%-]{15,})[\w ]{0,24}?(?:(?P<spaced>: )|[ :=(]))?"
    # "API-key geven (de huidige is AKX-77fe-...)"
    r"(?:(?:the |de )?(?:current|huidige|old|oude|new|nieuwe)(?: one)? (?:is|was) )?"
    # (not a long word in lower case between cue and value: "sleutel uit de bevestigingsmail:")
    r"(?![a-z]{15,}(?![\w+/=.~%-]))"
    r"(?P<value>[A-Za-z0-9+/_=.~%-]{15,})",  # also URL-encoded: "sid=s%3A8Hk2pQ..."
    re.IGNORECASE,
)
# a log's field holding a token, right after its "=": "invite.link token=inv_7YpL3kQ9Xz2Wm5Rb8Tn1
# expires=..." (the cue above reads past a value that looks like an invoice's id)
_TOKEN_FIELD = re.compile(
    r"(?<![\w.-])(?i:\w*token|api_?key|secret)=(?P<value>[A-Za-z0-9+/_.~%-]{16,})(?![\w+/.~%-])"
)
# a key typed in groups of four, as authenticator apps show a setup key: "gebruik deze setup
# key: K7QW MZ3R 2XPL V9ND"
_GROUPED_KEY = re.compile(
    r"(?<!\[)\b(?:key|sleutel|secret|geheim)\b[^\w\n]{0,3}(?:(?:is|was|=|:)[ ]?)?"
    r"[\w ]{0,12}?(?:: ?| )"
    r"(?P<value>(?-i:(?=[A-Z0-9 ]*\d)(?=[A-Z0-9 ]*[A-Z])[A-Z0-9]{4}(?: [A-Z0-9]{4}){3,7}))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# a key in groups of four or five with dashes, digits among the capitals
# (the first may be a prefix of three: "HBX-7F2K-9QWL-4M8R")
# (a first group of two only before groups with a letter: "RK-7H2Q-9XMZ-...", not a reference
# "NL-2024-0831-5523")
_GROUPED_VALUE = re.compile(
    r"(?=[A-Z0-9-]*\d)(?:[A-Z0-9]{3,5}|[A-Z0-9]{2}(?=[A-Z0-9-]*-\d*[A-Z]))(?:-[A-Z0-9]{4,5}){3,}"
    # or a longer key of six or more groups up to six, each after the first mixing capitals and
    # digits, as a password manager's Secret Key: "A3-7KQ2XP-94TRWM-LZ8N5-QH3VD-6YBCE-PK2RF"
    # (not a reference of five: "KAM-20241A-33B21C-77D9E1-55F2A3")
    # (maybe with a type's two letters after the prefix: "NMB-RK-7QX2-MP4L-9ZTV-K8WC-3HDN")
    r"|[A-Z0-9]{2,6}(?:-[A-Z]{2})?(?:-(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,6}){5,}"
)
# a key in groups named farther back on its line, its groups mixing capitals and digits: "de
# herstelsleutel van haar wachtwoordkluis (RK-4F7Q-9ZLM-2XW8-HT6C)"
_KEY_NAMED_BEFORE = re.compile(
    r"(?<!\[)\b(?i:\w*sleutel|\w*key|\w*schlüssel)\b[^\n.!?\[\ue000]{0,60}?(?<![\w-])"
    r"(?P<value>[A-Z0-9]{2,5}(?:-[A-Z0-9]{4,5}){3,})(?![\w-])"
)
_MIXED_GROUP = re.compile(r"-(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]+")
# or named on an earlier line, when it is long, five groups or more mixing capitals and digits
# after a prefix: "It has a recovery key." / "found it: VK-R7Q2-M9XL-4TZB-8WNE-K3PD"
_LONG_KEY = re.compile(
    r"(?<![\w-])[A-Z0-9]{2,6}(?:-(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4,6}){5,}(?![\w-])"
)
# an authenticator's setup key in groups of four, after its word: "voer de setupsleutel
# handmatig in: JBSW Y3DP EHPK 3PXP"
_SETUP_KEY = re.compile(
    r"\b(?i:setup ?key|setupsleutel|set-?up-?sleutel|secret key|geheime sleutel|instelsleutel"
    r"|manual (?:entry )?key|2fa[- ]?(?:key|sleutel)|totp[- ]?(?:key|secret|sleutel))\b"
    r"[^\n:\ue000\[]{0,40}:[ \t]*((?=[A-Z2-7 ]*\d)[A-Z2-7]{4}(?: [A-Z2-7]{4}){3,7})(?![\w-])"
)
# (a key by its own word, not "monkey", "keyboard", "sleutelhanger"; and not an order's or a
# part's number: "Order ref MB-4A7B-9C2D-...")
_KEY_WORD = re.compile(r"\b(?:key|keys|\w*sleutel|\w*schlüssel)\b", re.IGNORECASE)
_PART_NUMBER_BEFORE = re.compile(
    r"\b(?:ref|reference|order|artikel\w*|article|part|sku|serial|serienummer|nummer|number|nr"
    r"|no)\b\W{0,3}$",
    re.IGNORECASE,
)
# a licence's product key, five groups of five, in a text about keys: "Hieronder uw
# activatiesleutels: ... Werkplek 1: CSP24-7XK2M-QP9R4-L8TWN-3HZ6D"
# (also with spaces: "my Windows key is VK7JG NPHTM C97JM 9MPGT 3V66T"), in a text about a
# licence, not a keyboard's or a key fob's part number
_PRODUCT_KEY = re.compile(
    r"(?<![\w-])(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"(?:[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}|[A-Z0-9]{5}(?: [A-Z0-9]{5}){4})(?![\w-])"
)
_LICENCE_WORD = re.compile(
    r"\b(?:licen[cs]e\w*|licentie\w*|lizenz\w*|\w*sleutel\w*|\w*schlüssel\w*"
    r"|(?:product|activation|serial|cd|windows|office|registration|installation|software|game)"
    r"[ -]?keys?)\b",
    re.IGNORECASE,
)
# a secret with symbols in it after its cue's colon: "JWT signing secret roteren, huidige:
# Jw7s!kP2vR9qL4mX8zT1bN6c" (mixed case, digits and a symbol; plain ones are ``_TOKEN_CUE``'s)
_SYMBOL_SECRET = re.compile(
    r"(?<!\[)\b(?:\w*secret|signing key|\w*geheim)\b[^\n:=\[\ue000]{0,30}[:=][ \t]*"
    r"(?P<value>(?=[^\s!#$*@^&]*[!#$*@^&])(?=\S*\d)(?=\S*[A-Z])(?=\S*[a-z])"
    r"[A-Za-z0-9+/_=.~%!#$*@^&-]{16,64})(?=[\s,;]|[.)](?!\S)|$)",
    re.IGNORECASE,
)
_CACHE_BEFORE = re.compile(r"\bcache[ _-]?$", re.IGNORECASE)
_NETWORK_BEFORE = re.compile(r"(?:wifi|wi-fi|wlan|wpa2?|network|netwerk|router)[- ]?$", re.I)
# on a network's line: "WiFi: HUISKAMER_5G, key plantenbak-zolder-31"
_WIFI_LINE = re.compile(r"(?:^|\n)[ \t]*(?i:wi-?fi|wlan|ssid)\b[^\n]*\Z")
# a class's source file in a crash log: "OnderhoudsVerzoekViewController.swift:212"
_SOURCE_FILE_AFTER = re.compile(
    r"\.(?:swift|java|kt|kts|mm?|py|js|ts|tsx|jsx|cs|go|rb|php|cpp|cc|c|h|hpp|scala|dart)\b"
)
_LONG_RUN = re.compile(r"(?<![\w/+.-])[A-Za-z0-9_-]{24,}(?![\w/+-])")


_DIGIT = re.compile(r"\d")
_TOKEN_HINT = re.compile(r"[\w.~-]{15}")
# what an identifier names: "Crash-ID: 9c41e7a0-22b5-...", "Abonnements-ID: 0c19e7d2-..."
_ID_OWNERS = (
    r"(?:client|tenant|app|application|request|correlation|trace|object|subscription"
    r"|abonnements?|directory|crash|error|event|incident|build|job|task|taak|run|batch)"
)
# a file's checksum is no secret: "Checksum (SHA-256): 9f2c4e..."
# a hash, or an identifier that opens nothing on its own ("Client ID: 7e2f9a10-4c3b-...", a
# request's id in a log); a session's id is a secret and stays out of this list
# a file's digest, all hex, its name between: "SHA-256 van het installatiepakket: 4f2a...",
# "sha256 of tidewatch-agent_3.8.2_linux_amd64.tar.gz is 9b1f..." (in the same sentence, no
# other value's word between: "checksum verified; Authorization: Basic ...")
_DIGEST_BEFORE = re.compile(
    r"\b(?:checksum|sha-?(?:1|256|384|512)|sha(?:1|256|384|512)?sum|md5(?:sum)?)\b"
    r"(?:(?![.;!?]\s|(?i:token|key|secret|sleutel|pass|wachtw|session|sessie|bearer|auth"
    r"|cookie|credential|code|geheim|otp|nonce|csrf|sid\b))[^\n]){0,50}$",
    re.IGNORECASE,
)
_DIGEST = re.compile(r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}")
_NOT_A_SECRET_BEFORE = re.compile(
    r"\border[ #:]*$"  # an order's id: "open order 6f1c2a9e-77b4-..."
    # an error's instance in a problem report: '"instance":"7d1e4c9a-2b3f-..."'
    r"|[\"']instance[\"'][ \t]*:[ \t]*[\"']?$"
    # a supply point's number: "Zählpunktnummer: AT0010000000000000001000004711382"
    r"|\b(?:z[äa]hlpunkt\w*|metering point|meetpunt\w*)\W{0,3}$"
    r"|\b(?:checksum|sha-?\d*|md5|hash|digest|commit|revision"  # "since commit 3e9a1d74c0..."
    r"|public ?key"  # a VPN peer's "PublicKey = pX8Lm2..." (its "PrivateKey" is a secret)
    r"|" + _ID_OWNERS + r"[ _-]?id|idempotency[ _-]?key)\b[^\n]{0,20}$"
    # also as a setting's key: "EXACT_CLIENT_ID=3f1c9a70-..." (its secret on the next line)
    r"|(?<=_)" + _ID_OWNERS + r"_id[\"']?[ \t]*[=:][ \t]*[\"']?$",  # "SHA-256 (installer):
    # 9f2c..."
    re.I,
)


# a machine's GUID, as Windows shows it: "Device ID 7F3A9C21-44B0-4E7D-..." (a device's
# token with its own prefix stays one: "Device-ID: dv_8c41f09e...")
_GUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
# an identifier's label between a token's cue and a GUID
_ID_LABEL = re.compile(r"\b(?:" + _ID_OWNERS + r"[ _-]?id|order)\b", re.I)
_IDEMPOTENCY_BEFORE = re.compile(r"\bidempotency[ _-]?key\W{0,3}$", re.I)
_MACHINE_ID_BEFORE = re.compile(r"\b(?:device|machine|hardware)[ _-]?id\W{0,3}$", re.I)


# a setting in a config file or .env: "DB_PASSWORD=Pg!n0rth$ea_2024", "SENDGRID_API_KEY=SG.k3...",
# also as an item of a YAML list ("  - WIFI_PASS=Tuinhek_Oranje77" in a compose file)
_SETTING = re.compile(
    r"^[ \t]*(?:-[ \t]+)?(?:export[ \t]+)?[A-Z0-9_]*?"
    r"(PASS(?:WORD|WD)?|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY"
    r"|ACCESS_KEY|AUTH_KEY|CLIENT_SECRET|WEBHOOK)[A-Z0-9_]*[ \t]*[=:][ \t]*['\"]?"
    r"(?!\[[A-Z_]+\])([^\s'\"\ue000]{4,200})",  # not a placeholder: redacting twice adds nothing
    re.MULTILINE,
)
# any other key by its setting's name, when its value is long and random: "MAPBOX_KEY=pk.eyJ1..."
# (not "SORT_KEY=created_at")
_KEY_SETTING = re.compile(
    r"^[ \t]*(?:export[ \t]+)?[A-Z0-9_]*_KEY[ \t]*=[ \t]*['\"]?([A-Za-z0-9+/_.=-]{20,200})(?!\S)",
    re.MULTILINE,
)
# the same in lower case, as YAML and .ini files write it: a key with a prefix ("smtp_pass:",
# "db_password =") or an indented one ("  api_key: live_..."); "true", "null" are no secret
_SETTING_LOWER = re.compile(
    r"^(?:[ \t]{2,}(?:[a-z0-9]+_)*|[ \t]*(?:[a-z0-9]+_)+)(pass(?:word|wd)?|pwd|secret|token"
    r"|api_?key|private_key|access_key|auth_key|client_secret|webhook_secret)[ \t]*[=:][ \t]*"
    r"['\"]?(?!\[[A-Z_]+\]|(?:true|false|null|none)\b)([^\s'\"\ue000]{4,200})",
    re.MULTILINE,
)
# further along a log's line, written without spaces: "... AWS_SECRET_ACCESS_KEY=t9Vb2pQ+...",
# also opening a command in backticks or quotes: "`PGPASSWORD=r3D-kangaroo-77! psql -h db-1`"
_SETTING_INLINE = re.compile(
    r"(?<=[ \t`(\"'])[A-Z][A-Z0-9_]*?(PASS(?:WORD|WD)?|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY"
    r"|ACCESS_KEY|AUTH_KEY|CLIENT_SECRET)[A-Z0-9_]*=['\"]?(?!\[[A-Z_]+\])([^\s'\"`\ue000]{4,200})"
)
# the same in lower case with dashes, further along a log's line: "client-cert-pass=Zaan$tad-1"
# (a value with a digit or a sign, not "=true" or "=***")
# (also an option's: "--client-cert-pass=..."; a ticket's pass is judged in take_settings)
_SETTING_INLINE_LOWER = re.compile(
    r"(?<=[ \t])(?:--?)?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*?"
    r"[_-](pass(?:word|wd)?|pwd|secret)="
    r"['\"]?(?!\[[A-Z_]+\])(?=[^\s'\"]*[\d!@#$%^&*+?~])([^\s'\"\ue000*]{4,200})"
)
# the word before "pass" that makes it a ticket (not a guest Wi-Fi's: "guest-pass=Gast2024!")
_TICKET = re.compile(
    r"(?<![a-z0-9])(?:boarding|bus|day|season|ski|train|rail|travel|week|weekend|month|year|annual"
    r"|museum|festival|ticket|ferry|metro|transit|bike|ov)$"
)
# a PHP constant, as wp-config.php sets its keys and salts: "define('AUTH_KEY', 'k7$Qm2...');"
_DEFINE = re.compile(
    r"\bdefine\(\s*['\"][A-Z0-9_]*?(PASS(?:WORD|WD)?|PWD|SECRET|TOKEN|KEY|SALT)[A-Z0-9_]*['\"]"
    r"\s*,\s*['\"](?!\[[A-Z_]+\])([^\s'\"\ue000]{4,200})(?=['\"])"
)
# a PHP array's entry, as Nextcloud's config.php writes it: "'dbpassword' => 'Nc-db#7781kaas',"
# (the key ends on the secret's word; a value with a digit or a sign, not a validation rule
# "'password' => 'required|min:8'" nor a word "'token_type' => 'Bearer'")
_ARRAY_ENTRY = re.compile(
    r"['\"][a-z0-9_]*?(pass(?:word|wd)?|pwd|secret|token|api_?key|private_?key|salt)['\"]"
    r"[ \t]*=>[ \t]*['\"](?!\[[A-Z_]+\])(?=[^\s'\"|]*[\d!@#$%^&*+=?~])"
    r"([^\s'\"|\ue000]{4,200})(?=['\"])",
    re.IGNORECASE,
)
_PASSWORD_SETTINGS = ("PASS", "PASSWORD", "PASSWD", "PWD")


def take_settings(scan: Scan) -> None:
    """Secrets in a pasted config or .env file: the value of a setting whose name says it."""
    if "=" not in scan.masked and ":" not in scan.masked and "define(" not in scan.masked:
        return
    for pattern in (
        _SETTING,
        _SETTING_LOWER,
        _SETTING_INLINE,
        _SETTING_INLINE_LOWER,
        _DEFINE,
        _ARRAY_ENTRY,
    ):
        for match in list(pattern.finditer(scan.masked)):
            if pattern is _SETTING_INLINE_LOWER and _TICKET.search(
                scan.masked, match.start(), match.start(1) - 1
            ):
                continue  # a ticket's pass: "boarding-pass=BP20240511", "season-pass=SP-2024"
            kind = "PASSWORD" if match.group(1).upper() in _PASSWORD_SETTINGS else "TOKEN"
            if _TOKEN_SHAPES.fullmatch(match.group(2)):
                kind = "TOKEN"  # a service's key as the password: "MAIL_PASSWORD=SG.q4Tn8..."
            scan.take(match.start(2), match.end(2), kind)
    if "_KEY" in scan.masked:
        for match in list(_KEY_SETTING.finditer(scan.masked)):
            value = match.group(1)
            if any(c.isdigit() for c in value) and (looks_random(value) or MIXED_KEY.search(value)):
                scan.take(match.start(1), match.end(1), "TOKEN")


_KEY_PREFIX = re.compile(r"(?:[a-z]{2,4}_){1,2}")  # one or two: "tk_...", "vpn_tk_..."


_HEX_KEY = re.compile(r"(?=[a-f]*\d[a-f]*\d)(?=\d*[a-f]\d*[a-f])[0-9a-f]{10,15}")
_HEX_TAIL = re.compile(r"[-_]" + _HEX_KEY.pattern + r"$")


def _prefixed_short_key(value: str, after_token: bool = False) -> bool:
    """A short generated key behind a type's prefix or two: "tk_93KdP1zQx7Lm",
    "vpn_tk_HkL92mQxR7", or in lower-case hex right after the word "token": "bypass token
    byp_2b7e91c4f0d8" (not "key mismatch for object img_20240a3f9c1e")."""
    prefix = _KEY_PREFIX.match(value)
    if prefix is None:
        return False
    rest = value[prefix.end() :]
    return short_key(rest) or (after_token and _HEX_KEY.fullmatch(rest) is not None)


_RIGHT_AFTER_TOKEN = re.compile(r"(?:token|key)\W{0,3}(?:(?:is|was)\W{1,2})?$", re.IGNORECASE)


def _labelled_key(match: re.Match[str], value: str) -> bool:
    """A key's value right under its label, letters and digits: "Consumer key:
    cc-lti-zld-7f3a9e21"."""
    between = match.string[match.start() : match.start("value")]
    return (
        (between.rstrip().endswith(":") or between.rstrip().endswith("="))
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    )


# a long code on its own line under the line that announces it: "plak deze code in de app:\n\n
# PRX-5fQ2-hL8w-Zc71-mN4e": upper and lower case and digits, too long to type from a text
_CODE_ON_ITS_LINE = re.compile(
    r"\b(?:code|key|sleutel)\b[^\n]{0,40}:[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*([A-Za-z0-9-]{16,60})[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# upper and lower case and digits, 16 or more of them: a key pasted, not a code typed over
MIXED_KEY = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)(?:[A-Za-z0-9]-?){16,}")
# an eSIM's activation code after the server in its LPA string: "LPA:1$smdp.example.com$K2Q7-..."
_ESIM = re.compile(r"\bLPA:1\$[^$\s]+\$([A-Za-z0-9-]{8,})")


# a VPN's own key in its config, base64 with its "=": "PrivateKey = YH9tBq2z...kU2oQ1c="
_PRIVATE_KEY = re.compile(
    r"\b(?:private|preshared)[ _]?key\b[\"']?[ \t]*[=:][ \t]*[\"']?([A-Za-z0-9+/]{40,88}={0,2})"
    r"(?![\w+/=])",
    re.I,
)
# a session's short id in a log, as mail servers write it: "session=<Qm9uZ2Vyc3RvZWw>"
_SHORT_SESSION = re.compile(r"\b(?:session|sess|sid)(?:_?id)?=<?([A-Za-z0-9+/=_-]{10,15})\b", re.I)
# a session's cookie in a log: "cookie=SVPNCOOKIE=Qm9b7Lx2Kf4Rz8Tw1Ve6"
_COOKIE_VALUE = re.compile(
    r"\b\w*cookie\w*=(?:\w*cookie\w*=)?([A-Za-z0-9+/_-]{16,}={0,2})(?![\w+/=-])", re.I
)


# a Basic auth header's value, a user and password in base64: 'auth="Basic d2ViaG9vazpL..."',
# "Authorization: Basic dXNlcjpwYXNz", "HTTP_AUTHORIZATION=Basic ..."
_BASIC_AUTH = re.compile(
    r"(?<![A-Za-z])(?i:auth|authori[sz]ation|authentication)[\"':=> \t]{0,6}(?i:basic)[ \t]+"
    r"([A-Za-z0-9+/]{8,}={0,2})(?![\w+/=])"
)
_CASE_SWITCH = re.compile(r"[a-z][A-Z]|[A-Z][a-z]")
_BASE64_SIGN = re.compile(r"[\d+/=]")


def _base64_like(value: str) -> bool:
    """Base64, not a word or a name in CamelCase ("ReadOnly", "WebHooks"): a digit, a sign, or
    the case switching often."""
    return bool(_BASE64_SIGN.search(value)) or len(_CASE_SWITCH.findall(value)) >= 4


def take_tokens(scan: Scan) -> None:
    take_settings(scan)
    if scan.mentions("basic"):
        for match in list(_BASIC_AUTH.finditer(scan.masked)):
            if _base64_like(match.group(1)):
                scan.take(match.start(1), match.end(1), "TOKEN")
    if "=" in scan.masked and scan.mentions("sess", "sid"):
        for match in list(_SHORT_SESSION.finditer(scan.masked)):
            if short_key(match.group(1)):
                scan.take(match.start(1), match.end(1), "TOKEN")
    if "=" in scan.masked and scan.mentions("cookie"):
        for match in list(_COOKIE_VALUE.finditer(scan.masked)):
            if looks_random(match.group(1)):
                scan.take(match.start(1), match.end(1), "TOKEN")
    if "LPA:" in scan.masked:
        scan.take_all(_ESIM, "TOKEN", 1)
    if "\n" in scan.masked and scan.mentions("code", "key", "sleutel"):
        for match in list(_CODE_ON_ITS_LINE.finditer(scan.masked)):
            if MIXED_KEY.fullmatch(match.group(1)):
                scan.take(match.start(1), match.end(1), "TOKEN")
    if scan.mentions("key", "sleutel", "secret", "geheim"):
        scan.take_all(_SETUP_KEY, "TOKEN", 1)
        for match in list(_GROUPED_KEY.finditer(scan.masked)):
            scan.take(match.start("value"), match.end("value"), "TOKEN")
        for match in list(_KEY_NAMED_BEFORE.finditer(scan.masked)):
            value = match.group("value")
            if _GROUPED_VALUE.fullmatch(value) and len(_MIXED_GROUP.findall(value)) >= 2:
                scan.take(match.start("value"), match.end("value"), "TOKEN")
        if _KEY_WORD.search(scan.masked):
            for match in list(_LONG_KEY.finditer(scan.masked)):
                if not _PART_NUMBER_BEFORE.search(
                    scan.masked, max(0, match.start() - 24), match.start()
                ):
                    scan.take(match.start(), match.end(), "TOKEN")
    if _LICENCE_WORD.search(scan.masked):
        scan.take_all(_PRODUCT_KEY, "TOKEN")
    if scan.mentions("secret", "signing", "geheim"):
        scan.take_all(_SYMBOL_SECRET, "TOKEN", 1)
    if not _TOKEN_HINT.search(scan.masked):
        return
    scan.take_all(_TOKEN_SHAPES, "TOKEN")
    if scan.mentions("private", "preshared"):
        scan.take_all(_PRIVATE_KEY, "TOKEN", 1)
    if "=" in scan.masked:
        for match in list(_TOKEN_FIELD.finditer(scan.masked)):
            if looks_random(match.group("value")):
                scan.take(match.start("value"), match.end("value"), "TOKEN")
    for match in list(_TOKEN_CUE.finditer(scan.masked)):
        if _NETWORK_BEFORE.search(
            scan.masked, max(0, match.start() - 9), match.start()
        ) or _WIFI_LINE.search(scan.masked, max(0, match.start() - 60), match.start()):
            continue  # "wifi key Sunflower-Kitchen-71": a network's password (``passwords``)
        if _CACHE_BEFORE.search(scan.masked, max(0, match.start() - 8), match.start()):
            continue  # a build cache's key: "Artifact cache key: linux-node20-7c1e9a44b2"
        value = match.group("value").rstrip(".")
        after_token = bool(
            _RIGHT_AFTER_TOKEN.search(scan.masked, match.start(), match.start("value"))
        )
        if len(value) < 16 and not _prefixed_short_key(value, after_token):
            continue  # fifteen characters only as a prefixed key: "inlogtoken tk_93KdP1zQx7Lm"
        if _GUID.fullmatch(value) and (
            _IDEMPOTENCY_BEFORE.search(
                scan.masked, max(0, match.start("value") - 24), match.start("value")
            )
            or _ID_LABEL.search(scan.masked, match.start(), match.start("value"))
        ):
            continue  # a request's or a tenant's id: '-H "Idempotency-Key: 8f14e45f-ceea-..."',
            # "Azure Key Vault tenant ID: 72f988bf-..." (not "App ID: 4471, API key: 3f2a...")
        mixed = len(value) >= 20 and not (value.isalpha() or value.islower() or value.isupper())
        if match.group("spaced") and not (
            looks_random(value)
            or (mixed and _DIGIT.search(value))
            or _GROUPED_VALUE.fullmatch(value)
        ):
            continue  # words, a colon and a space: only a random value or a grouped key
        digits = any(c.isdigit() for c in value)
        if (
            looks_random(value)
            or (len(value) >= 20 and digits)
            or _labelled_key(match, value)
            or _GROUPED_VALUE.fullmatch(value)  # "activatiecode F7KQ-2XRM-9WLT-4BNA"
            or _prefixed_short_key(value, after_token)  # "inlogtoken tk_93KdP1zQx7Lm"
            # a generated key's hex tail after its prefixes: "QR token is PSD-QR-7f3a9c21e8b4"
            or (after_token and _HEX_TAIL.search(value) is not None)
        ):
            scan.take(match.start("value"), match.start("value") + len(value), "TOKEN")
    for match in list(_LONG_RUN.finditer(scan.masked)):
        if (
            looks_random(match.group())
            and not _SOURCE_FILE_AFTER.match(scan.masked, match.end())
            and not _OBJECT_ID.fullmatch(match.group())
            and not _NOT_A_SECRET_BEFORE.search(
                scan.masked, max(0, match.start() - 24), match.start()
            )
            and not (
                _DIGEST.fullmatch(match.group())
                and _DIGEST_BEFORE.search(scan.masked, max(0, match.start() - 70), match.start())
            )
            and not (
                _GUID.fullmatch(match.group())
                and _MACHINE_ID_BEFORE.search(
                    scan.masked, max(0, match.start() - 16), match.start()
                )
            )
        ):
            scan.take(match.start(), match.end(), "TOKEN")


# --------------------------------------------------------------------------- IP, plates

_IPV4 = re.compile(  # not after a trunk code: "Tel: 06-30.41.77.52"
    r"(?<![\w.])(?<!\b0\d-)(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}"
    r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![\w]|\.\d|\.(?:bin|img|zip|exe|deb|rpm|tar|gz|apk|msi|dmg|iso)\b"  # "fw-4.12.1.3.bin"
    r"|-(?i:rc|beta|alpha|pre|hf|snapshot)\d*\b)"  # an image's tag: "app-core:4.12.0.3-rc2"
)
_IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|:?[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})"
    r"(?!\w)(?!:(?!\d{5}(?![\w:])))"  # maybe a port after it, as a VPN logs it: "...:5c1:60211"
)
# a version's own words: "firmware 4.2.1.7", "driver 1.0.4.13", "nic_fw=2.4.10.1"
_VERSION_WORDS = r"\w*versie|\w*version|versión|firmware|release|build|v|ver|driver|drv|bios|fw"
_VERSION_BEFORE = re.compile(
    r"(?:\b|(?<=_))(?:" + _VERSION_WORDS + r"|update|subnet\w*|netmask"
    # "agent=4.12.0.3"
    r"|mask|plugin|agent(?==)"  # not a build agent's or "Agent: "
    # an invoice's number in an address's shape: "Factuur 44.81.102.37"
    r"|factuur|factuurnummer|invoice|invoice no|rechnung"
    # what software is set back or forward to: "Rolled back to 2.4.9.201"
    r"|masker|rolled back|roll back|rolling back to|rollback|downgraded|upgraded|upgrading to"
    r"|teruggezet"
    r"|teruggedraaid"
    # "Terugdraaien naar 10.2.0.3"
    r"|terugdraaien naar|downgrade naar|downgrade to"
    # what software is updated to or rolled out: "updated to 10.4.1.90", "uitrol van gateway 2.14"
    r"|updated|updating|geüpdatet|bijgewerkt|(?:uitrol|rollout|deploy\w*) (?:van|of) [\w-]+"
    # the product named between, with its capital: "after update to SyncDesk 4.12.0.3" (not a
    # network's device, nor "update to the ...", "upgrade to static ...")
    r"|(?:update|upgrade) (?:to|naar) (?!(?:router|server|host|gateway|modem|proxy|dns|ip|nas"
    r"|switch|camera|printer|firewall|vpn|static|business|pro)\b)(?-i:[A-Z][\w-]*)"
    # a release offered: "update beschikbaar: 3.10.4.12"
    r"|update (?:beschikbaar|available|verfügbar)"
    # a device's, named as a field: "firmware modem: 7.1.18.3"
    r"|firmware (?:modem|router|nas|switch|camera|printer|tv|box|thermostaat|thermostat|repeater)"
    r"(?=:)"
    r")"
    r"\.?:?\s?"
    r"(?:naar|to|van|from|is|was|=)?\s?$",  # "firmware is 4.0.12.3"
    re.IGNORECASE,
)
# "Ledgerly Desktop 10.2.14.3 (build 8812)", "4.2.0.1 (x64)"
_VERSION_AFTER = re.compile(
    r"\s?\((?:build|x64|x86|64-bit|32-bit|arm64|uitgerold|released|rolled out|deployed"
    r"|(?:that's|that is|dat is|it's|this is) (?:a |the |een )?(?:version|versie|build))\b",
    re.IGNORECASE,
)  # and when it went out: "CashPoint 10.4.2.118 (uitgerold 12-03-2025)"


# a step of an upgrade path, not a connection's far end ("from 3.18.12.63 → 52.29.188.140")
_UPGRADE_STEP = re.compile(
    r"(?i:upgrade|update|versie|version|firmware)[^\n]{0,40}(?:→|->) ?$"
    # from one version to the next: "firmware van 2.4.10.3 naar 2.4.11.1"
    r"|(?i:firmware|software|versie|version)[^\n]{0,30}\b(?i:van|from) \d+(?:\.\d+){2,3}"
    r" (?i:naar|to) $"
    # the release it replaced, in brackets: "Firmware 4.12.0.3 (was 4.11.7.1)"
    r"|(?i:firmware|software|versie|version|build|release)(?: \w+)?\W{1,3}\d+(?:\.\d+){2,3}"
    r" \((?i:was|voorheen|previously|formerly|eerder|old|oud) $"
)
# a list of addresses updated: "IP allowlist updated: 62.45.118.20, ..."
_ADDRESS_LIST_BEFORE = re.compile(
    # (not past another address, nor its placeholder on a second pass: "IP set to [IP] (static),
    # subnet 255.255.255.0")
    r"(?<!\[)\b(?:ip|allow-?list|white-?list|block-?list|black-?list|firewall)\b"
    r"(?:(?!\[(?:IP|PHONE|CARD|IBAN|POSTCODE|ADDRESS|OTP|TOKEN|PLATE)\])[^\n\d\ue000]){0,30}$",
    re.IGNORECASE,
)
# ... unless a version's own word stands right before: "IP camera firmware version 5.220.1.12"
_VERSION_WORD_BEFORE = re.compile(r"\b(?:" + _VERSION_WORDS + r")\W{0,3}$", re.IGNORECASE)
# what a device still runs, with an update spoken of right after: a version, not an address
# ("repeater draait nog op 7.21.10.3, handmatige update geadviseerd"; not "draait op 52.17...")
_RUNS_ON = re.compile(
    r"\b(?:draait|draaide|zit|zat|staat|stond) nog op ?$|\bstill (?:runs )?on ?$", re.IGNORECASE
)
# (or installed: "1. Install 10.4.2.118 over the existing version")
_DEPLOYED = re.compile(r"\b(?:deploy|install|installeer)(?:ed|ing)? $", re.IGNORECASE)
# a release rolled out, when a version's word stands earlier on the line ("na de uitrol van")
_ROLLED_OUT_BEFORE = re.compile(r"\b(?:uitrol|rollout|roll-out) (?:van|of) $", re.IGNORECASE)
# a hotfix's own number, right after the word (not "hotfix to 185.23.114.7", "Hotfix: ...")
_HOTFIX_BEFORE = re.compile(r"\bhotfix $", re.IGNORECASE)
# (after a product's name: "Sync client 4.12.0.3"; not "connection from client 5.79.66.12")
_APP_BEFORE = re.compile(
    r"\b(?!(?:The|De|Het|A|An|Een|This|That|Die|Dat|Deze|Our|Onze|Your|Uw)\b)[A-Z][\w-]* "
    r"(?i:client|app|desktop|installer|plugin|extension|sdk|cli) $"
)
# ... and spoken of as software right after: "Sync client 4.12.0.3 crashes on startup" (not "The
# client 5.61.20.14 was blocked")
_APP_TROUBLE_AFTER = re.compile(
    r"[^\n.]{0,40}\b(?i:crash\w*|freez\w*|hangs|hang|release\w*|update\w*|install\w*|version"
    r"|build|bug|won't start|will not start|fails to start|start niet|loopt vast|opstart\w*)\b"
)
_SOFTWARE_WORD = re.compile(r"\b(?:firmware|versie|version|update|upgrade|software)\b", re.I)
_PREFIX_LENGTH = re.compile(r"/\d{1,2}(?!\d)")
# a release on offer, on a line that speaks of versions (a version's first part is small)
_AVAILABLE_BEFORE = re.compile(
    r"\b(?:available|beschikbaar|latest|nieuwste|newest):?[ \t]*$", re.IGNORECASE
)
_VERSION_WORD = re.compile(r"\b(?:" + _VERSION_WORDS + r"|update)\b", re.IGNORECASE)
# a release's own heading, the version ending it after the product's capitalised name:
# "Release notes – PlanPro Cloud 10.2.4.1" (not "Changelog: server now reachable at 10.0.12.5")
_RELEASE_HEADING = re.compile(
    r"\b(?i:release ?notes?|releasenotes|changelog)[ \t]*[–:-]?[ \t]*(?:[A-Z][\w.-]*[ \t]+){1,4}$"
)
_HEADING_END = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*(?:\n|$)")
_IP_HINT = re.compile(r"\d\.\d|:[0-9a-fA-F]*:")
_SHORT_RELEASE = re.compile(r"\b[A-Za-z][\w.-]* v?\d{1,3}\.\d{1,3}(?:\.\d{1,4})?(?![.\d])")
_ITEM_WORD = (
    r"(?!(?i:ip|host|server|gateway|dns|proxy|router|from|to|at|via|on|van|naar|op|bij)\b)"
    r"[A-Za-z][\w.-]*"
)
# an item of a line that lists plugins under its label, after the item's name, where another
# item's release is no address's shape: "Plugins to update first: draw.io 25.0.4.1, Scroll PDF
# Exporter 10.4.3.12, Gliffy 10.2.1" (not a machine's name: "Extensions: Reception 192.168.10.21")
_SOFTWARE_ITEM_BEFORE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?i:[\w ]{0,30}\b(?:plugins?|add-?ons?|extensions?)\b[\w ]{0,30}):"
    r"(?:[^\n:]*[,;])?[ \t]*" + _ITEM_WORD + r"(?: " + _ITEM_WORD + r"){0,3} $",
    re.MULTILINE,
)


# read out on a call: "your modem's ip is 84 dot 24 dot 117 dot 6"
_SPOKEN_IP = re.compile(
    r"(?<![\d.])(\d{1,3})(?: (?:dot|punt|point|punkt) (\d{1,3})){3}(?!\d|[.,]\d)", re.I
)
# ... named as an address just before: "ip is", "IP-adres van de router is"
_IP_WORD_BEFORE = re.compile(
    r"(?<!\[)\b(ip|ipv4|ip-?adres\w*|ip address\w*|ip-adresse|ipv4-adresse)\b[^\n\d]{0,30}$",
    re.I,
)


def take_ips(scan: Scan) -> None:
    text = scan.masked
    if scan.mentions(" dot ", " punt ", " point ", " punkt ") and "ip" in scan.lower:
        said = False  # after one, the next are read out the same way: "..., gateway 84 dot ..."
        for match in list(_SPOKEN_IP.finditer(text)):
            parts = re.findall(r"\d+", match.group())
            before = text[max(0, match.start() - 40) : match.start()]
            word = _IP_WORD_BEFORE.search(before)
            if (
                all(int(part) <= 255 for part in parts)
                and parts[0] not in ("0", "127")
                and (said or word)
                and not _VERSION_WORD.search(before, word.end(1) if word else 0)
            ):  # not a version or a section read out: "version 2 dot 4 dot 1 dot 9", "Das
                # IP-Telefon hat Firmware 2 Punkt 4 Punkt 1 Punkt 9"
                scan.take(match.start(), match.end(), "IP")
                said = True
        text = scan.masked
    if not _IP_HINT.search(text):
        return
    for match in list(_IPV4.finditer(text)):
        if (
            (
                _VERSION_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
                and not (
                    _ADDRESS_LIST_BEFORE.search(text, max(0, match.start() - 40), match.start())
                    and not _VERSION_WORD_BEFORE.search(
                        text, max(0, match.start() - 14), match.start()
                    )
                )
            )
            or _VERSION_AFTER.match(text, match.end())
            or _HOTFIX_BEFORE.search(text, max(0, match.start() - 8), match.start())
            or _UPGRADE_STEP.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # also a step of an upgrade path: "10.2.x → 10.4.0.7 → 10.4.2.1"
        if (
            int(match.group().split(".", 1)[0]) < 10  # a version's first part is small
            and _RUNS_ON.search(text, max(0, match.start() - 20), match.start())
            and _SOFTWARE_WORD.search(text, match.end(), match.end() + 60)
        ):
            continue  # "repeater draait nog op 7.21.10.3, update geadviseerd"
        if int(match.group().split(".", 1)[0]) < 10 and _DEPLOYED.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # a release deployed: "Deploy 4.12.0.3 faalt" (not "user deploy 81.171...")
        if (
            int(match.group().split(".", 1)[0]) < 10
            and _APP_BEFORE.search(text, max(0, match.start() - 40), match.start())
            and _APP_TROUBLE_AFTER.match(text, match.end())
        ):
            continue  # an app's release: "Sync client 4.12.0.3 crashes on startup"
        if int(match.group().split(".", 1)[0]) < 20 and _AVAILABLE_BEFORE.search(
            text, max(0, match.start() - 14), match.start()
        ):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if _VERSION_WORD.search(text, line_start, match.start()):
                continue  # the release on offer: "current firmware 7.1.24.3, available 7.1.26.0"
        if (
            int(match.group().split(".", 1)[0]) < 20
            and _HEADING_END.match(text, match.end())
            and _RELEASE_HEADING.search(text, text.rfind("\n", 0, match.start()) + 1, match.start())
        ):
            continue  # a version ending a release's heading: "Release notes – PlanPro 10.2.4.1"
        if _ROLLED_OUT_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ) and _VERSION_WORD.search(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
            continue  # a release rolled out, a build named before it on its line: "draaide nog
            # op build 10.2.0.117 na de uitrol van 10.2.1.4" (not "uitrol van 172.16.4.22 als
            # nieuwe proxy")
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _SOFTWARE_ITEM_BEFORE.search(text, line_start, match.start()):
            line_end = text.find("\n", match.end())  # only then: the line's end
            if _SHORT_RELEASE.search(text, line_start, line_end if line_end >= 0 else len(text)):
                continue  # a plugin's release in a list of them: "Plugins: draw.io 25.0.4.1, ..."
        if NO_ONES_ADDRESS.fullmatch(match.group()):
            continue  # this machine, any address, or a version: "patch 1.0.3.7"
        if match.group().endswith(".0") and _PREFIX_LENGTH.match(text, match.end()):
            continue  # a network's range, no one's address: "IP-range 45.133.172.0/24"
        scan.take(match.start(), match.end(), "IP")
    if "::" in text or text.count(":") >= 5:
        for match in list(_IPV6.finditer(scan.masked)):
            try:
                ipaddress.IPv6Address(match.group())
            except ValueError:
                continue
            scan.take(match.start(), match.end(), "IP")
