"""Name passes over what was found already: later mentions of a found name (also typed in
lower case), the name an e-mail address's local part spells standing on its own, a name that
answers a question for it, and the person to call on a number. The finder in ``names`` runs
them last."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_cues import GREETING_CUE, THANKS_CUE
from assistant.ingest.redact.name_firms import COMPANY_AFTER, FIRM_AFTER, FIRM_FIRST, FIRM_WORD
from assistant.ingest.redact.name_lists import (
    FUNCTION_WORD_NAMES,
    PARTICLES,
    ROLES,
    L,
    Tok,
    capitalised,
)
from assistant.ingest.redact.name_signs import Signs
from assistant.ingest.redact.scan import MASK, Found

# the local part of an address that belongs to a role, not a person
ROLE_ADDRESS = re.compile(
    r"no-?reply|do-?not-?reply|info|support|service|klantenservice|contact|hello|hallo|team"
    r"|admin|billing|sales|helpdesk|notifications?|noreply\w*|facturen|administratie"
    # a customer service's in other languages: "Fjellveien Bompenger <kundeservice@...>"
    r"|kunden?service|kundendienst|kundtjanst|klantendienst"
    r"|customerservice|customercare|care|servicedesk|reservations?|bookings?|reception"
)
# the word after "An", which is the English article before its noun, not the Flemish given
# name: "An error occurred", "An SMS was sent" beside "An Peeters"
_WORD_AFTER = re.compile(r" ([^\W\d_][\w'-]*)")
_LOCAL_SPLIT = re.compile(r"[._+\d-]+")
_NAME_ANSWER = re.compile(
    r"\b(?:last name|surname|family name|full name|your name|achternaam|uw naam|je naam"
    r"|volledige naam|haar naam|zijn naam|his name|her name|welke naam|which name"
    # or a question that opens with it, or asks whose it is: "Name and delivery address
    # please?", "Op naam van?"
    r"|(?<=[:.!] )(?:name|naam)(?! (?:of|van|for|voor|the|a|an|your|de|het|een)\b)"
    r"|op naam van|in whose name"
    r"|on whose name)\b"
    r"[^\n?]{0,60}\?[ \t]*\n"
    r"(?:\[[^\]\n]{1,20}\] *)?(?:[^\n:]{1,40}: ?)?"  # the speaker: "[19/10, 21:09] Mevr. X: "
    # any alphabet's letters: "milan çelik", "Özlem Aydın"
    r"([^\W\d_][\w'’-]+(?: (?:[^\W\d_][\w'’-]+|van|de|der|den|ter|ten)){0,3})"
    r"(?=[,.]|[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
_CALL_PERSON = re.compile(
    r"\b(?:call|ring|text|whatsapp|bel|app|sms)\s+(?-i:([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))"
    r"\s+(?:on|at|op|via)\s+(?=\+?\d|\ue000)",
    re.IGNORECASE,
)
# glued to more: "Dewulf1958", "Lindkvist!2024" are passwords ("Hi Kasia!" is a name)
_GLUED_ON = re.compile(r"[!#@$%&*_]?\d|[#@$%&*_]\w")
# glued to a digit or a symbol before it: "Demo!2025wouters" is a password, not a mention
_GLUED_BEFORE = re.compile(r"[\d!#$%&*_]")
_SPELLED_ADDRESS = re.compile(
    r" (?:punt|dot|at|underscore|apenstaartje|streepje|dash|\d+|\w+ty)\b", re.IGNORECASE
)

_TITLES = frozenset(
    "dr drs ir ing prof mr mrs ms mx mevr mw dhr sir dame herr frau mme mlle".split()
)


# a speaker's label: the name alone before its colon ("NAOMI: ...", "[10:02] TOM:")
# (maybe with the surname in capitals too, or a role in brackets: "NAOMI VERHOEVEN:", "TOM
# (customer):"), or the whole line, as a signature writes it: "NAOMI VERHOEVEN"
_LABEL_AFTER = re.compile(
    r"(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'-]+){0,2}[ \t]*(?::|\([^)\n]{1,20}\)[ \t]*:|[ \t]*$)",
    re.MULTILINE,
)
_CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'-]+\b")
# the line's start before it: nothing, a chat's stamp ("[10:02]", "9/3/24, 2:23 PM - "), or the
# given name in capitals before a surname
_LINE_START = re.compile(
    r"[ \t]*(?:\[?[\d:./, -]+(?:[AaPp][Mm])?\]?(?:[ \t]*-)?[ \t]*)?"
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'-]+[ \t]+){0,2}"
)


class Mentions(Signs):
    """The passes that read the names and addresses found before."""

    def propagate(self) -> None:
        """Later mentions of a found name's words ("Lisa" after "Agent Lisa:"), also typed in
        lower case when that is no word ("Tim: ..." / "tim dat moet je niet"), and the name
        in an e-mail address's local part standing on its own ("marta.kowalczyk@wp.pl,
        Kowalczyk, 19.08.1990")."""
        words: set[str] = set()
        for found in self.scan.found:
            if found.kind == "NAME":
                for w in re.findall(rf"[{L}][{L}'’-]+", self.scan.text[found.start : found.end]):
                    if w.lower() not in PARTICLES and w.lower() not in _TITLES and len(w) > 1:
                        words.add(w)  # not the title of a name taken with it ("Dr. Helmut ...")
            elif found.kind == "EMAIL":
                words.update(self._local_part_names(found))
        if not words:
            return
        lists = self.lists
        # a name typed in lower case, then with its capital where someone is greeted or
        # thanked: "milan çelik" / "Dank je Milan!" (not "ships from Paris", "Hunter boots")
        greeted = {w.capitalize() for w in words if w.islower() and len(w) > 2} - words
        lower = {
            w.lower()
            for w in words
            if len(w) > 2
            and w.lower() not in lists.common
            and (w.lower() in lists.first_lower or w in lists.surnames)
        }
        # and in capitals, as a transcript's speaker labels write it: "Medewerker: Naomi" /
        # "NAOMI: ...ik zie dat" (a name that is no word)
        upper = {
            w.upper()
            for w in words
            if len(w) > 2 and not w.isupper() and w.lower() not in lists.common
        }
        for tok in self.tokens:
            base = tok.base
            known = (
                base in words
                or (base.isupper() and base in upper and self._caps_label(tok, upper))
                or (
                    base in greeted
                    and (
                        GREETING_CUE.search(self.text, max(0, tok.start - 30), tok.start)
                        is not None
                        or THANKS_CUE.search(self.text, max(0, tok.start - 30), tok.start)
                        is not None
                    )
                )
                or (
                    base.islower()
                    and base in lower
                    and base not in ROLES
                    and not self._in_handle(tok.start, tok.end)
                )
            )
            if (
                known
                and not (base in FUNCTION_WORD_NAMES and self._article(tok.end))
                and MASK not in self.scan.masked[tok.start : tok.end]
                and not _GLUED_ON.match(self.text, tok.end)  # "Dewulf1958": a password
                and not (tok.start and _GLUED_BEFORE.match(self.text, tok.start - 1))
                and self.text[tok.start - 2 : tok.start] != MASK + " "  # "8861 BJ Harlingen"
                and not self.town_after_address(tok)  # "[ADDRESS], Toronto ON [POSTCODE]"
            ):
                if (
                    COMPANY_AFTER.match(self.text, tok.end)
                    or FIRM_AFTER.match(self.text, tok.end)
                    or self.after_firm_word(tok.start)
                ):
                    continue  # "Verhoeven Installatietechniek B.V.": the firm, not the person
                self.scan.take(tok.start, tok.start + len(tok.base), "NAME")

    def _article(self, end: int) -> bool:
        """ "An" (a given name that is also a function word) before a word that is no name of
        a person's: the English article."""
        after = _WORD_AFTER.match(self.text, end)
        if after is None:
            return False
        word = after.group(1)
        if word[0].islower():  # "An error", "An hour" (not "An krijgt een mail")
            return word[0] in "aeiou" or word.startswith(("hour", "honest", "heir"))
        # "An Uber driver", "An SMS", "An NS-kaart", "An X-ray" (not "ik heb An Maandag gebeld")
        return (word[0] in "AEIOU" or word[:2].isupper() or word.startswith("X-")) and not (
            self.is_surname(word) or self.is_first(word)
        )

    def answers_and_contacts(self) -> None:
        """The name that answers a question for it on the next line ("verify your last name
        and billing ZIP?" / "Customer: Nguyen, 95112"), and the person to call on a number
        ("call or WhatsApp Inês on +351 ...")."""
        for pattern in (_NAME_ANSWER, _CALL_PERSON):
            for match in pattern.finditer(self.text):
                words = [w for w in match.group(1).split() if w not in PARTICLES]
                # (a given name that is also a word, before a surname, answers too: "Anders
                # Holm", not "Anders" alone)
                named = pattern is _NAME_ANSWER and len(words) >= 2 and self.is_first(words[0])
                if pattern is _NAME_ANSWER and (
                    FIRM_FIRST.fullmatch(words[0]) or any(FIRM_WORD.fullmatch(w) for w in words)
                ):
                    continue  # a firm answers "Op naam van?": "Bakkerij De Korenschoof"
                if (words[0].lower() in self.lists.common and not named) or self.is_blocked(
                    words[0]
                ):
                    continue
                # after the first a surname may be a word: "Wilhelmina Jansen-de Groot"
                common_ok = pattern is _NAME_ANSWER and len(words) >= 2
                if all(
                    capitalised(w)
                    and not self.is_blocked(w)
                    and (common_ok or w.lower() not in self.lists.common)
                    for w in words
                ) or (pattern is _NAME_ANSWER and self._lower_full_name(words)):
                    self.scan.take(match.start(1), match.end(1), "NAME")

    def _caps_label(self, tok: Tok, upper: set[str]) -> bool:
        """A name in capitals as a speaker's label or a signature's line: every capitalised
        word around it on the label is a found name's too ("NAOMI VERHOEVEN:", not "AMBER
        ALERT:")."""
        after = _LABEL_AFTER.match(self.text, tok.end)
        line_start = self.text.rfind("\n", 0, tok.start) + 1
        before = _LINE_START.fullmatch(self.text, line_start, tok.start)
        if after is None or before is None:
            return False
        words = _CAPS_WORD.findall(after.group()) + _CAPS_WORD.findall(before.group())
        return all(w in upper or w in ("AM", "PM") for w in words)

    def _lower_full_name(self, words: list[str]) -> bool:
        """A full name typed in lower case as the answer: "user: kemi adeyemi-hart"."""
        return len(words) >= 2 and all(
            w.islower() and w.replace("-", "").isalpha() and w not in self.lists.common
            for w in words
        )

    def _in_handle(self, start: int, end: int) -> bool:
        """Part of a user name or an address, also one read out: "lotte_breda", "bram punt
        vermeulen at ziggo"."""
        glued = self.text[end : end + 1] in ("_", ".", "@") or self.text[start - 1 : start] in (
            "_", ".", "@",
        )  # fmt: skip
        return glued or _SPELLED_ADDRESS.match(self.text, end) is not None

    def _local_part_names(self, found: Found) -> set[str]:
        """The capitalised words an address's local part spells ("marta.kowalczyk" gives
        "Kowalczyk" and "Marta"), when they are no common word, role or brand."""
        local, _, domain = self.scan.text[found.start : found.end].lower().partition("@")
        pieces = [p for p in _LOCAL_SPLIT.split(local) if p]
        if (
            len(pieces) != 2
            or ROLE_ADDRESS.fullmatch(local)
            or any(p in self.lists.common or p in domain for p in pieces)
        ):
            return set()  # a first and a last name, not "lettings@", "kestrel.accounts@"
        names = set()
        for piece in pieces:
            word = piece.capitalize()
            if (
                len(piece) >= 4
                and piece.isalpha()
                and piece not in self.lists.common
                and not ROLE_ADDRESS.fullmatch(piece)
                and not self.is_blocked(word)
            ):
                names.add(word)
        return names
