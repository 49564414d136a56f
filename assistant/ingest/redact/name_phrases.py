"""The name phrase that starts at a word ("K. van der Meer", "Willem-Jan Hoekstra"): how far
it runs, whether it names a firm, a street or a pet instead of a person, and taking it. The
tests on single words are in ``name_words``; the passes that use both are in ``names``."""

from __future__ import annotations

import re

from assistant.ingest.redact.name_cues import FORM_CUE, GREETING_CUE
from assistant.ingest.redact.name_firms import (
    BOT_AFTER,
    COMPANY_AFTER,
    FIRM_AFTER,
    FIRM_BEFORE,
    FIRM_FIRST,
    FIRM_WORD,
    ROLE_IN_BRACKETS,
)
from assistant.ingest.redact.name_lists import INITIALS, PARTICLES, ROLES, camel, capitalised
from assistant.ingest.redact.name_words import SPELLED_BEFORE, STREET_ENDING, Words
from assistant.ingest.redact.scan import MASK

# also redacted before; "ID" only with an Idaho ZIP ("Gabriela Ortiz, ID 10442" is an ID number)
_STATE_AND_ZIP = re.compile(
    r",? (?!ID\b)[A-Z]{2},? (?:\d{5}\b|\[POSTCODE\])|,? ID,? (?:83[2-8]\d\d\b|\[POSTCODE\])"
)
_LOWER_PARTICLES = PARTICLES | {"o", "mc", "mac", "ni", "nic"}  # "sean o murchu"
# "Zolder5G", "Kees_1984", "Kettlebell#2024", "X!2024" (a surname's initial after the line is
# part of the name: "Reactie van Gijs_H:")
_GLUED = re.compile(r"[\d#@$%&*]|_(?![A-Z]\b)|!\w")
_BANK = re.compile(r"[A-Z]\w+bank")
_NAMED_STREET = re.compile(
    r"[A-Z]\w+(?:straat|laan|plein|kade|gracht|singel|weg|markt|street|road|school|college"
    r"|lyceum|ziekenhuis|museum|stadion)$"  # not "kerk": "Verkerk", "Ouwerkerk" are surnames
)
_PET_BEFORE = re.compile(
    r"(?:\b(?:huisdier|pet|dier|dog|cat|puppy|kitten)|hond|kat)(?:'s name| name|naam)?\W{0,3}$",
    re.IGNORECASE,
)
# a street named after a person: "Avenue Jean Jaurès", "Calle de Ramón y Cajal", "Via Garibaldi"
_STREET_TYPE_BEFORE = re.compile(
    r"\b(?:Avenue|Av\.|Rue|Boulevard|Bd\.?|Place|Quai|Allée|Calle|Avenida|Avinguda|Carrer|Plaza"
    r"|Plaça|Paseo|Via|Viale|Piazza|Corso|Largo|Rua|Praça)"
    r"(?: (?:de|du|des|de la|del|di|della|do|da))? (?:[A-Z][\w'-]+ )?$"  # "Avenue Victor Hugo"
)
_COLOUR_BEFORE = re.compile(r"\b(?:kleur|colou?r|farbe|couleur)\W{0,3}$", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


_NUMBER_NEXT = re.compile(r" \d")
# a cue for a person right before the name
_PERSON_CUE_BEFORE = re.compile(
    r"\b(?i:ik ben|mijn naam is|i am|i'm|my name is|this is|spoke (?:to|with)|talked to"
    r"|gesproken met|sprak met|spreekt met|contactpersoon|contact person|contact|naam|name"
    r"|t\.a\.v\.|attn|dear|beste|geachte|hoi|hi|hello|forward (?:this|it) to|aan)\W{0,3}$"
)
# what may stand before a chat's speaker on its line: a time, a date, a bullet
_SPEAKER_START = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:\[?[\d:./, -]{4,22}\]?[ \t]*(?:-[ \t]*)?)?")


