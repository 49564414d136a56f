"""People's names in Dutch and English text: from cues (greetings, closings, "mijn naam is",
"I'm", titles, roles, speaker labels, e-mail headers) and from lists of given names and
surnames (``knowledge/names``), with particles ("van der", "de") and initials. Brands,
products and places (``not_names.txt``) survive, and so do given names that are also common
words ("Mark", "Will", "May") unless a cue or a surname comes with them.

Every later mention of a found name in the same text goes too ("Agent Lisa: ... thanks Lisa").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from assistant.ingest.redact.scan import MASK, Scan

_L = "A-Za-zÀ-ÖØ-öø-ÿĀ-žŞşĞğİı"
_TOKEN = re.compile(rf"[A-Z]\.(?:[A-Z]\.)*(?![{_L}])|[{_L}][{_L}'’-]*")
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")
_PARTICLES = frozenset(
    "van de der den ter ten te het 't in op la le du da di dos das del von zu el al bin ibn "
    "mac st".split()
)
# Words that look like names in a label or after a greeting but never are one.
_ROLES = frozenset(
    """klant customer client visitor bezoeker user gebruiker chatbot bot support agent
    medewerker employee adviseur advisor rep klantenservice service team sir madam mevrouw
    meneer heer dame lezer reader all allen iedereen everyone there daar hier here naam name
    adres address onderwerp subject reden reason product telefoon phone tel email e-mail mail
    datum date van aan from to cc bcc scope problem probleem klacht complaint vraag question
    opmerking note bericht message plaats postcode town kaarthouder cardholder aanvrager
    applicant contact account iban bsn ssn dob geboortedatum kaartnummer vervaldatum cvc cvv
    expiry tijdstip time status order bestelling ticket manager planning retouren finance
    chat whatsapp sms text call callback terugbelverzoek webformulier formulier form
    notitie belnotitie monteur engineer bezorger driver courier koerier mr mrs ms miss mx dr
    drs ir prof dhr mevr mw fam familie goedemorgen goedemiddag goedenavond hoi hallo hi hello
    hey dag thanks bedankt sorry ok oke oké yes ja nee no please graag beste dear sirs
    madams gentlemen heren dames""".split()
)
_APOSTROPHE_NAME = re.compile(r"[A-Z]['’][A-Z]")
_DIGIT_NEXT = re.compile(r" ?\d")
_DIGIT_BEFORE = re.compile(r"\d ?$")


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]
    first_lower: frozenset[str]
    ambiguous: frozenset[str]  # need a cue or a surname, or a place inside a sentence
    strict: frozenset[str]  # months and words first: need a cue or a surname
    surnames: frozenset[str]
    common: frozenset[str]  # lower-case common words
    not_words: frozenset[str]
    not_phrases: re.Pattern[str] | None


_STRICT = frozenset(
    "May June April August Summer Autumn Will Hope Faith Joy Grace Chase Rose Bill Lance Grant "
    "Drew Guy Ray Dawn Penny Sandy Holly Major Page Price Star Stone Story Mark Frank".split()
)


def _read(name: str) -> list[str]:
    text = (files("knowledge") / "names" / name).read_text(encoding="utf-8")
    return [s for s in (x.strip() for x in text.splitlines()) if s and not s.startswith("#")]


@cache
def name_lists() -> NameLists:
    first = frozenset(_read("first_names.txt"))
    not_entries = _read("not_names.txt")
    phrases = sorted((p for p in not_entries if not p.isalpha()), key=len, reverse=True)
    pattern = (
        re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])")
        if phrases
        else None
    )
    return NameLists(
        first=first,
        first_lower=frozenset(n.lower() for n in first),
        ambiguous=frozenset(_read("ambiguous_first_names.txt")),
        strict=_STRICT,
        surnames=frozenset(_read("surnames.txt")),
        common=frozenset(_read("common_words.txt")),
        not_words=frozenset(p for p in not_entries if p.isalpha()),
        not_phrases=pattern,
    )


# --------------------------------------------------------------------------- cues

_I = re.IGNORECASE
# a name follows, even written in lower case ("ik ben daan")
_STRONG_CUE = re.compile(
    r"(?:\bmijn naam is|\bik ben(?: zelf| trouwens| overigens)?|\bik heet|\bhier is"
    r"|\bu spreekt met|\bje spreekt met"
    r"|\bspreekt met|\bmy name is|\bmy name's|\bi'm|\bi am|\bthis is|\bit's"
    r"|\bop naam van|\bon behalf of|\bnamens|\bunder the name|\bin the name of|\bt\.?n\.?v\.?"
    r"|\bt\.a\.v\.|\bsigned for by|\bgenaamd|\bheet"
    r"|\b(?:is|was|a|an|someone|somebody|agent|lady|guy|man|woman|person) (?:called|named))"
    r"[ ,:]+['\"“]?$",
    _I,
)
_GREETING_CUE = re.compile(
    r"(?:^|[\n.!?:;,(]|\]) *(?:hoi|hi|hey|hello|hallo|dag|beste|dear|lieve|goedemorgen"
    r"|goedemiddag|goedenavond|good morning|good afternoon|good evening|morning|thanks"
    r"|thank you|thx|dank je(?: wel)?|dank u(?: wel)?|bedankt|merci|cheers|yo|welkom|welcome)"
    r"[ ,]+$",
    _I,
)
_CLOSING = (
    r"(?:groet|groeten|groetjes|gr\.?|grt|mvg|m\.v\.g\.|met vriendelijke groet(?:en)?"
    r"|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|hartelijk dank|liefs|xx+|x"
    r"|regards|kind regards|best regards|warm regards|kindest regards|best|best wishes"
    r"|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely"
    r"|yours faithfully|yours truly|hoogachtend|alvast dank|alvast bedankt|bvd|love|take care"
    r"|groetjes uit \w+|greetings from \w+|dank|bedankt)"
)
_CLOSING_SAME_LINE = re.compile(r"(?:^|[\n.!?;)]|\]) *" + _CLOSING + r"[ ,:]*[-–—]? *$", _I)
_CLOSING_LINE = re.compile(r"^ *" + _CLOSING + r"[ ,!.]*$", _I)
_ROLE_CUE = re.compile(
    r"(?:\bagent|\bmedewerk(?:er|ster)|\bcollega|\bcolleague|\bmonteur|\bengineer|\bfitter"
    r"|\bbezorger|\bdriver|\bkoerier|\bcourier|\bmanager|\bbuurvrouw|\bbuurman|\bneighbour"
    r"|\bneighbor|\b(?:mijn|onze|my|our|your|jullie|uw) (?:man|vrouw|dochter|zoon|moeder"
    r"|vader|schoonvader|schoonmoeder|schoonzoon|schoondochter|oma|opa|partner|vriend"
    r"|vriendin|husband|wife|daughter|son|mum|mom|mother|dad|father|partner|friend"
    r"|grandmother|grandfather|nan|colleague)|\bspoke (?:to|with)|\bspoken (?:to|with)"
    r"|\btalked (?:to|with)|\bspeak (?:to|with)|\bgesproken met|\bgebeld met|\bsprak met"
    r"|\bask for|\bvraag naar|\baccording to|\bvolgens|\bheet|\bhoor|\bvan"
    r" (?:uw|jullie) collega)[ ,]+$",
    _I,
)
_TITLE_CUE = re.compile(
    r"(?:\b(?:meneer|mevrouw|mevr|mw|dhr|heer|mr|mrs|ms|miss|mx|dr|drs|ir|ing|prof|mej"
    r"|familie|fam|sir|dame|frau|herr)\.?)[ ]+$",
    _I,
)
_FORM_CUE = re.compile(
    r"(?:^|\n) *(?:naam|name|full name|volledige naam|kaarthouder|cardholder|aanvrager"
    r"|applicant|contact|contactpersoon|caller|beller) *: *$",
    _I,
)
_HEADER = re.compile(
    r"^ *(?:from|van|to|aan|cc|bcc|reply-to|afzender|sender|ontvanger) *: *([^<\n]+?) *<",
    re.MULTILINE | _I,
)
_LABEL = re.compile(
    r"^ *(?:\[[\d:. ]+\] *|(?:[\w]+ )?\d{1,2}[:.]\d{2} *[–—-] *)?"
    r"(?:(?P<role>agent|medewerker|medewerkster|employee|support|adviseur|advisor|rep)"
    r" +)?(?P<who>[^\W\d_][^\n:()]{0,40}?) *(?:\((?P<inner>[^)\n]{1,40})\))? *:(?!//)",
    re.MULTILINE | _I,
)
# a social-media handle speaking: "@ruudvdberg: @KeukenKompas ..."
_HANDLE_LABEL = re.compile(r"^ *(@\w{2,30}) *:", re.MULTILINE)
_AFTER_CUE = re.compile(
    r"^(?: en ik\b| and i\b| hier\b| here\b| van de (?:chat|klantenservice|helpdesk|support)"
    r"| from (?:support|customer service|the chat|keukenkompas)| on (?:chat|the phone)"
    r"| \((?:keukenkompas|support|klantenservice)\))",
    _I,
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    base: str  # without a possessive ("Feldman's" -> "Feldman")


class _Tokens:
    """The words of a text, each turned into a ``_Tok`` only when a pass looks at it: most
    words are never looked at, and building them all cost more than the rest of a pass."""

    def __init__(self, text: str) -> None:
        self.matches = list(_TOKEN.finditer(text))
        self.built: dict[int, _Tok] = {}

    def __len__(self) -> int:
        return len(self.matches)

    def __getitem__(self, i: int) -> _Tok:
        tok = self.built.get(i)
        if tok is None:
            tok = self.built[i] = _token(self.matches[i])
        return tok

    def __iter__(self) -> Iterator[_Tok]:
        return (self[i] for i in range(len(self.matches)))


def _token(match: re.Match[str]) -> _Tok:
    text = match.group()
    base = text
    if text[-1] in "'’s":
        for tail in ("'s", "’s", "'", "’"):
            if text.endswith(tail) and len(text) > len(tail) + 1:
                base = text[: -len(tail)]
                break
    return _Tok(match.start(), match.end(), text, base)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _first_part(word: str) -> str:
    return word.split("-", 1)[0]


class _Finder:
    def __init__(self, scan: Scan, lists: NameLists) -> None:
        self.scan = scan
        self.text = scan.masked
        self.lists = lists
        self.tokens = _Tokens(self.text)
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
        ]

    # ---- token tests

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        matches = self.tokens.matches
        prev_end = matches[i - 1].end() if i > 0 else 0
        return self.text[prev_end : matches[i].start()]

    def is_first(self, word: str) -> bool:
        return word in self.lists.first or _first_part(word) in self.lists.first

    def is_blocked(self, word: str) -> bool:
        if ("'" in word or "’" in word) and not _APOSTROPHE_NAME.match(word):
            return True  # I'll, it's, don't; O'Connor and D'Souza are names
        return word in self.lists.not_words or word.lower() in _ROLES

    def surname_like(self, word: str) -> bool:
        if not _capitalised(word) or self.is_blocked(word):
            return False
        if word in self.lists.surnames or self.is_first(word):
            return True
        return word.lower() not in self.lists.common

    def name_like(self, word: str, lower_ok: bool, known_only: bool = False) -> bool:
        """May start a name after a cue; after a weak cue ("Dear", "spoke with") only a
        given name or surname from the lists, not any capitalised word ("Dear Citibank")."""
        if _INITIALS.fullmatch(word):
            return True
        if self.is_blocked(word):
            return False
        if _capitalised(word):
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
            if word.lower() in _PARTICLES:
                k = j
                while k < n and self.gap(k) == " " and self.tokens[k].text.lower() in _PARTICLES:
                    k += 1
                if k < n and self.gap(k) == " " and self.surname_like(self.tokens[k].base):
                    j = k + 1
                    continue
                break
            if _INITIALS.fullmatch(self.tokens[j].text) or self.surname_like(word):
                j += 1
                if self.tokens[j - 1].base != self.tokens[j - 1].text:
                    break  # a possessive ends the name ("Feldman's office")
                continue
            break
        return j

    def start_with_particles(self, i: int) -> int:
        """After a title: "De Wit", "Van den Heuvel", "van der Meer" start at token i."""
        k = i
        while k < len(self.tokens) and self.tokens[k].text.lower() in _PARTICLES:
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
        if particles and self.tokens[i].text.lower() in _PARTICLES:
            j = self.start_with_particles(i)
            if j > i:
                self.take(i, j)
                return True
        word = self.tokens[i].base
        if not self.name_like(word, lower_ok, known_only):
            return False
        if _INITIALS.fullmatch(self.tokens[i].text):
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
                    and _CLOSING_SAME_LINE.search(self.text[max(0, tok.start - 60) : tok.start])
                ):
                    self.scan.take(tok.start, tok.end, "NAME")
                    continue
                if word not in self.lists.first_lower or word in self.lists.common:
                    continue
            elif (
                not self.name_like(tok.base, lower_ok=False) and tok.text.lower() not in _PARTICLES
            ):
                continue  # cheap test first: most capitalised words are common ones
            if MASK in self.scan.masked[tok.start : tok.end]:
                continue
            before = self.text[max(0, tok.start - 60) : tok.start]
            if _TITLE_CUE.search(before):
                self.take_from(i, lower_ok=False, particles=True)
            elif _STRONG_CUE.search(before) or _FORM_CUE.search(before):
                self.take_from(i, lower_ok=True, particles=True)
            elif _GREETING_CUE.search(before) or _ROLE_CUE.search(before):
                self.take_from(i, lower_ok=False, known_only=True)
            elif _CLOSING_SAME_LINE.search(before) or self.after_closing_line(tok):
                self.take_from(i, lower_ok=True)
            elif _AFTER_CUE.match(self.text[tok.end : tok.end + 40]) and self.is_first(word):
                self.take_from(i, lower_ok=False)

    def after_closing_line(self, tok: _Tok) -> bool:
        """The token starts the line after a closing ("Groet,\\n Jan"), or the last line."""
        line_start = self.text.rfind("\n", 0, tok.start) + 1
        if self.text[line_start : tok.start].strip(" -–—/*\t") not in ("", "drs.", "dr."):
            return False
        if line_start == 0:
            return False
        prev = self.text[: line_start - 1].rstrip("\n").rsplit("\n", 1)[-1]
        return bool(_CLOSING_LINE.match(prev))

    def labels_and_headers(self) -> None:
        if ":" not in self.text:
            return  # labels and headers all end in a colon
        for match in _HANDLE_LABEL.finditer(self.text):
            if not self.is_blocked(match.group(1)[1:]):
                self.scan.take(match.start(1), match.end(1), "NAME")
        for match in _HEADER.finditer(self.text):
            self.take_span_words(match.start(1), match.end(1), lower_ok=False)
        for match in _LABEL.finditer(self.text):
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
                    self.is_first(words[0]) or _INITIALS.fullmatch(words[0])
                ):
                    offset = pos + line.index(stripped)
                    for i, tok in enumerate(self.tokens):
                        if tok.start == offset:
                            j = self.extend(i)
                            if self.tokens[j - 1].end == offset + len(stripped):
                                self.take(i, j)
                            break
            pos += len(line) + 1

    def dictionary(self) -> None:
        """Given names without a cue; words-like names need a surname or a mid-sentence place."""
        lists = self.lists
        for i in self.candidates:
            tok = self.tokens[i]
            word = tok.base
            if not _capitalised(word) or not self.is_first(word) or self.is_blocked(word):
                continue
            if MASK in self.scan.masked[tok.start : tok.end]:
                continue
            after = self.text[tok.end : tok.end + 3]
            if _DIGIT_NEXT.match(after) or _DIGIT_BEFORE.search(self.text[: tok.start]):
                continue  # "Jan 2026", "3 Jan", "May 3", "Max 3 stuks"
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
            if j > i + 1 and not _INITIALS.fullmatch(self.tokens[j - 1].text):
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
                    if _capitalised(tok.base) and not self.is_blocked(tok.base):
                        self.take(i, self.extend(i))
                    break

    def propagate(self) -> None:
        """Later mentions of a found name's words ("Lisa" after "Agent Lisa:")."""
        words: set[str] = set()
        for found in self.scan.found:
            if found.kind == "NAME":
                for w in re.findall(rf"[{_L}][{_L}'’-]+", self.scan.text[found.start : found.end]):
                    if w.lower() not in _PARTICLES and len(w) > 1:
                        words.add(w)
        if not words:
            return
        for tok in self.tokens:
            if tok.base in words and MASK not in self.scan.masked[tok.start : tok.end]:
                self.scan.take(tok.start, tok.start + len(tok.base), "NAME")


def take_names(scan: Scan) -> None:
    lists = name_lists()
    if lists.not_phrases is not None:
        for match in list(lists.not_phrases.finditer(scan.masked)):
            scan.take(match.start(), match.end(), None)
    finder = _Finder(scan, lists)
    finder.labels_and_headers()
    finder.cues()
    finder.standalone_lines()
    finder.dictionary()
    finder.initials()
    finder.coordinated()
    finder.propagate()
