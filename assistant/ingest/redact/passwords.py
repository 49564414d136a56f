"""Passwords and PINs after their cue, and what tells a password from a one-time code: a
code that opens something for good (a door, a safe, a card's PIN) is a password, one that was
sent, arrived or expires is a one-time code (``codes``)."""

from __future__ import annotations

import re

from assistant.ingest.redact.guessed_codes import take_guessed_codes
from assistant.ingest.redact.lookalikes import (
    NO_VALUE,
    NUMBER_WORD_BEFORE,
    OTHER_NUMBER_TAIL,
    SETTING_BEFORE,
    USER_NAME_BEFORE,
)
from assistant.ingest.redact.numbers import NON_DIGIT
from assistant.ingest.redact.plates import CAR_WORDS, is_nl_plate
from assistant.ingest.redact.scan import MASK, Scan
from assistant.ingest.redact.secret_words import take_word_passwords
from assistant.ingest.redact.typed_passwords import (
    ASKS_ELSE_WORDS,
    DIGIT_GROUPS,
    NO_ANSWER,
    PLACEHOLDER,
    password_like,
    take_network_passwords,
    take_typed_passwords,
)

# what a one-time code is called: "code", "OTP", "2FA", "TAN", and compounds that say what the
# code is for ("verificatiecode", "sms-code", "inlogcode", "Bestätigungscode", "login code")
OTP_KIND = (
    r"(?:verificatie|verification|verifizierungs|inlog|login|log-in|aanmeld|anmelde|bevestigings"
    r"|confirmation|bestätigungs|activerings|activatie|activation|aktivierungs|authenticatie"
    r"|authentication|authentifizierungs|authenticator|toegangs|access|controle|koppel|pairing"
    r"|reset|herstel|recovery|backup|back-up|sicherheits|einmal|zugangs|freischalt|sms|text"
    r"|e-?mail|otp|2fa|mfa|tfa|2-?factor|two-factor|twee-?factor|tweestaps|one-time|one time"
    r"|eenmalige?|security|beveiligings|ophaal|afhaal|pickup|pick-up|collection|bezorg|delivery"
    r"|abhol"  # German: "Abholcode: 7H29KQ"
    r"|aflever|spraak|voice|guard|sign-?in"  # "Steam Guard code 7XK2P"
    r"|pac|stac|porting|overstap|migration|migratie|transfer"  # "PAC code", "transfer PIN"
    r"|respons|reactie"  # a bank's card reader's answer: "de responscode van haar digipass"
    r"|ontvangst(?=code)"  # a courier's, given at the door (not a card's "na ontvangst PIN ...")
    r"|machtigings)"  # sent by post to give someone access: "Machtigingscode (per post ...)"
)
# "pickup code" after a door or a safe: a one-time code after all
KIND_BEFORE = re.compile(OTP_KIND + r"[- ]?$", re.IGNORECASE)
_KIND_PIN = re.compile(OTP_KIND + r"[- ]?pin\b", re.IGNORECASE)
# --------------------------------------------------------------------------- passwords, codes

