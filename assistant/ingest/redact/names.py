"""People's names in Dutch and English text: from cues (greetings, closings, "mijn naam is",
"I'm", titles, roles, speaker labels, e-mail headers) and from lists of given names and
surnames (``knowledge/names``), with particles ("van der", "de") and initials. Brands,
products and places (``not_names.txt``) survive, and so do given names that are also common
words ("Mark", "Will", "May") unless a cue or a surname comes with them.

Every later mention of a found name in the same text goes too ("Agent Lisa: ... thanks Lisa").
"""

from __future__ import annotations

import re
import unicodedata

from assistant.ingest.redact.name_context import (
    MONTH_NAMED,
    PLACE_FIELD,
    PLACE_FIELD_HINT,
    month_after_time_word,
    place_field,
    place_or_brand,
)
from assistant.ingest.redact.name_cues import (
    AFTER_CUE,
    CLOSING_BANG,
    CLOSING_SAME_LINE,
    CUSTOMER_LABEL,
    DOC_SAYS,
    DOC_SAYS_END,
    FORM_CUE,
    GREETING_CUE,
    PHONE_INTRO,
    RELATION_CUE,
    ROLE_CUE,
    STRONG_CUE,
    THANKS_CUE,
    TITLE_CUE,
    role_noun_at_line_start,
    role_noun_before,
)
from assistant.ingest.redact.name_firms import VENUE_THEN_WORD
from assistant.ingest.redact.name_intros import (
    take_capital_greetings,
    take_lower_intros,
    take_maiden_names,
    take_quoted_names,
    take_surname_initials,
)
from assistant.ingest.redact.name_labels import take_label_names
from assistant.ingest.redact.name_listed import (
    take_child_lists,
    take_column_names,
    take_sign_names,
)
from assistant.ingest.redact.name_lists import (
    INITIALS,
    PARTICLES,
    ROLES,
    capitalised,
    name_lists,
)
from assistant.ingest.redact.name_signatures import Signatures
from assistant.ingest.redact.scan import MASK, Scan
from assistant.ingest.redact.spelled_names import take_spelled_names

