"""Passwords that are words: a word agreed on as a password ("codewoord: zonnebloem", 'the
memorable word "marmalade"'), words joined by hyphens after the cue's colon, a quoted phrase
of capitalised words, and a memorable word given alone on the turn after it is asked for.
A word the project's texts use often is no value."""

from __future__ import annotations

import re

from assistant.ingest.redact.lookalikes import NO_VALUE, STATUS_WORDS
from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.scan import SPEAKER, Scan
from assistant.ingest.redact.typed_passwords import ASKS_ELSE_WORDS, NO_ANSWER, password_like

# a word agreed on as a password: "Hij weet het codewoord: zonnebloem", "safe word is
# pineapple", 'het wachtwoord "vlinder"' (a word the project's texts use often is no value)
_WORD_PASSWORD = re.compile(
    r"(?<!\[)\b(?:(?:code|safe|secret|pass|security|memorable|veiligheids) ?(?:woord|word|phrase)"
    r"|geheime? woord|wachtzin"
    r"|wachtwoordzin|afhaalwoord|ophaalwoord|\w*kennwort)s?(?: ?\([^)\n]{1,30}\))?"
    r"(?:\W{0,3}(?:is|was|luidt|=)\b|\s?:)\s*['\"‘“]?"
    r"([a-zà-ÿ]{4,30})(?=[\s,;:)\"'’”]|[.!?](?!\S)|$)(?!['’-]\w)"  # not "Bcole#1995"
    r"|(?<!\[)\b(?:wachtwoord|password|passwort)\s?(?::\s*|\W{0,3}(?:is|was)\s+)?['\"‘“]"
    r"([a-zà-ÿ]{4,30})['\"’”]"
    # 'a password for doorstep visits – set to "bluebird"'
    r"|(?<!\[)\b(?:\w*wachtwoord|password|passwort)\b[^\n\"“]{0,40}?\b(?:set to|changed to|is now"
    r"|ingesteld op|veranderd in|gewijzigd in|wordt|noemde|noemt|zei|zegt|said|says|gave|gaf"
    r"|geeft|gives)\s+['\"‘“]([a-zà-ÿ]{4,30})['\"’”]"
    # with digits too after the words that give it: 'klant noemde "marrakech94"' (not what a
    # page says: 'the password reset page says "error_502"')
    r"|(?<!\[)\b(?:\w*wachtwoord|password|passwort)\b[^\n\"“]{0,40}?\b(?:set to|changed to"
    r"|ingesteld op|veranderd in|gewijzigd in|noemde|noemt|zei|gaf)\s+['\"‘“]"
    r"((?=[^\s'\"’”]*\d)[a-zà-ÿ][^\s'\"’”\[]{3,39})['\"’”]"
    # what it is for, then a colon: 'Password for call verification: "bluebell"'
    r"|(?<!\[)\b(?:\w*wachtwoord|password|passwort)\s+(?:for|voor|bij|für)\b[^\n:\"“.]{1,40}:\s*"
    r"['\"‘“]([a-zà-ÿ]{4,30})['\"’”]"
    # a few words agreed on for collecting a child or a parcel: 'wachtwoord bij ophalen:
    # "blauwe olifant"' (not what a page says: 'password for my account: "link expired"')
    r"|(?<!\[)\b(?:\w*wachtwoord|password|passwort)\s+(?:for|voor|bij|für)\s+(?:het\s+|the\s+)?"
    r"(?:ophalen|afhalen|pick-?up|collection|collecting)\s*:\s*"
    r"['\"‘“]([a-zà-ÿ]{3,20}(?: [a-zà-ÿ]{3,20}){1,3})['\"’”]"
    # a code word, what it is for, then the word unquoted: "Codewoord bij alarmmelding: vuurtoren"
    r"|(?<!\[)\b(?:code ?woord|code ?word|safe ?word|secret word)\s+(?:bij|voor|for|für|bei)\b"
    r"[^\n:.\"“\[]{1,30}:\s*([a-zà-ÿ]{4,30})(?=[\s,;)]|[.!?](?!\S)|$)(?!['’-]\w)",
    re.IGNORECASE,
)
# a phrase in double quotes after the cue: 'passed ID&V via voice password "Blue Heron 77"',
# 'Asked for the password: he gave "Pumpkin Spice"' (capitalised words or a digit; not a
# message the screen shows: "Incorrect password")
_QUOTED_PHRASE = re.compile(
    r"(?<!\[)\b(?:\w*wachtwoord|password|passwort|passphrase|wachtzin|memorable word"
    r"|security word|secret word|codewoord|code word)\b[^\n\"“”]{0,40}?(?<=[\s:])[\"“]"
    r"((?:[A-Z][a-zà-ÿ]+|\d+)(?: (?:[A-Z][a-zà-ÿ]+|\d+)){1,3})[\"”]"
)
# words joined by hyphens after the cue's colon: "wachtwoord bij ophalen door derden:
# kastanje-blauw" (not a state the screen shows: "Password: auto-generated")
_HYPHENED_WORDS = re.compile(
    r"(?<!\[)\b(?:\w*wachtwoord|password|passwort|passphrase|wachtzin)\b[^\n.:\[]{0,40}:\s*"
    r"([a-zà-ÿ]{3,20}(?:-[a-zà-ÿ]{3,20}){1,3})(?=[\s,;)]|[.!?](?!\S)|$)",
    re.IGNORECASE,
)
# a passphrase of three words or more set in a later turn of a talk about a password: "can you
# change the wifi password?" / ... / "ok set it to paars-kameel-fiets-regen"
_PHRASE_SET = re.compile(
    r"\b(?:(?:set|changed|change|made|make|reset) (?:it|mine|the new one) to"
    r"|(?:veranderd|gewijzigd|aangepast) (?:in|naar)|ingesteld op"
    r"|(?:zet|zette|gezet) (?:het|hem) op"
    r"|(?:het|hij) is nu|it's now|it is now"
    r"|(?:the )?new one is|(?:de |het )?nieuwe is)\s+['\"‘“]?"
    r"([a-zà-ÿ]{3,12}(?:-[a-zà-ÿ]{3,12}){2,5})(?=[\s,;)'\"’”]|[.!?](?!\S)|$)",
    re.IGNORECASE,
)
_PASSWORD_WORD = re.compile(
    r"\b(?:\w*wachtwoord|\w*password|passwort|passphrase|wachtzin)\b", re.IGNORECASE
)
_PHRASE_WINDOW = 400
_POLICY_WORDS = frozenset(
    "case sensitive insensitive only required optional mandatory verplicht enabled disabled"
    " characters tekens letters digits cijfers minimum maximum and the for with".split()
)  # (and a phrase of plain words: "plug-and-play")
_STATE_WORDS = re.compile(
    r"^(?:niet|not|non|auto|self|zelf|user|system)-|-(?:ge\w+[dt]|\w+ed|ingevuld|set)$",
    re.IGNORECASE,
)
_UI_WORDS = re.compile(
    r"\b(?:Password|Wachtwoord|Incorrect|Invalid|Wrong|Onjuist|Forgot|Vergeten|Reset|Error"
    r"|Login|Log|Sign|Submit|Save|Opslaan|Change|Wijzig\w*|New|Nieuw|Confirm|Bevestig\w*)\b"
)


