"""Name passes that lean on the shape of a message rather than on the name lists: a name
before the words that name it ("Van Dijk heette hij"), and the signature on a message's
last line after a finished sentence or a closing ("... is #4417.\\nKwame", "thx\\njordan").
The finder in ``names`` runs them."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_cues import CLOSING, NAME_BEFORE
from assistant.ingest.redact.name_firms import FIRM_FIRST, FIRM_WORD
from assistant.ingest.redact.name_lines import Lines
from assistant.ingest.redact.name_lists import INITIALS, PARTICLES, ROLES, capitalised
from assistant.ingest.redact.name_words import TEAM_TAIL
from assistant.ingest.redact.scan import MASK

# the line before a signature ends a sentence or with a closing ("Member no 004418. thx")
_ENDS_SENTENCE = re.compile(
    r"(?:[.!?)]|(?:^|[\s.!?,])(?:" + CLOSING + r"|thx|thnx|tnx|ty|ta|tia|x+))[ ,!.]*$",
    re.IGNORECASE,
)
_SIGNATURE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
# chat words that end a message on their own line and are no name
_CHAT_WORDS = frozenset(
    "thx thnx tnx ty ta tia pls plz lol asap ok okay oke xx xxx btw fyi nvm idk omg bye doei"
    " groetjes grtz gr grt mvg bvd cheers thanks dank bedankt regards love sent verzonden"
    " anoniem anonymous anon".split()  # a review signed by no one: "— anoniem"
)
_NAMING_WORDS = ("heet", "name", "naam", "noem")
# the last words after a sentence's end or a redacted value (a phone, an e-mail address)
_TAIL = re.compile(
    r"(?:[.!?]|" + MASK + r")[.!?\"”)]* +(?P<dash>[-–—~^] ?)?"  # "... my account. - Jaylen"
    r"([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2})[ .!]*$"
)
# a closing or a wish right before the last word: "Fijn verblijf! Joke" (a given name that is
# also a word signs there too)
_CLOSED = re.compile(r"(?:^|[\n.!?;)]) *" + CLOSING + r"[ ,:!.]*$", re.IGNORECASE)
# a given name, a dash and a firm ending the message: "... meekijken? Fleur – Bloemenhuis Zon"
_NAME_DASH_FIRM = re.compile(
    r"(?:^|[.!?] +|\n)([A-Z][a-zà-ÿ]+) [-–—] [A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,3}[ .!]*$"
)
# a sign-off with a caret, as support accounts sign posts: "... of the lead passenger. ^Kasia"
_CARET_SIGN = re.compile(r"(?<!\S)\^([A-Z][a-zà-ÿ]{1,12}|[A-Z]{2,3})(?=[ \t]*(?:\n|$))")
_CARET_INITIALS = frozenset(("ML", "MD"))
_INITIALS_SIGN = re.compile(r"(?:^|[\s.!?])[-–—~] ?([A-Z][a-z]?[A-Z]{1,2})\s*$")
# or alone on the last line under a closing: "Groetjes,\nRJ"
_INITIALS_UNDER_CLOSING = re.compile(
    r"(?:^|\n)[ \t]*(?i:" + CLOSING + r")[ \t]*[,!.]?[ \t]*\n[ \t]*([A-Z][a-z]?[A-Z]{1,2})\.?\s*$"
)
_NOT_INITIALS = frozenset(
    "OK NL UK US EU PS BV NV TV PC AM PM IT HR CEO CTO CFO FYI ASAP NB EOD TBC TBD"
    # desks and firms signing a mail: "Groeten,\nICT", "Regards,\nOPS"
    " QA QC CI CD OPS ICT KPN ING UWV SVB GGD DUO RDW CBR KVK NS PR RD DEV SEC CS CX UX UI PM VP"
    " MD GM BI ML AI DBA SRE HQ".split()
)
# a line that starts with a name and goes on with a role or a firm after ',' or '|'
_ROLE_LINE = re.compile(
    r"(?:^|\n)[-–— ]*([A-Z][\w'’-]+(?: (?:[a-z]{1,3} ){0,2}[A-Z][\w'’-]+){1,2}) ?[,|] ?\S"
)
_KIN = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?:mum|mom|mother|dad|father|son|daughter|brother|sister|wife"
    r"|husband|partner|moeder|vader|mama|papa|zoon|dochter|broer|zus|vrouw|man)\b"
)

# the relative's, then who that is: "It's my son's, Milan." (a given name that is a place too)
_KIN_THEN_NAME = re.compile(
    r"\b(?i:my|our|his|her) (?i:son|daughter|brother|sister|wife|husband|mum|mom|mother|dad"
    r"|father)['’]s, ([A-Z][a-zà-ÿ-]+)(?=[.,!?;)]|[ \t]*$)",
    re.MULTILINE,
)

# a household by its surname: "for the Schneider family", "het gezin Jansen" is a cue's
# (``name_cues``)
_THE_FAMILY = re.compile(
    r"\b(?i:the|de|het) ([A-Z][a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?) (?i:family|familie|household|gezin)\b"
    r"(?! of\b| \()"  # not a range of products or a plant's: "the Ford family of engines"
)


class Signs(Lines):
    """The name passes that need no list entry, only the message's shape."""

    def named_before(self) -> None:
        """ "Van Dijk heette hij", "Priya Nair is my name": the capitalised words (and
        particles) right before the words that name them."""
        if not any(word in self.scan.lower for word in _NAMING_WORDS):
            return
        ends = {tok.end(): k for k, tok in enumerate(self.tokens.matches)}
        for match in NAME_BEFORE.finditer(self.text):
            k = ends.get(match.start())
            if k is None:
                continue
            if not self.surname_like(self.tokens[k].text):
                continue
            i = k
            while i > 0 and k - i < 3 and self.gap(i) == " " and self._part(i - 1):
                i -= 1
            while i < k and not capitalised(self.tokens[i].text):
                i += 1  # "dat de Vries": the name starts at a capital
            self.take(i, k + 1)

    def _part(self, i: int) -> bool:
        word = self.tokens[i].text
        return word.lower() in PARTICLES or self.surname_like(word)

    def last_line_signature(self) -> None:
        """The last line holds one or two words, no digits, after a line that ends a
        sentence or with a closing: a name the lists may lack ("Kwame", "jordan")."""
        text = self.text.rstrip()
        newline = text.rfind("\n")
        if newline < 0:
            return
        prev = text[:newline].rstrip()
        line_start = newline + 1
        line = text[line_start:]
        stripped = line.strip(" -–—/*\t")
        words = stripped.split()
        if not prev or not 1 <= len(words) <= 2 or MASK in stripped:
            return
        if (
            len(words) == 2
            and INITIALS.fullmatch(words[0])
            and capitalised(words[1])
            and _SIGNATURE_WORD.fullmatch(words[1])
            and _ENDS_SENTENCE.search(prev[-40:])
        ):
            start = line_start + line.index(stripped)
            self.scan.take(start, start + len(stripped), "NAME")  # "F. Bosch", a brand too
            return
        if not all(_SIGNATURE_WORD.fullmatch(w) for w in words):
            return
        if not _ENDS_SENTENCE.search(prev[-40:]):
            return
        if len(words) == 1 and words[0].islower():
            word = words[0]
            if word in self.lists.common or word in ROLES or word in _CHAT_WORDS:
                return
        elif not all(
            capitalised(w)
            and not self.is_blocked(w)
            and not self.brand_word(w)  # a brand signing: "ZekerZorg" (not "MaryAnn")
            and (self.is_first(w) or w.lower() not in self.lists.common)
            for w in words
        ):
            return
        if (
            FIRM_FIRST.fullmatch(words[0])
            or FIRM_WORD.fullmatch(words[-1])
            or TEAM_TAIL.search(words[0])
        ):
            return  # "Studentenadministratie", "Fleet Administration", "Support-team Bitvaart":
            # a desk signs
        start = line_start + line.index(stripped)
        self.scan.take(start, start + len(stripped), "NAME")

    def same_line_signature(self) -> None:
        """The message's last one to three words after a finished sentence, a phone number
        or an e-mail address, on the same line: "... Bij wie moet ik zijn? Jan", "call me
        07700 900 215 shona", "... every day this week. Kwame Mensah"."""
        text = self.text.rstrip()
        match = _TAIL.search(text, max(0, len(text) - 80))
        if not match:
            return
        words = match.group(2).split()
        lists = self.lists
        if len(words) == 1:
            word = words[0]
            if word.islower():
                ok = word in lists.first_lower and word not in lists.common
                ok = ok and word not in _CHAT_WORDS
            else:
                ok = (
                    capitalised(word)
                    and self.is_first(word)
                    and not self.is_blocked(word)
                    and (
                        (word not in lists.ambiguous and word not in lists.strict)
                        or bool(_CLOSED.search(text, max(0, match.start(2) - 40), match.start(2)))
                    )
                )
        else:
            ok = all(
                capitalised(w)
                and not self.is_blocked(w)
                and (self.is_first(w) or w.lower() not in lists.common)
                for w in words
            )
            # after a dash a firm signs too ("– Hypotheekbank Waal"): a given name first
            ok = ok and (not match.group("dash") or self.is_first(words[0]))
            ok = ok and not FIRM_FIRST.fullmatch(words[0])  # "... verstuurd. Autoservice Noord"
        if ok:
            self.scan.take(match.start(2), match.end(2), "NAME")

    def name_before_firm(self) -> None:
        """A given name, a dash and a firm ending the message: "Fleur – Bloemenhuis Zonnebloem",
        the name also when it is a word ("Fleur", "Joke")."""
        text = self.text.rstrip()
        match = _NAME_DASH_FIRM.search(text, max(0, len(text) - 70))
        if match and self.is_first(match.group(1)) and not self.is_blocked(match.group(1)):
            self.scan.take(match.start(1), match.end(1), "NAME")

    def caret_signatures(self) -> None:
        """ "^Kasia", "^KW" ending a line: the agent who wrote it."""
        for match in _CARET_SIGN.finditer(self.text):
            word = match.group(1)
            if word.isupper():  # initials, also a word's letters: "^KM" (not a desk's or a
                # firm's: "^NS", "^KPN"; "^ML" after a caret is an agent's, not machine learning)
                if word not in _NOT_INITIALS or word in _CARET_INITIALS:
                    self.scan.take(match.start(1), match.end(1), "NAME")
            elif word.lower() not in self.lists.common and not self.is_blocked(word):
                self.scan.take(match.start(1), match.end(1), "NAME")

    def initials_signature(self) -> None:
        """Initials after a dash end a note: "... if driver running late. - LW", "-KB", or
        stand alone under a closing: "Groetjes,\nRJ"."""
        match = _INITIALS_SIGN.search(self.text, max(0, len(self.text) - 12))
        if not match:
            match = _INITIALS_UNDER_CLOSING.search(self.text, max(0, len(self.text) - 60))
        if match and match.group(1) not in _NOT_INITIALS:
            self.scan.take(match.start(1), match.end(1), "NAME")

    def role_signature(self) -> None:
        """A signature line near the end with a role or firm after the name: "Oluwaseun
        Adeyemi, CTO, Lumora Ltd", "Gurpreet Sandhu | IT, Sandhu & Co"."""
        text = self.text.rstrip()
        tail_start = max(0, len(text) - 160)
        for match in _ROLE_LINE.finditer(text, tail_start):
            line_start = match.start(1)
            prev = text[:line_start].rstrip(" \t")
            if prev and not (prev.endswith("\n\n") or _ENDS_SENTENCE.search(prev[-40:])):
                continue
            if text.count("\n", line_start) > 3:
                continue
            for i, tok in enumerate(self.tokens):
                if tok.start == line_start:
                    j = self.extend(i)
                    last = self.tokens[j - 1]
                    first = tok.base
                    if (
                        j - i >= 2
                        and last.start + len(last.base) == match.end(1)
                        and not self.is_blocked(first)
                        and (self.is_first(first) or first.lower() not in self.lists.common)
                    ):
                        self.take(i, j)
                    break

    def kin_of(self) -> None:
        """ "Ngozi Eze (Tobi's mum)": the name before a relative's word; "my son's, Milan":
        the name after it."""
        if "'s" not in self.text and "’s" not in self.text:
            return
        for match in _KIN.finditer(self.text):
            word = match.group(1)
            if not self.is_blocked(word) and (
                self.is_first(word) or word.lower() not in self.lists.common
            ):
                self.scan.take(match.start(1), match.end(1), "NAME")
        for match in _KIN_THEN_NAME.finditer(self.text):
            name = match.group(1)
            if (
                self.is_first(name)  # also one that is a place: "Milan"
                and name not in self.lists.strict
                and name.lower() not in self.lists.common
            ):
                self.scan.take(match.start(1), match.end(1), "NAME")

    def family_named(self) -> None:
        """ "Welcome note ... for the Schneider family": a listed surname before the word for
        the household (not "the Royal family", "the Apple family of products")."""
        for match in _THE_FAMILY.finditer(self.text):
            word = match.group(1)
            if all(
                self.is_surname(part)
                and not self.is_blocked(part)
                and part.lower() not in self.lists.common
                for part in word.split("-")
            ):
                self.scan.take(match.start(1), match.end(1), "NAME")

    def coordinated(self) -> None:
        """A given name joined to a found one: "Annelies en Koos", "Emma and Tom"; a second
        surname after a slash, as on a doorbell: "Schmidt/Yilmaz"."""
        for found in list(self.scan.found):
            if found.kind != "NAME":
                continue
            match = re.match(
                r" (?:en|and|&|of|or) |/(?=[A-Z])", self.text[found.end : found.end + 6]
            )
            if not match:
                continue
            start = found.end + match.end()
            for i, tok in enumerate(self.tokens):
                if tok.start == start:
                    slash = match.group() == "/"
                    if (
                        capitalised(tok.base)
                        and not self.is_blocked(tok.base)
                        and not (slash and tok.base.lower() in self.lists.common)
                    ):
                        self.take(i, self.extend(i))
                    break