# (a postcode's placeholder reads as the digits it hid: "São Paulo [POSTCODE]" on a second pass)
_DIGIT_NEXT = re.compile(r" ?(?:\d|\[POSTCODE\])")
# a build's job or a chain's store, not a person: "Job #88213 failed", "Wendy's #4471"
_NUMBERED_JOB = re.compile(r"Job #\d|[A-Z][a-z]+['’]s #\d")
# but a full date after a given name is its bearer's birth date: "- Thomas 09-01-2014" (a month
# has no day and year after it so), as a second pass sees "- Thomas [BIRTH_DATE]"
_FULL_DATE_NEXT = re.compile(r" \d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d\b")
# a staff member's label at a line's start, before a given name that is also a word
_STAFF_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?i:medewerker|agent|behandeld door|handled by|employee|advisor|adviseur"
    r"|consultant|monteur|technician|engineer)[ \t]*:[ \t]*\Z"
)
# the name one goes by in brackets between the initials and the surname
_NICKNAME_AFTER = re.compile(
    r" \(([A-Z][a-zà-ÿ]+)\) "
    r"((?:(?:van|de|der|den|ter|ten|von|le|la) )*[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)"
)
# a place named after a person, its type last: "Johan Cruijff Boulevard", "Jan Pieterszoon
# Coenplein" is one word and a street already
_NAMED_PLACE_TYPES = frozenset(
    "Boulevard Avenue Plein Square Street Road Bridge Stadion Stadium Arena ArenA Airport"
    " Tunnel Huis Museum".split()
)
# a room or a hall named after a person: "in the Willem Barentsz room" (not a guest's room:
# "Jansen room 214", "the Pieter Bakker room (214)")
_ROOM_AFTER = re.compile(r" (?i:room|zaal|hall|lounge)\b(?! ?\(?(?:no\.? ?|nr\.? ?)?\d)")
_THE_BEFORE = re.compile(r"\b(?i:the|de|het) $")
_DAY_GREETING = re.compile(r"Good (?:morning|afternoon|evening|day|night)\b")
_VENUE_END = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
_DIGIT_BEFORE = re.compile(r"\d ?$")
_COUNT_BEFORE = re.compile(r"\d ?[x×] ?$")
_LABEL_ITSELF = re.compile(r"(?: [a-z]{2,12})?:[ \t]")
# a form's field named in two languages, the place's: "Plaats / Ville: Lyon", "City / Ort:"
_WELCOME_TO_BEFORE = re.compile(
    r"\b(?i:welcome to|welkom in|welkom op|willkommen in|bienvenue à|benvenuti a|bienvenido a)"
    r" $"
)
_LABEL_SLASH_BEFORE = re.compile(
    r"\b(?i:plaats|woonplaats|stad|city|town|ort|stadt|land|country|pays|gemeente|provincie"
    r"|region|regio) / $"
)
# a call's speaker, not a form's field: what follows is what they said ("Caller: Good morning")
_SPEAKING_LABEL = re.compile(r"(?i:caller|beller)[ \t]*:[ \t]*$")
_SURNAME_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?i:last ?name|surname|family name|achternaam|nachname|nom de famille"
    r"|apellidos?|nazwisko|cognome)[ \t]*:[ \t]*$"
)
_FILLERS = frozenset(("onbekend", "anoniem", "anonymous", "nvt", "unknown", "none", "geen"))
_LOWER_SURNAME = re.compile(r"([a-zà-ÿ'’-]{2,}(?: [a-zà-ÿ'’-]{2,}){0,3})[ \t]*(?=\n|$)")
_CODE_DASH = re.compile(r"\d-$")
_LETTER_LABEL = re.compile(
    r"(?:°|\b[A-Z] ?[–-] ?"  # "4 °C.", "bays A–F."
    r"|\b(?:ploeg|team|shift|vleugel|wing|gebouw|building|dock|deur) "  # "ploeg B."
    r"|\b(?:route|wijk|lijn|bus|blok|block|fase|phase|groep|group|klasse|class|optie|option|plan"
    r"|zone|sector|vak|rij|row|hal|hall|gate|terminal|section|niveau|level|stage|tier|pier"
    # an energy label, a size: "Energielabel B. Bezichtigingen", "tussen S en M. Schoenmaat"
    r"|\w*label|rating|maat|size|(?-i:XS|S|M|L|XL) (?:en|of|or|and|tot|to|-)) )$",
    re.IGNORECASE,
)
_BANG_WORD = re.compile(r"[!&]\w")  # a brand: "Fritz!Box", "Yahoo!Mail", "Luce&Gas"
_TIME_BEFORE = re.compile(r"\d[:.]\d\d ?$")  # "- 07:40 Wouter Kamp noticed": a time, no date
# a filler between a cue and the name in a transcript: "it's for my mom uh dolores santiago"
_FILLER_END = re.compile(
    r"(?<= )(?:(?:uh|uhm|um|umm|er|erm|eh|ehm|euh|ehh)[,.]? )+$", re.IGNORECASE
)
_BEST_OF = re.compile(r" (?:van|in|uit|ooit) ")  # "beste pizza van de stad", "beste ooit"
# given names that are verbs too, and what follows them as verbs
_VERB_NAMES = frozenset(("Will", "May", "Mark", "Bill", "Sue", "Rob", "Can"))
_VERB_NEXT = re.compile(
    r" (?:you|I|we|they|he|she|it|the|my|your|our|this|that|these|those|as|me|us|him|her"
    r"|them|a|an|all|both)\b"
)
# a signature's given name ending the text, maybe with an address in brackets after it
_SIGNED_ALONE = re.compile(r"[.!]? *(?:\([^()\n]{1,60}\))?[.!]? *$")