# where keys are left for a visitor: its code opens it for everyone, so it is a password
_KEY_SAFES = (
    r"(?:key ?safe|key ?box|lock ?box|sleutelkastje|sleutelkluis\w*|sleutelkast|key ?drop"
    r"|drop box|sleutelbus"  # "leave the keys in the drop box, code 7734"
    r"|pakketkluis|pakketbox|parcel box"  # one's own at the door: "in de pakketkluis, code 8832"
    r"|schlüssel(?:tresor|kasten|box|safe)"  # German: "Schlüsseltresor-Code: 5521"
    r"|sleutelautomaat|key machine|key dispenser"  # a hotel's or a garage's: "Uw code wordt 6613"
    # "leave the key in box 7, code 4080"
    r"|key (?:in|into) (?:the )?box|sleutel in (?:de|het) (?:kastje|kluisje|bakje))"
)
_LOCK = (
    r"(?:" + _KEY_SAFES + r"|kluisjes|kluisje|kluis|locker"
    r"|alarm|disarm(?=-?code|:| code)"  # "Disarm code: ...", not "disarm via keyfob KF-234"
    r"|smart ?lock|slimme? (?:deur)?slot|deurslot|codeslot|cijferslot|combination lock"
    r"|dwang(?=code)|duress(?= ?(?:code|pin))"  # an alarm's, calling for help: "Dwangcode: 19638"
    r"|padlock|hangslot)"
)
_PASSWORD_CUE = re.compile(
    r"\b(?:\w*wachtwoord|password|passwort|\w*kennwort|passcode|pw|pwd|ww|\w*pincode|pin(?: ?code)?"
    # other languages' labels: "mot de passe : ...", "contraseña", "hasło", "lösenord"
    r"|mot de passe|mdp|contraseña|contrasena|hasło|haslo|lösenord|losenord|passord|adgangskode"
    r"|salasana|senha"
    r"|paswrd|pasword|passwrd|paswoord|pswd|pwrd|wachtwrd|wachtwoort"  # typed in a hurry
    r"|puk(?: ?code)?"
    r"|\w*vergrendel(?:ing)?s?[- ]?code"  # a phone's own screen lock: "schermvergrendelingscode"
    # a lock's combination: "Mailbox combo: 18-04-22"
    r"|(?:mailbox|lock|locker|padlock|safe|bike lock|gate|postbus|brievenbus) combo"
    r"|memorable word"  # a UK bank's: "Memorable word (6–12 letters): peckham96"
    r"|pass(?=:)"  # a label: "login: bartek@o2.pl / pass: Zubr!Beer#77"
    r"|" + _LOCK + r"(?: ?code)?"
    # codes that open a door are passwords too: "the gate code is 1984#", "deurcode 4412"
    r"|digicode|code (?:de (?:la |l['’])?)?(?:porte|portail|entrée|immeuble)"  # French
    # Italian: "il codice del portone è cambiato, ora è 2580B"
    r"|codice (?:di accesso |d['’] ?accesso |d['’] ?ingresso )?"
    r"(?:(?:del|della|dell['’]|al|alla|all['’]|d['’]|di) ?)?(?:portone|porta|cancello|citofono"
    r"|ingresso|garage|cassaforte|lucchetto|allarme|box)"
    r"|(?:\w*(?:door|deur|poort|hek)|gate|garage|building|entry|intercom|portiek"
    r"|fietsenstalling"
    r"|master|guest|gast|gasten|lock|slot|cijfer|combinatie|combination|huis|house"
    # "I gave him the key code 4 4 1 9" (not a hotel room's, sent for the stay: "Your key code
    # for the room: 4417", "room key code")
    r"|(?<!product )(?<!product-)(?<!licen[cs]e )(?<!api )(?<!activation )(?<!room )"
    r"key(?![- ]?code\W{1,3}(?:for|voor)\W{1,3}(?:the |your |de |uw |je )?(?:room|kamer|zimmer)))"
    r"[- ]?code"
    # a network's code: "Wifi-code gegeven: canal-house-31", "WiFi toegangscode: ..."
    r"|(?:wifi|wi-fi|wlan)[- ]?(?:toegangs|access[- ])?code"
    # what opens a network: "wifi key from the sticker", "WPA-sleutel", "netwerksleutel"
    r"|(?:wifi|wi-fi|wlan|wpa2?|network|netwerk|router)[- ]?(?:key|sleutel|schlüssel))\b",
    re.IGNORECASE,
)
# what a code opens: after these a bare "code" is still the password ("key safe by the back
# door, code is 2580", "het alarm zet je uit met code 1987")
_PHYSICAL = re.compile(
    r"(?!locker)" + _LOCK + r"|\w*(?:door|deur|poort|gate|hek)\w*", re.IGNORECASE
)  # a parcel locker's code is a pickup code
# what may stand between the cue (or an earlier value) and a value: "is", ":", "was", "to",
# "as" ("wrote it down as 4071"), "code" ("sleutelkluis naast de deur, code 4829")...
# also with a word or two between ("is it still 4471#?", "its C1984", "in de app staat 8304")
_PASSWORD_VALUE = re.compile(
    # (not a purpose in brackets: "master code (to arm/disarm): old 1357, new 246810")
    r"(?:\b(?:is|was|ist|war|(?<!\()to|in|ik|be|now|nu|wordt|naar|want|wil|as|als|code|reads|luidt"
    r"|its|it['’]s|è"  # Italian: "ora è 2580B"
    # "old 1357, new 246810" (not a product's number: "the new 365 mailbox")
    r"|(?:old|new|oud|oude|nieuw|nieuwe)(?=\s+\d{4,}(?:[,.;)]|\s*$|\s+(?:and|en)\b))"
    r"|still"  # "Is the door code for the building still 4B27A?"
    r"|also|ook"  # a second try: "tried my paswrd bluebird_77 and also Bluebird77"
    r"|that['’]s|staat|stond|says|said|shows|toont|zegt|gives|geeft|toets|tik|type|enter|press"
    r"|met|with|using)|(?<!\d)[:=])"
    r"(?:\s+(?:it|het|still|nog|steeds|now|nu|just|gewoon|ook|also|then|dan|al|already|toets|tik"
    r"|type|enter|press))*"
    # also in a code span: "is `Tulp!24`"; not whom it was given to before a colon ("the PUK
    # was read out to her: 48120397")
    r"\s*['\"‘“(`]?(?!(?i:her|him|me|them|you|us|haar|hem|mij|jou|u):[ \t])"
    r"([^\s'\"’”(`]{3,40})"
)
_PASSWORD_WINDOW = 90
# a passphrase of a few words in quotes, with a digit among them: 'my master password is still
# "correct horse battery staple 77"'
_QUOTED_PHRASE = re.compile(
    r"[^\n\"“„']{0,30}?\b(?:is|was|ist|still|nog|steeds|luidt)\b[ \t]*:?[ \t]*[\"“„']"
    r"((?:[^\s\"”']{1,20} ){1,7}[^\s\"”']{1,20})[\"”']"
)
# what a rule for passwords says, not one: '"minimum 12 characters 1 digit"'
_RULE_WORDS = re.compile(
    r"\b(?:characters?|chars|tekens|letters|digits?|cijfers?|minimum|minimaal|maximum)\b", re.I
)
_BY_MEANS = re.compile(r"\W*(?:met|with|using)\b", re.IGNORECASE)
# before the cue: a one-time password, or a PIN a text gave ("my text said PIN 2086")
_SENT_BEFORE = re.compile(
    r"(?:one[ -]time|eenmalige?|(?:text|sms|bericht|message|e-?mail|app)\w*(?: \w+)?"
    r" (?:said|says|zei|zegt|with|met|:))\W{0,3}$",
    re.IGNORECASE,
)
# a value after these belongs to them, not to the password cue before
_OTHER_CUE = re.compile(
    r"\b(?:\w*code|otp|2fa|ip|e-?mail|iban|sms|text|zip|plz|bereikbaar|reachable|contact"
    r"|(?:telefoon|phone|mobiel|mobile|gsm|cell)"
    r"\w*|tel|nummer|number|nr|no)\b",
    re.IGNORECASE,
)
# a channel the password went by: "via sms", "per sms", "by text"
_CHANNEL_BEFORE = re.compile(r"\b(?:via|per|by|over) $", re.IGNORECASE)
# a phone number is no password: "gestuurd naar +31 6 ...", "changed to 06-12345678"
_PHONE_LIKE = re.compile(r"\+\d[\d()-]*|0\d{1,3}[- ]?\d{6,8}")
# after these the cue word names an action, not a value: "for the password reset, then..."
_NOT_A_PASSWORD_CUE = re.compile(
    # (also a log event's dotted name: "event=password.reset", "password.changed")
    r"\.(?:changed?|updated?|expired?|requested|created|failed|succeeded|sent)\b"
    r"|[-. ]?(?:reset|recovery|herstel|manager|link|reference|ref|referentie|location|locatie"
    r"|vergeten|forgotten|hint|geheugensteun"
    r"|authentication failed|auth failed"
    # the event, no value: "VPN not connecting after password change\nOpened: 2025-03-05"
    r"|change(?![ \t]*[:=])|wijziging(?![ \t]*[:=]))\b",  # 'Webformulier "Wachtwoord vergeten"'
    re.IGNORECASE,
)
# a login written as user / password: "admin login admin / Gale2026!", "inlog: jan / Zon2026!"
_LOGIN_PAIR = re.compile(
    r"\b(?:log-?in|inlog\w*|credentials|inloggegevens|account|gebruikersnaam|username|user"
    # "routerbeheer: admin / Admin!Okke" (not "Routermodel: AX55 / AX73")
    r"|(?:router|modem)(?!model)\w*|nas"
    r"|basic[- ]?auth)\b"  # "behind nginx with basic auth (admin / Nginx!Gate2023)"
    r"[^\n/]{0,40}?(?:\b[A-Za-z][\w.@-]{1,30}|\ue000++) ?/ ?([^\s/'\"’”]{3,40})",
    re.IGNORECASE,  # "Login for the test portal: test.partner / Sandbox!Q3-2024", or the
)  # user's e-mail address (taken already) before the slash: "app login is a@b.at / Pass#29"
# a PIN or passcode said in small groups: "telephone banking passcode 58 20 17"
_SPACED_DIGITS = re.compile(
    # (not a date's head: "Betaald: pin, 14-10-2024 15:42")
    r"\W{0,3}(?:(?:is|was)\W{1,2})?(\d{1,2}(?:[ -]\d{1,2}){1,5})(?![\d/]|[.,:-]\d| \d)"
)
# or in groups of four (or eight) digits, as a router's sticker prints a network's key:
# "WLAN-Passwort 4417 8820 9931 5524", "wifi key is 44178820 99315524"
_GROUPED_DIGITS = re.compile(r"\W{0,3}(?:(?:is|was|ist)\W{1,2})?(" + DIGIT_GROUPS + ")")
# ... or after a few words and a colon or "is": "wifi key on the sticker is 1234 5678 ..."
_GROUPED_AFTER_IS = re.compile(r"[^\n]{0,40}?(?::|\b(?:is|was|ist))[ \t]*(" + DIGIT_GROUPS + ")")
# or after a few words and a colon or "is": "Keybox for the bike storage: 7 7 1 3", "De deurcode
# van de zij-ingang na 23:00 is 4 8 6 2 *"
_SPACED_AFTER_COLON = re.compile(
    r"[^\n]{0,40}?(?::|\b(?:is|was))[ \t]*(\d(?: \d){3,7}(?: [*#])?)(?![\d/]|[.,:]\d| \d)"
)
# asked for in a question, answered on the next turn in single digits: "en je pincode?" /
# "Kofi: 8 1 5 3 maar niet doorvertellen"
# (also after a few more words on the question's line, and under a chat export's speaker and
# time: "de pincode van de gedeelde bankpas nog? ik sta bij de Jumbo" / "Daan 10:42" / "3318")
_TURN_SPEAKER = (
    r"(?:(?:\[?\d{1,2}[:.]\d{2}\]? *)?[^\n:\d]{1,25}: *|[^\W\d][^\n:\d]{0,24} \d{1,2}:\d\d[ \t]*\n"
    r"|\[\d{1,2}:\d\d\] [^\W\d][^\n:\d]{0,24}[ \t]*\n)"
)
_NEXT_TURN = r"[^\n?]{0,30}\?(?:[ \t][^\n?.!]{1,40})?[ \t]*\n" + _TURN_SPEAKER
# (maybe after a few words and "is": "Customer: Oh I never remember which is which. The whole
# thing is 4 0 9 2 1 7.")
_SPACED_ANSWER = re.compile(
    _NEXT_TURN
    + r"(?:[^\n\d?]{0,60}?"
    # (not another thing's: "het bedrag was 1 2 5 0 euro", "the meeting is 1 4 3 0")
    + r"(?<!(?i:bedrag) )(?<!(?i:amount) )(?<!(?i:prijs) )(?<!(?i:price) )(?<!(?i:total) )"
    + r"(?<!(?i:totaal) )(?<!(?i:jaar) )(?<!(?i:year) )(?<!(?i:meeting) )(?<!(?i:nummer) )"
    + r"(?<!(?i:number) )(?<!(?i:order) )(?<!(?i:postcode) )"
    + r"\b(?i:is|was|it's|its|ist)[ \t]+)?(\d(?:[ -]\d){3,7})(?![\d/]|[.,:]\d)"
    + r"(?!\s*(?i:euro|eur\b|€|dollars?|pounds?|km|kg|%|uur|min))"
)
# or in one group after a yes: "Heb je ook je pincode ingevuld?" / "Klant: ja ook, 1984, ..."
_DIGITS_ANSWER = re.compile(
    _NEXT_TURN + r"(?i:(?:ja|yes|yeah|yep|jep|jup|nee|no|ok|oké|helaas)\W{1,3})?"
    r"(?i:(?:ook|too|also|wel|die|dat|het|it)\W{1,3}){0,2}"
    r"(\d{4,6})(?![\d/]|[.,:]\d)"
)
# or proposed in the next turn after an invitation to choose one: "U kunt nu een nieuwe pincode
# voor de app kiezen." / "Klant: Mag ik weer 1 2 3 4 5 nemen?"
# (the invitation on the cue's line, before the cue or after it: "Please set up your new
# passcode now." / "Customer: ok, 4815 please")
_INVITED = re.compile(
    r"\b(?:kiezen|kies|instellen|aanmaken|bedenken|choose|set up|pick|create)\b", re.IGNORECASE
)
_CHOSEN_ANSWER = re.compile(
    r"[^\n?\d]{0,60}[ \t]*\n"
    + _TURN_SPEAKER
    # (not another number's: "Bestelling 1 2 3 4 5 kwam niet")
    # (nor a time: "Ik bel terug om 1 4 3 0")
    + r"(?:(?!(?i:bestel|order|nummer|number|nr\b|factuur|invoice|ref|tel|room|kamer"
    r"|(?<!\w)(?:om|at)\b))"
    r"[^\n\d?]){0,30}?"
    r"(\d(?:[ -]\d){3,7}(?![\d/]|[.,:]\d)"
    r"|(?!(?:19|20)\d\d\b)"  # not a year: "Kan dat ook voor 2025?"
    r"\d{4,6}(?=\?| (?i:nemen|gebruiken|use|again|weer|please|graag|alsjeblieft)\b|[.!]?[ \t]*$))"
    # (not an amount: "Kan ik eerst 2 5 0 0 euro opnemen?")
    r"(?!\s*(?i:euro|eur\b|€|dollars?|pond|pounds?|gbp|usd|%|kg|km|uur|min))",
    re.MULTILINE,
)
# or in quotes, maybe after "that's": "klantwachtwoord ... ingesteld?" / 'KL: Dat is "Bloemkool"'
_QUOTED_ANSWER = re.compile(
    _NEXT_TURN + r"(?i:(?:dat is|dat was|het is|that's|that is|it's|it is|is)\W{1,3})?"
    r"[\"“‘']([^\s\"”’'\ue000]{3,40})[\"”’']"
)
# or said in quotes, the cue's own word: 'klantwachtwoord genoemd ("elch-amsterdam")'
# (a typed value: a digit, words joined by a dash or a capital; not "given ("N/A")", "("wrong")")
_SAID_QUOTED = re.compile(
    r"[ \t]+(?i:(?:werd|was|is|wordt) )?(?i:genoemd|noemde|gegeven|gaf|doorgegeven|opgegeven"
    r"|mentioned|given|gave)[ \t]*:?[ \t]*\(?"
    r"[\"“‘']((?=[^\s\"”’']*(?:\d|[a-z]-[a-z]|[a-z][A-Z]))[^\s\"”’'\ue000/]{5,40})[\"”’']"
)
# ... unless the question asks something else about it: "Which account is the password for?",
# "Where do you keep your password?", "Did you change your password?" (not "Do you remember
# the password?")
_ASKS_ELSE = re.compile(r"\b(?:" + ASKS_ELSE_WORDS + r")\b[^\n?]*$", re.IGNORECASE)
# the cue's line only announces the value: "Your temporary password is:\n\n    Tq8!vRe4#mZ"
_ANNOUNCED = re.compile(r"\s*(?:is|was|:|is:)?\s*", re.IGNORECASE)
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*:")
_BRACKETED = re.compile(r"(?:[^()\n.!?]|\.(?=\w)){0,50}\(([^\s'\"’”()]{3,40})")  # in the sentence
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# a field's label in a later sentence: "... gezet. Server: web-ams-14"
# (or a field's after a bar: "Locker: 2291-B | Size: B | Order: 663018-PL")
# (also a thing's field at a line's start, not a chat's speaker: "PIN of debit card blocked
# ...\nCard: Bancontact/Maestro 6759 ...")
_LABEL_BEFORE = re.compile(
    r"(?:[.!?|][ \t]+([A-Z][\w-]{1,20}(?: [\w-]{1,20}){0,3})"
    r"|\n[ \t]*((?i:card|kaart|pas|betaalpas|creditcard|account|rekening|iban|server|host|url"
    r"|e-?mail|address|adres|phone|telefoon|order|bestelling|model|type|status|product|artikel"
    r"|date|datum|zending|shipment|sendung|tracking|track ?& ?trace|afzender|sender)))"
    r":\s?$"
)
# a field's name, not its value: "field=new_password value=..."
_FIELD_NAME = re.compile(r"[a-z_]*(?:pass(?:word|wd)|wachtwoord)[a-z_]*")
_FIELD_KEY_BEFORE = re.compile(r"\b(?:field|name|param|key|column|kolom|veld)[=:]\s?$", re.I)
# a locker's own number after a bare "Locker:" (its code has a cue of its own)
_KEY_IS = re.compile(r"[A-Za-z_]+=")  # a field's key before its value: "value=Tulp!24"
_LOCKER_NUMBER = re.compile(r"\d{1,5}-[A-Z]{1,2}|\d{1,3}")


