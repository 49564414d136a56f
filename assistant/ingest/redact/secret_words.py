"""Passwords that are words: a word agreed on as a password ("codewoord: zonnebloem", 'the
memorable word "marmalade"'), words joined by hyphens after the cue's colon, a quoted phrase
of capitalised words, and a memorable word given alone on the turn after it is asked for.
A word the project's texts use often is no value."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_lists import name_lists
from assistant.ingest.redact.scan import Scan

# a word agreed on as a password: "Hij weet het codewoord: zonnebloem", "safe word is
# pineapple", 'het wachtwoord "vlinder"' (a word the project's texts use often is no value)
_WORD_PASSWORD = re.compile(
    r"(?<!\[)\b(?:(?:code|safe|secret|pass) ?(?:woord|word|phrase)|geheime? woord|wachtzin"
    r"|wachtwoordzin|afhaalwoord|ophaalwoord|\w*kennwort)s?(?: ?\([^)\n]{1,30}\))?"
    r"(?:\W{0,3}(?:is|was|luidt|=)\b|\s?:)\s*['\"‘“]?"
    r"([a-zà-ÿ]{4,30})(?=[\s,;:)\"'’”]|[.!?](?!\S)|$)(?!['’-]\w)"  # not "Bcole#1995"
    r"|(?<!\[)\b(?:wachtwoord|password|passwort)\s?(?::\s*|\W{0,3}(?:is|was)\s+)?['\"‘“]"
    r"([a-zà-ÿ]{4,30})['\"’”]"
    # 'a password for doorstep visits – set to "bluebird"'
    r"|(?<!\[)\b(?:\w*wachtwoord|password|passwort)\b[^\n\"“]{0,40}?\b(?:set to|changed to|is now"
    r"|ingesteld op|veranderd in|gewijzigd in|wordt|noemde|noemt|zei|zegt|said|says|gave|gaf"
    r"|geeft|gives)\s+['\"‘“]([a-zà-ÿ]{4,30})['\"’”]",
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
_STATE_WORDS = re.compile(
    r"^(?:niet|not|non|auto|self|zelf|user|system)-|-(?:ge\w+[dt]|\w+ed|ingevuld|set)$",
    re.IGNORECASE,
)
_UI_WORDS = re.compile(
    r"\b(?:Password|Wachtwoord|Incorrect|Invalid|Wrong|Onjuist|Forgot|Vergeten|Reset|Error"
    r"|Login|Log|Sign|Submit|Save|Opslaan|Change|Wijzig\w*|New|Nieuw|Confirm|Bevestig\w*)\b"
)


def take_word_passwords(scan: Scan) -> None:
    common = name_lists().common
    for match in list(_WORD_PASSWORD.finditer(scan.masked)):
        group = next(g for g in (1, 2, 3) if match.group(g))
        if match.group(group).lower() not in common:
            scan.take(match.start(group), match.end(group), "PASSWORD")
    for match in list(_HYPHENED_WORDS.finditer(scan.masked)):
        value = match.group(1)
        if value.lower() not in common and not _STATE_WORDS.search(value):
            scan.take(match.start(1), match.end(1), "PASSWORD")
    if '"' in scan.masked or "“" in scan.masked:
        for match in list(_QUOTED_PHRASE.finditer(scan.masked)):
            if not _UI_WORDS.search(match.group(1)):
                scan.take(match.start(1), match.end(1), "PASSWORD")
