"""People's names in Dutch and English text: from cues (greetings, closings, "mijn naam is",
"I'm", titles, roles, speaker labels, e-mail headers) and from lists of given names and
surnames (``knowledge/names``), with particles ("van der", "de") and initials. Brands,
products and places (``not_names.txt``) survive, and so do given names that are also common
words ("Mark", "Will", "May") unless a cue or a surname comes with them.

Every later mention of a found name in the same text goes too ("Agent Lisa: ... thanks Lisa").
"""

from __future__ import annotations

import re

from assistant.ingest.redact.name_cues import (
    AFTER_CUE,
    CLOSING_BANG,
    CLOSING_LINE,
    CLOSING_SAME_LINE,
    CUSTOMER_LABEL,
    FORM_CUE,
    GREETING_CUE,
    HANDLE_LABEL,
    HEADER,
    LABEL,
    LOWER_INTRO,
    RELATION_CUE,
    ROLE_CUE,
    STRONG_CUE,
    THANKS_CUE,
    TITLE_CUE,
)
from assistant.ingest.redact.name_lists import (
    INITIALS,
    PARTICLES,
    ROLES,
    L,
    NameLists,
    Tok,
    Tokens,
    capitalised,
    name_lists,
)
from assistant.ingest.redact.scan import MASK, Scan

_APOSTROPHE_NAME = re.compile(r"[A-Z]['’][A-Z]")
_DIGIT_NEXT = re.compile(r" ?\d")
_DIGIT_BEFORE = re.compile(r"\d ?$")
# a lower-case particle starts a name after a form label or a title
_PARTICLE_AFTER = re.compile(
    r"(?::|\b(?:meneer|mevrouw|mevr|dhr|mw|heer|mr|mrs|ms|dr|fam|familie)\.?) *$", re.IGNORECASE
)
_PLACE_BEFORE = re.compile(
    r"\b(?:live|lives|living|lived|woon|woont|wonen|woonde|based|located|gevestigd|moved"
    r"|moving|verhuisd|verhuizen|born|geboren|getogen) (?:in|to|naar|near|bij|uit) $"
    r"|\b(?:Sint|Saint|San|Santa|St\.?) $",  # a saint's name is a place or a feast
    re.IGNORECASE,
)
_PLACE_WORDS = ("in ", "to ", "naar ", "near ", "bij ", "uit ", "Sint ", "Saint ", "San ",
                "Santa ", "St. ", "St ")  # fmt: skip
_GLUED = re.compile(r"[\d_]")
_COMPANY_AFTER = re.compile(
    r"(?:[ &]+[A-Z][\w&-]*){0,3}[ ,]+(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|BVBA|Ltd\.?|Limited|LLC"
    r"|Inc\.?|GmbH|plc|& (?:Zn|Zonen|Sons|Co)\b)"
)