_PASSWORD_WORDS = ("wachtw", "passw", "passc", "kennwort", "pass:", "puk", "pw", "ww", "pin",
                   "pasw", "pswd", "memorable",
                   "mot de passe", "mdp", "contrase", "hasło", "haslo", "senord", "passord",
                   "adgangskode", "salasana", "senha",
                   "safe", "digicode", "code de", "code porte", "codice",
                   "sleutel", "kluis", "locker", "alarm", "disarm", "dwang", "duress", "deurcode",
                   "door code", "gate code",
                   "poortcode", "deur code",
                   "-code", "garagecode", "entry code", "master code", "mastercode",
                   "guest code", "guestcode", "gastcode", "gastencode", "lock code", "slotcode",
                   "cijfercode", "combinat", "huiscode", "house code", "key box", "keybox",
                   "lock box", "lockbox", "smart lock", "smartlock", "slimme slot", "slim slot",
                   "deurslot", "codeslot", "cijferslot", "padlock", "hangslot", "key",
                   "drop box", "combo", "schlüssel", "vergrendel",
                   "wifi code", "wificode", "wlan code", "wlancode", "wi-fi code", "wifi toegang",
                   "wifi access")  # fmt: skip


def _take_login_pairs(scan: Scan) -> None:
    for match in list(_LOGIN_PAIR.finditer(scan.masked)):
        value = match.group(1).rstrip(".,;:)")
        if (
            len(value) >= 3
            and not value.isdigit()
            and not _RELEASE.fullmatch(value)  # a browser's release: 'ua="Edge/124.0"'
            and password_like(value)
        ):
            scan.take(match.start(1), match.start(1) + len(value), "PASSWORD")


_RELEASE = re.compile(r"\d+(?:\.\d+)+")


# a word and a number, the line's last thing after the cue: a word with a capital inside, or a
# year after it ("wifi key: BlauweRegen 77", "wachtwoord: Zomer 2024"; not what a code is for:
# "Wifi password: Apartment 3", "Deurcode: Ingang 2", which no lock's cue reads here)
_WORD_AND_NUMBER = re.compile(
    r"[ \t]*(?:(?i:is|was)[ \t]+|[:=][ \t]*)?"
    r"(?!(?i:windows|version|versie|model|type|week|room|kamer|apartment|appartement)\b)"
    r"([A-ZÀ-Þ][a-zà-ÿ]+(?:[A-ZÀ-Þ][a-zà-ÿ]+)* \d{1,4}[!?#@$%&*]?)(?=[.]?[ \t]*(?:\n|$))"
)
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_YEAR_AFTER_WORD = re.compile(r" (?:19|20)\d\d\b")