# a firm's desk after its name: "This is Brightwave support", "U spreekt met X klantenservice"
_DESK_AFTER = re.compile(
    r" (?i:support|customer (?:care|service|support)|klantenservice|klantendienst|helpdesk"
    r"|servicedesk|service ?desk|team|webcare|care)\b"
)
# a chat line's message starts after its time and a dash: "Roos (Ziggo) 10:04 - Dan zet ik ..."
_TIME_DASH = re.compile(r"\d[:.]\d\d\]? [-–—] $")


def _cued(before: str) -> bool:
    """A cue that only a person's name follows: "mijn naam is", a form's "Naam:"."""
    return bool(STRONG_CUE.search(before) or FORM_CUE.search(before))


# given names in ``name_lists``' strict list that are a person's more often than a word
_PERSON_FIRST = frozenset(("Frank", "Mark", "Bill", "Drew", "Guy", "Ray", "Lance", "Grant"))
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# a rate per hour, no title: after it only a listed name is one ("€45/hr. Bakker komt", not
# "/hr. Transaction ID")
_PER_HOUR_END = re.compile(r"\d/hr\. $", re.IGNORECASE)
# what only a person does, after such a name at a sentence's start: "Frank Hulsman belde",
# "Mark Hulsman called this morning", "Bill Okafor heeft me gemaild"
# (maybe who they are first: "Frank Hulsman from your billing team called", "(mijn zwager)")
_PERSON_DOES_AFTER = re.compile(
    r"(?: (?:from|of|van) [^,.\n()]{1,30}?| \([^()\n]{1,30}\)|,? [-–] )?"
    r" (?:(?:has|had|heeft|had) (?:\w+ ){0,3})?"
    r"(?:called|rang|phoned|emailed|e-mailed|mailed|wrote|said|asked|replied|answered|told"
    r"|texted|sent|wants|wanted|calls|emails|writes|asks|says"
    r"|confirmed|promised|belde|schreef|zei|vroeg|mailde|antwoordde|beloofde|bevestigde"
    r"|stuurde|appte|wil|wilde|belt|mailt|schrijft|vraagt|zegt"
    r"|gebeld|gemaild|geschreven|gezegd|gevraagd|geantwoord|beloofd|bevestigd|gestuurd|geappt)\b"
)