class _Finder:
    def __init__(self, scan: Scan, lists: NameLists) -> None:
        self.scan = scan
        self.text = scan.masked
        self.lists = lists
        self.tokens = Tokens(self.text)
        # the tokens any pass looks at: capitalised words and initials, lower-case given
        # names, and lower-case words ending a line (a signature after a closing)
        first_lower = lists.first_lower
        text = self.text
        self.candidates = [
            i
            for i, m in enumerate(self.tokens.matches)
            if m.group()[0].isupper()
            or m.group() in first_lower
            or text[m.end() : m.end() + 1] in ("", "\n")
            or (
                m.group() in PARTICLES
                and _PARTICLE_AFTER.search(text, max(0, m.start() - 14), m.start()) is not None
            )
        ]

    # ---- token tests

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        matches = self.tokens.matches
        prev_end = matches[i - 1].end() if i > 0 else 0
        return self.text[prev_end : matches[i].start()]

    def is_first(self, word: str) -> bool:
        if word in self.lists.first:
            return True
        head, _, tail = word.partition("-")
        # "Anne-Marie" is a name, "Roos-collectie" a product line
        return bool(tail) and tail[:1].isupper() and head in self.lists.first

    def is_blocked(self, word: str) -> bool:
        if ("'" in word or "’" in word) and not _APOSTROPHE_NAME.match(word):
            return True  # I'll, it's, don't; O'Connor and D'Souza are names
        return word in self.lists.not_words or word.lower() in ROLES

    def surname_like(self, word: str) -> bool:
        if not capitalised(word) or self.is_blocked(word):
            return False
        if word in self.lists.surnames or self.is_first(word):
            return True
        return word.lower() not in self.lists.common

    def name_like(self, word: str, lower_ok: bool, known_only: bool = False) -> bool:
        """May start a name after a cue; after a weak cue ("Dear", "spoke with") only a
        given name or surname from the lists, not any capitalised word ("Dear Citibank")."""
        if INITIALS.fullmatch(word):
            return True
        if self.is_blocked(word):
            return False
        if capitalised(word):
            return (
                self.is_first(word)
                or word in self.lists.surnames
                or (not known_only and word.lower() not in self.lists.common)
            )
        low = word.lower()
        return lower_ok and low in self.lists.first_lower and low not in self.lists.common

    # ---- phrases

    def extend(self, i: int) -> int:
        """End (exclusive token index) of the name phrase that starts at token i."""
        j = i + 1
        n = len(self.tokens)
        while j < n and self.gap(j) == " ":
            word = self.tokens[j].base
            if word.lower() in PARTICLES:
                k = j
                while k < n and self.gap(k) == " " and self.tokens[k].text.lower() in PARTICLES:
                    k += 1
                if k < n and self.gap(k) == " " and self.surname_like(self.tokens[k].base):
                    j = k + 1
                    continue
                break
            if INITIALS.fullmatch(self.tokens[j].text) or self.surname_like(word):
                j += 1
                if self.tokens[j - 1].base != self.tokens[j - 1].text:
                    break  # a possessive ends the name ("Feldman's office")
                continue
            break
        return j

    def start_with_particles(self, i: int) -> int:
        """After a title: "De Wit", "Van den Heuvel", "van der Meer" start at token i."""
        k = i
        while k < len(self.tokens) and self.tokens[k].text.lower() in PARTICLES:
            k += 1
        if k > i and k < len(self.tokens) and self.surname_like(self.tokens[k].base):
            return self.extend(k)
        return i

    def take(self, i: int, j: int) -> None:
        if j <= i:
            return
        last = self.tokens[j - 1]
        end = last.start + len(last.base)
        self.scan.take(self.tokens[i].start, end, "NAME")

    def take_from(
        self, i: int, lower_ok: bool, particles: bool = False, known_only: bool = False
    ) -> bool:
        if i >= len(self.tokens):
            return False
        if _GLUED.match(self.text, self.tokens[i].end):
            return False  # part of a code or handle: "Zolder5G", "Kees_1984"
        if particles and self.tokens[i].text.lower() in PARTICLES:
            j = self.start_with_particles(i)
            if j > i:
                self.take(i, j)
                return True
        word = self.tokens[i].base
        if not self.name_like(word, lower_ok, known_only):
            return False
        if INITIALS.fullmatch(self.tokens[i].text):
            j = self.extend(i)
            if j == i + 1:
                return False
        else:
            j = self.extend(i)
        self.take(i, j)
        return True

    # ---- passes

    def cues(self) -> None:
        for i in self.candidates:
            tok = self.tokens[i]
            word = tok.text
            if not word[0].isupper():
                # "cheers pete": a lower-case word alone after a closing, ending the line
                if (
                    self.text[tok.end : tok.end + 1] in ("", "\n")
                    and word.isalpha()
                    and word not in self.lists.common
                    and CLOSING_SAME_LINE.search(self.text[max(0, tok.start - 60) : tok.start])
                ):
                    self.scan.take(tok.start, tok.end, "NAME")
                    continue
                if word in PARTICLES:
                    pass  # "Achternaam: van Dijk", "mevrouw van der Berg"
                elif word not in self.lists.first_lower or word in self.lists.common:
                    continue
            elif not self.name_like(tok.base, lower_ok=False) and tok.text.lower() not in PARTICLES:
                continue  # cheap test first: most capitalised words are common ones
            if MASK in self.scan.masked[tok.start : tok.end]:
                continue
            before = self.text[max(0, tok.start - 60) : tok.start]
            if TITLE_CUE.search(before):
                self.take_from(i, lower_ok=False, particles=True)
            elif STRONG_CUE.search(before) or FORM_CUE.search(before):
                self.take_from(i, lower_ok=True, particles=True)
            elif RELATION_CUE.search(before):
                self.take_from(i, lower_ok=False, particles=True)
            elif CUSTOMER_LABEL.search(before):
                self.take_known(i)
            elif THANKS_CUE.search(before) and self.alone(i):
                self.take_from(i, lower_ok=False)
            elif GREETING_CUE.search(before) or ROLE_CUE.search(before):
                self.take_from(i, lower_ok=False, known_only=True)
            elif (
                CLOSING_SAME_LINE.search(before)
                or self.after_closing_line(tok)
                or (CLOSING_BANG.search(before) and self.alone(i, line_end=True))
            ):
                self.take_from(i, lower_ok=True)
            elif AFTER_CUE.match(self.text[tok.end : tok.end + 40]) and self.is_first(word):
                self.take_from(i, lower_ok=False)

    def alone(self, i: int, line_end: bool = False) -> bool:
        """The name phrase from token i ends a line or the text, or (unless ``line_end``)
        stands before a comma or a full stop: "thanks Alasdair.", "Bedankt! Merel"."""
        last = self.tokens[self.extend(i) - 1]
        after = self.text[last.start + len(last.base) : last.end + 2]
        if not after.strip() or after.startswith("\n"):
            return True
        return not line_end and after[:1] in ",.!?" and after[1:2] in ("", " ", "\n")

    def take_known(self, i: int) -> None:
        """After a chat's customer label: a listed given name, or a name ending in a known
        surname ("Cust: Darnell Price.")."""
        word = self.tokens[i].base
        if self.is_first(word) and word.lower() not in self.lists.common:
            self.take_from(i, lower_ok=False)
            return
        j = self.extend(i)
        if j > i + 1 and self.tokens[j - 1].base in self.lists.surnames and self.alone(i):
            self.take(i, j)

    def lower_intros(self) -> None:
        """ "hey it's jess again": a lower-case word that is no common one."""
        if not any(
            cue in self.scan.lower for cue in ("it's", "it is", "this is", "hier is", "met ")
        ):
            return
        for match in LOWER_INTRO.finditer(self.text):
            word = match.group(1)
            if word not in self.lists.common and word not in ROLES:
                self.scan.take(match.start(1), match.end(1), "NAME")

    def after_closing_line(self, tok: Tok) -> bool:
        """The token starts the line after a closing ("Groet,\\n Jan"), or the last line."""
        line_start = self.text.rfind("\n", 0, tok.start) + 1
        if self.text[line_start : tok.start].strip(" -–—/*\t") not in ("", "drs.", "dr."):
            return False
        if line_start == 0:
            return False
        prev = self.text[: line_start - 1].rstrip("\n").rsplit("\n", 1)[-1]
        return bool(CLOSING_LINE.match(prev))

    def labels_and_headers(self) -> None:
        if ":" not in self.text:
            return  # labels and headers all end in a colon
        for match in HANDLE_LABEL.finditer(self.text):
            if not self.is_blocked(match.group(1)[1:]):
                self.scan.take(match.start(1), match.end(1), "NAME")
        for match in HEADER.finditer(self.text):
            self.take_span_words(match.start(1), match.end(1), lower_ok=False)
        for match in LABEL.finditer(self.text):
            who = match.group("who").strip()
            inner = match.group("inner")
            words = who.split()
            if match.group("role") or (words and self.is_first(words[0].strip("'"))):
                self.take_span_words(match.start("who"), match.start("who") + len(who), False)
            if inner and match.group("who").strip().lower() in ("keukenkompas", "support"):
                self.take_span_words(match.start("inner"), match.end("inner"), False)

    def take_span_words(self, start: int, end: int, lower_ok: bool) -> None:
        """The name phrase that starts at the first token inside ``[start:end]``."""
        for i, tok in enumerate(self.tokens):
            if tok.start >= start:
                if tok.end <= end:
                    self.take_from(i, lower_ok=lower_ok, particles=True)
                return

    def standalone_lines(self) -> None:
        """A line that is only a name (a signature): "Carlos", "J.P. Maas", "- Karin"."""
        pos = 0
        for line in self.text.split("\n"):
            stripped = line.strip(" -–—/*\t")
            if stripped and len(stripped) <= 40 and MASK not in stripped:
                words = stripped.split()
                if 1 <= len(words) <= 4 and (
                    self.is_first(words[0])
                    or INITIALS.fullmatch(words[0])
                    or self.signed_last(words, pos + len(line))
                ):
                    offset = pos + line.index(stripped)
                    for i, tok in enumerate(self.tokens):
                        if tok.start == offset:
                            j = self.extend(i)
                            if self.tokens[j - 1].end == offset + len(stripped):
                                self.take(i, j)
                            break
            pos += len(line) + 1

    def signed_last(self, words: list[str], line_end: int) -> bool:
        """The last line of a message as a signature: a given name the lists lack and a
        listed surname ("Annemiek Schouten")."""
        return (
            2 <= len(words) <= 3
            and words[-1] in self.lists.surnames
            and line_end >= len(self.text.rstrip())
            and all(capitalised(w) and not self.is_blocked(w) for w in words)
            and words[0].lower() not in self.lists.common
        )

    def dictionary(self) -> None:
        """Given names without a cue; words-like names need a surname or a mid-sentence place."""
        lists = self.lists
        for i in self.candidates:
            tok = self.tokens[i]
            word = tok.base
            if not capitalised(word) or not self.is_first(word) or self.is_blocked(word):
                continue
            if MASK in self.scan.masked[tok.start : tok.end]:
                continue
            after = self.text[tok.end : tok.end + 3]
            if _DIGIT_NEXT.match(after) or _DIGIT_BEFORE.search(
                self.text, max(0, tok.start - 2), tok.start
            ):
                continue  # "Jan 2026", "3 Jan", "May 3", "Max 3 stuks"
            if self.text.endswith(_PLACE_WORDS, 0, tok.start) and _PLACE_BEFORE.search(
                self.text, max(0, tok.start - 30), tok.start
            ):
                continue  # "I live in Jackson", "woont in Hilversum"
            j = self.extend(i)
            has_surname = j > i + 1 and any(
                self.tokens[k].base in lists.surnames or self.is_first(self.tokens[k].base)
                for k in range(i + 1, j)
            )
            if word in lists.strict:
                if has_surname:
                    self.take(i, j)
                continue
            if word in lists.ambiguous or word.lower() in lists.common:
                before = self.text[max(0, tok.start - 3) : tok.start].rstrip(" ")
                mid_sentence = bool(before) and before[-1] not in '.!?:\n"“(' and i > 0
                if not (has_surname or mid_sentence):
                    continue
            self.take(i, j)

    def initials(self) -> None:
        """Initials with a surname: "J.P. Maas", "K. van der Meer", "A. Robinson"."""
        for i in self.candidates:
            tok = self.tokens[i]
            if tok.text[-1] != "." or MASK in self.scan.masked[tok.start : tok.end]:
                continue
            j = self.extend(i)
            if j > i + 1 and not INITIALS.fullmatch(self.tokens[j - 1].text):
                self.take(i, j)

    def coordinated(self) -> None:
        """A given name joined to a found one: "Annelies en Koos", "Emma and Tom"."""
        for found in list(self.scan.found):
            if found.kind != "NAME":
                continue
            match = re.match(r" (?:en|and|&|of|or) ", self.text[found.end : found.end + 6])
            if not match:
                continue
            start = found.end + match.end()
            for i, tok in enumerate(self.tokens):
                if tok.start == start:
                    if capitalised(tok.base) and not self.is_blocked(tok.base):
                        self.take(i, self.extend(i))
                    break

    def propagate(self) -> None:
        """Later mentions of a found name's words ("Lisa" after "Agent Lisa:")."""
        words: set[str] = set()
        for found in self.scan.found:
            if found.kind == "NAME":
                for w in re.findall(rf"[{L}][{L}'’-]+", self.scan.text[found.start : found.end]):
                    if w.lower() not in PARTICLES and len(w) > 1:
                        words.add(w)
        if not words:
            return
        for tok in self.tokens:
            if tok.base in words and MASK not in self.scan.masked[tok.start : tok.end]:
                if _COMPANY_AFTER.match(self.text, tok.end):
                    continue  # "Verhoeven Installatietechniek B.V.": the firm, not the person
                self.scan.take(tok.start, tok.start + len(tok.base), "NAME")


def take_names(scan: Scan) -> None:
    lists = name_lists()
    if lists.not_phrases is not None:
        for match in list(lists.not_phrases.finditer(scan.masked)):
            scan.take(match.start(), match.end(), None)
    finder = _Finder(scan, lists)
    finder.labels_and_headers()
    finder.cues()
    finder.lower_intros()
    finder.standalone_lines()
    finder.dictionary()
    finder.initials()
    finder.coordinated()
    finder.propagate()
