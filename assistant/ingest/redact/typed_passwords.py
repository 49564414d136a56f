"""Passwords as machines and settings write them, apart from the cue-and-value rules
(``passwords``): a network's name kept and its key taken, a command line's password flag, a
curl user's password, a JSON field, an app password in four groups; and what a password looks
like at all (``password_like``)."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import FILE_NAME, NO_VALUE, NOT_A_VALUE, STATUS_WORDS
from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.scan import SPEAKER, Scan

PLACEHOLDER = re.compile(r"\[[A-Z_]+\]?")  # redacted before (or cut by the window): stays
_PLAIN_WORD = re.compile(r"[a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+|[A-ZÀ-Þ]+")
_SYMBOL = re.compile(r"[^\w'’-]")
_COUNT = re.compile(r"\d{1,4}\+")
# a guest network's password of words joined by hyphens: "wachtwoord zomer-in-amsterdam"
_JOINED_WORDS = re.compile(r"[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,}){2,4}")


_MASKED_DIGITS = re.compile(r"[*•xX]{2,}\d{2,4}")


# the words of a question that asks something else than the value itself: "Which password did
# you use?", "Waar staat het wachtwoord?" (``passwords`` and ``secret_words`` read them)
ASKS_ELSE_WORDS = (
    r"which|welke?|where|waar|when|wanneer|why|waarom|how|hoe(?! luidt)|did|heeft u|hebt u"
    r"|heb je|have you|do you(?! (?:remember|know|have))|does"
)
# a reply that gives no value where one was asked for: "vergeten", "idk", "yes"
NO_ANSWER = frozenset(
    "vergeten forgot forgotten unknown onbekend none geen weet idk yes no ja nee".split()
)


_CHAT_STAMP = re.compile(r"\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?")
_TRAILED_WORD = re.compile(r"(?:\.{2,}|…)[a-zà-ÿ]+")  # (not "...Geheimwoord")


def password_like(value: str) -> bool:
    """A written word ("vergeten", "expired", "I'm", "Hi!") is not a password; digits,
    symbols or an underscore among letters are."""
    core = value.rstrip("!?")
    if not core or _PLAIN_WORD.fullmatch(core) or "\ue000" in value or PLACEHOLDER.search(core):
        return False
    if NOT_A_VALUE.fullmatch(core) or _COUNT.fullmatch(core):
        return False  # "I'm 100% sure", "(checkin-vlucht24.com)", "visible to 40+ people"
    if _MASKED_DIGITS.fullmatch(core):
        return False  # a card's last digits on a receipt: "Betaald pin ****4418"
    if FILE_NAME.fullmatch(core):
        return False  # a photo's or a document's file: "IMG_4472.jpg"
    if _CHAT_STAMP.fullmatch(core):
        return False  # the next message's date stamp: "... send the key code\n[03/09/2024, 16:02]"
    if _TRAILED_WORD.fullmatch(core):
        return False  # a word after an ellipsis: "Customer: ...the whole thing is ..."
    if core.endswith("["):
        return False  # cut at a placeholder on a second pass: "https://[IP]" gives "//["
    # words joined by an underscore are typed, not written: "thuis_welkom!"
    return any(c.isdigit() for c in core) or bool(_SYMBOL.search(core)) or "_" in core.strip("_")


# the network's own name next to its password: 'netwerk "Gracht187", ww ...', "SSID: Home-5G"
_NETWORK_NAME = re.compile(
    r"\b(?:netwerk(?:naam)?|network(?: name)?|ssid|wifi-?naam|wifi name|wlan-?name"
    r"|wifi(?= heet| is called| called)"
    # the name in quotes, then its password: 'Wifi "RivieraStays_5G", password azur2024nice'
    r"|wi-?fi(?=[^\S\n]?(?::|[^\S\n]is)?[^\S\n]?['\"“‘][^'\"”’\n]{3,40}['\"”’],? "
    r"(?:password|pass|pw|ww"
    r"|wachtwoord|key|code)\b)"
    # the name before a slash and the password: "WiFi: FASTWEB-8A21C4 / password tramonto2024"
    # or before a comma and its key: "WiFi: GALLAGHER_5G, key tealkettle-porch-88"
    r"|wi-?fi(?=:[^\S\n]*[^\s,/]{3,40},[^\S\n]*(?:key|password|pass|pw|ww|wachtwoord)\b)"
    # or with none: "Wifi: Duinhuisje_gast / zeewind-2025"
    r"|wi-?fi(?=:[^\S\n]*[^\s/]{3,40}[^\S\n]*/[^\S\n]*(?:(?:password|pass|pw|ww|wachtwoord|key)\b"
    r"|[^\s/]{6,40}(?:\n|$))))\b"
    r"[^\S\n]?[:=]?[^\S\n]{0,2}(?:(?:is|heet|called)[^\S\n]{1,2})?"
    r"(?:['\"“‘]([^'\"”’\n]{3,40})['\"”’]"  # in quotes: "De wifi heet 'Zolderkamer'"
    r"|((?=[^\s'\"”’,]*[\d_-])[^\s'\"”’,]{3,40}?(?=[\s,;.]|$)"  # "Gracht187", "Home-5G"
    # any name before a slash and the password: "Wifi: HofstraatGast / zomer2024hof"
    r"|[^\s'\"”’,/]{3,40}(?=[^\S\n]*/)))",
    re.IGNORECASE,
)
# the password after the network's name and a slash, ending the line
_AFTER_SLASH = re.compile(r"[^\S\n]*/[^\S\n]*([^\s/]{4,40})(?=[^\S\n]*(?:\n|$))")
# or after a comma and the key's word: "WiFi: HUISKAMER_5G, key plantenbak-zolder-31"
_AFTER_COMMA_KEY = re.compile(
    r"['\"”’]?,[^\S\n]*(?i:key|password|pass|pw|ww|wachtwoord|sleutel|schlüssel)[^\S\n]*:?[^\S\n]*"
    r"([^\s,]{4,40}?)"
    r"(?=[.,;]?(?:\s|$))"
)
# a network's key after its security: "WPA2, key sonnenblume!Tulpe92", "wifi key: Zee!2025"
# a key printed in groups of four (or eight) digits, as a router's sticker does
DIGIT_GROUPS = r"(?:\d{4}(?: \d{4}){2,7}|\d{8}(?: \d{8}){1,3})(?![\w-]|[.,]\d| \d)"
_WIFI_KEY = re.compile(
    r"\b(?i:wpa[23]?(?:-psk)?|wifi|wi-fi|wlan)\b[^\n.]{0,20}?(?i:\bkey|sleutel|schlüssel)"
    # also in groups of four digits, as a FRITZ!Box prints it: "WLAN-Schlüssel 4417 8820 ..."
    r"(?:\s?:|\s(?:is\s)?)\s*"
    r"(" + DIGIT_GROUPS + r"|[^\s\[\ue000'\"]{6,63})(?<![.,;:)])"
)
# a router's or a NAS's login given as one value, a password's shape: "router login
# Leipzig#Becker1" (not its page or address: "router login 192.168.1.1", "fritz.box")
# (nor a device's make and model: "router login TP-Link_Archer_C6 page hangs")
_DEVICE_MAKERS = (
    r"(?i:tp-?link|kpn|fritz|avm|netgear|asus|linksys|huawei|zte|sagemcom|experia|ziggo|arcadyan"
    r"|technicolor|zyxel|draytek|ubiquiti|unifi|mikrotik|archer|connect ?box|tenda|d-?link|eero"
    r"|orbi|synology|qnap|speedport|vodafone|telenet|proximus|bbox|livebox|freebox|compal"
    r"|sitecom|xiaomi|nighthawk|deco)(?=[-_. ]|\d|$)"  # (not "Kpn!Thuis77", "Orbital#99")
)
_DEVICE_LOGIN = re.compile(
    r"\b(?i:router|modem|nas|fritz!?box)[- ]?(?i:login|inlog)(?:\s?:|\s(?:is\s)?)\s*"
    r"((?=[^\s/]*[A-Za-z])(?![\w-]+(?:\.[\w-]+)+(?![^\s.,;:)]))(?!" + _DEVICE_MAKERS + r")"
    r"(?!\S+\s+(?i:page|pagina|screen|scherm|portal|ui|gui|interface)\b)"
    r"[^\s/\[\ue000'\"]{6,40})(?<![.,;:)])(?![^\s/]*/)"
)
# a password on a command line: "docker login -u ci-bot -p R3g!stry_ci_2024 registry...",
# "mysql -u root -pZomer24", "--password=...", and a curl user's after the colon: 'curl -u
# "api-user@shop.example:Sandbox!Retail_88"' (not "docker run -p 8080:80" nor "-P 3306")
_COMMAND_PASSWORD = re.compile(
    r"(?:\b(?:(?:docker|podman|nerdctl|buildah|skopeo|oras|helm registry) login|sshpass)\b"
    r"[^\n]{0,80}?\s-p[ ]"
    r"|\b(?:mysql\w*|mariadb)\b[^\n]{0,80}?\s-p(?=[^\s-])"  # "-p webshop" asks, names a database
    r"|\bredis-cli\b[^\n]{0,80}?\s-a[ ]"
    r"|(?<![\w-])--(?:password|passwd|pass)[= ]"
    r"|\bcurl\b[^\n]{0,80}?\s(?:-u|--user)[ ]?[\"']?[^\s:\"']{1,64}:)"
    r"[\"']?([^\s\"'\ue000\[]{3,64})",
)
# a login written as words and values in a row: "host 10.40.2.15 user app_rw pass pR0d!Warsaw#88"
_USER_THEN_PASS = re.compile(
    r"\b(?i:user|username|login|gebruiker)[ \t]+[^\s\[]{2,64}[ \t,;]+(?i:pass|pw|pwd)[ \t]+"
    r"([^\s'\"\ue000\[]{4,64})(?<![.,;:)])"
)
# a log's field with a password tried: 'login failed user=admin pw_attempt="admin123"', or
# the password's own field, any word in it ("password=welkom"; not "bus pass=...")
# a network's pre-shared key as a device logs it: "wifi_psk=tulpen-en-klompen-1962"
_PSK_FIELD = re.compile(
    r"(?<![\w-])(?i:(?:wifi|wlan|wpa2?)_?psk|psk)=[\"']?(?!\[[A-Z_]+\])"
    r"(?!(?i:disabled|enabled|none|hidden|configured|true|false|on|off)\b)([^\s\"'|,;\ue000]{8,63})"
)
_PASSWORD_TRIED_FIELD = re.compile(
    r"\b(?:(?i:pw|pwd|pass|passwd|password|wachtwoord)_?(?i:attempt|attempted|tried|entered|input"
    r"|guess|try)|(?:pwd|passwd|password|wachtwoord|Password|Wachtwoord)"
    # or which one it is, new or old, maybe in the clear: "old_pw=**** new_pw_plain=Voorjaar2024!!"
    r"|(?i:new|old|temp|tmp|current|cur)_(?i:pw|pwd|pass|passwd|password|wachtwoord)"
    r"(?:_(?i:plain|clear|cleartext|text))?)=[\"']?"
    # not a sudo line's directory ("PWD=/srv/app"), nor the comma after it, nor stars
    # (in quotes, spaces and all: 'new_pw_plain="Voorjaar 2024"')
    r"(?!\[[A-Z_]+\]|/|\*+(?:[\s\"',;]|$))"
    r"((?<=[\"'])[^\"'\n\ue000]{3,64}(?=[\"'])|[^\"'\s\ue000]{3,64})(?<![.,;:])"
)
# a login decoded from a Basic header or base64, user then password after a colon: "The base64
# decodes to deploy:W4rEhouse#2024 which is the right password"
_DECODED_LOGIN = re.compile(
    r"\b(?i:decodes? (?:to|as)|decoded(?: to| as)?:?|ontsleuteld:?|gedecodeerd:?)[ \t]+['\"`]?"
    r"(?:[A-Za-z][\w.@-]{1,39}|\ue000+):(?!//|\[[A-Z_]+\])([^\s'\"`\ue000]{4,64}?)(?<![.,;:])(?=['\"`]?(?:[\s,.;)]|$))"
)
_LOGIN_AROUND = re.compile(
    r"\b(?i:basic|authorization|auth|credentials?|login|inlog\w*|password|passwd|wachtwoord"
    r"|passwort|registry|docker)\b"
)
# a JSON field named for a password, also in camel case: '"newPassword":"Zonnebloem!84"'
# (or "pass", or a short key after the user's: '{"u":"kvl0193","p":"Rozenbottel#19"}')
_JSON_PASSWORD = re.compile(
    r'"\w*(?i:password|passwd|pwd|wachtwoord)"\s*:\s*"(?!\[[A-Z_]+\])([^"\s\ue000]{3,64})"'
)
# (or a short key after the user's: '{"u":"kvl0193","p":"Rozenbottel#19"}', with a password's
# shape: not a page's '"p":"142"', a test's '"pass":"true"')
_JSON_SHORT_PASSWORD = re.compile(
    r'"(?i:u|usr|user|username|login|email)"\s*:\s*"[^"\n]{1,80}"\s*,\s*"(?i:p|pw|pass)"\s*:\s*'
    r'"(?!\[[A-Z_]+\])((?=[^"]*[A-Za-z])(?=[^"]*[\d!#$%&*@?])[^"\s\ue000]{4,64})"'
    # a "pass" key of its own with a password's shape in a login's setting ('auth config:
    # {"pass": "Zomer2024!"}'; not a museum's or a gym's pass)
    r'|"(?i:pass)"\s*:\s*"(?!\[[A-Z_]+\])([^"\s\ue000]{3,64})"'
)
_JSON_USER_BEFORE = re.compile(
    r'"(?i:u|usr|user|username|login|email)"\s*:\s*"[^"\n]{1,80}"\s*,\s*$'
)
_LOGIN_SETTING_BEFORE = re.compile(
    r"\b(?:auth\w*|login|credential\w*|config\w*|host|db|database|smtp|imap|ftp|sftp|ssh"
    r"|account|inlog\w*|payload|request|body|api|json|aanroep\w*|foutmelding|error)\b",
    re.IGNORECASE,
)
# the keys of a ticket's, a member's or an event's pass in the same object
_OTHER_PASS_KEY = re.compile(
    r'"(?i:type|event|ticket|member\w*|museum|gym|flight|seat|boarding|season|plan|product)"'
)
# a field's state, not its value: '"pass":"pending"'
_FIELD_STATES = frozenset(
    "pending expired reset hidden onbekend unknown monthly yearly premium basic active inactive"
    " valid invalid ok failed passed required optional masked redacted".split()
)
_NOT_A_JSON_PASSWORD = frozenset(("true", "false", "null", "none", "yes", "no"))
# an app password as a mail provider shows it, four groups of four letters: "app-wachtwoord voor
# de telefoon: qzvt mrxb kfja pwly"
# (an app's password in groups of four: Google's "abcd efgh ijkl mnop", WordPress's six groups
# of letters and digits "wXyZ 4kLm 9PqR 2sTu 7VbN 3cDe")
_APP_PASSWORD = re.compile(
    r"(?:wachtwoord|password|passwort)\b[^\n]{0,40}?[: ]\s*"
    r"((?-i:[a-z]{4}(?: [a-z]{4}){3}|(?=[\w ]*\d)[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}))(?!\w)",
    re.IGNORECASE,
)


# a standard's, a line's or a device's name after a slash, no password: "WPA2-PSK", "VDSL2",
# "802.11ax", "Win11-23H2", "FRITZ!Box-7590"
_NETWORK_TECH = re.compile(
    r"(?i:wpa|wep|vdsl|adsl|802\.|fritz|win\d|\d+h\d|ghz|mbit|gbit|ethernet|fiber|fibre|glasvezel"
    r"|docsis|lte|[45]g\b)"
)


def _guest_password(cue: str, name: str, value: str) -> bool:
    """A plain Wi-Fi name before a slash and a password of letters and digits, named as Wi-Fi
    (not "Network:"), not the name again: "Wifi: HofstraatGast / zomer2024hof"."""
    return (
        cue.lower().startswith(("wifi", "wi-fi"))
        and any(c.isalpha() for c in value)
        and any(c.isdigit() for c in value)
        and not _NETWORK_TECH.search(value)
        and not value.lower().startswith(name.lower()[:4])
    )


def take_network_passwords(scan: Scan) -> None:
    """A network's name (kept) and the password written next to it: "Wifi: Home_5G / zee-25"."""
    if scan.mentions("netwerk", "network", "ssid", "wifi-naam", "wifinaam", "wifi name", "wlan",
                     "wifi heet", "wifi is", "wifi:", "wi-fi:", 'wifi "', "wifi '",
                     "wifi “"):  # fmt: skip
        for match in list(_NETWORK_NAME.finditer(scan.masked)):
            group = 1 if match.group(1) else 2
            scan.take(match.start(group), match.end(group), None)  # a network's name: no secret
            after = _AFTER_SLASH.match(scan.masked, match.end(group)) or _AFTER_COMMA_KEY.match(
                scan.masked, match.end(group)
            )
            name = match.group(group)
            if (
                after
                and group == 2
                and not re.search(r"[\d_-]", name)
                and not _guest_password(match.group(), name, after.group(1))
            ):
                continue  # two plain words: "Network: Ethernet / 802.11ax", "Zolder / Zolder_5G"
            if after and (password_like(after.group(1)) or _JOINED_WORDS.fullmatch(after.group(1))):
                scan.take(after.start(1), after.end(1), "PASSWORD")  # "Wifi: Home_5G / zee-25"


