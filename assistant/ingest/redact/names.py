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
    BY_AUTHOR,
    CLOSING_BANG,
    CLOSING_LINE,
    CLOSING_SAME_LINE,
    CUSTOMER_LABEL,
    DOC_SAYS,
    DOC_SAYS_END,
    FORM_CUE,
    GREETING_CUE,
    HANDLE_LABEL,
    HEADER,
    LABEL,
    LOWER_INTRO,
    PHONE_INTRO,
    RELATION_CUE,
    ROLE_CUE,
    ROLE_NOUNS,
    STAFF_LABEL,
    STRONG_CUE,
    THANKS_CUE,
    TITLE_CUE,
)
from assistant.ingest.redact.name_labels import take_label_names
from assistant.ingest.redact.name_lists import (
    INITIALS,
    PARTICLES,
    ROLES,
    Tok,
    capitalised,
    name_lists,
)
from assistant.ingest.redact.name_mentions import ROLE_ADDRESS, Mentions
from assistant.ingest.redact.name_phrases import FIRM_FIRST
from assistant.ingest.redact.scan import MASK, Scan

_NUMBER_WORDS = frozenset("number nummer nr no ref reference referentie id code".split())
# how English adjectives end, which no name in the lists does: "it's stable again"
_ADJECTIVE_END = re.compile(r"(?:able|ible|ful|ous|ive|ed|ing|less|ent|ant)$")

_DIGIT_NEXT = re.compile(r" ?\d")
_TAKEN_AFTER = re.compile(
    r"(?:\s+[–—-]\s*|\s*[:,(]\s*)(?:\ue000+|\[[A-Z_]+\]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\)?$"
)
_DIGIT_BEFORE = re.compile(r"\d ?$")
_TIME_BEFORE = re.compile(r"\d[:.]\d\d ?$")  # "- 07:40 Wouter Kamp noticed": a time, no date
# a filler between a cue and the name in a transcript: "it's for my mom uh dolores santiago"
_FILLER_END = re.compile(
    r"(?<= )(?:(?:uh|uhm|um|umm|er|erm|eh|ehm|euh|ehh)[,.]? )+$", re.IGNORECASE
)
_INFORMAL_GREETING = re.compile(r"(?:^|[\n.!?]) *(?:hi|hey|hoi|heya|hiya|yo) $", re.IGNORECASE)
_SHORT_NAME = re.compile(r"[A-Z][a-zà-ÿ]{1,7}")
# a firm's account answering: "@AeroLynk_Help", "@BolCares", "@KPN_webcare"
_BRAND_HANDLE = re.compile(
    r"(?:help|support|care|cares|webcare|service|team|official|klantenservice)$", re.IGNORECASE
)
# a given name right after these is a place: "I live in Jackson", "Sint Gillis"
_PLACE_BEFORE = re.compile(
    r"\b(?:live|lives|living|lived|woon|woont|wonen|woonde|based|located|gevestigd|moved"
    r"|moving|verhuisd|verhuizen|born|geboren|getogen) (?:in|to|naar|near|bij|uit) $"
    r"|\b(?:Sint|Saint|San|Santa|St\.?) $"  # a saint's name is a place or a feast
    r"|\bCo\. $",  # an Irish county: "Tralee, Co. Kerry"
    re.IGNORECASE,
)
_PLACE_WORDS = ("in ", "to ", "naar ", "near ", "bij ", "uit ", "Co. ", "Sint ", "Saint ", "San ",
                "Santa ", "St. ", "St ")  # fmt: skip
_TECH_AFTER = re.compile(
    r" (?:API|api|SDK|sdk|plugin|plug-in|dashboard|webhook|webhooks|integratie|integration"
    r"|checkout|account manager|merchant|app store)\b"
)


def _role_noun_before(before: str) -> bool:
    """ "for passenger X", "klant X meldt": a role noun and one space, no label colon."""
    if not before.endswith(" ") or before.endswith("  "):
        return False
    word = before[:-1].rsplit(" ", 1)[-1]
    return word.lower() in ROLE_NOUNS