# a value with letters and digits a few small words after the cue: "het wachtwoord op het
# kaartje Zeezicht2023 wordt niet geaccepteerd", "the password on the sticker Blue7harbour"
_MIXED_AFTER = re.compile(
    r"(?:\s+(?!(?:for|voor|of|van|my|mijn|your|je|jouw|uw)\b)[a-zà-ÿ]{1,10}){1,4}\s+"
    r"((?=[^\s\d]*\d)(?=\d*[A-Za-zà-ÿ])[A-Za-zà-ÿ0-9][^\s'\"’”(]{5,39})"
)


# the door the code opens named between cue and value: "deurcode kamer 8830." (not "deurcode
# kamer 12 is 4471", where the room's number comes first)
_DOOR_NAMED = re.compile(
    r"\s+(?:kamer|room|unit|appartement|apartment|flat|studio|suite|voordeur|achterdeur"
    r"|front door|back door|hoofdingang|main entrance)\s+(\d{4,8})(?=[.,;!?]?(?:\s|$))"
    r"(?!\s*(?:is|was|:|=))",
    re.IGNORECASE,
)


# a sign-in pass given for hours, a one-time code: "Temporary access pass: QX7-48M-2PL (valid 8 h)",
# "Your Temporary Access Pass (TAP): Kd8#mQ2!rT", "TAP: 9XK2-PQ7L" (its short name in capitals)
_ACCESS_PASS = re.compile(
    r"(?:\b(?i:temporary access pass|tijdelijke toegangspas)(?:\s*\(TAP\))?"
    r"|\bTAP(?=\s*[:=]|\s+(?i:is|was)\b))\W{0,3}(?:(?i:is|was)\W{1,2})?[\"'“‘]?"
    r"((?=[^\s()]*\d)(?=[^\s()]*[A-Za-z])[A-Za-z0-9][^\s'\"’”()]{4,23}[^\s'\"’”().,;:!?])"
    r"(?=[\"'”’]?[.,;:!?]*(?:\s|$))"
)
# the short name alone only where signing in is about: not TAP Air Portugal, nor a mixer tap
_SIGN_IN_WORDS = ("sign in", "sign-in", "log in", "login", "inloggen", "aanmelden", "mfa",
                  "entra", "azure", "authenticat", "passwordless", "access pass")  # fmt: skip