def take_typed_passwords(scan: Scan) -> None:
    """Passwords as machines and settings write them: a network's key, a command line's flag,
    a curl user's, a JSON field, an app password in four groups."""
    if scan.mentions("wpa", "wifi", "wi-fi", "wlan") and scan.mentions(
        "key", "sleutel", "schlüssel"
    ):
        for match in list(_WIFI_KEY.finditer(scan.masked)):
            if password_like(match.group(1)):
                scan.take(match.start(1), match.end(1), "PASSWORD")
    if scan.mentions("login", "inlog"):
        for match in list(_DEVICE_LOGIN.finditer(scan.masked)):
            if password_like(match.group(1)):
                scan.take(match.start(1), match.end(1), "PASSWORD")
    if "psk" in scan.lower:
        scan.take_all(_PSK_FIELD, "PASSWORD", 1)
    if "decode" in scan.lower:
        for match in list(_DECODED_LOGIN.finditer(scan.masked)):
            # a login's, said so around it, with a password's shape: not "The barcode decodes
            # to EAN:8712345678906", "The JWT header decodes to alg:HS256"
            if password_like(match.group(1)) and _LOGIN_AROUND.search(
                scan.masked, max(0, match.start() - 60), match.end() + 60
            ):
                scan.take(match.start(1), match.end(1), "PASSWORD")
    if scan.mentions(" pass ", " pw ", " pwd "):
        for match in list(_USER_THEN_PASS.finditer(scan.masked)):
            if password_like(match.group(1)):
                scan.take(match.start(1), match.end(1), "PASSWORD")
    if scan.mentions("-p", "-a", "--pass", "curl"):
        scan.take_all(_COMMAND_PASSWORD, "PASSWORD", 1)
    if '"' in scan.masked and scan.mentions("passw", "pwd", "wachtw"):
        scan.take_all(_JSON_PASSWORD, "PASSWORD", 1)
    if "=" in scan.masked and scan.mentions("pw", "pass", "wachtw"):
        for match in list(_PASSWORD_TRIED_FIELD.finditer(scan.masked)):
            value = match.group(1)
            if (
                value.lower() not in NO_VALUE
                and value.lower() not in STATUS_WORDS
                and any(c.isalnum() for c in value)
            ):
                scan.take(match.start(1), match.end(1), "PASSWORD")
    if '"' in scan.masked and scan.mentions('"p"', '"pw"', '"pass"'):
        for match in list(_JSON_SHORT_PASSWORD.finditer(scan.masked)):
            group = 1 if match.group(1) else 2
            value = match.group(group)
            after_user = group == 1 or bool(
                _JSON_USER_BEFORE.search(scan.masked, max(0, match.start() - 120), match.start())
            )
            object_start = scan.masked.rfind("{", 0, match.start())
            if not after_user and (
                not _LOGIN_SETTING_BEFORE.search(
                    scan.masked, max(0, match.start() - 100), match.start()
                )
                or _OTHER_PASS_KEY.search(scan.masked, max(0, object_start), match.start())
            ):
                continue  # a pass of another kind: '{"type":"boarding","pass":"KL1234-29A"}'
            plain = (
                after_user
                and value.isalpha()
                and value.islower()  # not a card's or a plan's name: "Stadspas", "Platinum"
                and value.lower() not in name_lists().common
                and value.lower() not in _FIELD_STATES
            )  # a word after the user's: '{"user":"jan","pass":"zonneschijn"}'
            if value.lower() not in _NOT_A_JSON_PASSWORD and (password_like(value) or plain):
                scan.take(match.start(group), match.end(group), "PASSWORD")
    if scan.mentions("wachtw", "passw"):
        common = name_lists().common
        for match in list(_APP_PASSWORD.finditer(scan.masked)):
            value = match.group(1)
            if not any(group in common for group in value.split()) and any(
                c.isalpha() for c in value
            ):  # not a reference of digit groups: "reference 1234 5678 9012 ..."
                scan.take(match.start(1), match.end(1), "PASSWORD")  # not "weet niet meer welk"


# a second guess on the next line, after a password given: "its Tulp3nBol!" / "or maybe
# tulpenbol3 lowercase idk", "of misschien Zomer2024?"
_SECOND_GUESS = re.compile(
    r"\n" + SPEAKER + r"[ \t]*(?:or|of|oder|o)(?: (?:maybe|misschien|perhaps|anders|vielleicht|it's"
    r"|its|het is|was it|was het))?[ \t]+([^\s'\"’”()]{4,40}?)[?!.,]?(?=[ \t]|$)",
    re.IGNORECASE | re.MULTILINE,
)


def take_second_guesses(scan: Scan) -> None:
    for found in [f for f in scan.found if f.kind == "PASSWORD"]:
        line_end = scan.masked.find("\n", found.end)
        if line_end < 0:
            continue
        guess = _SECOND_GUESS.match(scan.masked, line_end)
        if (
            guess
            and password_like(guess.group(1))
            and guess.group(1).rstrip(",.!?").lower() not in name_lists().common
        ):  # not "O nee, die is gisteren gewijzigd": a word, no guess
            scan.take(guess.start(1), guess.end(1), "PASSWORD")