class _Finder(Signatures):
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
                    and len(word) > 2  # "Dank u", "thanks x"
                    and word not in self.lists.common
                    and CLOSING_SAME_LINE.search(self.text[max(0, tok.start - 60) : tok.start])
                ):
                    self.scan.take(tok.start, tok.end, "NAME")
                    continue
                whole = _LOWER_SURNAME.match(self.text, tok.start)
                if (
                    whole
                    and _SURNAME_LABEL.search(self.text, max(0, tok.start - 30), tok.start)
                    and any(  # not a filler: "Surname: unknown"
                        w not in PARTICLES and w not in self.lists.common and w not in _FILLERS
                        for w in whole.group(1).split()
                    )
                ):
                    # a form's surname in lower case: "Last name: delacroix-hale"
                    self.scan.take(tok.start, whole.end(1), "NAME")
                    continue
                if word in PARTICLES:
                    pass  # "Achternaam: van Dijk", "mevrouw van der Berg"
                elif not self.name_like(word, lower_ok=True) and not (
                    word in self.lists.first_lower
                    and self.extend_lower(i + 1) > i + 1
                    and FORM_CUE.search(self.text[max(0, tok.start - 60) : tok.start])
                ):
                    continue  # but "naam: jan tuinstra": a given name that is also a word
            elif not self.name_like(tok.base, lower_ok=False) and tok.text.lower() not in PARTICLES:
                # cheap test first: most capitalised words are common ones, but after a
                # title only a person carries, one is a surname ("dhr. Baas"); alone on a
                # greeting line a given name that is also a place is a name ("Beste Milan,")
                if len(word) == 1 and TITLE_CUE.search(
                    before_title := self.text[max(0, tok.start - 12) : tok.start]
                ):
                    self.take_after_person_title(i, before_title)  # "Mrs H Patel"
                elif self.after_person_title(i) or self.greeting_line_name(
                    tok, self.text[max(0, tok.start - 12) : tok.start]
                ):
                    self.scan.take(tok.start, tok.start + len(tok.base), "NAME")
                elif self.titled_word_name(i):
                    self.take(i, self.extend(i + 1))  # "mevr. Mei Ling Chan", "Mrs April Jones"
                elif self.is_first(tok.base) and (
                    CUSTOMER_LABEL.search(self.text[max(0, tok.start - 30) : tok.start])
                    or CLOSING_SAME_LINE.search(self.text[max(0, tok.start - 30) : tok.start])
                ):
                    if _SIGNED_ALONE.match(self.text, tok.end) and CLOSING_SAME_LINE.search(
                        self.text[max(0, tok.start - 30) : tok.start]
                    ):  # "Groetjes, Milan (Tollensstraat 20-2)": the name ends the text
                        self.scan.take(tok.start, tok.start + len(tok.base), "NAME")
                    else:
                        self.take_label_full_name(i)  # "Ouder: Milan Dekker", "Gr. Milan V."
                elif self.is_first(tok.base) and RELATION_CUE.search(
                    self.text[max(0, tok.start - 60) : tok.start]
                ):
                    self.take_label_full_name(i)  # "mijn zoon Milan Ahmadi"
                    self.scan.take(tok.start, tok.start + len(tok.base), "NAME")  # "zoon Milan"
                elif self.after_closing_line(tok):
                    self.take_signature_line(i)  # "Met vriendelijke groet,\nTon van Wijk"
                elif (
                    i + 1 < len(self.tokens)
                    and self.tokens[i + 1].text.lower() in PARTICLES  # cheap test first
                    and _cued(self.text[max(0, tok.start - 60) : tok.start])
                ):
                    self.word_before_particles(i, known_only=False)  # "Naam: Ton van der Linden"
                continue
            if MASK in self.scan.masked[tok.start : tok.end] or _DAY_GREETING.match(
                self.text, tok.start
            ):  # "Employee: Good afternoon, ..." (Good is a surname too: "Mrs Good")
                continue
            before = self.text[max(0, tok.start - 60) : tok.start]
            if before.endswith(" ") and _FILLER_END.search(before):
                before = _FILLER_END.sub("", before)  # "my mom uh dolores santiago"
            if _PER_HOUR_END.search(before):
                if self.is_surname(tok.base) or self.is_first(tok.base):
                    self.take_from(i, lower_ok=False, particles=True)  # "€45/hr. Bakker komt"
            elif TITLE_CUE.search(before):
                if not self.take_from(i, lower_ok=False, particles=True):
                    self.take_after_person_title(i, before)
            elif _cued(before):
                if (
                    not _LABEL_ITSELF.match(self.text, tok.end)
                    and not (_SPEAKING_LABEL.search(before) and not self.said_name(i))
                    and not (_DESK_AFTER.match(self.text, tok.end) and not self.is_first(tok.base))
                ):
                    # not the next label of an empty field ("Tussenvoegsel:\nAchternaam: Pinas"),
                    # nor a firm before its desk ("You're chatting with Brightwave support")
                    self.take_from(i, lower_ok=True, particles=True)
            elif (
                RELATION_CUE.search(before)
                or (before.endswith("met ") and PHONE_INTRO.search(before))
                or (before.endswith(DOC_SAYS_END) and DOC_SAYS.search(before))
                or role_noun_before(before)
            ):
                self.take_from(i, lower_ok=False, particles=True)
            elif CUSTOMER_LABEL.search(before):
                self.take_known(i)
            elif (
                role_noun_at_line_start(before)
                and self.is_first(tok.base)
                and word.lower() not in self.lists.common
            ):
                self.take_from(i, lower_ok=False, particles=True)  # "Klant Roxanne Tjon-A-Fong"
            elif THANKS_CUE.search(before) and self.alone(i):
                self.take_from(i, lower_ok=True)
            elif (
                word.islower()
                and _BEST_OF.match(self.text, tok.end)
                and before.lower().endswith("beste ")
            ):
                continue  # "Beste margherita van de stad": the best one, no greeting
            elif GREETING_CUE.search(before) or ROLE_CUE.search(before):
                if word in MONTH_NAMED and not GREETING_CUE.search(before):
                    continue  # a month after a role: "paid the landlord June rent"
                if (
                    word in _VERB_NAMES
                    and before.endswith(", ")
                    and _VERB_NEXT.match(self.text, tok.end)
                ):
                    continue  # a verb opening the sentence: "Hi, May I ask", "Hej, Mark the"
                    # (but "Hi Mark this is Jenny": a name)
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
                if not self.desk_signs(tok):
                    self.take_from(i, lower_ok=True)
            elif (
                AFTER_CUE.match(self.text[tok.end : tok.end + 40])
                and self.is_first(word)
                and not _DIGIT_BEFORE.search(self.text, max(0, tok.start - 2), tok.start)
                and not month_after_time_word(self.text, tok.start, word)  # "in June and I"
            ):
                # not "on 2 April at the desk"; a given name may stand before the word
                # "here" points at: "Günther Albrecht here"
                self.take_from(self.unlisted_before(i), lower_ok=False)

    def dictionary(self) -> None:
        """Given names without a cue; words-like names need a surname or a mid-sentence place."""
        lists = self.lists
        place_end = 0  # the end of a place named after a person: no name inside it either
        for i in self.candidates:
            if i < place_end:
                continue
            tok = self.tokens[i]
            word = tok.base
            if self.place_before_surname(i):
                end = self.start_with_particles(i + 1)  # "Milan de Graaf"
                self.take(i, end if end > i + 1 else i + 2)  # or "Milan Veenstra"
                continue
            if not capitalised(word) or not self.is_first(word) or self.is_blocked(word):
                continue
            if MASK in self.scan.masked[tok.start : tok.end] or self.glued(i):
                continue
            if (
                (
                    _DIGIT_NEXT.match(self.text, tok.end)
                    and not _FULL_DATE_NEXT.match(self.text, tok.end)
                )
                or (
                    _DIGIT_BEFORE.search(self.text, max(0, tok.start - 2), tok.start)
                    and not _TIME_BEFORE.search(self.text, max(0, tok.start - 6), tok.start)
                )
                or _COUNT_BEFORE.search(self.text, max(0, tok.start - 4), tok.start)
                or (
                    self.text.startswith(":", tok.end)
                    and _LABEL_SLASH_BEFORE.search(self.text, max(0, tok.start - 14), tok.start)
                )
                or _WELCOME_TO_BEFORE.search(self.text, max(0, tok.start - 12), tok.start)
                or _NUMBERED_JOB.match(self.text, tok.start)
            ):
                continue  # "Jan 2026", "3 Jan", "May 3", "Max 3 stuks", "2× Margherita", a
                # form's label in a second language ("Plaats / Ville: Lyon"), where one is
                # welcomed ("Welcome to Florence")
            if (
                place_or_brand(self.text, tok.start, tok.end)
                or _BANG_WORD.match(self.text, tok.end)
                or self.town_after_address(tok)
            ):
                continue  # "I live in Jackson", "Madison WI", "the Stripe dashboard", "Fritz!Box",
                # "[ADDRESS], Douglas, Cork"
            j = self.extend(i)
            if (
                self.street_after(j)
                or self.street_right_after(j)
                or (
                    j > i + 1
                    and self.tokens[j - 1].base in _NAMED_PLACE_TYPES
                    and self.tokens[j - 1].base not in lists.surnames
                    and self.tokens[j - 2].text.lower() not in PARTICLES
                )
                or (
                    _ROOM_AFTER.match(self.text, self.tokens[j - 1].end)
                    and _THE_BEFORE.search(self.text, max(0, tok.start - 5), tok.start)
                )
            ):
                place_end = j
                continue  # "metro station Jan van Galenstraat", "exit Johan Cruijff Boulevard",
                # "the Willem Barentsz room"
            venue = (
                VENUE_THEN_WORD.search(self.text, max(0, tok.start - 40), tok.start)
                if j == i + 1
                else None
            )
            if (
                venue
                and venue.group(1).lower() not in lists.common
                and venue.group(1).lower() not in ROLES
                and _VENUE_END.match(self.text, tok.end)
            ):
                continue  # a given name alone ending a venue's name: "Dear Hotel Lungarno Verde,"
            if j == i + 1 and place_field(self.text, tok.start):
                continue  # a form's field for a town, no one's name: "Ville: Paris"
            has_surname = j > i + 1 and any(
                self.tokens[k].base in lists.surnames or self.is_first(self.tokens[k].base)
                for k in range(i + 1, j)
            )
            if not has_surname and month_after_time_word(self.text, tok.start, word):
                continue  # "paying since Jan but"
            if word in lists.strict:
                staff_named = (j == i + 2 or self.alone(i, line_end=True)) and bool(
                    _STAFF_LABEL_BEFORE.search(self.text, max(0, tok.start - 30), tok.start)
                )  # "Medewerker: Frank Geurts", "Medewerker: Mark"
                if (
                    has_surname
                    or staff_named
                    or (
                        # a given name that is more often a person's than a word, with a surname
                        # no list knows, inside a sentence: "gehuurd van Frank Hulsman"
                        word in _PERSON_FIRST
                        and j == i + 2
                        and (
                            self.mid_sentence(i)
                            or _PERSON_DOES_AFTER.match(self.text, self.tokens[j - 1].end)
                        )
                        # not a phrase of three ("Mark Twain Museum") nor a doing ("Bill Printing")
                        and not _CAPITAL_AFTER.match(self.text, self.tokens[j - 1].end)
                        and not self.tokens[j - 1].base.endswith("ing")
                    )
                ):
                    self.take(i, j)
                continue
            if word in lists.ambiguous or word.lower() in lists.common:
                mid_sentence = self.mid_sentence(i)
                staff = _STAFF_LABEL_BEFORE.search(
                    self.text, max(0, tok.start - 30), tok.start
                ) and (j > i + 1 or self.alone(i, line_end=True))  # "Medewerker: Bas", "Monteur:
                # Ferry Wubs, eerste bezoek ..."
                if not (has_surname or mid_sentence or staff):
                    continue
            self.take(i, j)

    def mid_sentence(self, i: int) -> bool:
        """Token i stands inside a sentence, not first in it, on a line or after a time."""
        start = self.tokens[i].start
        before = self.text[max(0, start - 3) : start].rstrip(" ")
        return (
            bool(before)
            and before[-1] not in '.!?:\n"“('
            and unicodedata.category(before[-1]) != "So"  # "?? 😭 Elke keer"
            and i > 0
            and not _TIME_DASH.search(self.text, max(0, start - 10), start)
        )

    def initials(self) -> None:
        """Initials with a surname: "J.P. Maas", "K. van der Meer", "A. Robinson"."""
        for i in self.candidates:
            tok = self.tokens[i]
            if tok.text[-1] != "." or MASK in self.scan.masked[tok.start : tok.end]:
                continue
            nickname = _NICKNAME_AFTER.match(self.text, tok.end)
            if nickname and INITIALS.fullmatch(tok.text) and self.is_first(nickname.group(1)):
                if MASK in self.scan.masked[tok.start : nickname.end()]:  # the given name went
                    self.scan.take(tok.start, tok.end, "NAME")  # first: each part on its own
                    self.scan.take(nickname.start(2), nickname.end(2), "NAME")
                else:
                    self.scan.take(tok.start, nickname.end(), "NAME")  # "F.J.M. (Frank) Verbruggen"
                continue
            if tok.start > 0 and (
                self.text[tok.start - 1].isalnum()
                or self.text[tok.start - 1] == "&"  # "Casa Lucia B&B. Check-in from 15:00"
                or _CODE_DASH.match(self.text, max(0, tok.start - 2), tok.start)
            ):
                continue  # glued to a code: "205/55 R16 91V. Kosten", "ID 0047-22918-A. Nr"
            if len(tok.text) == 2 and _LETTER_LABEL.search(
                self.text, max(0, tok.start - 24), tok.start
            ):
                continue  # a letter naming a route, a block or a row: "Wijk 4, route C. Ophaal"
            j = self.extend(i)
            # the value of a staff label, alone on its line: "Engineer: D. Price"
            staff = (
                i + 1 < len(self.tokens)
                and capitalised(self.tokens[i + 1].base)
                and (
                    self.tokens[i + 1].base in self.lists.surnames  # "Agent: J. Holland"
                    or (
                        self.tokens[i + 1].base not in self.lists.not_words
                        and self.tokens[i + 1].base.lower() not in self.lists.common
                    )
                )  # not "Engineer: N. Ireland", "Advisor: N. Available"
                and _STAFF_LABEL_BEFORE.search(self.text, max(0, tok.start - 30), tok.start)
                and self.alone(i + 1, line_end=True)
            )
            if j == i + 1 and (staff or self.street_surname(i + 1)):
                j = i + 2  # "M. Nijhof"
            last = self.tokens[j - 1].text
            word = last.lower().removesuffix("s")  # "Screenshots" as "screenshot"
            common = last.lower() in self.lists.common or word in self.lists.common
            if j == i + 2 and common and last not in self.lists.surnames and not staff:
                continue  # "an I instead of a T. Screenshots attached": a sentence's end
            if j > i + 1 and not INITIALS.fullmatch(last):
                self.take(i, j)