# a word agreed on to tell who calls (not a login's password, which other rules read)
_SECRET_WORD = (
    r"(?:memorable word|security word|secret word|safe ?word|code ?word|codewoord|geheime? woord"
    r"|verbal password|voice password|security password)"
)
# the word right after, with no colon or "is": "password is ... and memorable word marmalade"
# (also "=", a dash, and other languages' words: "mem word lighthouse", "Codewort
# Leuchtturm", "mot secret lavande"; not a safe word, a word in general: "safeword protocol?")
_SECRET_WORD_BARE = re.compile(
    r"(?<!\[)\b(?:memorable[- ]word|mem word|security word|secret word|code ?word|codewoord"
    r"|geheime? woord|veiligheidswoord|verbal password|voice password|codewort|sicherheitswort"
    r"|mot secret|security answer)"
    # (or a linking verb: "Codewort lautet Sonnenblume", "Le mot secret est lavande", "My
    # security answer would be fluffy", "Codewoord wordt voortaan vuurtoren")
    r"(?: ?[=:-] ?| (?:is|was|ist|lautet|est|luidt|(?:would|should|will) be|wordt(?: voortaan)?"
    r"|becomes) | )"
    r"([a-zà-ÿ]{4,30})(?=[\s,;)]|[.!?](?!\S)|$)(?!['’-]\w)",
    re.IGNORECASE,
)
_NOT_A_SECRET_ENDING = re.compile(r".*(?:ed|ing|ly|tion|sion|ment|ness|ity)", re.IGNORECASE)
# words that say something about the secret word, in the languages its cues are in (the
# common-word list holds English and Dutch ones)
_NOT_A_SECRET = frozenset(
    "funktioniert vergessen falsch bitte lautet stimmt geändert ändern zurücksetzen gesperrt"
    " oublié oublie est était pour faux incorrect changé contains contain needs must should would"
    " could will also still again please wrong vergeten klopt gewijzigd wijzigen graag"
    " ingesteld".split()
)
# a word in quotes later in the cue's sentence: 'read out her old memorable word "marmalade"',
# 'Codewoord gevraagd: "Vuurtoren"', 'het codewoord ... was "tulpenveld", dat wordt voortaan
# "vuurtoren"' (every quoted word of that sentence)
_QUOTED_WORD = re.compile(
    r"(?<!\[)\b" + _SECRET_WORD + r"s?\b([^\n.?!]{0,90})",
    re.IGNORECASE,
)
# a rule the password must follow, not the password: 'must contain "uppercase" letters'
_RULE = re.compile(
    r"\b(?:must|moet|moeten|should|contain\w*|bevat\w*|include\w*|needs?|vereist|rules?|eisen"
    r"|regels?|requirements?|field|veld|button|knop|screen|scherm|says|said|zegt|zei|melding"
    r"|error|fout)\b",
    re.IGNORECASE,
)
_QUOTES = re.compile(r"[\"“]([A-Za-zà-ÿ]{4,30}(?: [a-zà-ÿ]{3,20})?)[\"”]")
# asked for in one turn, given alone in the next: "the memorable word you set up, please?" /
# "marmalade"
_WORD_NEXT_LINE = re.compile(
    r"(?<!\[)\b(?:"
    + _SECRET_WORD
    + r"|(?P<login>\w*wachtwoord|password|passwort))\b([^\n]{0,60})\?[ \t]*\n"
    + SPEAKER
    + r"[ \t]*(?:(?:it's|it’s|its|it is|het is|dat is|um|uh|uhm|eh|ehm|oh|yes|yeah|yep|ja|jep"
    r"|ok|oké|thanks|actually|ik denk|i think|denk ik)"
    r"(?:\.{2,3} ?|\W{1,2})){0,2}"
    # "It's marmalade, all lower case.", "Eh... Tulp58, met een hoofdletter.", "It's, ehm,
    # Schwarzwald-1979. Capital S."
    r"([a-zà-ÿ][\w!#$%&*@-]{3,29})"
    r"([,;] [^\n]{0,30}|[.!] (?:capital|hoofdletter|all|alles|everything)\b[^\n]{0,24})?"
    # or spelled again after it: "Bluebell. B-L-U-E-B-E-L-L."
    r"(?:[.,]? ([A-Z](?:-[A-Z0-9]){3,29}))?[ \t.!]*$",
    re.IGNORECASE | re.MULTILINE,
)
# ... unless the question asks something else about it: "Did you change your password?"
_ASKS_ELSE = re.compile(r"\b(?:" + ASKS_ELSE_WORDS + r"|reset|vergeten|forgot\w*)\b", re.IGNORECASE)
# the agent's line that asks: "Agent: Wat is het wachtwoord van de router?"
_STAFF_ASKS = re.compile(
    r"[ \t]*(?:\[?[\d:. /-]+\]?[ \t]*)?(?i:agent|medewerker|medewerkster|support|helpdesk"
    r"|servicedesk|adviseur|advisor|operator|receptie|reception|bank|staff)\b[^\n:]{0,30}:"
)
# a question one answers with yes, no or a name: "Zit er een wachtwoord op de pdf?", "Welk
# wachtwoord bedoelt u?", "Is the password printed underneath?"
_YES_NO_QUESTION = re.compile(
    r":\s*(?:\w+[,!]\s+)?(?i:zit|is|are|was|heeft|hebt|heb|has|have|had|did|does|do|welk\w*"
    r"|which|waar|where|staat|stond)\b"
)
# ... unless the line asks for the value as well: "Staat het op het briefje? Wat is het?"
_ASKS_VALUE = re.compile(
    r"\b(?i:wat is|wat was|what is|what's|what was|which is|welke is|hoe luidt)\b"
)
_CUE_AGAIN = re.compile(r"\b(?:\w*wachtwoord|\w*password|\w*kennwort|pin|is|was)\b", re.I)
# replies that give no value: the quoted answer's words (``NO_ANSWER``) and interjections
_NO_ANSWER = NO_ANSWER | frozenset(
    "sorry dunno nope yeah yep jep jup okay oké nevermind momentje moment pardon gosh hmm hmmm"
    " uiteraard jazeker natuurlijk sure thanks bedankt wait wacht euh huh what oeps oops effe"
    " okidoki gotcha errr underneath".split()
)