# a chat bot's name, a word and "bot": "Fietsbot", "KlantBot" (not "Abbot", "Talbot")
_BOT_NAME = re.compile(r"[A-Z][a-z]{3,}[bB]ot")


class Phrases(Words):
    """A text's words and the name phrases that start at them; ``take`` records one."""

    # ---- phrases

    def extend(self, i: int) -> int:
        """End (exclusive token index) of the name phrase that starts at token i."""
        j = i + 1
        n = len(self.tokens)
        while j < n and (self.gap(j) == " " or self.dash_joined(j)):
            word = self.tokens[j].base
            if word.lower() in PARTICLES:
                k = j
                while (
                    k < n
                    and (k == j or self.gap(k) == " ")
                    and self.tokens[k].text.lower() in PARTICLES
                ):
                    k += 1
                last = self.tokens[k].base if k < n else ""
                if self.at_address(j, k):
                    break  # "Mevrouw van Rijn op Slinge 455": where she lives
                if FIRM_FIRST.fullmatch(last):
                    break  # "met Gerrit van Verhuur Zuid": where he works
                # after two particles a brand's name is a surname: "J.P. van den Bosch"
                if (
                    k < n
                    and self.gap(k) == " "
                    and (
                        self.surname_like(last)
                        # after two particles, or initials, a place's name is a surname too:
                        # "J.P. van den Bosch", "t.n.v. R. van Doorn"
                        or (
                            (k - j >= 2 or INITIALS.fullmatch(self.tokens[i].text) is not None)
                            and capitalised(last)
                            and last in self.lists.surnames
                        )
                    )
                ):
                    j = k + 1
                    continue
                break
            if (
                INITIALS.fullmatch(self.tokens[j].text)
                or self.surname_like(word)
                # after a given name a listed surname that is also a label word (``ROLES``,
                # so alone it stays: "Price: 20 euro"): "Margaret Price"
                or (
                    j == i + 1
                    and word.lower() in ROLES
                    and word in self.lists.surnames
                    and self.is_first(self.tokens[i].base)
                    and self.tokens[i].base not in self.lists.strict  # "May Price rises"
                )
                # after a given name a surname ending like a street: "Tessa Hulshof"
                or (
                    j == i + 1
                    and word.endswith("hof")
                    and self.is_first(self.tokens[i].base)
                    and self.street_surname(j)
                )
            ):
                j += 1
                if self.tokens[j - 1].base != self.tokens[j - 1].text:
                    break  # a possessive ends the name ("Feldman's office")
                continue
            break
        return j

    def dash_joined(self, j: int) -> bool:
        """A double surname typed with an en dash, no spaces: "Claes–Van Dam" (a hyphen
        keeps the parts in one token)."""
        return self.gap(j) == "–" and self.tokens[j].text[0].isupper()

    def start_with_particles(self, i: int, lower_ok: bool = False) -> int:
        """After a title: "De Wit", "Van den Heuvel", "van der Meer" start at token i; after a
        form's label also in lower case ("Achternaam: van der linden")."""
        k = i
        while k < len(self.tokens) and self.tokens[k].text.lower() in PARTICLES:
            k += 1
        if k == i or k >= len(self.tokens):
            return i
        word = self.tokens[k].base
        if self.surname_like(word):
            return self.extend(k)
        if (
            self.tokens[i].text in ("Van", "Vande", "Vanden", "Vander")
            and k == i + 1
            and capitalised(word)
            and word.isalpha()
            and len(word) >= 3
            and word.lower() not in self.lists.common
        ):
            return k + 1  # a Flemish surname named after a place: "Mevr. Van Tilburg"
        lower = lower_ok and self.gap(k) == " " and word.isalpha() and word.islower()
        if lower and word.capitalize() in self.lists.surnames and word not in self.lists.common:
            return k + 1  # a listed surname, not "de heer", "de huurtoeslag"
        return i

    def glued(self, i: int) -> bool:
        """Token i is part of a code or handle: "Zolder5G", "Kees_1984", "Lucia_FG2003"."""
        return _GLUED.match(self.text, self.tokens[i].end) is not None

    def take(self, i: int, j: int) -> None:
        if j <= i or (j == i + 1 and self.spelled_into_value(i)):
            return
        last = self.tokens[j - 1]
        end = last.start + len(last.base)
        if j == i + 1 and last.base in self.firm_names:
            return  # "welkom bij Mollie!" where "Mollie Support" speaks
        if (self.street_after(j) or self.street_right_after(j)) and self.number_after_street(j):
            return  # the street's own name: "Jan van Galenstraat 06:31" in a timetable (not
            # a surname that ends so: "Carla Versteeg, spelt ...")
        start = self.tokens[i].start
        if INITIALS.fullmatch(self.tokens[i].text) and (
            self.text[start - 1 : start] == "/" or self.text[start - 1 : start].isalnum()
        ):
            return  # "dossier 2231/B. Meldt schimmel": a file's number, then a sentence
        before = self.text[max(0, self.tokens[i].start - 4) : self.tokens[i].start]
        if (last.base != last.text and before.lower() == "the ") or (
            j == i + 1 and before == "the "
        ):
            # "at the Nando's in Cardiff Bay", "the Jack Daniel's sauce": a firm or a brand;
            # one word after "the" is a thing or a place ("the view over the Arno"): no person
            # in the corpus's 14,000 names stands there
            self.scan.take(self.tokens[i].start, last.start + len(last.base), None)
            return
        if (
            j == i + 1
            and FIRM_WORD.fullmatch(last.base)
            and _CAPITAL_BEFORE.search(self.text, max(0, last.start - 20), last.start)
        ):
            return  # "[NAME], Guest Relations": a department's last word
        if self.firm(i, j, end):
            # the person before the firm: "u spreekt met Daan van Kampen van Zuidwest Bank"
            cut = next((k for k in range(j - 1, i, -1) if self.tokens[k].text == "van"), 0)
            if cut:
                self.take(i, cut)
            elif self.after_firm_word(self.tokens[i].start):
                # the whole firm stays, also its last word alone: "Hotel Jan Pieterszoon Coen"
                self.scan.take(self.tokens[i].start, end, None)
            return
        self.scan.take(self.tokens[i].start, end, "NAME")

    def take_from(
        self, i: int, lower_ok: bool, particles: bool = False, known_only: bool = False
    ) -> bool:
        if i >= len(self.tokens):
            return False
        if self.glued(i):
            return False  # part of a code or handle: "Zolder5G", "Kees_1984"
        if particles and self.tokens[i].text.lower() in PARTICLES:
            j = self.start_with_particles(i, lower_ok)
            if j > i:
                self.take(i, j)
                return True
        word = self.tokens[i].base
        if not self.name_like(word, lower_ok, known_only):
            start = self.tokens[i].start
            if (
                lower_ok
                and word.islower()
                and word in self.lists.first_lower
                and FORM_CUE.search(self.text, max(0, start - 60), start)
            ):
                j = self.extend_lower(i + 1)  # a form's given name that is also a word, then
                if j > i + 1:  # a surname: "naam: jan tuinstra" (not "ik ben erin getrapt")
                    self.take(i, j)
                    return True
            return self.word_before_particles(i, known_only)
        if INITIALS.fullmatch(self.tokens[i].text):
            j = self.extend(i)
            if j == i + 1:
                return False
        else:
            j = self.extend(i)
            if word.islower():
                j = self.extend_lower(j)
        self.take(i, j)
        return True

    def word_before_particles(self, i: int, known_only: bool) -> bool:
        """A given name that is also a word, before particles and a surname, right after the
        cue: "Naam: Ton van der Linden" (the unit "ton")."""
        word = self.tokens[i].base
        if (
            known_only
            or not capitalised(word)
            or self.is_blocked(word)
            or i + 1 >= len(self.tokens)
        ):
            return False
        if self.gap(i + 1) != " ":
            return False
        j = self.start_with_particles(i + 1)
        if j <= i + 1:
            return False
        self.take(i, j)
        return True

    def place_before_surname(self, i: int) -> bool:
        """A listed given name that is kept as a place ("Milan", "Florence"), before particles
        and a listed surname, or a listed surname right after it: "Milan de Graaf", "Milan
        Veenstra" is a person."""
        tok = self.tokens[i]
        if tok.base not in self.lists.not_words or tok.base not in self.lists.first:
            return False
        if MASK in self.scan.masked[tok.start : tok.end] or i + 1 >= len(self.tokens):
            return False
        if self.gap(i + 1) != " ":
            return False
        after = self.tokens[i + 1].base
        if (
            after not in PARTICLES
            and capitalised(after)
            and after in self.lists.surnames
            and not self.is_blocked(after)
            and not self.is_first(after)  # not a second place: "Milan Paris"
            # nor a model after its make or before its engine: "Skoda Octavia Combi", "the new
            # Octavia Combi 1.5 TSI"
            and not (
                i > 0 and self.gap(i) == " " and self.tokens[i - 1].base in self.lists.not_words
            )
            and not _NUMBER_NEXT.match(self.text, self.tokens[i + 1].end)
            # only as a chat's speaker, where a place does not stand: "[10:15] Milan Veenstra:"
            # (not "India Post", "German Shepherd", "Sydney Smith ... flying to Sydney")
            and (
                (
                    _SPEAKER_START.fullmatch(
                        self.text, self.text.rfind("\n", 0, tok.start) + 1, tok.start
                    )
                    is not None
                    and self.text.startswith(":", self.tokens[i + 1].end)
                )
                # or after a cue for a person: "Ik ben Milan Veenstra", "Contactpersoon: ..."
                or _PERSON_CUE_BEFORE.search(self.text, max(0, tok.start - 24), tok.start)
                is not None
            )
        ):
            return True
        if self.tokens[i + 1].text not in PARTICLES:
            return False
        end = self.start_with_particles(i + 1)
        return end > i + 1 and self.tokens[end - 1].base in self.lists.surnames

    def extend_lower(self, j: int) -> int:
        """After a given name typed in lower case, its surname in lower case too ("my names
        sean o murchu", "ik ben mariska jansen"): particles, then one listed surname or one
        word that is no common one."""
        n = len(self.tokens)
        k = j
        while k < n and self.gap(k) == " " and self.tokens[k].text.lower() in _LOWER_PARTICLES:
            k += 1
        if k < n and self.gap(k) == " ":
            word = self.tokens[k].base
            known = word.capitalize() in self.lists.surnames
            if (
                word.islower()
                and len(word) >= 3
                and word not in ROLES
                and (known or word not in self.lists.common)
            ):
                return k + 1
        return j

    def after_firm_word(self, start: int) -> bool:
        """A firm's word stands just before ``start``: "Autobedrijf Van |Dalen"."""
        return FIRM_BEFORE.search(self.text, max(0, start - 24), start) is not None

    def firm(self, i: int, j: int, end: int) -> bool:
        """The words name a firm, a product or a town: a firm's word after them ("Halden Bank"), the
        same name on both sides of '&' ("Johnson & Johnson"), a hotel or a model before
        them, or right after a brand ("Skoda Octavia")."""
        start = self.tokens[i].start
        if j - 1 > i and FIRM_WORD.fullmatch(self.tokens[j - 1].base):
            return True  # "Ter Horst Tegelwerken"
        if j - 1 > i and COMPANY_AFTER.fullmatch(self.text, self.tokens[j - 1].start - 1, end):
            return True  # a legal form read as initials: "t.n.v. Groenbouw B.V."
        if FIRM_FIRST.fullmatch(self.tokens[i].base):
            return True  # "Autobedrijf Eemland"
        if FIRM_AFTER.match(self.text, end) or self.after_firm_word(start):
            return True
        if COMPANY_AFTER.match(self.text, end):
            return True  # "Vinoteca Claes BV"
        if BOT_AFTER.match(self.text, end):
            return True  # "I'm Skye, your virtual assistant": a bot, not a person
        if j == i + 1 and _BOT_NAME.fullmatch(self.tokens[i].base):
            return True  # a bot by its name's end: "Hi! I'm Fietsbot 🤖"
        if start and self.text[start - 1] == "(" and ROLE_IN_BRACKETS.match(self.text, end):
            return True  # a firm and a team in brackets: "Chloë (Mollie support):"
        if _BANK.fullmatch(self.tokens[j - 1].base):
            return True  # "heer/mevrouw van Hanzebank"
        if _COLOUR_BEFORE.search(self.text, max(0, start - 12), start):
            return True  # "kleur Carmine Red"
        if _PET_BEFORE.search(self.text, max(0, start - 16), start):
            return True  # "Huisdier: Bo, Labrador"
        if _STREET_TYPE_BEFORE.search(self.text, max(0, start - 30), start):
            return True  # "Avenue Jean Jaurès in Lyon"
        if (
            j == i + 1
            and j < len(self.tokens)
            and self.gap(j) == " "
            and _NAMED_STREET.search(self.tokens[j].base)
        ):
            return True  # "aan het Albert Heijnplein": a street named after a person
        if j - 1 > i and _NAMED_STREET.search(self.tokens[j - 1].base):
            return True  # "de Albert Cuypmarkt", "de Willem de Zwijgerschool"
        if self._nato(i, j):
            return True  # "Lima Charlie six eight": a plate or a code spelled out
        # in the text as written: the letter may be part of a plate taken ("..., V van Victor")
        spelled = SPELLED_BEFORE.search(self.scan.text, max(0, start - 9), start)
        if spelled and spelled.group(1) == self.scan.text[start] and j == i + 1:
            return True  # "N van Nico", "E as in Edward": a letter spelled out
        if self.after_postcode(start):
            return True  # the town after a postcode: "5961 JJ Horst", "46446 Emmerich am Rhein"
        last = self.tokens[j - 1].base
        head, _, tail = last.rpartition("-")
        if head and len(tail) >= 4 and tail.islower() and tail not in PARTICLES:
            return True  # a product named after its maker: "Jules Destrooper-koekjes"
        if _STATE_AND_ZIP.match(self.scan.text, end):
            return True  # a town: "Apt 5R, Brooklyn, NY 11217"
        word = self.tokens[i].base
        if self.text.startswith(" & " + word, end) or self.text.endswith(word + " & ", 0, start):
            return True
        # (a greeting is no make before its model: "Buongiorno Francesca,")
        return (
            i > 0
            and self.gap(i) == " "
            and self.tokens[i - 1].text in self.lists.not_words
            and not GREETING_CUE.search(self.text, max(0, start - 30), start)
        )

    # ---- passes

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
        elif 2 <= j - i <= 3 and self._unknown_full_name(i, j):
            self.take(i, j)  # "Member: Lakisha Brown-Terrell", "Klant: Grietje Zandbergen, geb."

    def _unknown_full_name(self, i: int, j: int) -> bool:
        """Two or three capitalised words no list knows as anything else, alone on the line
        or before a comma."""
        last = self.tokens[j - 1]
        after = self.text[last.start + len(last.base) : last.start + len(last.base) + 2]
        if not (after[:1] in ("", "\n", ",") or after == " (" or not after.strip()):
            return False
        words = [self.tokens[k].base for k in range(i, j)]
        return all(
            capitalised(w)
            and not self.is_blocked(w)
            and not camel(w)
            and w.lower() not in self.lists.common
            and not STREET_ENDING.search(w)
            for w in words
            if w.lower() not in PARTICLES
        )