def take_names(scan: Scan) -> None:
    lists = name_lists()
    if lists.not_phrases is not None:
        for match in list(lists.not_phrases.finditer(scan.masked)):
            scan.take(match.start(), match.end(), None)
    if ":" in scan.masked and PLACE_FIELD_HINT.search(scan.masked):
        for match in list(PLACE_FIELD.finditer(scan.masked)):
            scan.take(match.start(1), match.end(1), None)
    take_label_names(scan, lists)
    if scan.mentions("bel", "buzzer", "intercom", "box", "naambordje", "plate"):
        take_sign_names(scan, lists)
    if scan.mentions("kinderen", "children", "kids", "dependants", "dependents", "sons", "zonen",
                     "daughters", "dochters"):  # fmt: skip
        take_child_lists(scan, lists)
    finder = _Finder(scan, lists)
    finder.labels_and_headers()
    finder.cues()
    take_lower_intros(scan, lists, finder.text)
    finder.named_before()
    finder.written_and_listed()
    finder.standalone_lines()
    finder.last_line_signature()
    finder.same_line_signature()
    if (
        "(" in scan.masked
        or "[" in scan.masked
        or scan.mentions("team", "shift", "ploeg", "dienst")
    ):
        finder.team_signatures()
    finder.name_before_firm()
    finder.initials_signature()
    if "^" in scan.masked:
        finder.caret_signatures()
    finder.role_signature()
    finder.kin_of()
    if scan.mentions("family", "familie", "household", "gezin"):
        finder.family_named()
    if "?" in scan.masked or scan.mentions("call", "ring", "text", "whatsapp", "bel", "app", "sms"):
        finder.answers_and_contacts()
    finder.dictionary()
    finder.initials()
    finder.coordinated()
    finder.corrected_names()
    finder.nicknames()
    finder.agent_initials()
    finder.propagate()
    take_spelled_names(scan)
    take_maiden_names(scan)
    take_capital_greetings(scan)
    take_surname_initials(scan)
    take_quoted_names(scan, lists)
    if any(separator in scan.masked for separator in (" – ", " - ", " | ", " — ")):
        take_column_names(scan, lists)