def take_passwords(scan: Scan) -> None:
    """A password-like value within a sentence or two after a cue ("wachtwoord is X",
    "password: X", "PIN for the locker is X", "my old one was X, the new one would be Y")."""
    if scan.mentions("port", "poort"):
        _keep_ports(scan)
    if scan.mentions("access pass", "toegangspas") or (
        "TAP" in scan.masked and scan.mentions(*_SIGN_IN_WORDS)
    ):
        scan.take_all(_ACCESS_PASS, "OTP", 1)
    if "/" in scan.masked and scan.mentions(
        "log", "credential", "gegevens", "account", "user", "router", "modem", "nas", "auth"
    ):
        _take_login_pairs(scan)
    if scan.mentions("codew", "code w", "memorable", "security word", "safe", "secret", "geheim",
                     "wachtzin", "wachtw", "pass", "haalwoord", "kennwort", "mem word",
                     "sicherheitsw", "security answer", "veiligheidsw"):  # fmt: skip
        take_word_passwords(scan)
    take_network_passwords(scan)
    take_guessed_codes(scan)
    take_typed_passwords(scan)
    if not scan.mentions(*_PASSWORD_WORDS):
        return
    if scan.mentions("old one", "oude was", "oude is"):
        _take_old_ones(scan)
    for cue in list(_PASSWORD_CUE.finditer(scan.masked)):
        if scan.masked[max(0, cue.start() - 1) : cue.start()] == "[":
            continue  # the placeholder [PASSWORD] is no cue
        if re.match(r"[-_][\dA-Z]", scan.masked[cue.end() : cue.end() + 2]) or _METHOD_AFTER.match(
            scan.masked, cue.end()
        ):
            continue  # part of an identifier: "(PW-4471)", or a login's method: "password+totp"
        if cue.group() in ("WW", "PW") and CAR_WORDS.search(
            scan.masked, max(0, cue.start() - 20), cue.start()
        ):
            continue  # "PL-kenteken WW 4821K": a Warsaw plate's letters, no password's cue
        if cue.group().lower().startswith("alarm") and _THRESHOLD_AFTER.match(
            scan.masked, cue.end()
        ):
            continue  # an alarm's threshold, no code: "(setpoint 5 °C, alarm bij >8 °C)"
        if cue.group().upper() == "PWD" and _PATH_VALUE.match(scan.masked, cue.end()):
            continue  # a shell's working directory: "sudo: ... ; PWD=/srv/app ; USER=root"
        if cue.group().lower().startswith("pin") and KIND_BEFORE.search(
            scan.masked, max(0, cue.start() - 16), cue.start()
        ):
            continue  # "transfer PIN", "porting PIN": a one-time code (``codes``)
        if _SENT_BEFORE.search(scan.masked[max(0, cue.start() - 30) : cue.start()]):
            continue  # a one-time password, a PIN sent by text: an OTP
        window_end = min(len(scan.masked), cue.end() + _PASSWORD_WINDOW)
        while window_end < len(scan.masked) and not scan.masked[window_end].isspace():
            window_end += 1  # a value cut by the window's end is taken whole: "(1066)"
        window = scan.masked[cue.end() : window_end]
        head = window.split("\n\n", 1)[0]
        if not _ANNOUNCED.fullmatch(head):
            window = head  # not past a paragraph, unless the value was announced there
        first_line = window.split("\n", 1)[0]
        if MASK in first_line or PLACEHOLDER.search(first_line):
            window = first_line  # its value is on its line (or was, on an earlier pass)
        again = next(
            (m for m in _PASSWORD_CUE.finditer(window) if window[m.start() - 1 : m.start()] != "["),
            None,
        )
        if again:  # "to a locker. Locker reference: ...": what follows the next cue is its own
            window = window[: again.start()]
        physical = _PHYSICAL.match(cue.group()) is not None
        # a parcel locker's code is sent for one pick-up: "Reminder - locker code 772913
        # expires today" (a locker's PIN one chose stays a password)
        parcel = _LOCKER_CODE.fullmatch(cue.group()) and _PARCEL.search(scan.masked)
        kind = "OTP" if parcel else "PASSWORD"
        if physical and _RECOVERY_CODE_BEFORE.search(
            scan.masked, max(0, cue.start() - 60), cue.start()
        ):
            kind = "OTP"  # where a backup code was kept: "De herstelcode die we in het
            # kluisje vonden is K9P4-77QX"
        # what the password is for, in brackets right after the cue, is no other value's cue:
        # "Kundenkennwort (for phone support): Rosengarten1968"
        aside = _ASIDE.match(window)
        for other in _OTHER_CUE.finditer(window):
            if aside and other.start() < aside.end():
                continue
            colon = window.find(":", other.end())
            while colon >= 0 and _CLOCK_AT.match(window, max(0, colon - 2)):
                colon = window.find(":", colon + 1)  # a time is no value's colon: "om 10:06"
            if (
                _CHANNEL_BEFORE.search(window, max(0, other.start() - 5), other.start())
                and 0 <= colon <= other.end() + 40
                and "\n" not in window[other.end() : colon]
            ):  # how it was sent, no cue of its own, the value after a colon: "Tijdelijk
                # wachtwoord via sms naar 06 2214 9386: Tmp-7hXq-2291" (where it went is blanked;
                # not up to the next turn's time: "u krijgt een code via sms.\n[10:06] ...")
                window = window[: other.start()] + " " * (colon - other.start()) + window[colon:]
                continue
            if (
                physical
                and other.group().lower() in ("code", "pincode")
                and not KIND_BEFORE.search(window, max(0, other.start() - 16), other.start())
            ):
                continue  # "key safe by the back door, code is 2580"
            window = window[: other.start()]  # "password reset, got reset code: 8842"
            break
        if _NOT_A_PASSWORD_CUE.match(window):
            continue  # "the password reset", "wachtwoord vergeten": no value follows
        quoted = _QUOTED_ANSWER.match(window) or _SAID_QUOTED.match(window)
        line_start = scan.masked.rfind("\n", 0, cue.start()) + 1
        if (
            quoted
            and not _ASKS_ELSE.search(scan.masked, line_start, cue.start())
            and not PLACEHOLDER.search(quoted.group(1))
            and quoted.group(1).lower() not in NO_ANSWER
        ):
            scan.take(cue.end() + quoted.start(1), cue.end() + quoted.end(1), kind)
            continue  # a word in quotes, answered to the question that asked for it
        # also a field's or a link's value: "password=Tulp!24", "&pw=Kwartaal-Q2!&format=csv"
        direct = re.match(r"\s?=([^\s'\"’”(`&]{3,40})", window) or re.match(
            r"\s?(?![=,;|])['\"‘“(`]?([^\s'\"’”(`]{3,40})", window
        )
        if not direct:  # the next cell of a key-value export: "password,Zomer!2024" (not a
            cell = _NEXT_CELL.match(window)  # header's next column: "password,totp")
            direct = cell if cell and not _HEADER_CELL.fullmatch(cell.group(1)) else None
        if cue.group().lower() == "locker" or (direct and _KEY_IS.match(direct.group(1))):
            direct = None  # "InPost Locker WAT0412M": the locker's name; "value=Tulp!24" has
            # its value after the "=" (``_PASSWORD_VALUE``)
        candidates = [direct] if direct else []
        door = _DOOR_NAMED.match(window) if physical else None
        if door:
            candidates.append(door)
        spaced = (
            _GROUPED_DIGITS.match(window)
            or _GROUPED_AFTER_IS.match(window)
            or _SPACED_DIGITS.match(window)
            or _SPACED_AFTER_COLON.match(window)
            or _SPACED_ANSWER.match(window)
            or _DIGITS_ANSWER.match(window)
            or (_CHOSEN_ANSWER.match(window) if _invited(scan.masked, cue.start()) else None)
        )
        if spaced and len(NON_DIGIT.sub("", spaced.group(1))) >= 4:
            candidates.insert(0, spaced)
        # in brackets close after the cue: "the old one (Hx7#qLm2)", "pincode klopt (4402)"
        bracketed = _BRACKETED.match(window)
        if bracketed:
            candidates.append(bracketed)
        phrase = _QUOTED_PHRASE.match(window)
        if (
            phrase
            and any(c.isdigit() for c in phrase.group(1))
            and not _RULE_WORDS.search(phrase.group(1))
        ):
            candidates.append(phrase)
        candidates += list(_PASSWORD_VALUE.finditer(window))
        worded = None if physical else _WORD_AND_NUMBER.match(window)
        if worded and (_CAMEL.search(worded.group(1)) or _YEAR_AFTER_WORD.search(worded.group(1))):
            candidates.append(worded)
        mixed = _MIXED_AFTER.match(window)
        if mixed and not _PHONE_LIKE.match(mixed.group(1)):
            candidates.append(mixed)
        line_end = window.find("\n")
        took = False
        last_end = 0
        for match in sorted(candidates, key=lambda m: m.start(1)):
            if took and 0 <= line_end < match.start(1):
                break  # found on the cue's line: the next lines hold other things
            if last_end and _SENTENCE_END.search(window, last_end, match.start(1)):
                break  # "code 0613. Terugbellen op 0513 – 62 41 97": the next sentence's
            label = _LABEL_BEFORE.search(window, 0, match.start(1))
            if label and not _PASSWORD_CUE.search(label.group(1) or label.group(2)):
                break  # "... in een ticket gezet. Server: web-ams-14": another field's value
            field = _JSON_KEY_BEFORE.search(window, max(0, match.start(1) - 40), match.start(1))
            if field and not _PASSWORD_CUE.search(field.group(1)):
                break  # '..."password":"Tulp!24","remember":true}': another field's value
            value = match.group(1).rstrip(".,;:)?")
            if MASK in value or PLACEHOLDER.search(value):
                # taken before, on this pass or an earlier one
                last_end = match.start(1) + len(value)
                continue
            start = cue.end() + match.start(1)
            if NUMBER_WORD_BEFORE.search(
                scan.masked, max(0, start - 25), start
            ) or USER_NAME_BEFORE.search(scan.masked, max(0, start - 25), start):
                continue  # "my member number is 55102", "account name is x_77": an identifier
            if _REFERENCE_RIGHT_BEFORE.search(scan.masked, max(0, start - 30), start):
                continue  # a report's or a case's reference: "police-report reference: KS-2024-5"
            if _NUMBER_ASKED_BEFORE.search(scan.masked, max(0, start - 80), start):
                continue  # the answer to "Wat is je studentnummer?" on a chat's next line
            if (
                (
                    _FIELD_NAME.fullmatch(value)
                    and _FIELD_KEY_BEFORE.search(scan.masked, max(0, start - 12), start)
                )
                or OTHER_NUMBER_TAIL.search(scan.masked, max(0, start - 30), start)
                or (cue.group().lower() == "locker" and _LOCKER_NUMBER.fullmatch(value))
            ):
                continue  # "field=new_password", "the SIM ending in 4471", "Locker: 2291-B"
            key = _LOG_KEY_BEFORE.search(window, max(0, match.start(1) - 40), match.start(1))
            if key and not _secret_key(key.group(1)) and key.group(1).lower() not in _VALUE_KEYS:
                continue  # "password changed customer_id=30912": a log's other field (not the
                # value of the field it names: "field=old_password value=Fietsbel#21")
            if _in_command(window, match.start(1), match.start(1) + len(value)):
                continue  # a word of a command in backticks: "`php artisan queue:restart`"
            if _DAY_MONTH.fullmatch(value) and _DATE_WORD_BEFORE.search(
                scan.masked, max(0, start - 24), start
            ):
                continue  # a day, not the code: "We extended it to 29-03"
            duration = _DURATION_AFTER.match(window, match.start(1) + len(value))
            if duration and (
                not duration.group("short")
                or value[0] == "~"
                or _IN_BEFORE.search(scan.masked, max(0, start - 8), start)
            ):
                continue  # "a new card will arrive in 5-7 days", "with you in ~40 min." (not
                # "pincode 4832 min. 3 pogingen", nor "Wachtwoord: 552190 Hr. Bakker")
            if _LENGTH_RULE_AFTER.match(window, match.start(1) + len(value)):
                continue  # what the value must be: "Memorable word (6–12 letters): ..."
            if SETTING_BEFORE.search(scan.masked, max(0, start - 16), start) or (
                scan.masked[max(0, start - 2) : start] == MASK + ":"
                and _PORT.fullmatch(value) is not None
            ):
                continue  # "port: 587" in a config shared with its password, a host's port
                # and path after its address: "@172.31.14.88:5432/planner"
            query = _QUERY_PARAMETER_BEFORE.search(scan.masked, max(0, start - 24), start)
            if query and not _secret_key(query.group(1)):
                continue  # a link's parameter ("...reset-password?token=[TOKEN]&uid=5519032"),
                # not the password's own ("&pw=Kwartaal-Q2!")
            if _DISPLAY_SAYS_BEFORE.search(scan.masked, max(0, start - 24), start):
                continue  # what a screen shows is an error: "the screen says E07"
            if _RULE_ARGUMENT_BEFORE.search(scan.masked, max(0, start - 24), start):
                continue  # a form rule's length: "'password' => 'required|string|min:12|...'"
            if is_nl_plate(value) and CAR_WORDS.search(window, 0, match.start(1)):
                continue  # "new PIN letter will be posted.\nCar: H-902-BX": a car's plate
            if _BY_MEANS.match(match.group()) and not any(c.isdigit() for c in value):
                continue  # "verified with geb.datum ...": a value after "met"/"with" has digits
            if value.lstrip(":") in ("**", "__") and scan.masked[
                max(0, cue.start() - 2) : cue.start()
            ] in ("**", "__"):
                continue  # a bold label's closing marks, no masked value: "**PIN:** 4821"
            if not any(c.isalnum() for c in value) or value.lower() in NO_VALUE:
                scan.take(start, start + len(value), None)  # kept, and no other rule reads
                break  # past it: the value masked by the log itself ("password=***")
            if len(value) >= 3 and password_like(value) and not _PHONE_LIKE.fullmatch(value):
                groups = _RANDOM_GROUPS.match(window, match.start(1) + len(value))
                if groups and len(value) >= 6 and value[-4:].isalnum():
                    value += groups.group()  # "wp_app_Xk2R 9mLq 7TzV 4Pn8": an app password
                second = _PUK_SECOND_GROUP.match(window, match.start(1) + len(value))
                puk = cue.group()[:3].lower() == "puk"
                if second and puk and len(value) == 4 and value.isdigit():
                    value += second.group()  # a SIM's eight digits in two groups: "PUK 1234 5678"
                scan.take(start, start + len(value), kind)
                took = took or match.start(1) < line_end
                last_end = match.start(1) + len(value)