def _take_quoted_and_answered(scan: Scan, common: frozenset[str]) -> None:
    if '"' in scan.masked or "“" in scan.masked:
        for match in list(_QUOTED_WORD.finditer(scan.masked)):
            for quoted in _QUOTES.finditer(match.group(1)):
                if _RULE.search(match.group(1), 0, quoted.start()):
                    break
                value = quoted.group(1)
                if value.lower() not in common and not _UI_WORDS.search(value):
                    start = match.start(1) + quoted.start(1)
                    scan.take(start, start + len(value), "PASSWORD")
    if "\n" in scan.masked:
        for match in list(_WORD_NEXT_LINE.finditer(scan.masked)):
            value, tail = match.group(3), match.group(4) or ""
            if (
                _ASKS_ELSE.search(match.group(2))
                or value.lower() in _NO_ANSWER
                or not (password_like(value) or (value.isalpha() and value.lower() not in common))
            ):
                continue
            line_start = scan.masked.rfind("\n", 0, match.start()) + 1
            plain_ok = (
                not tail
                and _STAFF_ASKS.match(scan.masked, line_start)
                and not (
                    _YES_NO_QUESTION.search(scan.masked, line_start, match.start())
                    and not _ASKS_VALUE.search(scan.masked, line_start, match.end(2))
                )
            )
            if match.group("login") and (
                not (password_like(value) or plain_ok)
                or ":" not in scan.masked[match.end(2) : match.start(3)]
                or _CUE_AGAIN.search(tail)
            ):
                continue  # a login's password has digits or signs (or is a word alone on
                # the line, asked for by the agent) and is answered by a speaker, with no cue
                # of its own after it: not "Momentje, ik zoek het op", "Vodafone,
                # Kundenkennwort is Hamster77", nor a forum's "Groeten"
            scan.take(match.start(3), match.end(3), "PASSWORD")
            spelled = (match.group(5) or "").replace("-", "").lower()
            letters = "".join(c for c in value.lower() if c.isalnum())
            if len(spelled) >= 4 and letters.startswith(spelled):
                scan.take(match.start(5), match.end(5), "PASSWORD")  # "Hunter_2. H-U-N-T-E-R."


