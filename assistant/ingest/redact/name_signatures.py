"""Signatures: a line that is only a name, a given name signed with its team or shift in
brackets, and the last line of a message as a name in lower case or with a listed surname. The
passes of the name finder (``names``) that read a message's lines rather than its cues."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_checks import NameChecks
from assistant.ingest.redact.name_context import place_field
from assistant.ingest.redact.name_lists import (
    FUNCTION_WORD_NAMES,
    INITIALS,
    MAIL_LABELS,
    capitalised,
)
from assistant.ingest.redact.scan import MASK

# "card" as another language's form label, also a given name somewhere: "Karta: [CARD]"; a
# German mail's "An:" (To)
_FORM_LABELS = (
    frozenset(("Karta", "Karte", "Carte", "Carta", "Tarjeta", "Kort", "Kortti"))
    | FUNCTION_WORD_NAMES
)
_LOWER_INITIAL = re.compile(r"[a-z]\.?")
_TAKEN_AFTER = re.compile(
    r"(?:\s+[–—-]\s*|\s*[:,(]\s*)(?:\ue000+|\[[A-Z_]+\]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\)?$"
)
# the team, shift or desk a note's writer signs with: "Bas (team 3)", "Mark (shift B)"
# (in brackets anywhere, "Bas (night shift) will call back", "Mark [team 3]", or after a
# comma or a dash to the line's end: "Bas, team 3", "Bas - team 3")
_TEAM_WORD = (
    r"(?i:team\w*|shift|desk|dienst|ploeg|afd\.?|afdeling|tier|level|lijn|line|agent|squad"
    r"|supervisor|teamleider|teamlead|backoffice|back office|front ?office|retentie|retention"
    r"|billing|support|klantenservice|service ?desk|helpdesk|cs)"
)
_TEAM_ASIDE = re.compile(
    r" ?(?:[(\[][^()\[\]\n]{0,20}\b" + _TEAM_WORD + r"(?:\b|\d)[^()\[\]\n]{0,20}[)\]]"
    r"|(?:,| [-–]) (?i:team|shift|ploeg|dienst) \w+[.!]?[ \t]*(?=\n|$))"
)
# the date of birth's line after a name's own line: "Margreet Bakker\nborn 2 April 1962"
_DETAIL_NEXT = re.compile(
    r"\n[ \t]*(?i:born|geboren|geb\.|dob|d\.o\.b\.?|date of birth|geboortedatum)"
    r"(?: on| op)?[: \t]+(?:\ue000|\d)"
)
_GIVEN_SHAPE = re.compile(r"[A-Z][a-zà-ÿ]{2,}")
_SURNAME_WORD = re.compile(r"[A-Z][a-zà-ÿ'’-]+|van|de|der|den|ter|ten")
_LINE_END = re.compile(r"[.!]?[ \t]*(?:\n|$)")
_AND_SIGNED = re.compile(r" (?:and|en|&) [A-Z][a-z]+" + _TEAM_ASIDE.pattern)
_TEAM_ASIDE_ENDS = re.compile(_TEAM_ASIDE.pattern + r"(?:,? \d{1,2}[:.]\d\d)?[ \t]*$")
# a sentence's or a line's start, or the end of another signed name: "Will (shift B) and May
# (shift C)"
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?] |\n|[-–] |[)\]] (?:and|en|&) )$")


class Signatures(NameChecks):
    """The signature passes, shared by the name finder."""

    def standalone_lines(self) -> None:
        """A line that is only a name (a signature): "Carlos", "J.P. Maas", "- Karin"."""
        pos = 0
        for line in self.text.split("\n"):
            # a value the rules took may follow: "Claire Pendleton – 02/12/1981" (a list)
            stripped = _TAKEN_AFTER.sub("", line.strip(" -–—/*\t"))
            stripped = _TEAM_ASIDE_ENDS.sub("", stripped)  # "Mark (team 3)"
            if stripped and len(stripped) <= 40 and MASK not in stripped:
                words = stripped.split()
                if (
                    1 <= len(words) <= 4
                    and (
                        (
                            self.is_first(words[0])
                            and words[0].lower() not in MAIL_LABELS  # "Från:"
                            # a label that is no name: "Karta: [CARD]" (but "Milan van Os")
                            and not (
                                line.strip().startswith(words[0].rstrip(":") + ":")
                                and words[0].rstrip(":") in _FORM_LABELS
                            )
                            # nor a town's field: "Ville: Paris"
                            and not place_field(self.text, pos + len(line) - len(line.lstrip()))
                        )
                        or INITIALS.fullmatch(words[0])
                        or (
                            self.signed_last(words, pos + len(line))
                            # not a field's label before its value: "Secret Key: [TOKEN]"
                            and not line.strip(" -–—/*\t")[len(stripped) :].lstrip().startswith(":")
                        )
                    )
                ):
                    offset = pos + line.index(stripped)
                    for i, tok in enumerate(self.tokens):
                        if tok.start == offset:
                            j = self.extend(i)
                            if self.tokens[j - 1].end == offset + len(stripped):
                                self.take(i, j)
                            break
                elif ":" not in line and self._details_name(words, pos + len(line)):
                    offset = pos + line.index(stripped)
                    first = next((i for i, t in enumerate(self.tokens) if t.start == offset), -1)
                    last = first + len(words)
                    if (
                        first >= 0
                        and last <= len(self.tokens)
                        and self.tokens[last - 1].end == offset + len(stripped)
                    ):
                        self.take(first, last)
                elif self.signed_lower(words, pos + len(line)):
                    offset = pos + line.index(stripped)
                    for i, tok in enumerate(self.tokens):
                        if tok.start == offset and i + 1 < len(self.tokens):
                            self.take(i, i + 2)
                            break
            pos += len(line) + 1

    def _details_name(self, words: list[str], line_end: int) -> bool:
        """A line of one's details that is a name (no label), its surname maybe also a word,
        before the date of birth's line: "Margreet Bakker" / "born 2 April 1962"."""
        return (
            2 <= len(words) <= 3
            and _DETAIL_NEXT.match(self.text, line_end) is not None
            and _GIVEN_SHAPE.fullmatch(words[0]) is not None
            and words[0].lower() not in self.lists.common
            and all(_SURNAME_WORD.fullmatch(w) for w in words[1:])
        )

    def team_signatures(self) -> None:
        """A given name that ends a note, with its team or shift in brackets after it and a
        sentence's end before it: "Recording deleted per PCI procedure. Bas (team 3)"."""
        common = self.lists.common
        for i in self.candidates:
            tok = self.tokens[i]
            aside = _TEAM_ASIDE.match(self.text, tok.end)
            if not (
                aside
                and _SENTENCE_END_BEFORE.search(self.text, max(0, tok.start - 6), tok.start)
                and self.is_first(tok.base)
                and not self.is_blocked(tok.base)  # "Sky (support) says ..."
            ):
                continue
            # mid-sentence only a name no common word shares: "Bas (team 3) will follow up",
            # not "Grace (team 3) period is 14 days", "Chase (fraud team) will call"
            signed = _LINE_END.match(self.text, aside.end()) or _AND_SIGNED.match(
                self.text, aside.end()
            )  # the line's end, or another signed name: "Will (shift B) and May (shift C)"
            if signed or tok.base.lower() not in common:
                self.scan.take(tok.start, tok.start + len(tok.base), "NAME")

    def signed_lower(self, words: list[str], line_end: int) -> bool:
        """The last line of a message as a signature in lower case: a listed given name and
        an initial ("sandra m.")."""
        return (
            len(words) == 2
            and line_end >= len(self.text.rstrip())
            and words[0].isalpha()
            and words[0].islower()
            and words[0] not in self.lists.common
            and self.is_first(words[0].capitalize())
            and _LOWER_INITIAL.fullmatch(words[1]) is not None
        )

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
