"""The words of a text as the name finder sees them, and the tests a word must pass to be
(part of) a name: listed as a given name or surname, blocked as a word or a brand, shaped like
a street, spelled out letter by letter. ``name_phrases`` builds name phrases on them."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_context import MONTH_JOINED
from assistant.ingest.redact.name_firms import firm_names_in
from assistant.ingest.redact.name_lists import (
    INITIALS,
    PARTICLES,
    ROLES,
    NameLists,
    Tok,
    Tokens,
    camel,
    capitalised,
    folded,
)
from assistant.ingest.redact.scan import MASK, Scan
from assistant.ingest.redact.spoken_digits import word_digits

_APOSTROPHE_NAME = re.compile(r"[A-Z]['’][A-Z]")
# a lower-case particle starts a name after a form label or a title
_PARTICLE_AFTER = re.compile(
    r"(?::|\b(?:meneer|mevrouw|mevr|dhr|mw|heer|mr|mrs|ms|miss|dr|fam|familie|frau|herr|madame"
    r"|mme|monsieur)\.?) *$",  # "Guten Tag Frau de Jong"
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(r",? ?\d")
_HOUSE_NUMBER_NEXT = re.compile(r" [1-9]\d{0,3}[a-zA-Z]?\b")
_DIGIT_SAID_BEFORE = re.compile(
    r"(?:\b(?:zero|one|two|three|four|five|six|seven|eight|nine|nul|een|twee|drie|vier|vijf"
    r"|zes|zeven|acht|negen)|\d),? $",
    re.IGNORECASE,
)
_NATO = frozenset(
    "Alpha Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Juliett Kilo Lima Mike"
    " November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Whisky X-ray Xray"
    " Yankee Zulu".split()
)
_CAMEL_PART = re.compile(r"[A-Za-z][a-z]+")  # "Fly", "Noord" of "FlyNoord"; "anna" of "annaK"
# a team or desk named as a compound: "Abuse-team", "Service-desk", "Klanten-service"
TEAM_TAIL = re.compile(r"-(?:team|desk|afdeling|dienst|service|support)$", re.IGNORECASE)
_SPELLED_OUT = re.compile(r"[A-Za-z]-[A-Za-z](?:-|$)")
# a letter spelled with a given name: "N van Nico, T van Theo", "E as in Edward"
SPELLED_BEFORE = re.compile(r"(?<![\w.])([A-Z]) (?:van|voor|als in|for|as in|wie|like) $")
# a street's ending: a word so shaped is no surname after a cue ("Jan aan de Stationsweg")
STREET_ENDING = re.compile(
    r"..(?:straat|laan|plein|gracht|kade|steeg|singel|weg|dreef|hof|street|road|avenue|lane"
    r"|drive|close|crescent|strasse|straße)$"
)
# endings no surname has ("-hof" and "-weg" have: Nijhof, Dijkhof, Hartweg)
_STREET_ONLY = re.compile(r"..(?:straat|laan|plein|gracht|kade|steeg|singel|dreef|street|road)$")


# the tail of a field's label, no second given name: "Job-ID", "Mark-Nr"
_FIELD_TAILS = frozenset(("ID", "Id", "NR", "Nr", "No", "Nummer", "Number"))


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
# what follows a town in an address, up to its postcode: a region ("Douglas, Cork T12 X8Y2") or
# its code ("Toronto ON M5H 1A1"), or nothing; or the region's code ending the line ("[ADDRESS],
# Edmond OK")
_TOWN_END = re.compile(r"(?:, [A-Z][\w'-]+| [A-Z]{2})? (?=\[POSTCODE\]|" + MASK + ")")
_REGION_ENDS_LINE = re.compile(r" [A-Z]{2}[ \t]*(?:\n|$)")


class Words:
    """A text's tokens, the ones any pass looks at, and the tests on them."""

    def __init__(self, scan: Scan, lists: NameLists) -> None:
        self.scan = scan
        self.text = scan.masked
        self.lists = lists
        self.tokens = Tokens(self.text)
        self.firm_names = firm_names_in(self.text)
        # the tokens any pass looks at: capitalised words and initials, lower-case given
        # names, and lower-case words ending a line (a signature after a closing)
        first_lower = lists.first_lower
        text = self.text
        self.candidates = [
            i
            for i, m in enumerate(self.tokens.matches)
            if m.group()[0].isupper()
            or m.group() in first_lower
            or m.group().partition("-")[0] in first_lower  # "gert-jan"
            or text[m.end() : m.end() + 1] in ("", "\n")
            or (
                m.group() in PARTICLES
                and _PARTICLE_AFTER.search(text, max(0, m.start() - 14), m.start()) is not None
            )
        ]

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        matches = self.tokens.matches
        prev_end = matches[i - 1].end() if i > 0 else 0
        return self.text[prev_end : matches[i].start()]

    def brand_word(self, word: str) -> bool:
        """A capital inside a word with no given name among its parts and no surname at its
        end: "ZekerZorg", "FlyNoord", "FlyHollandAir" (not "MaryAnn", "annaK", "jdeJong",
        "TheRealSanne")."""
        if not camel(word):
            return False
        parts = [part.capitalize() for part in _CAMEL_PART.findall(word)]
        return not (
            any(self.is_first(part) for part in parts)
            or (parts and parts[-1] in self.lists.surnames)
        )

    def is_first(self, word: str) -> bool:
        if word in self.lists.first:
            return True
        if not word.isascii() and folded(word) in self.lists.first:
            return True  # "Ciarán", "Siobhán", "Zoë"
        head, _, tail = word.partition("-")
        # "Anne-Marie" is a name, "Roos-collectie" a product line, "Jan-Mar" a quarter
        return (
            bool(tail)
            and tail[:1].isupper()
            and head in self.lists.first
            and tail not in _FIELD_TAILS  # a field: "Job-ID 7f3c2a10-..."
            # months from and to: "Jan-Mar", "April-October"
            and not (MONTH_JOINED.fullmatch("-" + head) and MONTH_JOINED.fullmatch("-" + tail))
        )

    def is_blocked(self, word: str) -> bool:
        if ("'" in word or "’" in word) and not _APOSTROPHE_NAME.match(word):
            return True  # I'll, it's, don't; O'Connor and D'Souza are names
        return word in self.lists.not_words or word.lower() in ROLES

    def surname_like(self, word: str) -> bool:
        if not capitalised(word) or self.is_blocked(word):
            return False
        if self.is_surname(word) or self.is_first(word):
            return True
        # a street is no surname: "Bruna op de Kerkstraat", "Jan aan de Stationsweg"
        return (
            word.lower() not in self.lists.common
            and not STREET_ENDING.search(word)
            and not camel(word)
        )

    def street_after(self, j: int) -> bool:
        """Particles from token j, then a street: the name before is the street's own ("metro
        station Jan van Galenstraat", "de Willem de Zwijgerlaan")."""
        k = self.past_particles(j)
        if k == j or k >= len(self.tokens):
            return False
        word = self.tokens[k].base  # not a surname that ends so: "Jan van Kerkhof"
        return _STREET_ONLY.search(word) is not None and not self.is_surname(word)

    def town_after_address(self, tok: Tok) -> bool:
        """A word between an address taken before and its region and postcode is the town:
        "[ADDRESS], Douglas, Cork [POSTCODE]", "[ADDRESS], Toronto ON [POSTCODE]"."""
        end = _TOWN_END.match(self.text, tok.end)
        if end is None:
            if not _REGION_ENDS_LINE.match(self.text, tok.end):
                return False
        else:
            at = end.end()  # a postcode, not a phone or an e-mail: "Kerkstraat 5, Pieter 06..."
            if not self.scan.text.startswith("[POSTCODE]", at) and not any(
                f.kind == "POSTCODE" and f.start == at for f in self.scan.found
            ):
                return False
        if self.scan.text.endswith("[ADDRESS], ", 0, tok.start):
            return True  # its placeholder, on a second pass
        return self.text[max(0, tok.start - 3) : tok.start] == MASK + ", " and any(
            f.kind == "ADDRESS" and f.end == tok.start - 2 for f in self.scan.found
        )

    def number_after_street(self, j: int) -> bool:
        """A number after the street that particles from token j lead to: a house's or a
        timetable's ("Jan van Galenstraat 06:31")."""
        k = self.past_particles(j)
        return (
            k < len(self.tokens) and _NUMBER_AFTER.match(self.text, self.tokens[k].end) is not None
        )

    def past_particles(self, j: int) -> int:
        """The index of the first token from j that is no particle ("van", "de")."""
        while j < len(self.tokens) and self.tokens[j].text.lower() in PARTICLES:
            j += 1
        return j

    def street_right_after(self, j: int) -> bool:
        """A street's word right after the name: "de Jan Pieter Heijestraat" (the name is the
        street's own)."""
        if j >= len(self.tokens) or self.gap(j) != " ":
            return False
        word = self.tokens[j].base
        return _STREET_ONLY.search(word) is not None and not self.is_surname(word)

    def street_surname(self, k: int) -> bool:
        """After initials a word ending like a street is a surname when no house number
        follows: "M. Nijhof", "D. Hulshof" (not "de Kerkhof 12")."""
        if k >= len(self.tokens) or self.gap(k) != " ":
            return False
        word = self.tokens[k].base
        return (
            capitalised(word)
            and STREET_ENDING.search(word) is not None
            and word.lower() not in self.lists.common
            and not self.is_blocked(word)
            and not _NUMBER_AFTER.match(self.text, self.tokens[k].end)
        )

    def is_surname(self, word: str) -> bool:
        surnames = self.lists.surnames
        return word in surnames or (not word.isascii() and folded(word) in surnames)

    def name_like(self, word: str, lower_ok: bool, known_only: bool = False) -> bool:
        """May start a name after a cue; after a weak cue ("Dear", "spoke with") only a
        given name or surname from the lists, not any capitalised word ("Dear Citibank")."""
        if INITIALS.fullmatch(word):
            return True
        if self.is_blocked(word) or _SPELLED_OUT.match(word):
            return False  # "S-O-one-six": letters spelled out
        if capitalised(word):
            return (
                self.is_first(word)
                or word in self.lists.surnames
                or (
                    not known_only
                    and word.lower() not in self.lists.common
                    and not STREET_ENDING.search(word)
                    and not camel(word)
                    and not word_digits(word.lower())  # a number said: "Beller: Drieënzeventig."
                    and not TEAM_TAIL.search(word)  # a team signing: "Abuse-team Kaasnet"
                )
            )
        low = word.lower()
        if lower_ok and "-" in low:  # "name: gert-jan tuinstra": listed given names joined
            parts = low.split("-")
            return all(p in self.lists.first_lower for p in parts) and not all(
                p in self.lists.common for p in parts
            )
        return lower_ok and low in self.lists.first_lower and low not in self.lists.common

    def at_address(self, j: int, k: int) -> bool:
        """Token j is a lower-case "op" or "in" alone before a word and a house number."""
        return (
            k == j + 1
            and k < len(self.tokens)
            and self.tokens[j].text in ("op", "in")
            and _HOUSE_NUMBER_NEXT.match(self.text, self.tokens[k].end) is not None
        )

    def after_postcode(self, start: int) -> bool:
        """A postcode taken ends right before ``start``, one space between (or its
        placeholder, on a second pass)."""
        if self.scan.text.endswith("[POSTCODE] ", 0, start):
            return True
        if self.scan.masked[start - 2 : start] != MASK + " ":
            return False
        return any(f.end == start - 1 and f.kind == "POSTCODE" for f in self.scan.found)

    def spelled_into_value(self, i: int) -> bool:
        """The word spells the last letter of a value taken before ("KL-037, V van Victor"):
        the value runs on over it, so that a second pass finds no name there."""
        start = self.tokens[i].start
        spelled = SPELLED_BEFORE.search(self.scan.text, max(0, start - 9), start)
        if not spelled or spelled.group(1) != self.scan.text[start]:
            return False
        letter_end = spelled.end(1)
        for index, found in enumerate(self.scan.found):
            if found.end == letter_end:
                self.scan.widen(index, start + len(self.tokens[i].base), found.kind)
                return True
        return False

    def _nato(self, i: int, j: int) -> bool:
        """The words are spelling-alphabet words, or one stands next to another."""
        words = [self.tokens[k].base for k in range(i, j)]
        if len(words) > 1 and all(w in _NATO for w in words):
            return True
        if words[0] not in _NATO:
            return False
        start = self.tokens[i].start
        if _DIGIT_SAID_BEFORE.search(self.text, max(0, start - 8), start):
            return True  # after a digit said or written: "I've got five Romeo..."
        near = [k for k in (i - 1, j) if 0 <= k < len(self.tokens)]
        return any(self.tokens[k].base in _NATO for k in near)