# the first of an app password's four groups: "app password: qzvt mrxb kfja pwly"
# (``typed_passwords`` takes the four)
_FOUR_GROUPS = re.compile(r"[a-z]{4}(?: [a-z]{4}){3}(?!\w)")
_LOGIN_WORD = re.compile(r"wachtwoord|password|passwort", re.IGNORECASE)


def take_word_passwords(scan: Scan) -> None:
    common = name_lists().common
    for match in list(_WORD_PASSWORD.finditer(scan.masked)):
        group = next(g for g in range(1, _WORD_PASSWORD.groups + 1) if match.group(g))
        if _FOUR_GROUPS.match(scan.masked, match.start(group)) and _LOGIN_WORD.search(
            match.group(), 0, match.start(group) - match.start()
        ):
            continue
        word = match.group(group).lower()
        if word not in common and word not in NO_VALUE and word not in STATUS_WORDS:
            # not "password=null", "password=expired"
            scan.take(match.start(group), match.end(group), "PASSWORD")
    for match in list(_SECRET_WORD_BARE.finditer(scan.masked)):
        word = match.group(1).lower()
        if (
            word not in common
            and word not in NO_VALUE
            and word not in STATUS_WORDS
            and not _NOT_A_SECRET_ENDING.fullmatch(word)  # "security word mismatched twice"
            and word not in _NOT_A_SECRET  # "Codewort vergessen", "mot secret oublié"
        ):
            scan.take(match.start(1), match.end(1), "PASSWORD")
    for match in list(_HYPHENED_WORDS.finditer(scan.masked)):
        value = match.group(1)
        if value.lower() not in common and not _STATE_WORDS.search(value):
            scan.take(match.start(1), match.end(1), "PASSWORD")
    for match in list(_PHRASE_SET.finditer(scan.masked)):
        value = match.group(1)
        if (
            _PASSWORD_WORD.search(
                scan.masked, max(0, match.start() - _PHRASE_WINDOW), match.start()
            )
            and not _STATE_WORDS.search(value)
            and not _POLICY_WORDS.intersection(value.lower().split("-"))
        ):  # not what a policy says: "it is now case-sensitive-only for admins"
            scan.take(match.start(1), match.end(1), "PASSWORD")
    if '"' in scan.masked or "“" in scan.masked:
        for match in list(_QUOTED_PHRASE.finditer(scan.masked)):
            if not _UI_WORDS.search(match.group(1)):
                scan.take(match.start(1), match.end(1), "PASSWORD")
    _take_quoted_and_answered(scan, common)