# the password before, later in a text that named a password: "The old one was olifant77 in
# case you need it", "de oude was Tulp!2023"
_OLD_ONE = re.compile(
    r"\b(?i:the old one|my old one|de oude|het oude|mijn oude)[ \t]+(?i:was|is)[ \t]*:?[ \t]*"
    r"['\"‘“]?((?=[^\s'\"’”()]*[A-Za-zà-ÿ])(?=[^\s'\"’”()]*[\d!#$%&*@?_])[^\s'\"’”()]{4,40})"
)
_TYPED_PASSWORD_CUE = re.compile(
    r"\b(?:\w*wachtwoord|password|passwort|\w*kennwort|passcode)\b", re.IGNORECASE
)


def _take_old_ones(scan: Scan) -> None:
    for match in list(_OLD_ONE.finditer(scan.masked)):
        value = match.group(1).rstrip(".,;:)?")
        if (
            _TYPED_PASSWORD_CUE.search(scan.masked, 0, match.start())
            and password_like(value)
            and any(c.islower() for c in value)  # not a meter's model: "de oude was E350-2017"
        ):
            scan.take(match.start(1), match.start(1) + len(value), "PASSWORD")


# more groups of four random letters and digits after a value, as an app password is shown (no
# word, no plain number: "9mLq 7TzV 4Pn8")
_RANDOM_GROUPS = re.compile(
    r"(?: (?![a-z]{4}\b|[A-Z][a-z]{3}\b|\d{4}\b)[A-Za-z\d]{4}){2,5}(?![\w-])"
)
_REFERENCE_RIGHT_BEFORE = re.compile(
    r"\b(?:reference|referentie|ref|kenmerk|dossier(?:nummer)?|case|zaak(?:nummer)?|proces-verbaal"
    r"|pv)\.?[ \t]*(?:no\.?|nr\.?|number|nummer)?[ \t]*[:#]?[ \t]*$",
    re.IGNORECASE,
)
# a question for a number on the line before, answered after a speaker's label
_NUMBER_ASKED_BEFORE = re.compile(
    r"\b\w*(?:nummer|number|nr\.?|id)\?[ \t]*\n(?:\[[\d:. ]+\] ?)?[^\n:]{1,30}:[ \t]*$",
    re.IGNORECASE,
)
_DISPLAY_SAYS_BEFORE = re.compile(
    r"\b(?:screen|display|scherm\w*|lcd|panel|paneel)\s+(?:now\s+|nu\s+)?(?:says|said|shows"
    r"|showed|is showing|reads|read|zegt|zei|toont|toonde|gives|gave|geeft|gaf)\s*:?\s*['\"‘“]?$",
    re.IGNORECASE,
)
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:(?:bij|at|above|boven|below|onder|when|als|if)\s*)?[<>≥≤]\s*\d"
    r"|\s*(?:bij|at|above|boven|below|onder)\s+\d+(?:[.,]\d+)?\s*(?:°|%|bar|ppm|graden|degrees)",
    re.IGNORECASE,
)
_PATH_VALUE = re.compile(r"=/[\w.-]+(?:/[\w.-]+)*/?(?=[\s;,]|$)")
# a login's second factor after the password's word: "method=password+totp"
_METHOD_AFTER = re.compile(
    r"\+(?:totp|otp|sms|mfa|2fa|u2f|webauthn|pin|fido2?|push|yubikey|token|cert)\b", re.IGNORECASE
)
# the argument of a web form's validation rule, after its bar: "required|min:" (a rule's chain)
_RULE_ARGUMENT_BEFORE = re.compile(r"[|'\"](?:min|max|size|between|digits|digits_between):$")


