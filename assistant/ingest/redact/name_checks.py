"""Checks the name cues lean on: whether a word after a cue reads as a name (a caller's
first word, a word before a listed name, a surname after a person's title), and the shapes
of a signature's or a greeting's line."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_cues import CLOSING_LINE, PERSON_TITLE
from assistant.ingest.redact.name_firms import FIRM_FIRST, FIRM_WORD
from assistant.ingest.redact.name_headers import Headers
from assistant.ingest.redact.name_lists import INITIALS, PARTICLES, Tok, capitalised
from assistant.ingest.redact.scan import MASK

_INFORMAL_GREETING = re.compile(r"(?:^|[\n.!?]) *(?:hi|hey|hoi|heya|hiya|yo) $", re.IGNORECASE)
_SHORT_NAME = re.compile(r"[A-Z][a-zà-ÿ]{1,7}")
_GREETING_LINE = re.compile(
    r"(?:^|\n) *(?:beste|dear|hi|hoi|hello|hallo|lieve|hey) $", re.IGNORECASE
)
_LINE_END_AFTER = re.compile(r"[,!]? *(?:\n|$)")
# a signature's line: a given name and a surname, maybe with particles between
_SIGNATURE_LINE = re.compile(
    r"[A-Z][\w'-]+((?: (?:van|de|der|den|ter|ten|het|'t|von|du|da|di|le|la))+)? [A-Z][\w'-]+"
)


# a desk signs, not a person: "Met vriendelijke groet,\nTechnische dienst"
_DESK_AFTER = re.compile(
    r"[ \t]+(?:dienst|afdeling|administratie|klantenservice|helpdesk|servicedesk|team|support"
    r"|service|services|department|desk|office|zaken)[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
_SIGNER_AFTER_DASH = re.compile(
    r"(?: [A-Z][\w&'-]*){0,2} [–—-] (?:(?:[A-Z]\.)+ ?[A-Za-z]|(?P<first>[A-Z][a-zà-ÿ]+) |\[NAME\])"
)
# short given names that are also words, signing before a listed surname: "An Desmet"
_SHORT_GIVEN = frozenset("An Ad Bo Jo Ed Al Ab".split())
# a form's next label after the word: "First name:", "Last name:", "Surname:"
_FIELD_LABEL_AFTER = re.compile(r" (?:name|naam)\s?:", re.IGNORECASE)


class NameChecks(Headers):
    """Tests and takes the cue pass of ``names`` uses on the words after a cue."""

    def said_name(self, i: int) -> bool:
        """After a caller's label, a name rather than the first word of what they say ("Good
        morning", "Merci,"): a listed given name, or a word and a capitalised one."""
        word = self.tokens[i].base
        if self.is_first(word) and word.lower() not in self.lists.common:
            return True
        nxt = i + 1
        return (
            nxt < len(self.tokens)
            and self.gap(nxt) == " "
            and capitalised(self.tokens[nxt].base)
            and self.tokens[nxt].base.lower() not in self.lists.common
        )

    def unlisted_before(self, i: int) -> int:
        """Token i, or the capitalised word right before it that may start a name."""
        if i == 0 or self.gap(i) != " ":
            return i
        prev = self.tokens[i - 1]
        if (
            prev.base == prev.text
            and capitalised(prev.text)
            and self.name_like(prev.text, lower_ok=False)
            and MASK not in self.scan.masked[prev.start : prev.end]
        ):
            return i - 1
        return i

    def after_person_title(self, i: int) -> bool:
        """A capitalised word no list knows as a name right after "dhr.", "Mrs" or "mevrouw"
        (initials or particles between): a surname that is also a word ("dhr. Baas")."""
        tok = self.tokens[i]
        word = tok.base
        if not word.isalpha() or not word[0].isupper() or len(word) < 2 or word.isupper():
            return False
        if self.is_blocked(word) or MASK in self.scan.masked[tok.start : tok.end]:
            return False
        if _FIELD_LABEL_AFTER.match(self.text, tok.end):
            return False  # the next field's label on a form's line: "Title: Mrs   First name:"
        before = self.text[max(0, tok.start - 24) : tok.start]
        return PERSON_TITLE.search(before) is not None and not self.firm(i, i + 1, tok.end)

    def titled_word_name(self, i: int) -> bool:
        """A month or another word kept as a rule ("Mei", "April") after a person's title,
        starting a name that goes on to a listed given name or surname ("Mei Ling Chan")."""
        tok = self.tokens[i]
        if (
            tok.base not in self.lists.not_words  # cheap tests first: this runs on most words
            or i + 1 >= len(self.tokens)
            or PERSON_TITLE.search(self.text, max(0, tok.start - 24), tok.start) is None
            or self.gap(i + 1) != " "
            or not capitalised(tok.text)
        ):
            return False
        words = [self.tokens[k].base for k in range(i + 1, self.extend(i + 1))]
        # or a surname no list knows: "dhr. Frans Oosterhuis, geb. ..."
        return any(
            self.is_first(w)
            or w in self.lists.surnames
            or (w[:1].isupper() and w.isalpha() and w.lower() not in self.lists.common)
            for w in words
        )

    def take_label_full_name(self, i: int) -> None:
        """A given name that is also a place, then a surname, after a customer's label or a
        closing."""
        j = self.extend(i)
        if j > i + 1 and all(self.surname_like(self.tokens[k].base) for k in range(i + 1, j)):
            last = self.tokens[j - 1]
            self.scan.take(self.tokens[i].start, last.start + len(last.base), "NAME")

    def take_signature_line(self, i: int) -> None:
        """The line after a closing is a name whose words are also words: a given name and a
        surname ("Bas Smit"), or any two with particles between ("Ton van Wijk")."""
        tok = self.tokens[i]
        end = self.text.find("\n", tok.start)
        end = len(self.text) if end < 0 else end
        line = self.text[tok.start : end].rstrip(" ,.")
        shape = _SIGNATURE_LINE.fullmatch(line)
        if (
            shape
            and (
                shape.group(1)  # a particle, or a given name
                or self.is_first(tok.base)
                # or a short given name that is also a word, then a listed surname: "An Desmet"
                or (tok.base in _SHORT_GIVEN and self._listed_surname_ends(line))
            )
            and not FIRM_WORD.search(line)
            and not FIRM_FIRST.match(line)
        ):
            self.scan.take(tok.start, tok.start + len(line), "NAME")

    def _listed_surname_ends(self, line: str) -> bool:
        words = line.split()
        return len(words) == 2 and words[1] in self.lists.surnames

    def take_after_person_title(self, i: int, before: str) -> None:
        """ "dhr. R.J. Baas", "meneer Van der Zee": initials or particles after a person's
        title, then the surname, even one that is also a word."""
        if not PERSON_TITLE.search(before):
            return
        k = i
        while k < len(self.tokens) and (
            INITIALS.fullmatch(self.tokens[k].text)
            or self.tokens[k].text.lower() in PARTICLES
            or (len(self.tokens[k].text) == 1 and self.tokens[k].text.isupper())  # "Mrs H Patel"
        ):
            k += 1
        if i < k < len(self.tokens) and self.gap(k) == " " and self.after_person_title(k):
            last = self.tokens[k]
            self.scan.take(self.tokens[i].start, last.start + len(last.base), "NAME")

    def greeting_line_name(self, tok: Tok, before: str) -> bool:
        """A listed given name that is also a place, alone on a greeting line: "Beste
        Milan,"."""
        return (
            _GREETING_LINE.search(before) is not None
            and self.is_first(tok.text)
            and _LINE_END_AFTER.match(self.text, tok.end) is not None
        )

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

    def desk_signs(self, tok: Tok) -> bool:
        """A desk's name closes the text, not a person's: "Technische dienst" (but "Emma
        team", a listed given name)."""
        if tok.text in self.lists.first:
            return False
        if _DESK_AFTER.match(self.text, tok.end):
            return True
        # or a firm before a dash and the one who signs: "Zorgportaal Oost – A. de Graaf"
        signer = _SIGNER_AFTER_DASH.match(self.text, tok.end)
        return signer is not None and (
            signer.group("first") is None or self.is_first(signer.group("first"))
        )

    def after_closing_line(self, tok: Tok) -> bool:
        """The token starts the line after a closing ("Groet,\\n Jan"), or the last line."""
        line_start = self.text.rfind("\n", 0, tok.start) + 1
        if self.text[line_start : tok.start].strip(" -–—/*\t") not in ("", "drs.", "dr."):
            return False
        if line_start == 0:
            return False
        prev = self.text[: line_start - 1].rstrip("\n").rsplit("\n", 1)[-1]
        if not CLOSING_LINE.match(prev):
            return False
        line_end = self.text.find("\n", tok.start)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        return not CLOSING_LINE.match(line)  # "Thanks.\n\nMit freundlichen Grüßen\nHelmut"
