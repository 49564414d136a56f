"""One-time codes (SMS, app, e-mail, pickup and delivery codes) after their cue, in the next
turns of a chat, or before a cue ("482913 is je code"); one that opens something for good is a
password (``passwords.code_kind``). Error, discount, article and post codes stay."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import ERROR_CODE_IN_BRACKETS, PAYMENT_APPROVED
from assistant.ingest.redact.numbers import NON_DIGIT, o_as_zero
from assistant.ingest.redact.passwords import OTP_KIND, code_kind
from assistant.ingest.redact.places import EN_STREET_TYPE
from assistant.ingest.redact.scan import CORRECTION, MASK, SPEAKER, Scan
from assistant.ingest.redact.spoken_digits import maybe_spoken, spoken_values

_OTP_VALUE = (
    # not a masked card's: "****7368", nor a log's record id: "user_id=88172" (Google's "G-"
    # judged on its own: "14:07 G-228104 is je verificatiecode")
    r"(?:(?<![\w.,#-])G-|(?<![\w.,/€$£#-])(?<!\*\*)(?<!••)(?<!\d )(?<!id=))"
    r"(\d \d \d [–-] \d \d \d|\d{4}-\d{4}-\d{4}|\d{3}[ -]?\d{3}|\d{4}[ -]\d{4}"  # "2 9 4 – 8 1 6"
    r"|\d{2} \d{2} \d{2} \d{2}|\d{2} \d{2} \d{2}"  # "48 17 29 03"
    r"|\d{2}-\d{2}-\d{2}|\d(?: \d){3,7}|\d(?:-\d){3,7}|\d{4,8}"
    # "5521-09" (not a year's month "2024-05", nor a phone's last digits "0612-34")
    r"|(?!(?:19|20)\d\d-)[1-9]\d{3}-\d\d)"
    r"(?![\w/:-]|[.,]\d| \d| ?(?:€|euro|eur|kg|g|ml|cm|mm|x)\b|(?-i: [A-Z]{2}\b))"  # not "3083 AN"
)
# "code 4021 on the display means ...", "code 0412 "no coverage"": an error code
_NOT_ERROR_CODE = (
    r"(?! (?:op|on|in) (?:het|the|de) (?:display|scherm|screen)| (?:betekent|means|flashes"
    r"|knippert|verschijnt|appears)| ?[\"“][A-Za-z][^\"”\n]{1,40}[\"”])"
)
_OTP_CUE = (
    # not what names a product: "item code 448-221"
    r"(?:(?<![\w\"'])(?<!sort )(?<!item )(?<!product )(?<!article )(?<!artikel )"
    r"(?<!shows )(?<!displays )(?<!toont )"  # what a device shows: "now shows code 031006"
    r"(?<!pdr )(?<!pod )(?<!ean )"  # a supply point's: "PDR code"
    r"(?<!zip )(?<!postal )"  # a postcode's: "your DOB and the ZIP code on the policy?"
    r"(?:code(?! postal)|kode|otp|2fa|(?:m|mobile|sms-?|push|chip)?tan|pin|mfa)|(?<!\w)"
    + OTP_KIND
    + r"[- ]?(?:code|tan|pin|password|passcode|wachtwoord|passwort|kennwort)"
    r"|verificatie|verification|beveiligingscode per sms|authenticator|security code per sms"
    # what unlocks a rented scooter or a device (sent, a one-time code; one's own, a password,
    # as ``code_kind`` tells): "de unlockcode die we je net per sms stuurden"
    r"|(?<!\w)(?:unlock|ontgrendel(?:ings)?)[- ]?code"
    r"|einmalpasswort|einmalkennwort"
    # Polish, Spanish, Italian: "Twój kod weryfikacyjny: 7712"; not a postcode or a tax code
    r"|(?<!\w)(?:kod(?! pocztowy)|código(?! postal)|codice(?! (?:fiscale|postale|cliente))))s?\b"
    r"(?!\.[a-z])"  # not a log's event name: "otp.sent user_id=44812"
)
_OTP = re.compile(
    r"(?<!\[)"  # a placeholder ([OTP], [PASSWORD]) is no cue
    + _OTP_CUE
    # not across a placeholder (redacting twice changes nothing) or a value taken before it
    + r"[^\d\n!?\[\ue000]{0,60}?"
    + _OTP_VALUE
    + _NOT_ERROR_CODE
    + r"(?:[^\d\n=]{1,20}?"  # not a log's next key: "code=804317 msgid=7719201"
    + _OTP_VALUE
    + r")?",
    re.IGNORECASE,
)
# nine digits in three groups right after the cue's colon (elsewhere a Spanish phone's shape):
# "MFA-registratiecode (eenmalig, 72 uur geldig): 551 073 982"
_OTP_NINE = re.compile(
    r"(?<!\[)"
    + _OTP_CUE
    # (an aside in brackets, digits and all, but no number to call: "(eenmalig, 72 uur geldig)")
    + r"(?:[-\w]{0,20}code)?(?:[ \t]*\((?![^()\n]*\b(?i:call|bel\w*|phone|telefo\w+|helpdesk"
    r"|klantenservice)\b)[^()\n\[\ue000]{1,40}\))?"
    r"[ \t]*:[ \t]*"
    r"(\d{3} \d{3} \d{3})(?![\d ]|[.,]\d)",
    re.IGNORECASE,
)
# a phone's last digits, named: "naar je telefoonnummer dat eindigt op 47"
_PHONE_ENDING = (
    r"(?:(?<=ending )|(?<=ending in )|(?<=ends in )|(?<=eindigt op )|(?<=eindigend op ))"
    r"\d{2,4}(?!\d)"
)
# a postcode asked for on the cue's line, the cue only saying what for, answered in the next
# turn: "For verification, your DOB and the ZIP code on the policy?"
_PURPOSE_THEN_POSTCODE = re.compile(
    r"(?:verification|verificatie)\b,?(?:(?!code|pin|otp|sms|text|2fa)[^\n?])*?"
    r"\b(?:zip|post ?code|postal code)\b[^\n]*\?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ZIP_DIGITS = re.compile(r"\d{5}")
# asked in one turn, answered on its own in the next: "Agent: what's the code?" /
# "Customer: 482913" (a label and a few words may lead, little may follow)
_OTP_NEXT_LINE = re.compile(
    r"(?<!\[)"
    + _OTP_CUE
    # (the phone's last digits may be named: "naar je telefoonnummer dat eindigt op 47.")
    + r"(?:[^\n\d\ue000\[]|"
    + _PHONE_ENDING
    # or the phone it went to, taken before: "enter the code we sent to 083 719 2406."
    + r"|(?:(?<=\bto )|(?<=\bnaar ))(?:\ue000+|\+?\d[\d ()-]{6,16}\d(?=[.,]?[ \t]*\n))"
    + r"){0,80}\n"
    + SPEAKER
    + r"[^\n\d]{0,25}?"
    + _OTP_VALUE
    # little after it, or where it came: "oh dat is 2281, die komt op mijn mail", "ja 8842
    # toch? werkt niet"
    + r"(?:[^\n\d]{0,12}"
    # (not a product's code: "ja 8711 toch? dat is de EAN")
    + r"|[^\n\d?]{0,8}\?(?![^\n]*\b(?:ean|barcode|sku|artikel\w*|order|bestel\w*)\b)[^\n\d]{0,20}"
    + r"|[^\n\d]{0,30}\b(?:mail|e-mail|sms|text|app|telefoon|phone)\b[^\n\d]{0,6}"
    # or said again in one piece: "6 2 9 – 4 1 8, dus 629418"
    + r"|,? (?:dus|so|i\.e\.|oftewel|ofwel) \d{4,8}[^\n\d]{0,12}"
    # or corrected at once: "8 1 7 – 3 3 2 ... wacht, hij is 817 332", "... oeps, 817 323",
    # "hmm no, actually 294 861"
    + r"|[^\n\d]{0,6}(?:"
    + CORRECTION
    + r"|\W{0,5}(?:oeps|oops|hmm|nee|no)\W{1,3})"
    + r"[^\n\d]{0,20}\d[\d –-]{2,12}[^\n\d]{0,12})$",
    re.IGNORECASE | re.MULTILINE,
)
# a turn or two later, a code-shaped answer with nothing numeric between: "not getting the 2fa
# text" / "Agent: tap resend" / "Customer: ok it came through: 771-204"
_OTP_CUE_RE = re.compile(r"(?<!\[)" + _OTP_CUE, re.IGNORECASE)
_OTP_LATER = re.compile(
    r"(?:[^\d\[]|(?:(?<=ending )|(?<=ending in )|(?<=eindigt op )|(?<=eindigend op ))\d{2,4}(?!\d))"
    # not a log's "user_id=118273", "userId = 118273"
    r"{0,200}?(?<![\w.,/€$£#+-])(?<!\d )(?<!(?i:id)=)(?<!(?i:id) = )(?<!(?i:id): )"
    r"(\d{3}[ -]\d{3}|\d{2} \d{2} \d{2}|\d(?:-\d){5,7}|\d{6})"
    r"(?![\w/:-]|[.,]\d| \d| ?(?:€|euro|eur|x)\b)" + _NOT_ERROR_CODE
)
# "The bank texted me 662 031", "ze sms'ten mij 551902"
_OTP_TEXTED = re.compile(
    r"\b(?:texted|txted|sms'?t(?:e|en)?|ge-?sms'?t|mailde|mailden|e-?mailed|whatsappte)"
    r"(?: (?:me|mij|us|ons))?(?: (?:a|the|de|een)(?: new| nieuwe)? (?:code|pin))?[: ]+"
    + _OTP_VALUE,
    re.IGNORECASE,
)
# letters and digits: 'the verification code you emailed me is "K7P-2QX"', "ophaalcode
# K8R4T2", "de bevestigingscode (Q7ZK-42)", "verification code never came. Got one later: A7K-29Q"
# (also in groups of four, a digit in each after the first, as a letter prints one: "QW8T
# 7KZ2 M4PR")
_ALNUM_VALUE = (
    r"(?-i:([A-Z0-9]{5,9}|[A-Z0-9]{1,5}(?:-[A-Z0-9]{2,5}){1,2}"
    r"|[A-Z0-9]{4}(?: (?=[A-Z]{0,3}\d)[A-Z0-9]{4}){1,3}))(?![\w-])"
)
# right after its cue also three and three, as a text prints one: "Uw sms-code is W3K 8PL"
# (not on the next line, where a postcode's field may stand: "Billing postcode: BS8 1TH")
_ALNUM_VALUE_CUED = (
    r"(?-i:([A-Z0-9]{5,9}|[A-Z0-9]{1,5}(?:-[A-Z0-9]{2,5}){1,2}"
    r"|[A-Z0-9]{4}(?: (?=[A-Z]{0,3}\d)[A-Z0-9]{4}){1,3}"
    r"|(?=[A-Z]{0,2}\d)[A-Z0-9]{3} (?=[A-Z0-9]{0,2}[A-Z])[A-Z0-9]{3}"
    # typed in lower case, a letter and a digit in each group: "sms code is w3k 8pl"
    # (not ordinals: "1st 2nd")
    r"|(?!\d(?:st|nd|rd|th)\b)(?=[a-z]{0,2}\d)(?=\d{0,2}[a-z])[a-z0-9]{3}"
    r" (?!\d(?:st|nd|rd|th)\b)(?=[a-z]{0,2}\d)(?=\d{0,2}[a-z])[a-z0-9]{3}"
    # four, a letter and a digit among them: "Bevestigingscode voor ophalen: 7Q4M"
    r"|(?=[A-Z]{0,3}\d)(?=\d{0,3}[A-Z])[A-Z0-9]{4}"
    r"))(?![\w-])"
)
# a code one is told to enter: "Enter this code at tv.example.com/activate: KQWM-7RTB", "voer
# deze code in: HJ7-P2K", "use the code TX41Q9 to check in"
_ENTER_CODE = (
    r"(?:enter|type|use|input|key in|voer|vul|gebruik|typ|tik)(?: (?:this|the|that|your|deze|de"
    r"|die|je|uw|jouw))? (?:\w+ )?code"
)
_ENTER_RE = re.compile(_ENTER_CODE, re.IGNORECASE)
# a code to enter for money off is a discount code: "use code WELCOME10 for 10% off"
_DISCOUNT = re.compile(
    r"%|€|£|\$|\b(?:off|korting|discount|promo\w*|voucher|coupon|gift|cadeau\w*|checkout|kassa"
    r"|sale|uitverkoop|free|gratis|save|bespaar|prijs|aanbieding|actie|deals?|offer)\b",
    re.IGNORECASE,
)
_OTP_ALNUM = re.compile(
    r"(?<![\w\[])(?:" + OTP_KIND + r"[- ]?(?:code|pin|tan)|otp|2fa|"
    # a temporary one of letters and digits: "Portal login reset: temp code ZQ4-81M sent"
    r"(?:temp|temporary|tijdelijke?)[- ]?code|"
    + _ENTER_CODE
    # "secure your account with this code: 7F3K-Q9"
    + r"|(?:this|your|deze|je|uw|jouw) code(?=:))s?\b(?:"
    r"[^\n.!?\[]{0,40}?(?:\bis\b|\bwas\b|:| \()|[^\n\[]{0,80}?:| ?(?=[A-Z0-9]*\d))"
    r"\s*[\"“'‘]?" + _ALNUM_VALUE_CUED,
    re.IGNORECASE,
)
_KIND_CODE = re.compile(OTP_KIND + r"[- ]?code", re.IGNORECASE)
_TWO_LETTERS_TWO_DIGITS = re.compile(r"(?=(?:\d*[A-Z]){2})(?=(?:[A-Z]*\d){2})[A-Z0-9]{4}")
# a code of letters and digits given as "the code", one sent or to activate something named
# before it: "I've sent a code to the e-mail on the order" / "code is QF7-221", "brief met
# activeringscode gekregen maar hij werkt niet. de code is A7KX-93PM-Q2"
# ("code" alone after a speaker or an article, not a thing's code: "the fault code is P0420")
_CODE_IS_ALNUM = re.compile(
    r"(?:(?<=^)|(?<=[:\n])[ \t]*|(?<=: )|\b(?i:de|the|die|deze|dat|that|this|my|mijn|je|jouw"
    r"|your|uw|het)[ \t])"
    r"(?i:code)[ \t]?(?i:is|was|luidt|:)[ \t]*[\"“'‘]?" + _ALNUM_VALUE
)
# a code sent, or one named for signing in or activating, shortly before
_CODE_GIVEN_BEFORE = re.compile(
    r"\b(?:sent|send|texted|e-?mailed|gestuurd|verstuurd|gemaild|ge-?sms'?t|stuur\w*)\b"
    r"[^\n]{0,40}\bcode\b"
    r"|\b\w*(?:activerings|activatie|activation|verificatie|verification|inlog|login|sms"
    r"|bevestigings|confirmation)[ -]?code"
    r"|\b(?:inloggen|log ?in|sign ?in|aanmelden)\b",  # "Inloggen lukt niet. De code is XK4-22P"
    re.IGNORECASE,
)
_CODE_GIVEN_WINDOW = 300
# a sign-in code of words, after its cue's colon or alone on a line below it: "Hier is je
# tijdelijke inlogcode:" / "" / "hydro-plank-sweet-cabin"
_WORD_CODE = re.compile(
    r"(?<!\[)\b(?i:\w*(?:inlog|login|log-in|verificatie|verification|sign-?in|aanmeld|toegangs"
    r"|access|tijdelijke|temporary|temp|eenmalige|one-time)[ -]?code)\b[^\n:]{0,20}"
    r"(?::[ \t]*(?:\n(?:[ \t]*\n){0,2}[ \t]*)?| (?:is|was|luidt) )"
    r"((?i:[a-z]{3,12}(?:-[a-z]{3,12}){2,5}))[ \t]*(?:[.!]?(?:\n|$)|[.,;!] )"
)
# what stands where a code will go, or where to find it, is no code: "Login code: see-the-email-
# below", "Eenmalige code: wordt-per-sms-verstuurd", "Access code: north-wing-level-two"
_NOT_A_CODE_WORD = frozenset(
    "not yet sent see the check your inbox email mail below above follows wordt per sms"
    " verstuurd volgt komt will be via zie uw je onder hieronder"
    # a rule said as a compound: "The access code is first-come-first-served"
    " first come served".split()
)
# a letter code answered in the next turn: "ik heb een verificatiecode gestuurd" / "Klant: ja
# binnen: QZ84M1"
_OTP_NEXT_LINE_ALNUM = re.compile(  # matched right after a cue
    r"[^\n]{0,80}\n"
    + SPEAKER
    + r"[^\n\d]{0,25}?(?<![\w-])"
    + _ALNUM_VALUE
    # (a value taken after it counts as one sign, as its placeholder nearly does on a second
    # pass: "code XK4T-9P2M-7RQA , bsn [BSN]")
    + r"(?:[^\n\d\ue000]|\ue000++){0,12}$",
    re.IGNORECASE | re.MULTILINE,
)
# the code with what was done to it, then the value: "the code they texted to my old number
# which was 551902", "de code die ze naar mijn oude nummer stuurden was 551902"
_OTP_SENT_WAS = re.compile(
    r"(?<![\w\[])(?:\w*code|otp|pin)s?\b[^\d\n.!?\[]{0,30}?\b(?:texted|txted|sent|sms'?t\w*"
    r"|ge-?sms'?t|stuurde\w*|gestuurd|verstuurd|mailde\w*|e-?mailed|gave|gaf|gegeven|given)\b"
    r"[^\d\n.!?\[]{0,40}?(?:\b(?:was|is|were|luidde|luidt)\b|:)\W{0,2}" + _OTP_VALUE,
    re.IGNORECASE,
)
_LETTER = re.compile(r"[A-Z]")
_DIGIT = re.compile(r"\d")
# once a code is talked about, the next one: "nieuwe is 771204", "the new one: 118 204"
_OTP_FOLLOW = re.compile(
    r"\b(?:nieuwe|new|andere|another|other|volgende|next|tweede|second|laatste|latest|last)\b"
    r"(?: one| ones| code| codes)?[^\w\n]{0,3}(?:(?:is|was|are|zijn|:|=)\W{0,2})" + _OTP_VALUE,
    re.IGNORECASE,
)
# "ik kreeg 551902 per sms", "got 551902 by text"
_OTP_BY_MESSAGE = re.compile(
    _OTP_VALUE + r" (?:via|per|by|in) (?:sms|text|e-?mail|de app|the app|whatsapp)\b"
    # "kreeg ik een sms met 7723", "got a text with 482913"
    r"|\b(?:sms|sms'je|smsje|text|e-?mail|mail|bericht)(?:je)? (?:met|with)(?: (?:de|the|een|a)"
    r" code)?\W{0,2}" + _OTP_VALUE,
    re.IGNORECASE,
)
_ORDER_WORD = re.compile(
    r"\b(?:bestel\w*|order\w*|nr|\w*nummer|\w*number|no|factuur|invoice|klantn\w*|account|id"
    r"|ticket|part|onderdeel|sku|artikel|item)\b|#",  # also "zijn studentnummer is 2219043",
    # a part: "one shelf pin was missing – part 101345"
    re.IGNORECASE,
)
# not a next key: "msgid=", '"id":', "'id':"
_OTP_MORE = re.compile(r"[^\d\n.!?=\"']{1,32}?" + _OTP_VALUE)
_OTP_MORE_ALNUM = re.compile(r"(?:,|;|/| en| and| of| or)\s*" + _ALNUM_VALUE)
_OTP_BEFORE_CUE = re.compile(
    _OTP_VALUE + r" (?:is|was) (?:de|mijn|the|my|your|je|jouw|uw|dein|ihr) (?:[\w-]+ ){0,2}"
    r"(?:[\w-]*code|otp|pin|\w*tan)\b",  # "G-582714 is je Google-verificatiecode"
    re.IGNORECASE,
)
# "Enter 482913 to verify", "Gebruik 551902 om in te loggen", "Use 7730 1185 as your security
# code", "Use 6648311 as Microsoft account security code" (sign-in texts' wording)
_OTP_TO_VERIFY = re.compile(
    r"\b(?:enter|use|type|gebruik|voer|vul)\s+" + _OTP_VALUE + r"(?: in)? (?:(?:to|om|for|voor)"
    r" (?:verify|confirm|log ?in|sign ?in|activate|reset|te (?:verifiëren|bevestigen|activeren)"
    r"|in te loggen|aan te melden|je account|your account|verification|verificatie)"
    r"|as (?:(?:your|the) )?(?:[\w-]+ ){0,3}code\b"
    r"|als (?:je|jouw|uw|de) (?:[\w-]+ ){0,2}\w*code\b)",
    re.IGNORECASE,
)
_NOT_OTP_BEFORE = re.compile(
    r"(?:fout|error|foutmelding|discount|korting|kortings|promo|actie|retour|return|status"
    r"|http|product|artikel|item|ean|qr|bar|zip|post|tracking|track|order|kleur|colour|color"
    r"|u\.?s\.?|civil|penal|tax|federal|state|postal|area|country|land|trace|sort"
    r"|agb|uzovi|swift|bic"  # "AGB-code 04012345": a care provider's code
    r"|location|locatie|zone|batch"  # a parking zone's code: "location code 70412"
    r"|ending|ending in|eindigend op|eindigt op"  # a phone's last digits: "phone ending 8841"
    r"|stroom|electricity|meterstand\w*|meter reading|reading"  # "Meterstanden: stroom 028341"
    r"|engine|motor|paint|lak|verf"  # a car's: "engine code CZCA", "paint code LC9X"
    r"|short|korte)"  # a sender's number: "sent from the short code 4004"
    r"[-: ]{0,3}$",
    re.IGNORECASE,
)


_FOUR_DIGITS = re.compile(r"\d(?:[ -]?\d){3}|\d \d \d [–-] \d")  # or "2 9 4 – 8 1 6"
# substring tests are many times faster than one regex of alternatives over the whole text
_CODE_WORDS = ("cod", "kod", "otp", "2fa", "tan", "pin", "verif", "auth", "loggen", "log in",
               "sign in", "activ", "mfa", "sms", "text", "mail", "app", "pass", "wachtw",
               "eenmalig", "one-time")  # fmt: skip
# a bank card reader's answer of eight digits, in a text about the reader: "enter challenge
# 4401 8827 and give me the response." / "response 0937 2215" (not "response 1200 1500 ms")
_READER_RESPONSE = re.compile(
    r"\b(?i:response|respons|antwoord|responscode)\b:?[ \t]*(\d{4} ?\d{4})"
    r"(?![\w-]|[.,]\d| ?(?i:ms|bytes|units|kb|mb|sec|s)\b)"
)
# the challenge given and the reader's answer after it: "for challenge 4471 0923: 2291 7740"
# (the challenge is shown to all, the answer opens the account)
# (or "response was ...", "and I typed ...")
_CHALLENGE_ANSWERED = re.compile(
    r"\b(?i:challenge|challengecode)\W{0,3}(\d{4} ?\d{4})(?:[ \t]*(?::|->|→|=|,)[ \t]*"
    r"|\W{1,3}(?i:response|respons|antwoord|responscode)(?: (?i:was|is|code))?\W{0,3}"
    r"|[^\n\d]{1,20}\b(?i:typed|entered|typte|ingetypt|ingevoerd|answered|gave)\W{1,3})"
    r"(\d{4} ?\d{4})(?![\w-]|[.,]\d)"
)
# a bank's card reader named, its code answered on the next turn, maybe in groups of two and
# three: "the code from your card reader, choose Sign, enter the last 8 digits of the IBAN." /
# "Caller: Okay... it says 83 021 774." (the question may count digits)
_READER_NEXT_LINE = re.compile(
    r"\b(?i:card ?reader|kaartlezer|digipass|e\.?dentifier)\b[^\n]{0,120}\n"
    + SPEAKER
    + r"[^\n\d]{0,25}?(?<![\d,.])(\d{2} \d{3} \d{3}|\d{4} \d{4}|\d{8}|\d{3} \d{3}|\d{6})"
    r"(?![\w/:-]|[.,]\d| \d| ?(?i:€|euro|eur)\b)"
)
_READER_WORDS = ("card reader", "kaartlezer", "digipass", "e.dentifier", "challenge", "reader")


# also the answer to a question about one: "Krijg je een foutmelding?" / "ja er staat code 4012"
_ERROR_CODE_BEFORE = re.compile(
    r"(?:foutcode|error ?code|storingscode|fault code|fehlercode|foutmelding|error message"
    r"|an error|een fout|niet mogelijk|not possible"
    # what a device shows: 'verschijnt "F 14" op het display, soms ook code 4021'
    r"|(?:op|on) (?:het|the) (?:display|scherm|screen))"
    r"[^.!?\n]{0,40}(?:\?[^\n\w]{0,3}\n[^.!?\n]{0,40})?$",
    re.IGNORECASE,
)


# a text message's code, named by what it is for, without the word "code": "Gebruik 5581 om je
# e-mailadres te bevestigen", "Use 448120 to verify your account"
_OTP_USE_TO = re.compile(
    r"\b(?:gebruik|use|enter|voer)\s+(\d{4,8})\s+(?:in\s+)?(?:om|to)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:te\s+)?(?:bevestigen|verifi\w+|confirm|verify|log\s?in|inloggen|aan\s?melden|sign\s?in"
    r"|activ\w+|reset\w*)\b"
    # or what it is used as: "Gebruik 4410923 als beveiligingscode voor het Microsoft-account"
    r"|\b(?:gebruik|use)\s+(\d{4,8})\s+(?:als|as)\s+(?:[\w-]+\s+){0,2}?"  # "as Microsoft account"
    r"(?:\w*verificatiecode|\w*beveiligingscode|security code|verification code|\w*inlogcode"
    r"|login code|sign-in code|one-time code|eenmalige code)\b",
    re.IGNORECASE,
)

# a number-porting code, a provider's letters and digits, maybe with where it came from:
# "Overstapcode (ontvangen per sms van Lebara): NLP-448120"
_PORTING_CODE = re.compile(
    r"\b(?i:overstap|porting|pac|stac|nummerbehoud|migratie|migration)[- ]?(?i:code)\b"
    r"[^\n:\d]{0,50}:[ \t]*([A-Z]{2,4}-?\d{5,8})(?![\w-])"
)
# a one-time code as a quoted field of a log's JSON: '{"otp":"618204","status":"Y"}'
_OTP_FIELD = re.compile(
    r"[\"'](?i:otp|otp_?code|sms_?code|verification_?code|one_?time_?code|mfa_?code|2fa_?code"
    # also what a log says of it: '"otp_submitted":"004719"', '"otp_entered"'
    r"|totp)(?i:_?(?:submitted|entered|input|received|typed|value|sent))?[\"'][ \t]*[:=][ \t]*"
    r"[\"']?(?!(?:19|20)\d\d\b)(\d{4,8})(?![\w.-])"  # (not a year: '"otp_sent":"2024"')
)


# "PIN" on a receipt, the card's masked digits after it
_PAID_BY_PIN = re.compile(r"(?i:pin)[ \t:]+[*•xX]{3,}")


# what sends a text to a service's short number: "Reply STOP ENG to 81025", "sms STOP naar 4411"
# a device that gives the code right before the cue: "mediabox next mini geeft code 5201"
_DEVICE_GIVES_BEFORE = re.compile(
    r"\b(?:\w*box|modem|router|decoder|tv|printer|\w*ketel|boiler|thermostaat|thermostat"
    r"|wasmachine|washing machine|vaatwasser|dishwasher)\b[^.!?\n]{0,20}\b(?:geeft|gives|shows"
    r"|toont|says|zegt)(?: (?:een|an?|the|de|ook|also|nu|now|weer|again|steeds))? $",
    re.IGNORECASE,
)
# ... unless it is for pairing: "geeft een code 4829 om de app te koppelen"
_PAIRING_AFTER = re.compile(
    r"[^.!?\n]{0,60}\b(?:koppel\w*|pair\w*|link\w*|activ\w*|app|invullen|invoeren|enter|type)\b",
    re.IGNORECASE,
)
_SHORT_CODE_BEFORE = re.compile(
    r"\b(?:reply|text|txt|sms|send|stuur|antwoord)\b[^\n.]{0,20}\b(?:to|naar) $", re.IGNORECASE
)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _code_cue_ok(text: str, start: int, value_start: int, account_ok: bool = False) -> bool:
    """Not a discount, error, post or order code, and no order word between cue and value
    (``account_ok``: but the account a PIN read out is of, "the PIN on the account?")."""
    if _NOT_OTP_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    if _PAID_BY_PIN.match(text, start):
        return False  # a receipt's way to pay: "PIN  **** 7781 | Terminal 60033124"
    if PAYMENT_APPROVED.search(text, max(0, start - 40), start):
        return False  # a payment's approval: "Payment authorised, auth code 884120"
    if _ERROR_CODE_BEFORE.search(text, max(0, start - 90), start):
        return False  # "foutcode E21, daarna code 3303": more error codes
    if _DEVICE_GIVES_BEFORE.search(text, max(0, start - 60), start) and not (
        _PAIRING_AFTER.match(text, value_start)
    ):
        return False
    if ERROR_CODE_IN_BRACKETS.search(text, max(0, start - 50), value_start):
        return False  # "session expired (code 1102)"
    if not _gap_ok(text, start, value_start):
        return False
    if _SHORT_CODE_RIGHT_BEFORE.search(text, start, value_start):
        return False  # a sender's number: "Codes are sent from the short code 4004"
    between = _SENT_TO_PHONE.sub(" ", text[start:value_start])  # where it went is no order word
    if text.startswith("\n", value_start):  # a question's line, answered on the next turn: "I
        between = _SENT_TO_THAT.sub(" ", between)  # texted a code to that number, type it in?"
    if account_ok:
        between = _OF_ACCOUNT.sub(" ", between)
    return not _ORDER_WORD.search(between)  # "code werkt niet, bestelling 66"


# a log's one-time code field: "method=password+totp totp=118 604 result=FAIL"
_OTP_LOG_FIELD = re.compile(
    # also in camelCase: "lastOtpEntered=482913"
    r"(?<![\w-])(?i:(?:last_?|prev_?)?(?:t?otp(?:_?code)?|sms_?otp|mfa_?code|2fa_?code|sms_?code"
    r"|verification_?code|(?:forti|rsa|soft|hw|hard)[_-]?token(?:_?code)?)"
    r"(?:_?entered|_?submitted|_?input)?"
    # or the code typed, in a log of sign-ins with a second step: "MFA_FAILED code_entered=881204"
    r"|code_?(?:entered|submitted)"
    # or a failed check of the code, then what was typed: "otp_mismatch entered=305781"
    r"|(?:sms_)?(?:t?otp|mfa|2fa)_(?:mismatch|rejected|invalid|wrong|incorrect|fail(?:ed)?"
    r"|verif\w{0,12}|check\w{0,12}|attempt\w{0,8})[ \t,]+(?:entered|submitted|input|value))"
    r"=[\"']?"
    r"(\d{3} \d{3}|\d{4,8})(?![\w-])"
)
# an app's log filling in a code a text brought, on the text's line: "[auth] sms otp received
# from +358 ..., autofill value=184920"
_OTP_AUTOFILL = re.compile(
    r"(?i:\b(?:otp|tan|(?:sms|verification|one-time|login|sign-in) code|2fa|mfa)\b"
    r"[^\n=]{0,60}?\bauto-?fill(?:ed)?[_ ]?(?:value|code)?=[\"']?)"
    r"(\d{4,8})(?![\w-]| ?(?i:ms|s|sec|cents?|eur)\b)"
)
# a code of letters and digits the clause says was sent by text: "photos can be uploaded with
# upload code KX7-441 sent by SMS"
# (by text, not by e-mail, where error and return codes go; not after an error's, an order's
# or a discount's word: "Fault code F28 sent by SMS")
_CODE_SENT_BY = re.compile(
    r"(?<!\w)(?<!(?i:error) )(?<!(?i:fault) )(?<!(?i:order) )(?<!(?i:return) )(?<!(?i:promo) )"
    r"(?<!(?i:discount) )(?<!(?i:coupon) )(?<!(?i:voucher) )(?<!(?i:fout) )(?<!(?i:storing) )"
    r"(?i:code)[ \t]+((?=[A-Z\d-]*[A-Z])(?=[A-Z\d-]*\d)(?=[A-Z\d-]{5})"
    r"(?:[A-Z\d]{2,5}(?:-[A-Z\d]{2,5}){1,2}|[A-Z\d]{5,9}))"
    r"[ \t]+(?i:(?:was |is )?(?:sent|texted|gestuurd|verstuurd)(?: to (?:your|my|his|her|the) \w+)?"
    r" (?:by|via|per|in|as) (?:sms|text|tekst|whatsapp))\b"
)
_SHORT_CODE_RIGHT_BEFORE = re.compile(r"\b(?:short|korte) ?code\W{0,3}$", re.IGNORECASE)
# the account a PIN is of: "And the security PIN on the account please?"
_OF_ACCOUNT = re.compile(
    r"\b(?:on|for|of|op|van|bij) (?:the|your|this|that|het|uw|je|dit|dat) (?:account|rekening)\b",
    re.IGNORECASE,
)
# "to that number", read only on a question's line (on a value's own line a later year or short
# code would pass for the code: "We sent the code to this number. Customer since 2019")
_SENT_TO_THAT = re.compile(r"\b(?:to|naar|op) (?:that|this|dat|dit) (?:number|nummer)\b", re.I)
# where a code was sent: "a code to the phone number that was on the account"
_SENT_TO_PHONE = re.compile(
    # (maybe which one: "to your current number", "naar uw nieuwe nummer")
    # (or the old one, maybe without its article: "Verificatiecode naar oud nummer: 3391")
    r"\b(?:to|naar|op) (?:(?:the|your|uw|je|jouw|het|his|her|zijn|haar|my|mijn) )?"
    r"(?:current |new |registered |huidige |nieuwe |geregistreerde |old |previous |oude? |vorige )?"
    r"(?:mobile |mobiele |phone |telefoon)?"
    r"(?:phone|mobile|telefoon|mobiel)? ?(?:number|nummer)"
    r"(?: (?:that was |that's |that is |we have )?(?:on (?:the|your) account|on file))?",
    re.IGNORECASE,
)


# a code after a one-time code's cue typed with a letter O for a zero: "mTAN 448 2O1", "code is
# 99213O" (four digits at least; not a word: "code is OK")
_OTP_TYPO = re.compile(
    r"(?<![\w\[])(?i:(?:m|mobile|sms-?|push|chip)?tan|otp|(?:sms-?|verification |verificatie)?code)"
    r"\b(?i: is| was|:)?[ \t]+(?=[\dO ]*O)(?=(?:[O ]*\d){4})"
    r"(\d[\dO]{2} [\dO]{3}|\d[\dO]{3,7})(?![\w-])"
)
# the same code tried first on its line, cut short or mistyped, then given whole: "9921... wait
# its 6 digits? 992130", "mTAN 448 2O1... sorry typo, it's 448201" (a lone digit may stand
# between: "wait its 6 digits?")
_FIRST_TRY = re.compile(
    r"(?<![\w.,/-])(\d[\dOo]{1,3}(?: ?[\dOo]){2,6})(?:\.{2,3}|…)"
    r"(?:[^\n\d]|(?<!\d)\d(?!\d)){0,40}$"
)


_NOT_A_TRY_BEFORE = re.compile(
    r"(?:\b(?:paid|betaald|order|bestelling|invoice|factuur|at|om|in|room|kamer|nr|no|total"
    r"|totaal)\.?|[€$£#])[ \t]*$",
    re.IGNORECASE,
)


def take_first_tries(scan: Scan) -> None:
    """Before a one-time code found, the same code begun or mistyped on its line."""
    for found in [f for f in scan.found if f.kind == "OTP"]:
        line_start = scan.masked.rfind("\n", 0, found.start) + 1
        first = _FIRST_TRY.search(scan.masked, max(line_start, found.start - 60), found.start)
        if not first:
            continue
        if _NOT_A_TRY_BEFORE.search(scan.masked, max(0, first.start() - 16), first.start()):
            continue  # "I paid 1299... sorry, the verification code is 129904"
        tried = o_as_zero(first.group(1).replace(" ", ""))
        given = NON_DIGIT.sub("", scan.text[found.start : found.end])
        if len(tried) >= 4 and given.startswith(tried):
            scan.take(first.start(1), first.end(1), "OTP")


def _gap_ok(text: str, start: int, value_start: int) -> bool:
    """No error word between cue and value ("asks for the code again and then shows error
    code 4021"), and no other cue right before the value ("Billing ZIP 94103")."""
    if _ERROR_WORD.search(text, start + 1, value_start):
        return False
    if _FLAT_NUMBER_BEFORE.search(text, max(start, value_start - 16), value_start):
        return False  # a flat's number: "Keys and entry code – lägenhet 1102"
    return not _NOT_OTP_BEFORE.search(text[max(start, value_start - 12) : value_start].rstrip(" :"))


# a flat's or a room's number right after its word (not "the code for the flat: 3390")
_FLAT_NUMBER_BEFORE = re.compile(
    r"(?<!the )(?<!your )(?<!de )(?<!het )(?<!uw )"
    r"\b(?:lägenhet|lgh|room|kamer|zimmer|apartment|appartement|flat) $",
    re.IGNORECASE,
)


# a house number, not a code: a street's name and type follow it
_STREET_AFTER = re.compile(r" (?:[A-Z][\w'-]+ ){1,3}" + EN_STREET_TYPE + r"\b")
_ERROR_WORD = re.compile(r"\b(?:error|fout|storing|fault|fehler)", re.IGNORECASE)


# backup and recovery codes, in groups and often several: "recovery code QK4T-7HZ2-WP9M-3RXA",
# "New 2FA backup codes ...: 8f3k-2m9p, q7tx-4wz1, nb62-k0rd"
_GROUPED = r"[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){1,4}|\d{6,10}"
_BACKUP_CODES = re.compile(
    r"(?<!\[)\b(?:backup|back-up|recovery|herstel|reserve|nood|emergency)[- ]?codes?\b"
    r"[^\n:\d]{0,70}?[: ]\s*\(?((?:"  # also in brackets: "de eerste twee (8fk2-qw9d en ...)"
    + _GROUPED
    + r")(?:(?:,\s*|\s+(?:and|en|,)\s+|\s+)(?:"
    + _GROUPED
    + r"))*)(?![\w-])",
    re.IGNORECASE,
)
_GROUPED_RE = re.compile(r"(?<![\w-])(?:" + _GROUPED + r")(?![\w-])")


def _take_backup_codes(scan: Scan) -> None:
    for match in list(_BACKUP_CODES.finditer(scan.masked)):
        for code in list(_GROUPED_RE.finditer(match.group(1))):
            if _DIGIT.search(code.group()):
                start = match.start(1) + code.start()
                scan.take(start, start + len(code.group()), "OTP")


# asked to read a code out, and read out on the next turn: "I've sent a passcode to your phone,
# can you read it out?" / "yeah five five two, nine oh one"
_READ_OUT_CUE = re.compile(
    # (also a phone bank's: "vraag ik nog uw telefooncode")
    r"\b(?:(?:pass|pin|sms|verification|security|one-time|verificatie|beveiligings|telefoon)?code"
    r"|pin"
    r"|otp)\b[^\n]{0,80}\n$",
    re.IGNORECASE,
)
_ANSWER_START = re.compile(SPEAKER + r"[^\n\d]{0,25}$")
_ANSWER_ONLY = re.compile(SPEAKER + r"[ \t]*$")
# a question or a request to read it out, not the value said by the other side ("Code's one
# nine five three." / "One nine five three, lovely.")
_ASKED = re.compile(
    r"\?|\b(?:read|voorlezen|noemen|tell|zeggen|geven)\b"
    # or a phone bank's code asked for by name: "vraag ik nog uw telefooncode"
    r"|\b(?:vraag|vragen|ask)\b[^\n]{0,30}\btelefooncode\b",
    re.IGNORECASE,
)
# a first try cut short and corrected on the same line: "Eh, drie één één vijf... nee wacht,
# drie één vijf één nul."
_CORRECTED_BEFORE = re.compile("\ue000" + CORRECTION + "$", re.IGNORECASE)
# or asked for without a question: "I also need your telephone PIN." (then only an answer that
# is the value and nothing more: not "Order five five eight one two, that's all I have.")
_REQUESTED = re.compile(r"\b(?:need|nodig|please|graag|brauche|bitte)\b", re.IGNORECASE)
_ONLY_THE_VALUE_AFTER = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")
_SENT_CODE = re.compile(
    r"\b(?:sms|sent|send|gestuurd|verstuurd|stuur|text|texted|received|ontvangen)\b", re.IGNORECASE
)
# a code a device shows is an error code: "what does the code on the display say?"
_SHOWN = re.compile(
    r"\b(?:display|scherm|screen|error|fout\w*|storing|melding|knippert|flashing|shows|toont)\b",
    re.IGNORECASE,
)


def _code_before(scan: Scan, start: int, end: int) -> bool:
    """The last value taken in ``[start:end]`` is a code (the try a correction follows; not a
    CVV: "[CVV]. No, sorry - seven seven zero one" is the CVV again)."""
    inside = [f for f in scan.found if start <= f.start and f.end <= end]
    return bool(inside) and max(inside).kind in ("PASSWORD", "OTP")


def _take_spoken_codes(scan: Scan) -> None:
    for spoken in spoken_values(scan.masked):
        if not (spoken.value.isdigit() and 4 <= len(spoken.value) <= 8):
            continue
        line_start = scan.masked.rfind("\n", 0, spoken.start) + 1
        if not line_start or not (
            _ANSWER_START.match(scan.masked, line_start, spoken.start)
            or (
                _CORRECTED_BEFORE.search(scan.masked, line_start, spoken.start)
                and _code_before(scan, line_start, spoken.start)
            )
        ):
            continue
        question_start = scan.masked.rfind("\n", 0, line_start - 1) + 1
        cue = _READ_OUT_CUE.search(scan.masked, question_start, line_start)
        question = scan.masked[question_start:line_start]
        if not cue or MASK in scan.masked[spoken.start : spoken.end] or _SHOWN.search(question):
            continue
        pin = cue.group().lower().startswith(("pin", "telefooncode"))
        asked = _ASKED.search(question) is not None
        if asked and _code_cue_ok(scan.masked, cue.start(), line_start - 1):
            pass  # asked for as a code: "And the code I just sent you?" / "nul acht vijf ..."
        elif not (
            (asked or _REQUESTED.search(question))
            and _code_cue_ok(scan.masked, cue.start(), line_start - 1, account_ok=pin)
            and _ANSWER_ONLY.match(scan.masked, line_start, spoken.start)
            and _ONLY_THE_VALUE_AFTER.match(scan.masked, spoken.end)
        ):
            continue  # a PIN on the account, or one needed: only an answer that is the value
        if pin and not _SENT_CODE.search(question):
            kind = "PASSWORD"  # "u bedoelt de pincode van de app?" / "nul acht vijf ..."
        else:
            kind = code_kind(scan.masked, cue.start(), spoken.start)
        scan.take(spoken.start, spoken.end, kind)


# a British bank's sort code names a branch, not a person, and opens nothing: kept as it is
# a card payment's approval on a receipt, no secret: "Approval code 004417" (an authorisation
# code may be one sent by text to confirm a payment: not kept)
# on a card terminal's receipt: "Terminal: PAY-04, auth code 771203"
_RECEIPT_AUTH_CODE = re.compile(
    r"\b(?:auth(?:ori[sz]ation|\.)?[- ]?(?:code|no\.?)|autori[sz]atie(?:code)?)\W{0,3}"
    r"(\d{4,8})(?!\d)",
    re.IGNORECASE,
)
_PAID_BY_CARD = re.compile(
    r"\b(?i:paid|charged|betaald|bezahlt|pagato|pagado|payé)\b[^\n]{0,30}"
    r"(?:\*{2,}|x{4}|•{2,}) ?\d{4}"
)
_MASKED_CARD_BEFORE = re.compile(r"(?:\*{2,}|x{4}|•{2,}) ?\d{4}[,;]? $")
_APPROVAL_CODE = re.compile(
    r"\bapproval[- ]?(?:code|no\.?|number)?\W{0,3}"
    r"(\d{4,8})(?!\d)",
    re.IGNORECASE,
)
_SORT_CODE = re.compile(r"\bsort ?code\W{0,3}(?:is\W{1,2})?(\d\d[- ]?\d\d[- ]?\d\d)(?!\d)", re.I)


# recovery codes listed in pairs of five digits: "Herstelcodes 2FA: 83021-44719, 59130-02286"
_RECOVERY_LIST = re.compile(
    r"\b(?i:herstelcodes?|recovery codes?|backup(?:[- ]?codes?)?|back-up(?:[- ]?codes?)?"
    r"|wiederherstellungscodes?)\b[^\n]{0,30}?"  # (maybe "2FA" between)
    r"(\d{5}[-–]\d{5}(?:(?:,[ \t]*|[ \t]+(?:en|and|und|&)[ \t]+|[ \t]+)\d{5}[-–]\d{5})*)"
    r"(?![\w-])"
)
_FIVE_FIVE = re.compile(r"\d{5}[-–]\d{5}")


def _take_recovery_lists(scan: Scan) -> None:
    for match in list(_RECOVERY_LIST.finditer(scan.masked)):
        for code in _FIVE_FIVE.finditer(scan.masked, match.start(1), match.end(1)):
            scan.take(code.start(), code.end(), "OTP")


def take_codes(scan: Scan) -> None:
    if scan.mentions("herstel", "recovery", "backup", "back-up", "wiederherstell"):
        _take_recovery_lists(scan)
    if scan.mentions(*_READER_WORDS):
        for match in list(_CHALLENGE_ANSWERED.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), None)  # shown, kept from the learned step
            scan.take(match.start(2), match.end(2), "OTP")
        scan.take_all(_READER_RESPONSE, "OTP", 1)
        if "\n" in scan.masked:
            scan.take_all(_READER_NEXT_LINE, "OTP", 1)
    if "sort" in scan.lower:
        for match in list(_SORT_CODE.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), None)
    if "approval" in scan.lower:
        scan.take_all(_APPROVAL_CODE, None, 1)  # kept from the learned step too
    if "auth" in scan.lower or "autori" in scan.lower:
        receipt = scan.mentions("terminal", "receipt", "kassabon", "contactless")
        for match in list(_RECEIPT_AUTH_CODE.finditer(scan.masked)):
            line_start = scan.masked.rfind("\n", 0, match.start()) + 1
            # a card terminal's, not a sign-in's; or on a bill's line paid by card: "Paid:
            # Mastercard ****4918, auth code 083317"
            if receipt or (
                _PAID_BY_CARD.search(scan.masked, line_start, match.start())
                and _MASKED_CARD_BEFORE.search(scan.masked, line_start, match.start())
            ):
                scan.take(match.start(1), match.end(1), None)
    text = scan.masked
    if scan.mentions("gebruik", "use ", "enter ", "voer "):
        scan.take_either(_OTP_USE_TO, "OTP")
    code_talk = scan.mentions(*_CODE_WORDS)  # read once: every message passes here
    if "=" in text and (code_talk or "token" in scan.lower):  # also "fortitoken=551908"
        scan.take_all(_OTP_LOG_FIELD, "OTP", 1)
        if "autofill" in scan.lower or "auto-fill" in scan.lower:
            scan.take_all(_OTP_AUTOFILL, "OTP", 1)
        text = scan.masked
    if scan.mentions(" sent ", "gestuurd per", "verstuurd per", "gestuurd via", "verstuurd via"):
        scan.take_all(_CODE_SENT_BY, "OTP", 1)
        text = scan.masked
    if not code_talk:
        return
    if '"' in text or "'" in text:
        scan.take_all(_OTP_FIELD, "OTP", 1)
        text = scan.masked
    if scan.mentions("overstap", "porting", "pac", "stac", "nummerbehoud", "migrat"):
        scan.take_all(_PORTING_CODE, "OTP", 1)
        text = scan.masked
    if "\n" in text and maybe_spoken(text):
        _take_spoken_codes(scan)
        text = scan.masked
    if scan.mentions("backup", "back-up", "recovery", "herstel", "reserve", "nood", "emergency"):
        _take_backup_codes(scan)
        text = scan.masked
    for match in list(_OTP_ALNUM.finditer(text)):
        value = match.group(1)
        # (a letter in either case: the lower-case form wants both in each group)
        mixed = _LETTER.search(value.upper()) and _DIGIT.search(value)
        if _ENTER_RE.match(text, match.start()) and _DISCOUNT.search(
            text, max(0, match.start() - 80), match.end() + 80
        ):
            continue  # "use code WELCOME10 for 10% off"
        if len(value) == 4 and not (
            _KIND_CODE.match(text, match.start()) and _TWO_LETTERS_TWO_DIGITS.fullmatch(value)
        ):
            continue  # four only after what the code is for ("Bevestigingscode voor afhalen:
            # 7Q4M"), not a bare code's error or part: "code ...: E4A1", "Temp code AB12"
        if mixed and _code_cue_ok(text, match.start(), match.start(1)):
            scan.take(match.start(1), match.end(1), "OTP")
            more = _OTP_MORE_ALNUM.match(text, match.end(1))
            if more and _LETTER.search(more.group(1)) and _DIGIT.search(more.group(1)):
                scan.take(more.start(1), more.end(1), "OTP")
    if "-" in text:
        for match in list(_WORD_CODE.finditer(text)):
            words = match.group(1).lower().split("-")
            if not any(word in _NOT_A_CODE_WORD for word in words):
                scan.take(match.start(1), match.end(1), "OTP")
        text = scan.masked
    for match in list(_CODE_IS_ALNUM.finditer(text)):
        value = match.group(1)
        if (
            _LETTER.search(value)
            and _DIGIT.search(value)
            and _CODE_GIVEN_BEFORE.search(
                text, max(0, match.start() - _CODE_GIVEN_WINDOW), match.start()
            )
            and not _DISCOUNT.search(  # money off on its line: "code: SUMMER24 for 10% off"
                text, text.rfind("\n", 0, match.start()) + 1, _line_end(text, match.end())
            )
            and _code_cue_ok(text, match.start(), match.start(1))
        ):
            scan.take(match.start(1), match.end(1), "OTP")
    all_cues: list[re.Match[str]] | None = None  # the cue scan is the costly part: once
    if "\n" in text:
        all_cues = list(_OTP_CUE_RE.finditer(text))
        for cue in all_cues:
            if text.startswith("=", cue.end()):
                continue  # a log's field with its own value: "code=05 (Do not honour)"
            answer = _OTP_NEXT_LINE_ALNUM.match(text, cue.end())
            if not answer:
                continue
            value = answer.group(1)
            line_end = text.index("\n", cue.start())
            if (
                _LETTER.search(value)
                and _DIGIT.search(value)
                and _code_cue_ok(text, cue.start(), line_end)
                and not _ORDER_WORD.search(text, line_end, answer.start(1))  # "bestelling 77120-NL"
            ):
                scan.take(answer.start(1), answer.end(1), "OTP")
    if not _FOUR_DIGITS.search(text):
        return
    for match in list(_OTP_SENT_WAS.finditer(scan.masked)):
        if _gap_ok(text, match.start(), match.start(1)):
            kind = code_kind(text, match.start(), match.start(1))
            scan.take(match.start(1), match.end(1), kind)
    for match in list(_OTP_NINE.finditer(text)):
        if _code_cue_ok(text, match.start(), match.start(1)):
            scan.take(match.start(1), match.end(1), code_kind(text, match.start(), match.start(1)))
    for match in list(_OTP.finditer(text)):
        if not _code_cue_ok(text, match.start(), match.start(1)):
            continue
        if _STREET_AFTER.match(text, match.end(1)):
            continue  # "... that code, but thank you. I'll mail a new one to 1847 Maple Drive"
        if _SHORT_CODE_BEFORE.search(text, max(0, match.start(1) - 30), match.start(1)):
            continue  # a service's short number: "Reply STOP ENG to 81025 to unsubscribe"
        kind = code_kind(text, match.start(), match.start(1))
        for group in (1, 2):
            if match.group(group):
                scan.take(match.start(group), match.end(group), kind)
    if "\n" in text:
        for match in list(_OTP_NEXT_LINE.finditer(scan.masked)):
            question_end = text.index("\n", match.start())
            if _PURPOSE_THEN_POSTCODE.match(text, match.start(), question_end) and (
                _ZIP_DIGITS.fullmatch(match.group(1))
            ):
                continue  # the postcode asked for, "verification" only its purpose: "For
                # verification, your DOB and the ZIP code on the policy?" / "Customer:
                # 06/02/1977, 94110" (not "the verification code, then your zip")
            if _code_cue_ok(text, match.start(), question_end) and _gap_ok(
                text, question_end, match.start(1)
            ):  # not "PIN: 5309\nBilling ZIP: 78704"; a key safe's code stays a password
                kind = code_kind(text, match.start(), match.start(1))
                scan.take(match.start(1), match.end(1), kind)
    if all_cues is None:
        all_cues = list(_OTP_CUE_RE.finditer(text))
    cues = [
        c
        for c in all_cues
        if MASK not in scan.masked[c.start() : c.end()] and _code_cue_ok(text, c.start(), c.end())
    ]
    for cue in cues:
        later = _OTP_LATER.match(scan.masked, cue.end())
        if (
            later
            and scan.masked.count("\n", cue.end(), later.start(1)) <= 3
            and not _ORDER_WORD.search(
                scan.masked, max(cue.end(), later.start(1) - 20), later.start(1)
            )
            and _gap_ok(text, cue.start(), later.start(1))
        ):
            kind = code_kind(text, cue.start(), later.start(1))
            scan.take(later.start(1), later.end(1), kind)
    scan.take_all(_OTP_BEFORE_CUE, "OTP", 1)
    if "O" in scan.masked:
        for match in list(_OTP_TYPO.finditer(scan.masked)):
            if _code_cue_ok(text, match.start(), match.start(1)):
                scan.take(match.start(1), match.end(1), "OTP")
    scan.take_either(_OTP_BY_MESSAGE, "OTP")
    scan.take_all(_OTP_TEXTED, "OTP", 1)
    scan.take_all(_OTP_TO_VERIFY, "OTP", 1)
    if cues or any(f.kind == "OTP" for f in scan.found):
        scan.take_all(_OTP_FOLLOW, "OTP", 1)
    # more codes in the same breath: "eerst 551 902, daarna 118 204 en toen 220 518"
    for found in [f for f in scan.found if f.kind == "OTP"]:
        more = _OTP_MORE.match(scan.masked[found.end : found.end + 60])
        if more:
            scan.take(found.end + more.start(1), found.end + more.end(1), "OTP")