def _in_command(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is inside a code span with a space in it: a command
    ("`fail2ban-client set sshd unbanip`"), not a value in backticks of its own ("`Tulp!24`")."""
    opening = text.rfind("`", 0, start)
    closing = text.find("`", end)
    if opening < 0 or closing < 0 or text.count("`", 0, start) % 2 == 0:
        return False
    span = text[opening + 1 : closing]
    return "\n" not in span and " " in span


_PORT = re.compile(r"\d{2,5}(?:/\S*)?")  # a port, maybe a path: "5432/planner"
# a port's number after its word, kept (no password, whatever the text is about): "the SSH port is
# 2222 now", "de https-poort 8443" (a bare "poort" only in a text about networks: a gate's
# "poort" has a code)
_PORT_VALUE = re.compile(
    # (not a street's "Port": "Avinguda del Port 214")
    r"\b(?:(?<!to )(?<!\bnumber )(?<!\bdel )(?<!\bde )(?<!\bdu )(?<!\bof )ports?|\w+_port"
    r"|poortnummer"
    r"|(?:standaard|tcp|udp|ssh|https?|smtp|imap|db|vpn|rdp|ftp|server|proxy|admin)-?poort)\b"
    r"[ \t]*(?:(?:is|was|naar|to|van|from|op|on|now|nu|changed|gewijzigd|=|:)[ \t]*){0,3}"
    # (not a phone to port: "Mobile number to port: 0478 21 93 46")
    r"(\d{2,5})(?!\d|[.,:/-]\d|\w| \d)",
    re.IGNORECASE,
)
_BARE_PORT_VALUE = re.compile(
    r"\b(?i:de |the )?poort (?:is |was |naar |=|: ?)(\d{2,5})(?!\d|[.,:/-]\d|\w)"
)
_NETWORK_WORDS = ("vpn", "ssh", "server", "router", "tcp", "udp", "http", "firewall", "database")


def _keep_ports(scan: Scan) -> None:
    scan.take_all(_PORT_VALUE, None, 1)
    if scan.mentions(*_NETWORK_WORDS):
        scan.take_all(_BARE_PORT_VALUE, None, 1)


_LENGTH_RULE_AFTER = re.compile(
    r" (?:letters|characters|chars|tekens|karakters|digits|cijfers|Zeichen|caractères)\b"
)
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])")
_DATE_WORD_BEFORE = re.compile(
    r"\b(?i:extended (?:it |them )?to|until|till|valid (?:to|until|till)|since|sinds|vanaf"
    r"|verlengd tot|geldig tot|t/m)\W{0,2}$"
)
# a duration after the value; a short one only after "in" or "~" and with no number after it
# (not "pincode 4832 min. 3 pogingen", nor "Wachtwoord: 552190 Hr. Bakker")
_DURATION_AFTER = re.compile(
    r" ?(?:(?i:days?|dagen|werkdagen|business days|working days|weeks?|weken|hours?|uur"
    r"|minutes?|minuten)\b|(?P<short>mins?|hrs?)\b(?!\.?[ \t]*\d))"
)
_IN_BEFORE = re.compile(r"\b(?:in|within|binnen|over|about|ongeveer)[ \t]+$", re.IGNORECASE)
# a JSON field's name before its value: '"remember":'
_JSON_KEY_BEFORE = re.compile(r'"([\w.-]{1,30})"[ \t]*:[ \t]*"?\Z')
# a log's field name right before the value, and the parts that name a secret in one
_LOG_KEY_BEFORE = re.compile(r"(?<![\w.-])([A-Za-z][\w.-]{0,30})=[\"']?\Z")
_VALUE_KEYS = frozenset(("value", "val", "waarde", "wert", "valeur", "input", "new", "old"))
# a key's part that names a secret: "pw", "db_pass", "newPassword" (not "passenger_id",
# "error_code", "shipping_id")
_SECRET_PARTS = frozenset(
    "pass pw pwd pin pincode passcode wachtwoord ww kennwort passwort mdp secret otp".split()
)
_SECRET_IN_KEY = re.compile(r"password|passwd|wachtwoord|passwort|kennwort|passcode|secret", re.I)


def _secret_key(key: str) -> bool:
    parts = re.split(r"[_.\-]|(?<=[a-z])(?=[A-Z])", key)
    return any(p.lower() in _SECRET_PARTS for p in parts) or bool(_SECRET_IN_KEY.search(key))


# a value in a link's query after its name: the rules for links and tokens judge those
_QUERY_PARAMETER_BEFORE = re.compile(r"[?&]([\w.-]{1,20})=$")


# what a code opens for good: then it is a password, unless it was sent ("buzzer code is
# 4471", "the PIN was right (8824", "de code van de fietsenstalling is 3719")
# the doors and places a code opens for good ("bouwdeur", "achterdeur", "backdoor" too), read by
# ``_PERMANENT`` and ``_CODE_FOR_PLACE``
_DOORS = (
    r"\w*door|\w*deur|gate|poort|hek|garage|fietsenstalling|berging|shed|schuur|porch|\w*ingang"
    r"|entrance|building|gebouw|portiek|key ?safe"
)
_PERMANENT = re.compile(
    r"\b(?:buzzer|intercom|" + _DOORS + r"|bike"
    r"|\w*kast|cupboard|cabinet|\w*brievenbus|mailbox|letterbox"
    r"|alarm\w*|disarm\w*|wifi|wi-fi|router|atm|geldautomaat|pinautomaat|pinpas|bankpas|debit card"
    r"|itsme"  # the PIN of Belgium's login app: "mijn itsme-code was 28461"
    r"|bank card|cash card|pin|pincode|combination|combinatie|padlock|hangslot"
    # a SIM's PUK: "PUK-code gegeven: ..."; not where a parcel may go: "a safe place"
    r"|safe(?! place\b)|sleutel\w*|\w*kluis|puk\w*"
    # an alarm panel's or a keypad's codes: "Main user code: 5 8 1 3 9 7", "keypad-code (2809"
    r"|user ?code|gebruikerscode|duress|keypad\w*"
    # what unlocks a device: "Toegangscode toestel: 141186", "unlock code for the laptop"
    r"|toestel|apparaat|device|laptop|tablet|unlock\w*|ontgrendel\w*)\b",
    re.IGNORECASE,
)
_SENT = re.compile(
    r"\b(?:sent|send|stuur\w*|gestuurd|verstuurd|text\w*|sms\w*|received|ontvangen|kreeg|got"
    r"|arrived|came|kwam|expire\w*|verlo\w+|one-time|eenmalig\w*|e-?mail\w*|app|verif\w+"
    r"|krijg\w*|ontvang\w*|receive\w*"  # "de code die u nu krijgt" (an itsme code is a PIN)
    r"|log ?in|inlog\w*|2fa|reset|new|nieuwe|locker|automaat|pakket\w*|parcel|pickup|ophaal\w*)\b",
    re.IGNORECASE,
)
_PUK_SECOND_GROUP = re.compile(r" \d{4}(?![\d/:.,-])")
# a backup code named before the place it was kept, in the same sentence
_RECOVERY_CODE_BEFORE = re.compile(
    r"\b(?:herstel|recovery|backup|back-up|reserve)[- ]?codes?\b[^.!?\n]{0,40}$", re.I
)
_LOCKER_CODE = re.compile(r"locker ?code", re.IGNORECASE)
_PARCEL = re.compile(
    r"\b(?:parcel|package|pakket\w*|pick-?up|afhaal\w*|ophaal\w*|zending|shipment)\b", re.I
)
_CLAUSE_START = re.compile(r"[.!?\n][^.!?\n]*$")
# a key safe's code opens it for every visitor, even called a pick-up code: "Sleutel ligt in
# de sleutelkluis bij de ingang, ophaalcode 6620"
# a door's or an alarm's own PIN, even reset: "Door PIN reset from 2207 to 8813"
_LOCK_PIN = re.compile(r"\b(?:door|deur|gate|poort|alarm|safe)\W{0,2}(?:pin|pincode)\b", re.I)
_KEY_SAFE = re.compile(r"\b" + _KEY_SAFES + r"\b", re.I)
# a lock's own code, asked in the same sentence: "it's locked with the chain lock, what's the
# code?" (a lock by its noun after its article: an account that is "locked" still gets a
# one-time code, and so does an order or a return of a lock)
_LOCK_NOUN = re.compile(
    r"\b(?:the|my|your|its|het|de|mijn|uw|zijn|haar) (?:chain ?lock|bike ?lock|cable ?lock"
    r"|padlock|combination lock|kettingslot|fietsslot|kabelslot|hangslot|cijferslot|codeslot"
    r"|combinatieslot)\b",
    re.I,
)
_NOT_THE_LOCKS = re.compile(
    r"\b(?:order\w*|bestel\w*|confirm\w*|bevestig\w*|retour\w*|return\w*|label|inlog\w*"
    r"|log ?in\w*|loggen|account|aanbieding|offer|shop|webshop|winkel)\b",
    re.I,
)


# an alarm panel's installer and master codes: "Engineer code changed from default to: 0466"
# (not one that runs out: "Engineer code 4471 expires in 10 minutes")
_PANEL_CODE = re.compile(
    r"\b(?:engineer ?code|installer ?code|installateurs?code|master ?code|mastercode"
    # a smart lock's codes for guests and cleaners: "gastcode ... t/m 04-06 11:00: 830412"
    r"|gast(?:en)?code|guest ?code|schoonmaakcode|cleaning code|cleaner code"
    # a lock's codes set per guest, or one that stays: "- Guests Familie Schröder: code 482019
    # valid 6-13 July", "permanent code 1 1 5 9 7 3" (not a chat's "Guest:" label)
    r"|guests\b(?!:)|permanent code|permanente code"
    # or set for someone who comes to the house: "voor de schoonmaakster code 582039 ingesteld"
    r"|(?:voor|for) (?:de |het |the |our |onze |my |mijn |his |zijn |her |haar )?(?:schoonmaakster"
    r"|schoonmaker|werkster|cleaner|oppas|babysitter|nanny|dog ?walker|hondenuitlater))\b",
    re.I,
)
_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_RUNS_OUT = re.compile(r"\b(?:expire\w*|verloopt|verlopen)\b", re.I)
_NEGATION = re.compile(r"\b(?:never|nooit|niet|not|neither|no|geen)\b", re.I)
_BARE_CODE = re.compile(r"(?:toegangs|access |entry |deur|door )?code\b", re.IGNORECASE)
# "code" led by nothing but a sentence's start or a small word: "Uw code wordt 6613", "Code
# 1-9-8-4", "use 6640" after "a code" (not "Your confirmation code is ...")
_CODE_LEAD = re.compile(
    r"(?:^|[\n.:!?,][ \t]*|\b(?:uw|je|jouw|your|de|the|a|een|verkeerde|wrong|new|nieuwe|old|oude"
    r"|unieke|unique|persoonlijke|personal|eigen|own)[ \t])$",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:card ?reader|kaartlezer|digipass|e\.?dentifier)\b", re.I)
# a PIN-like code named as a door's or a shed's, even when sent: "send her the code for the
# bike shed: 7 3 0 5" (not a room's, which a hotel gives for the stay, nor six digits texted:
# "I texted you the code for the door earlier: 771204")
_CODE_FOR_PLACE = re.compile(
    r"\bcode\w* (?:for|of|to|van|voor) (?:the |de |het |my |our |your |je |jullie |uw |mijn "
    r"|onze |his |her )?(?:[\w-]+ )?(?:" + _DOORS + r"|kluis\w*|locker)"
    r"\W{0,3}(?:(?:is|was|wordt|=)\W{0,2})?$",
    re.IGNORECASE,
)
_SHORT_CODE = re.compile(r"\d(?:[ -]?\d){2,4}(?![ -]?\d)")


# valid for minutes or hours after the value: sent for one use
_VALID_FOR_MINUTES = re.compile(
    r"[\w -]{3,14}?[.,;]?[ \t]+(?i:(?:it is |it's |dit is )?(?:valid|geldig)(?: for| voor)?"
    r"|expires in|verloopt (?:over|na|binnen)) \d{1,3} ?(?i:min\w*)\b"  # (not a day's "24 uur")
)

_NEXT_CELL = re.compile(r"[,;|]([^\s,;|'\"]{3,40})")
_HEADER_CELL = re.compile(
    r"(?i:(?:login_)?(?:t?otp|2fa|mfa|url|uri|notes?|username|user|login|e-?mail|name|naam|folder"
    r"|type|grouping|extra|fav|favorite|title|website|site|category|tags?|value|waarde|field|veld"
    r"|secret|created|modified|updated))"
)
# a code someone set or chose, right before the value: "she set new code 090619" (a room safe's)
_SET_CODE_BEFORE = re.compile(
    r"(?:\b(?:set|sets|chose|chosen|picked|koos|gekozen|ingesteld|stelde|zette)[ \t]+"
    r"(?:(?:a|the|her|his|my|their|our|een|de|het|haar|zijn|mijn|hun|onze|in)[ \t]+)?"
    r"(?:new|own|nieuwe|eigen)?[ \t]*(?:code|pin|pincode)"
    # or the code named first: "een nieuwe code ingesteld: 772190", "set my code to 552013"
    r"|\b(?:code|pin|pincode) (?:ingesteld|gekozen|gezet)(?: op)?"
    r"|\bset (?:my|his|her|the|their|our) (?:code|pin) to)\W{0,3}$",
    re.IGNORECASE,
)
# but not one sent: "We set the code 448120 sent to your phone"
_SENT_AFTER = re.compile(
    r"\W{0,3}(?:sent|texted|gestuurd|verstuurd|ge-?sms'?t|(?:by|via|per) (?:sms|text))\b", re.I
)
# the advice after the value to change it
_TO_BE_CHANGED = re.compile(
    r"[^\n.!?]{0,60}\b(?i:(?:de|die|deze|zijn|haar|uw|je) (?:code|pin|pincode) (?:te )?"
    r"(?:wijzigen|veranderen|aanpassen)|change (?:the|that|this|his|her|your) (?:code|pin))\b"
)

# an app that asks for one's own code, its length named: "The itsme app asks for my 5-digit code
# but says it is wrong" (a code one knows by heart, not one sent)
_OWN_CODE_ASKED = re.compile(
    r"\b(?i:asks?|asking|asked|vraagt|vroeg|wants|wanted|wil|requests?)(?i: me| mij)?"
    r"(?: (?i:for|om|naar))? (?i:my|mijn) "
    r"(?:(?:\d|(?i:four|five|six))[- ](?i:digit)|(?:\d|(?i:vier|vijf|zes))[- ]?(?i:cijferige?)) $"
)

# a clock's time around a colon: "10:06", "9:30" (not a phone's end and a PIN: "9386:4821")
_CLOCK_AT = re.compile(r"(?<!\d)\d?\d:[0-5]\d(?!\d)")
# cues that name a one-time code by themselves
_ONE_TIME_CUE = re.compile(r"(?:m|mobile|sms-?|push|chip)?tan\b|otp\b|2fa\b|mfa\b", re.IGNORECASE)


def _invited(text: str, cue_start: int) -> bool:
    """Whether the cue's line invites one to choose a code: "U kunt nu een nieuwe pincode
    kiezen.", "Please set up your new passcode now." (not a question asking for it)."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    line_end = text.find("\n", cue_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return "?" not in line and _INVITED.search(line) is not None


def _value_end(text: str, value_start: int) -> int:
    value = re.match(r"\d(?:[ -]?\d)*", text[value_start : value_start + 20])
    return value_start + (value.end() if value else 0)


def code_kind(text: str, cue_start: int, value_start: int) -> str:
    """A code that opens something for good (a door, a safe, a card's PIN) is a password;
    one that was sent, arrived or expires is a one-time code."""
    if _VALID_FOR_MINUTES.match(text, value_start):
        return "OTP"  # "Unlock the car in the app with this code: 503311. Valid 10 min."
    if _TO_BE_CHANGED.match(text, value_start):
        return "PASSWORD"  # "... inlogcode voor: 6 2 9 1 8 – klant geadviseerd de code te
        # wijzigen": a code one changes is one's own
    if _OWN_CODE_ASKED.search(text, max(0, cue_start - 40), cue_start):
        return "PASSWORD"  # "asks for my 5-digit code ... I'm sure it's 40917"
    if _SET_CODE_BEFORE.search(text, max(0, value_start - 40), value_start) and not (
        _SENT_AFTER.match(text, _value_end(text, value_start))
    ):
        return "PASSWORD"  # "she set new code 090619": one chosen, not sent
    if _ONE_TIME_CUE.match(text, cue_start):
        return "OTP"  # a TAN, an OTP is one whatever the clause names: "my online banking PIN
        # 73914 and then the TAN 604 118"
    begin = max(0, cue_start - 60)
    clause = text[begin:value_start]
    edge = _CLAUSE_START.search(text, begin, cue_start)
    if edge:
        clause = text[edge.start() + 1 : value_start]
    if _KIND_PIN.match(text, cue_start) or (
        text[cue_start : cue_start + 3].lower() == "pin"
        and KIND_BEFORE.search(text, max(0, cue_start - 16), cue_start)
    ):
        return "OTP"  # "porting PIN", "transfer PIN": what it is for makes it a one-time code
    if _READER.search(text, cue_start, value_start):
        return "OTP"  # a bank's card reader answers once: "the code from the card reader, ..."
    if _CODE_FOR_PLACE.search(text, cue_start, value_start) and _SHORT_CODE.match(
        text, value_start
    ):
        return "PASSWORD"
    if (
        (_PERMANENT.search(clause) and not _SENT.search(clause))
        or _KEY_SAFE.search(clause)
        or _LOCK_PIN.search(clause)
        or (
            _LOCK_NOUN.search(clause)
            and not _SENT.search(clause)
            and not _NOT_THE_LOCKS.search(clause)
        )
    ):
        return "PASSWORD"
    if _PANEL_CODE.search(clause) and not _SENT.search(clause):
        rest = _SENTENCE_REST.match(text, value_start)
        if not (rest and _RUNS_OUT.search(rest.group()) and not _NEGATION.search(rest.group())):
            return "PASSWORD"
    if edge and _BARE_CODE.match(text, cue_start) and not _SENT.search(clause):
        previous = _CLAUSE_START.search(text, max(0, edge.start() - 160), edge.start())
        start = previous.start() + 1 if previous else max(0, edge.start() - 160)
        lead = text[max(0, cue_start - 12) : cue_start]
        if _CODE_LEAD.search(lead) and _KEY_SAFE.search(text, start, edge.start()):
            return "PASSWORD"  # the sentence before names the key safe: "... uit de
            # sleutelautomaat nemen. Uw code wordt 6613" (not "Uw bevestigingscode is ...")
    return "OTP"


def take_keypad_ends(scan: Scan) -> None:
    """A code typed on a keypad ends with its "#" or "*" ("New code is 4719#", "met code
    2580#"): the sign belongs to it, and a code typed at a door is a password, not a one-time
    code."""
    if "#" not in scan.text and "*" not in scan.text:
        return
    for index, found in enumerate(scan.found):
        end = found.end
        value = scan.text[found.start : end]
        # (after a space too when the digits are spaced: "Code is 7 9 1 3 #")
        sign = end + 1 if " " in value and scan.text[end : end + 1] == " " else end
        if (
            found.kind in ("PASSWORD", "OTP")
            and scan.text[sign : sign + 1] in ("#", "*")
            and not scan.text[sign + 1 : sign + 2].isalnum()
            and value.replace(" ", "").isdigit()
        ):
            scan.widen(index, sign + 1, "PASSWORD")
