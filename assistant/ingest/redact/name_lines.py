"""Names known by where they stand: who wrote a post ("Li Wei schreef in de community:"), a
name on the line under a details label ("Gegevens:" / "Abebe Tesfaye"), the wrong spelling
a name is corrected from ("it should be Iñaki Etxeberria not Inaki Echeverria"), a nickname in
quotes inside a name, and an agent's initials closing a note's header ("CRM NOTE 14/06 11:42 -
agent HBR")."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.ingest.redact.name_lists import PARTICLES
from assistant.ingest.redact.name_phrases import Phrases
from assistant.ingest.redact.scan import INSTEAD_OF, MASK

_WORDS = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
# at a line's start, before the verb: "Li Wei schreef in de community:", "Tom Birch wrote:"
_WROTE = re.compile(
    r"^[ \t]*(" + _WORDS + r") (?:schreef|schrijft|wrote|writes|posted|postte|reageerde|replied)"
    r"\b",
    re.MULTILINE,
)
# a label that announces a person's details on the lines below it
_DETAILS_LABEL = re.compile(
    r"\b(?i:details|gegevens|particulars|persoonsgegevens|personalia|new starter|nieuwe collega)"
    r"[ \t]*:[ \t]*$"
)
_LINE_NAME = re.compile(r"[ \t]*(" + _WORDS + r")[ \t]*$")
# or on the label's own line, the name first and a comma after it: "Mijn gegevens: Frans
# Wolters, 11-01-1952, BSN ..."
_DETAILS_INLINE = re.compile(
    r"\b(?i:my details|mijn gegevens|meine daten|mes coordonnées)[ \t]*:[ \t]*"
    r"([A-Z][\w'’-]+(?: (?:(?:van|de|der|den|ter|ten|von) )*[A-Z][\w'’-]+){1,2}),"
)
# after a name the rules took, the spelling it replaces: "[NAME] not Inaki Echeverria",
# "[NAME] zijn, niet Martins"; before it: "niet Martins maar [NAME]"
_CORRECTED_FROM = re.compile(
    r"(?: zijn| is| please| graag)?,? " + INSTEAD_OF + r" (" + _WORDS + r")(?=[\s.,;:!?)]|$)"
)
_CORRECTED_TO = re.compile(r"\b(?:not|niet) (" + _WORDS + r"),? (?:but|maar) $")
_CORRECTION_WORDS = (" not ", " niet ", "instead of", "in plaats van", "rather than", "i.p.v.")
# an agent's initials ending a note's first line
_AGENT_INITIALS = re.compile(r"\b(?i:agent|mdw|medewerker) ([A-Z]{2,4})(?=[ \t]*(?:\n|$))")
# a nickname in quotes between a found given name and the surname: '[NAME] "Wil" Verbeek-Smit'
_NICKNAME = re.compile(  # or in brackets: "Wilhelmina (Mien) Hofstra-de Jong"
    r" (?:[\"“‘']([A-ZÀ-Þ][a-zà-ÿ]{1,15})[\"”’']|\(([A-ZÀ-Þ][a-zà-ÿ]{1,15})\)) ((?:(?:van|de|der"
    r"|den|ter|ten|van der|van den|van de) )?[A-ZÀ-Þ][\w'’]+"
    r"(?:-(?:de |van |van der |van den |den )?[A-ZÀ-Þ][\w'’]+)?)(?![\w'’-])"
)
# a nickname in quotes after the words that give it: 'zegt zelf "Mien"', 'goes by "Bex"'
_GOES_BY = re.compile(
    r"\b(?i:zegt zelf|noemt (?:zich|zichzelf)|roepnaam|goes by|calls (?:her|him)(?:self)?"
    r"|nickname)\W{0,3}[\"“‘']([A-ZÀ-Þ][a-zà-ÿ]{1,15})[\"”’']"
)
_NAME_PARTICLES = frozenset("Van De Der Den Ter Ten Von Du Da Di Le La".split())
_NOT_INITIALS = frozenset("AI ID IT HR CS QA VIP NL UK US EU BE DE FR".split())


class Lines(Phrases):
    """The passes that read a name from its line or from the name beside it."""

    def _token_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens that cover exactly [start, end), or None."""
        first = next((k for k, t in enumerate(self.tokens.matches) if t.start() == start), None)
        if first is None:
            return None
        k = first
        while k < len(self.tokens) and self.tokens[k].end < end:
            k += 1
        if k >= len(self.tokens) or self.tokens[k].start + len(self.tokens[k].base) != end:
            return None
        return first, k + 1

    def _take_words(self, start: int, end: int, given_first: bool = False) -> None:
        """Capitalised words that may all be a surname, none a common word or a brand (or,
        with ``given_first``, a listed given name first that is also a word: "Frans")."""
        if MASK in self.text[start:end]:
            return
        span = self._token_span(start, end)
        if not span:
            return
        words = [self.tokens[k].base for k in range(*span)]
        if given_first and self.is_first(words[0]):
            words = [w for w in words[1:] if w.lower() not in PARTICLES]  # "Frans van Wolters"
        elif words[-1] in self.lists.surnames and words[0] in _NAME_PARTICLES:
            words = words[-1:]  # a surname with its particles: "Van Dijk schreef", "De Jong"
        if words and all(self.surname_like(w) for w in words):
            self.take(*span)

    def written_and_listed(self) -> None:
        """ "Li Wei schreef ...", and a name alone on the line under "Gegevens:"."""
        if self.scan.mentions("schreef", "schrijft", "wrote", "writes", "posted", "postte",
                              "reageerde", "replied"):  # fmt: skip
            for wrote in _WROTE.finditer(self.text):
                self._take_words(*wrote.span(1))
        if self.scan.mentions("details:", "gegevens:", "daten:", "coordonnées:"):
            for inline in _DETAILS_INLINE.finditer(self.text):
                self._take_words(*inline.span(1), given_first=True)
        if ":\n" not in self.text:
            return
        lines = self.text.split("\n")
        pos = 0
        for prev, line in pairwise(lines):
            pos += len(prev) + 1
            if _DETAILS_LABEL.search(prev):
                match = _LINE_NAME.fullmatch(line)
                if match and " " in match.group(1):  # a full name, not one word
                    self._take_words(pos + match.start(1), pos + match.end(1))

    def corrected_names(self) -> None:
        """The spelling a found name replaces: "it should be [NAME] not Inaki Echeverria"."""
        if not self.scan.mentions(*_CORRECTION_WORDS):
            return
        for found in [f for f in self.scan.found if f.kind == "NAME"]:
            after = _CORRECTED_FROM.match(self.text, found.end)
            if after:
                self._take_words(*after.span(1))
            before = _CORRECTED_TO.search(self.text, max(0, found.start - 60), found.start)
            if before:
                self._take_words(*before.span(1))

    def nicknames(self) -> None:
        """'mevrouw Wilhelmina "Wil" Verbeek-Smit': the nickname and the surname after it;
        'zegt zelf "Mien"', 'goes by "Bex"': a nickname given as such, once a person was
        named."""
        if not any(mark in self.text for mark in '"“‘('):
            return
        if any(f.kind == "NAME" for f in self.scan.found):
            for given in _GOES_BY.finditer(self.text):
                if given.group(1).lower() not in self.lists.common:
                    self.scan.take(given.start(1), given.end(1), "NAME")
        for found in [f for f in self.scan.found if f.kind == "NAME"]:
            match = _NICKNAME.match(self.text, found.end)
            if not match or MASK in match.group():
                continue
            nick = 1 if match.group(1) else 2
            if nick == 2 and not self.is_first(match.group(2)):
                continue  # in brackets only a given name: not "Peter (Inkoop) Vermeulen"
            span = self._token_span(*match.span(3))
            if span and all(
                self.surname_like(self.tokens[k].base) or self.tokens[k].text in PARTICLES
                for k in range(*span)
            ):
                self.take(*span)  # a surname after it: the quoted word is a nickname ("Wil")
                self.scan.take(match.start(nick), match.end(nick), "NAME")

    def agent_initials(self) -> None:
        """ "- agent HBR" ending a note's header line."""
        if not self.scan.mentions("agent", "mdw", "medewerker"):
            return
        for match in _AGENT_INITIALS.finditer(self.text):
            letters = match.group(1)
            if letters not in _NOT_INITIALS and letters.lower() not in self.lists.common:
                self.scan.take(match.start(1), match.end(1), "NAME")