class _Finder(Mentions):
    """The passes over a text, each taking the names its cue or rule finds."""

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
            if before.endswith(" ") and _FILLER_END.search(before):
                before = _FILLER_END.sub("", before)  # "my mom uh dolores santiago"
            if TITLE_CUE.search(before):
                self.take_from(i, lower_ok=False, particles=True)
            elif STRONG_CUE.search(before) or FORM_CUE.search(before):
                self.take_from(i, lower_ok=True, particles=True)
            elif (
                RELATION_CUE.search(before)
                or (before.endswith("met ") and PHONE_INTRO.search(before))
                or (before.endswith(DOC_SAYS_END) and DOC_SAYS.search(before))
                or _role_noun_before(before)
            ):
                self.take_from(i, lower_ok=False, particles=True)
            elif CUSTOMER_LABEL.search(before):
                self.take_known(i)
            elif THANKS_CUE.search(before) and self.alone(i):
                self.take_from(i, lower_ok=True)
            elif GREETING_CUE.search(before) or ROLE_CUE.search(before):
                # a listed given name, also in lower case ("hoi sanne,"), not any word: on
                # a line of its own a greeting names firms too ("Beste Vattenfall,"); an
                # informal one a short name the lists lack ("Hi Gabe,", "hey Bex!")
                if not self.take_from(i, lower_ok=True, known_only=True) and self.short_name(
                    tok, before
                ):
                    self.scan.take(tok.start, tok.end, "NAME")
            elif (
                CLOSING_SAME_LINE.search(before)
                or self.after_closing_line(tok)
                or (CLOSING_BANG.search(before) and self.alone(i, line_end=True))
            ):
                self.take_from(i, lower_ok=True)
            elif (
                AFTER_CUE.match(self.text[tok.end : tok.end + 40])
                and self.is_first(word)
                and not _DIGIT_BEFORE.search(self.text, max(0, tok.start - 2), tok.start)
            ):
                self.take_from(i, lower_ok=False)  # not "on 2 April at the desk"

    def short_name(self, tok: Tok, before: str) -> bool:
        """A short capitalised word no list knows, after "hi", "hey" or "hoi" and before a
        comma or "!": "Hi Gabe,"."""
        word = tok.text
        return (
            _INFORMAL_GREETING.search(before) is not None
            and _SHORT_NAME.fullmatch(word) is not None
            and word.lower() not in self.lists.common
            and not self.is_blocked(word)
            and self.text[tok.end : tok.end + 1] in (",", "!")
        )

    def lower_intros(self) -> None:
        """ "hey it's jess again": a lower-case word that is no common one."""
        if not any(
            cue in self.scan.lower
            for cue in ("it's", "its ", "it is", "this is", "hier is", "met ", "im ", "i'm", "i am")
        ):
            return
        for match in LOWER_INTRO.finditer(self.text):
            word = match.group(1)
            if word in self.lists.common or word in ROLES:
                continue
            known = word in self.lists.first_lower
            if match.group().startswith("met ") and not known:
                continue  # "met inbegrip van", "met souvenirs van": a listed name only
            if known or not _ADJECTIVE_END.search(word):
                self.scan.take(match.start(1), match.end(1), "NAME")  # not "it's stable again"

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
        for match in BY_AUTHOR.finditer(self.text):
            self.scan.take(match.start(1), match.end(1), "NAME")
        if ":" not in self.text:
            return  # labels and headers all end in a colon
        for match in HANDLE_LABEL.finditer(self.text):
            handle = match.group(1)[1:]
            if not self.is_blocked(handle) and not _BRAND_HANDLE.search(handle):
                self.scan.take(match.start(1), match.end(1), "NAME")
        for match in HEADER.finditer(self.text):
            if not self._company_sender(
                match.group(1), self.scan.text[match.end() : match.end() + 80]
            ):
                self.take_span_words(match.start(1), match.end(1), lower_ok=False)
        # the title line, when it is no label itself: "[Live chat – VeloVrij fietsen]"
        first = self.text.split("\n", 1)[0]
        title = "" if LABEL.match(first) else first.lower()
        for match in LABEL.finditer(self.text):
            who = match.group("who").strip()
            inner = match.group("inner")
            placeholder = "[" in who or (inner and "[" in inner)  # judged on the first pass
            if inner and title and not placeholder and who.lower() in title:
                # the firm speaking, the person in brackets: "Larkfield (Tobi):"
                self.take_staff_name(match.start("inner"), match.end("inner"))
                continue
            if inner and title and not placeholder and inner.strip().lower() in title:
                # the person speaking for the firm: "Milan (VeloVrij):"
                self.take_staff_name(match.start("who"), match.start("who") + len(who))
                continue
            if " | " in who and not placeholder:
                # the person and the firm: "14:03 Sophie | Zuiderzee Verzekeringen:"
                person = who.split(" | ", 1)[0]
                self.take_staff_name(match.start("who"), match.start("who") + len(person))
                continue
            words = who.split()
            if words and words[-1].lower().rstrip(".") in _NUMBER_WORDS:
                continue  # a field, not a speaker: "Job number: JB-7720931"
            if match.group("role") and len(words) == 1 and self.is_first(words[0]):
                # "Agent Milan:": after a role a given name that is also a place
                self.scan.take(match.start("who"), match.start("who") + len(who), "NAME")
            elif match.group("role") or (words and self.is_first(words[0].strip("'"))):
                self.take_span_words(match.start("who"), match.start("who") + len(who), False)
            if inner and match.group("who").strip().lower() in ("keukenkompas", "support"):
                self.take_span_words(match.start("inner"), match.end("inner"), False)
            elif inner and STAFF_LABEL.fullmatch(who):
                self.take_staff_name(match.start("inner"), match.end("inner"))

    def _company_sender(self, display: str, after: str) -> bool:
        """A sender that is an organisation: "MijnEnergie <noreply@mijnenergie.nl>",
        "Huurincasso – Woonstichting De Eendracht <huurincasso@de-eendracht.nl>". Only when
        no word of the display name is a known given name ("Jan Bakker <jan@bakker.nl>")."""
        address = after.split(">", 1)[0].lower()
        if address == "[email]":
            return True  # redacted before: the first pass judged this sender already
        local, _, domain = address.partition("@")
        words = [w.strip(".,-–'") for w in display.split()]
        if words and FIRM_FIRST.fullmatch(words[0]):
            return True  # "Huisartsenpraktijk De Linde <assistente@...>"
        if any(self.is_first(w) for w in words if w):
            return False
        if ROLE_ADDRESS.fullmatch(local):
            return True
        host = domain.rsplit(".", 1)[0].replace("-", "").replace(".", "")
        return any(
            len(w) >= 5 and (w.lower() == local or w.lower() in host) for w in words if w.isalpha()
        )

    def take_staff_name(self, start: int, end: int) -> None:
        """The person behind a role label, "Medewerker (Iris):", "Receptie (Lien):": one or
        two capitalised words, taken even when they are also words ("Joke", "Bas")."""
        inside = [i for i, tok in enumerate(self.tokens) if start <= tok.start and tok.end <= end]
        if 1 <= len(inside) <= 2 and all(self._staff_word(self.tokens[i].base) for i in inside):
            self.take(inside[0], inside[-1] + 1)

    def _staff_word(self, word: str) -> bool:
        if not word[:1].isupper() or self.is_blocked(word):
            return False
        return self.is_first(word) or self.is_surname(word) or word.lower() not in self.lists.common

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
            # a value the rules took may follow: "Claire Pendleton – 02/12/1981" (a list)
            stripped = _TAKEN_AFTER.sub("", line.strip(" -–—/*\t"))
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
            if _DIGIT_NEXT.match(after) or (
                _DIGIT_BEFORE.search(self.text, max(0, tok.start - 2), tok.start)
                and not _TIME_BEFORE.search(self.text, max(0, tok.start - 6), tok.start)
            ):
                continue  # "Jan 2026", "3 Jan", "May 3", "Max 3 stuks"
            if _TECH_AFTER.match(self.text, tok.end):
                continue  # "de Mollie API key", "the Stripe dashboard": a brand
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
            if tok.start > 0 and self.text[tok.start - 1].isalnum():
                continue  # glued to a code: "205/55 R16 91V. Kosten"
            j = self.extend(i)
            if j == i + 1 and self.street_surname(i + 1):
                j = i + 2  # "M. Nijhof"
            last = self.tokens[j - 1].text
            word = last.lower().removesuffix("s")  # "Screenshots" as "screenshot"
            common = last.lower() in self.lists.common or word in self.lists.common
            if j == i + 2 and common and last not in self.lists.surnames:
                continue  # "an I instead of a T. Screenshots attached": a sentence's end
            if j > i + 1 and not INITIALS.fullmatch(last):
                self.take(i, j)


def take_names(scan: Scan) -> None:
    lists = name_lists()
    if lists.not_phrases is not None:
        for match in list(lists.not_phrases.finditer(scan.masked)):
            scan.take(match.start(), match.end(), None)
    take_label_names(scan, lists)
    finder = _Finder(scan, lists)
    finder.labels_and_headers()
    finder.cues()
    finder.lower_intros()
    finder.named_before()
    finder.standalone_lines()
    finder.last_line_signature()
    finder.same_line_signature()
    finder.initials_signature()
    if "^" in scan.masked:
        finder.caret_signatures()
    finder.role_signature()
    finder.kin_of()
    if "?" in scan.masked or scan.mentions("call", "ring", "text", "whatsapp", "bel", "app", "sms"):
        finder.answers_and_contacts()
    finder.dictionary()
    finder.initials()
    finder.coordinated()
    finder.propagate()
