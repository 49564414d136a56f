"""Names in a message's frame: e-mail headers, chat speaker labels, review authors and
social-media handles, and the staff named in brackets beside a role or a firm."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from assistant.ingest.redact.name_context import place_field
from assistant.ingest.redact.name_cues import (
    BY_AUTHOR,
    CUSTOMER_ROLE,
    DONE_BY_INITIALS,
    HANDLE_LABEL,
    HEADER,
    LABEL,
    STAFF_LABEL,
    STAFF_ON_TITLE,
)
from assistant.ingest.redact.name_firms import FIRM_FIRST, FIRM_WORD
from assistant.ingest.redact.name_lists import (
    FUNCTION_WORD_NAMES,
    INITIALS,
    MAIL_LABELS,
    PARTICLES,
    ROLES,
    capitalised,
)
from assistant.ingest.redact.name_mentions import ROLE_ADDRESS, Mentions

# a field, not a speaker: "Job number: JB-7720931"
_NUMBER_WORDS = frozenset(
    "number nummer nr no ref reference referentie id code key token secret".split()
)  # and a secret's field: "Mollie API key (live): live_..."
# a surname after a given name: " Smit", " de Boer", " van der Meer"
_SURNAME_AFTER = r" (?:(?:van|de|der|den|ter|ten|van der|van den|van de|el|al) )?[A-Z][a-zà-ÿ]{2,}"
# a mention in lower case, one word: "@joost haal dat weg"
_LOWER_MENTION = re.compile(r"(?<![\w@.])@([a-z]{2,20})(?![\w@-]|\.\w)")
# a firm's account answering: "@AeroLynk_Help", "@BolCares", "@KPN_webcare"
_BRAND_HANDLE = re.compile(
    r"(?:help|support|care|cares|webcare|service|team|official|klantenservice)$", re.IGNORECASE
)
# a firm's last word after its name: "@SkyBridgeAir", "@NoordBank" (not "@Blair", nor a person
# with a country or a trade: "@DaveUK", "@PietBank", judged by the given name before)
_TRADE_HANDLE = re.compile(
    r"(?<=[a-z])(?:Air|Airlines?|Airways|Bank|Rail|Telecom|Energy|Energie|Mobile|Shop|Store"
    r"|Hotels?|Express|Insurance|Verzekeringen|NL|UK)$"
)


# a chat handle made of a given name and an initial, speaking: "ruben.k 09:12: ...",
# "[08:51] lena.j: ...", "CRM NOTE | 2024-02-07 16:20 | anna.k"
_HANDLE_SPEAKER = re.compile(
    r"(?:^|\] |\| |\b(?:posted|written|submitted|reported|asked|geplaatst|gepost) (?:by|door) )"
    r"([a-z]{2,12})[._](?:[a-z]{1,3}(?=(?: \d{1,2}:\d{2})?:| *$|[ ,.;)])"  # "— posted by jonas_h"
    # or with the whole surname when it speaks or posts: "[09:12] tom.vandenbroeck: npm
    # publish fails", "Tom.Vandenbroeck:", "posted by tom.vandenbroeck"
    r"|[a-z]{4,20}(?=(?: \d{1,2}:\d{2})?:| *$|[ ,.;)]))"
    r"|([A-Z][a-z]{1,11})\.[A-Z][a-z]{3,19}(?=(?: \d{1,2}:\d{2})?:)",
    re.MULTILINE,
)


# a forum poster's handle of an initial and a surname, alone on the line that opens a post:
# "mfeldmann wrote:", "jkowalski_dev replied:" (taken again where it opens a post or is
# mentioned, "@mfeldmann", not as a word in a sentence: "chill wrote:" / "Just chill")
_POSTER_HANDLE = re.compile(
    r"^[ \t]*([a-z])([a-z]{5,20})(?:[_.-]?[a-z0-9]{1,6})?(?=[ \t]+(?:wrote|replied|said|posted"
    r"|schreef|antwoordde|reageerde|schrieb|antwortete)\b[^\n:]{0,30}:[ \t]*$)",
    re.MULTILINE,
)


# a log's user of an initial and a listed surname: "ocserv[2281]: user 'm.jacobs' authenticated"
_LOG_USER = re.compile(
    r"\b(?:user|username|login|gebruiker)(?:=['\"]?|: ?['\"]?| ['\"]| (?=[a-z]\.[a-z]{3,20} ))"
    r"([a-z])\.([a-z]{3,20})"
    r"(?=['\"]|[ \t,;)]|$)",
    re.MULTILINE,
)

# or a login of a given name, particles and a surname joined by dots or underscores: "Klant:
# sven.de.graaf (login)", "Login: Anna_Jansen" (not a host or a file: "mail.de.graaf.nl",
# "sven.graaf@...")
_DOTTED_LOGIN = re.compile(
    r"(?<![\w.@/:-])([A-Za-z][a-z]{1,19})((?:[._](?:van|de|der|den|het|ten|ter|te|la|le|du|da"
    r"|von|vd))*)[._]([A-Za-z][a-z]{2,19})(?![\w@-]|\.\w)"
)
# or written out, two words no list knows as common ones: "session=... user=Aleksi Mäkinen"
_LOG_USER_FULL = re.compile(
    r"\b(?:user|username|user_name|login|gebruiker|customer|klant|name|naam)=['\"]?"
    r"([A-ZÀ-Þ][a-zß-ÿ]+) [A-ZÀ-Þ][a-zß-ÿ']+(?:-[A-ZÀ-Þ][a-zß-ÿ']+)?"
    r"(?=['\"]|[ \t,;)]|$)",
    re.MULTILINE,
)

# what else a log names as its user: a machine, a job, a place ("user=Kiosk Terminal")
_LOG_THINGS = frozenset(
    "terminal runner kiosk bot webhook service system daemon worker agent server client app api"
    " job cron test demo guest visitor admin root sint saint st station store shop filiaal winkel"
    " team desk support sales sale pos kassa device scanner printer".split()
)


def _handle_ok(match: re.Match[str]) -> bool:
    """A handle with a whole surname only as a speaker or after "posted by": not a log's or a
    stock list's words ("[10:02] anna.config loaded", "rose.gold (colour)")."""
    tail = match.group().rsplit(".", 1)[-1].rsplit("_", 1)[-1]
    if match.group(2) or len(tail) < 4:
        return True
    after = match.string[match.end() : match.end() + 7]
    return _SPEAKS_AFTER.match(after) is not None or _POSTED_BY.match(match.group()) is not None


_SPEAKS_AFTER = re.compile(r"(?: \d{1,2}:\d{2})?:")
_POSTED_BY = re.compile(r"\b(?:posted|written|submitted|reported|asked|geplaatst|gepost) ")
# a chat's time before a speaker on its line: "[21:30] Milan:"
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\]?[ \t-]*$")
# a desk's region in brackets, no person: "Servicedesk (Noord):", "Support (North West):",
# "Helpdesk (Zuid-Limburg):", "Support (North America):" (not "Agent (Oosterhuis):")
_REGION = re.compile(
    r"(?:(?:noord|zuid|oost|west|midden|north|south|east|central|nord|süd|ost|sud|est)"
    r"(?:-?(?:oost|west|east))?"  # "Noordwest", "Northeast", "Zuid-Oost"
    r"(?:[- ](?:oost|west|noord|zuid|east|holland|brabant|limburg|nederland|vlaanderen"
    r"|gelderland|friesland|groningen|drenthe|overijssel|utrecht|zeeland|midlands|yorkshire"
    r"|america|amerika|europe|europa|england|ireland|ierland|wales|scotland|africa|afrika"
    r"|asia|azië|duitsland|germany|frankrijk|france))?"
    r"|centrum|randstad|benelux|vlaanderen|wallonië|wallonie|europe|europa|emea|apac)",
    re.IGNORECASE,
)
_NOTE_BY = re.compile(
    r"(?:(?:call|gespreks|klant)?notitie|note|notiz|memo|aantekening|opmerking|comment)\b",
    re.IGNORECASE,
)
# a chat export's speaker line, the name and the time: "Xiao Wen Chen 14:20"
_TIMED_LINE = re.compile(
    r"^([^\W\d_][^\n:()\d\[]{0,40}?)(?: \([^)\n]{1,30}\))? \d{1,2}:\d{2}$", re.M
)

# a month and a day before a log line's hour: "May 14 03", "Jun  2 11"
_LOG_DATE = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? +\d{1,2}(?: +\d{1,2})?$"
)

# initials and a surname in lower case, maybe quoted: '"j.k. bakker"'
# a job's or a case's code after a one-word field, alone or before a comma: "Job: JB-2024-05512,
# 21/05/2024" (not a speaker saying more: "Mark: 55123 is mijn klantnummer")
_FIELD_CODE = re.compile(r"[ \t]*(?:[A-Z]{1,4}-\d{2,}[\w-]*|\d{5,})(?=[ \t]*(?:[,;|(]|\n|$))")
# a question on the line before: the next line's label is a speaker answering ("Order number
# please?\nBill: AB-55120"; any question, as a name leaked is worse than a field taken; blank
# lines may stand between)
_QUESTION_LINE_BEFORE = re.compile(r"\?[ \t]*\n(?:[ \t]*\n)*[ \t]*$")
# a desk's compound word: "Retourafdeling", "Fraudemeldpunt", "Klantenservice"
_DESK_COMPOUND = re.compile(
    r"..(?:afdeling|meldpunt|loket|klantenservice|servicedesk|helpdesk|klantendienst)$",
    re.IGNORECASE,
)
_LOWER_DISPLAY = re.compile(r"([\"']?)(?:[a-z]\.){1,3} ?(?:(?:van|de|der|den) )*[a-z]{2,}\1")

# a desk, not a person, sends: "Financiële administratie", "Klantenservice Team"
_DESK_WORDS = frozenset(
    "administratie afdeling team support service helpdesk servicedesk klantenservice"
    " administration department desk office kantoor receptie reception personeelszaken hr"
    " finance financiën boekhouding crediteuren debiteuren inkoop".split()
)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# a name before an e-mail address in angle brackets: "Grace Achterberg <grace@...>"
_NAMED_ADDRESS = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) <([^<>\s@]+@[^<>\s]+)>")

# a channel in brackets, not a person: "Agent (DM):", "Klant (PM):"
_CHANNELS = frozenset(("DM", "PM", "PB", "IM", "SMS", "WA"))


# hearts and other signs a contact's saved name ends with, before the colon: "Nonna Pina 💕:"
_TRAILING_SIGNS = re.compile(r"[\s\u2600-\u27bf\ufe0f\u200d\U0001F000-\U0001FAFF]+$")


# the speaker says who they are: "U spreekt met Fatima", "this is Tom", "mijn naam is Eva"
_INTRO = (
    r"\b(?i:u spreekt met|je spreekt met|spreekt u met|you(?:'re| are) speaking (?:to|with)"
    r"|mijn naam is|my name is|this is|ik ben|i'm|ich bin)\s+"
)


@functools.lru_cache(maxsize=256)
def _intro_pattern(who: str) -> re.Pattern[str]:
    return re.compile(
        r"^[^\n]*\b" + re.escape(who) + r"\s*:[^\n]*" + _INTRO + r"([A-Z][\w-]+|\ue000+|\[NAME\])",
        re.MULTILINE,
    )


def _introduced(text: str, who: str) -> list[str]:
    """The names a line of the speaker ``who`` introduces itself by (a name taken already
    shows as its mask or placeholder)."""
    return [match.group(1) for match in _intro_pattern(who).finditer(text)]


def _text_line_before(text: str, pos: int) -> int:
    """The start of the last line before ``pos`` (a line's start) that holds text."""
    start = pos
    for _ in range(4):  # past a few blank lines
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0 or text[start:pos].strip():
            break
    return start


# a chat's title that names its firm first: "chase – chat with us", "bol | klantenservice"
_TITLE_FIRM = re.compile(r"[^\n–—|:-]{2,40} [–—|:-] ")
# a word that greets or thanks who is named right after it
_GREETING_WORD = (
    r"(?i:hoi|hi|hey|hallo|hello|dag|beste|dear|prima|top|oké|oke|ok|okay|thanks|thank you"
    r"|bedankt|dank je wel|dank u wel|dank je|dank u|goedemorgen|goedemiddag|goedenavond|morning"
    r"|good morning|sorry|helder|thanks a lot)"
)


def _greeted(text: str, given: str, speaker: str) -> bool:
    """Whether a line greets ``given`` alone, not as the start of ``speaker``'s label."""
    pattern = re.compile(_GREETING_WORD + r"[,!]? " + re.escape(given) + r"(?![\w-]| [A-Z])")
    return any(speaker not in m.group() for m in pattern.finditer(text))


class Headers(Mentions):
    """The passes over headers and labels, and the spans they hand on."""

    def _firm_of_title(self, who: str, inner: str, title: str) -> bool:
        """The speaker shares a word with the title's firm and is no person, and a listed
        given name is in brackets: "Hendriks Auto (Rob):" under "... Autobedrijf Hendriks"."""
        words = who.split()
        if not words or self.is_first(words[0]) or not self.is_first(inner.strip()):
            return False
        title_words = set(re.findall(r"[^\W\d_]{4,}", title))
        return any(len(w) >= 4 and w.lower() in title_words for w in words)

    def labels_and_headers(self) -> None:
        for match in BY_AUTHOR.finditer(self.text):
            self.scan.take(match.start(1), match.end(1), "NAME")
        for match in DONE_BY_INITIALS.finditer(self.text):
            last = match.group(1).rsplit(".", 1)[-1].split()[-1]
            if last.lower() not in self.lists.common or self.is_surname(last):  # not "Q.A. Team"
                self.scan.take(match.start(1), match.end(1), "NAME")
        for match in STAFF_ON_TITLE.finditer(self.text):
            words = match.group(1).split()  # maybe a surname too: "behandelaar: Sietske Hofman"
            # not "medewerker: Onbekend"
            if any(self.is_first(word) or self.is_surname(word) for word in words):
                self.scan.take(match.start(1), match.end(1), "NAME")
        self._handle_speakers()  # also after "posted by", without a colon
        if "@" in self.text:
            self._lower_mentions()
        if ":" not in self.text:
            if "@" in self.scan.text:
                self._named_addresses()  # also without a label
            return  # labels and headers all end in a colon
        for match in HANDLE_LABEL.finditer(self.text):
            handle = match.group(1)[1:]
            if not (
                self.is_blocked(handle)
                or _BRAND_HANDLE.search(handle)
                or self.brand_word(handle)
                or self._trade_handle(handle)
            ):  # not a firm's handle: "@KLM_Care", "@FlyNoord", "@SkyLineAir"
                self.scan.take(match.start(1), match.end(1), "NAME")
        for match in HEADER.finditer(self.text):
            if not self._company_sender(
                match.group(1), self.scan.text[match.end() : match.end() + 80]
            ):
                self.take_display_name(match.start(1), match.end(1))
        if "@" in self.scan.text:
            self._named_addresses()  # after the headers, which take a title with the name
        if len(_TIMED_LINE.findall(self.text)) >= 2:  # a chat export: "Xiao Wen Chen 14:20"
            for match in _TIMED_LINE.finditer(self.text):
                if not STAFF_LABEL.search(match.group(1)) and self.is_first(
                    match.group(1).split()[0]
                ):
                    self.take_span_words(match.start(1), match.end(1), lower_ok=False)
        # the title line, when it is no label itself: "[Live chat – VeloVrij fietsen]"
        first = self.text.split("\n", 1)[0]
        title = "" if LABEL.match(first) else first.lower()
        labels = list(LABEL.finditer(self.text))  # read once: counted, then judged
        speakers = Counter(m.group("who").strip() for m in labels)
        with_role = any(m.group("role") for m in labels)  # "Agent Jade:"
        for match in labels:
            who = _TRAILING_SIGNS.sub("", match.group("who"))  # "Nonna Pina 💕:"
            inner = match.group("inner")
            if inner and _REGION.fullmatch(inner.strip()):
                inner = None  # a desk's region, no one's name: "Servicedesk (Noord):"
            placeholder = "[" in who or (inner and "[" in inner)  # judged on the first pass
            if (
                inner
                and title
                and "[" not in who
                and (who.lower() in title or self._firm_of_title(who, inner, title))
            ):
                # the firm speaking, the person in brackets: "Larkfield (Tobi):", "Hendriks
                # Auto (Rob):" under "WhatsApp – Autobedrijf Hendriks" (and the firm kept on a
                # second pass too, its person taken: "Mollie ([NAME]):" under "[Chat - Mollie
                # merchant support]")
                if "[" not in inner:
                    self.take_staff_name(match.start("inner"), match.end("inner"))
                continue
            if (
                not inner
                and not placeholder
                and _TITLE_FIRM.match(title, 0)
                and (title.startswith(who.lower() + " "))
            ):
                continue  # the firm the title names first, speaking: "Chase:" under "Chase –
                # Chat with us"
            if inner and title and not placeholder and inner.strip().lower() in title:
                # the person speaking for the firm: "Milan (VeloVrij):"
                self.take_staff_name(match.start("who"), match.start("who") + len(who))
                continue
            if inner and not placeholder and CUSTOMER_ROLE.fullmatch(inner.strip()):
                # the customer with the role in brackets: "Roshni (klant):"
                if not any(c.isdigit() for c in who):
                    self.take_staff_name(match.start("who"), match.start("who") + len(who))
                continue
            if inner and not placeholder and STAFF_LABEL.fullmatch(inner.strip()):
                # the person with their role in brackets: "[09:03] Mihai Popescu (Agent):"
                if not any(c.isdigit() for c in who):
                    self.take_staff_name(match.start("who"), match.start("who") + len(who))
                continue
            if " | " in who and not placeholder:
                # the person and the firm: "14:03 Sophie | Zuiderzee Verzekeringen:" (not a
                # note's title and date: "CRM-notitie 12-02 | agent:")
                person, firm = who.split(" | ", 1)
                start = match.start("who")
                if self.is_first(firm.split()[0]) and not self.is_first(person.split()[0]):
                    # the firm first: "10:03 Ayvens | Mireille:"
                    start, person = start + len(person) + 3, firm
                if not any(c.isdigit() for c in person):
                    self.take_staff_name(start, start + len(person))
                continue
            words = who.split()
            if _LOG_DATE.match(who):
                continue  # a log line's date and hour: "May 14 03:12:44 mx2 postfix/smtp[20144]:"
            if (
                len(words) == 1
                and not inner
                and (who.lower() in MAIL_LABELS or who in FUNCTION_WORD_NAMES)
            ):
                continue  # a mail header's label in another language: German "An:" (To)
            if words and (
                words[-1].lower().rstrip(".") in _NUMBER_WORDS
                or (len(words) > 1 and words[-1].lower() in ("to", "aan"))
                # a field and its value before the next field: "Job no. JC-22817   Date in:"
                or (len(words) > 2 and words[1].lower().rstrip(".") in _NUMBER_WORDS)
            ):
                continue  # a field, not a speaker: "Job number: JB-7720931", "Bill to:"
            if (
                len(words) == 1
                and not inner
                and words[0].lower() in self.lists.common
                and _FIELD_CODE.match(self.text, match.end())
                and not _QUESTION_LINE_BEFORE.search(  # the line before, whatever its length
                    self.text, _text_line_before(self.text, match.start()), match.start()
                )
            ):
                continue  # a word's field and its code: "Job: JB-2024-05512"
            if (
                match.group("role")
                and inner
                and "[" not in who
                and len(words) == 1
                and not self.is_first(words[0])
                and not self.is_surname(words[0])
                and (inner.strip() == "[NAME]" or self.is_first(inner.strip()))
            ):
                # the desk after the role, the person in brackets: "Medewerker Toeslagen (Ilse):"
                if inner.strip() != "[NAME]":
                    self.take_staff_name(match.start("inner"), match.end("inner"))
                continue
            if len(words) == 1 and not inner and place_field(self.text, match.start("who")):
                continue  # a form's field for a place, no speaker: "Ville: Paris"
            if (
                (match.group("role") or match.group("firm"))
                and len(words) == 1
                and self.is_first(words[0])
            ):
                # "Agent Milan:", "UWV – Mark:": after a role or a firm's letters a given name
                # that is also a place or a word
                self.scan.take(match.start("who"), match.start("who") + len(who), "NAME")
            elif self._place_speaking(who, speakers, with_role) and _CLOCK_BEFORE.search(
                self.text, self.text.rfind("\n", 0, match.start("who")) + 1, match.start("who")
            ):
                # a given name kept as a place, speaking twice beside another speaker after a
                # chat's time: "[21:30] Milan: mijn account is overgenomen"
                self.scan.take(match.start("who"), match.start("who") + len(who), "NAME")
            elif match.group("role") or (words and self.is_first(words[0].strip("'"))):
                if (
                    match.group("role")
                    and len(words) == 1
                    and not self.is_surname(words[0])
                    and not self.is_first(words[0])
                    and any(
                        name != who and (name[0] in "\ue000[" or self.is_first(name))
                        for name in _introduced(self.text, who)
                    )
                ):
                    continue  # the firm after the role: "Medewerker Stroomwijs: U spreekt met
                    # Fatima."
                self.take_span_words(match.start("who"), match.start("who") + len(who), False)
            elif not placeholder and self._speaker_name(who, speakers):
                self.scan.take(match.start("who"), match.start("who") + len(who), "NAME")
            if inner and (
                match.group("who").strip().lower() in ("keukenkompas", "support")
                # a listed given name in lower case after a role: "agent (bex):"
                or (
                    inner.islower()
                    and STAFF_LABEL.fullmatch(who)
                    and inner.strip() in self.lists.first_lower
                    and inner.strip() not in self.lists.common
                )
            ):
                # also in lower case: "support (kim):"
                self.take_span_words(match.start("inner"), match.end("inner"), inner.islower())
            elif inner and (
                STAFF_LABEL.fullmatch(who)
                # "Helpdesk Storingen (Bas):" (not a region: "Tech support (EU):")
                or (
                    self._desk_then_person(who, bool(placeholder))
                    and not inner.isupper()
                    and self.is_first(inner.split()[0])
                )
                or CUSTOMER_ROLE.fullmatch(who)
                or _NOTE_BY.match(who)
            ):
                # "Medewerker (Iris):", "Klant (An Peeters):", a note and who wrote it:
                # "Notitie 03/05 (TvdL):", the person before the firm: "Agent (Fleur, Zilveren
                # Kruis):"
                end = match.end("inner")
                if ", " in inner:
                    end = match.start("inner") + inner.index(", ")
                self.take_staff_name(match.start("inner"), end)

    def _desk_then_person(self, who: str, placeholder: bool) -> bool:
        """A desk's word and its name speaking, the person in brackets: "Helpdesk Storingen
        (Bas):", "Fraude team (Mark):"; not an agent and their name ("Agent Sanne
        (DigiZorg):")."""
        words = who.split()
        return (
            not placeholder
            and len(words) == 2
            and any(
                STAFF_LABEL.fullmatch(desk) is not None and not self.is_first(other)
                for desk, other in (words, words[::-1])
            )
        )

    def _handle_speakers(self) -> None:
        """Chat handles of a given name and an initial or a surname ("lena.j",
        "tom.vandenbroeck", "Tom.Vandenbroeck"), wherever the text has them once one speaks."""
        handles = {
            self.text[m.start(1) if m.group(1) else m.start(2) : m.end()]
            for m in _HANDLE_SPEAKER.finditer(self.text)
            if _handle_ok(m)
            and (m.group(1) or m.group(2)).lower() in self.lists.first_lower
            and (m.group(1) or m.group(2)).lower() not in self.lists.common
        }
        for handle in handles:
            pattern = re.compile(r"(?<![\w.@-])" + re.escape(handle) + r"(?![\w@-]|\.\w)")
            self.scan.take_all(pattern, "NAME")
        posters = {
            m.group().strip()
            for m in _POSTER_HANDLE.finditer(self.text)
            if self.is_surname(m.group(2).capitalize())
        }
        for match in (
            _LOG_USER.finditer(self.text)
            if self.scan.mentions("user", "login", "gebruiker")
            else ()
        ):
            if self.is_surname(match.group(2).capitalize()):
                handle = self.text[match.start(1) : match.end(2)]
                self.scan.take_all(
                    re.compile(r"(?<![\w.@-])" + re.escape(handle) + r"(?![\w@-]|\.\w)"), "NAME"
                )
        # (or a certificate's common name in a VPN's log: "VERIFY OK: CN=laura.dekker")
        if self.scan.mentions("login", "user", "inlog", "gebruiker", "account", "cn=", "openvpn"):
            for match in list(_DOTTED_LOGIN.finditer(self.scan.masked)):
                given, surname = match.group(1).lower(), match.group(3).lower()
                if len({c for c in match.group() if c in "._"}) > 1:
                    continue  # one joiner throughout: not "snake_case.py"
                common = self.lists.common
                if (
                    given in self.lists.first_lower
                    and self.is_surname(surname.capitalize())
                    and (given not in common or surname not in common)  # not "max.size"
                ):
                    self.scan.take(match.start(), match.end(), "NAME")
        for match in _LOG_USER_FULL.finditer(self.text) if "=" in self.text else ():
            words = [match.group(1), *match.group().rsplit(" ", 1)[1].split("-")]
            if not any(  # not a program's, a shop's or a sale's: "user=Google Chrome",
                w.lower() in self.lists.common  # "login=Ikea Delft", "user=Summer Sale"
                or w in self.lists.not_words
                or w.lower() in ROLES
                or w.lower() in _LOG_THINGS
                for w in words
            ):
                self.scan.take(match.start(1), match.end(), "NAME")
        for handle in posters:
            self.scan.take_all(
                re.compile(r"(?:^[ \t]*|(?<=@))" + re.escape(handle) + r"(?![\w@-])", re.M), "NAME"
            )

    def _lower_mentions(self) -> None:
        """A colleague mentioned in lower case by a given name the text also writes with a
        capital, speaking or before a surname: "@joost haal dat weg!!" beside "Joost Hermans
        16:06:" or "Joost Hermans schreef" (not a firm's handle: "via @sky gemeld, Sky TV")."""
        for match in _LOWER_MENTION.finditer(self.text):
            word = match.group(1)
            if word not in self.lists.first_lower or word in self.lists.common:
                continue
            given = word.capitalize()
            if re.search(
                r"(?m)^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?" + given + r"\b[^\n:]{0,40}:", self.text
            ) or re.search(r"(?<![\w@.])" + given + _SURNAME_AFTER, self.text):
                self.scan.take(match.start(1), match.end(1), "NAME")

    def _place_speaking(self, who: str, speakers: Counter[str], with_role: bool) -> bool:
        # (only one such: several are a report's sites, "[09:00] Sydney: ..." / "Austin: ...")
        places = [w for w in speakers if w in self.lists.not_words]
        return (
            speakers[who] >= 2
            and len(speakers) >= 2
            and places == [who]
            # beside a desk's or a customer's role, alone or before a name: "Agent:", "Klant:",
            # "Agent Jade:"
            and (
                with_role
                or any(STAFF_LABEL.fullmatch(w) or CUSTOMER_ROLE.fullmatch(w) for w in speakers)
            )
            and self.is_first(who)
            and who.lower() not in self.lists.common
        )

    def _speaker_name(self, who: str, speakers: Counter[str]) -> bool:
        """A chat speaker who speaks twice beside another speaker, known by the lists but not
        written as they expect: a given name in lower case ("jayden:"), or a surname after a
        given name no list holds ("[11:20] Wei Zhang:")."""
        words = who.split()
        if speakers[who] < 2 or len(speakers) < 2 or not 1 <= len(words) <= 2:
            return False
        if any(w.lower() in self.lists.common or self.is_blocked(w) for w in words):
            return False
        if len(words) == 1:
            return words[0].islower() and words[0] in self.lists.first_lower
        first, last = words
        # not a firm and its town: "PowerBox Valencia", "FitZone Crawley", "Verhuur Heusden"
        # (a surname no list holds when another speaker greets the given name: "[07:42] Gerben
        # Lanting: ..." / "Prima Gerben.")
        return (
            capitalised(first)
            and first[1:].islower()
            and (
                last in self.lists.surnames
                or (last[1:].islower() and _greeted(self.text, first, who))
            )
            and not FIRM_FIRST.fullmatch(first)
        )

    def _trade_handle(self, handle: str) -> bool:
        trade = _TRADE_HANDLE.search(handle)
        return trade is not None and not self.is_first(handle[: trade.start()])

    def _surname_sender(self, words: list[str], domain: str) -> bool:
        """Only listed surnames, particles and initials, one surname no word, none in the
        mail's domain."""
        host = domain.replace("-", "").replace(".", "")
        return bool(
            words
            and all(
                self.is_surname(w) or w.lower() in PARTICLES or INITIALS.fullmatch(w + ".")
                for w in words
                if w
            )
            and any(self.is_surname(w) and w.lower() not in self.lists.common for w in words)
            and not any(len(w) >= 4 and w.lower() in host for w in words)
        )

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
        if any(w.lower() in _DESK_WORDS or _DESK_COMPOUND.search(w) for w in words):
            return True  # "Financiële administratie <fin.admin@...>", "Retourafdeling <...>"
        if any(self.is_first(w) for w in words if w):
            return False
        if self._surname_sender(words, domain):
            return False  # a person by the surname alone: "Visser <reservations@...>" (not
            # "Sales <sales@...>", nor the family's firm: "Smit <noreply@smit-installatie.nl>")
        if ROLE_ADDRESS.fullmatch(local):
            return True
        host = domain.rsplit(".", 1)[0].replace("-", "").replace(".", "")
        # written with its accents, mailed without: "Kundtjänst <kundtjanst@...>"
        plain = [_unaccented(w.lower()) for w in words if w.isalpha()]
        return any(len(w) >= 5 and (w == local or w in host) for w in plain)

    def take_staff_name(self, start: int, end: int) -> None:
        """The person behind a role label, "Medewerker (Iris):", "Receptie (Lien):": one or
        two capitalised words, taken even when they are also words ("Joke", "Bas")."""
        inside = [i for i, tok in enumerate(self.tokens) if start <= tok.start and tok.end <= end]
        words = [self.tokens[i].base for i in inside]
        if (
            1 <= len(words) <= 2
            and (
                all(self._staff_word(word) for word in words)
                # a given name that is also a word, then a listed surname: "Klant (An Peeters):"
                or (len(words) == 2 and words[0][:1].isupper() and self.is_surname(words[1]))
            )
        ):
            self.take(inside[0], inside[-1] + 1)

    def _staff_word(self, word: str) -> bool:
        if not word[:1].isupper() or word in _CHANNELS:
            return False
        if self.is_blocked(word):
            # a given name that is also a place speaks for a desk: "Milan (support):"
            return word in self.lists.not_words and self.is_first(word)
        if len(word) >= 2 and word.isupper():
            return False  # a body's or a department's letters: "Agent (DWP):", "Hugo (HR):"
        return self.is_first(word) or self.is_surname(word) or word.lower() not in self.lists.common

    def _named_addresses(self) -> None:
        """A given name and a surname before an address that holds the surname, after any
        label: "Affected user: Grace Achterberg <grace@achterbergadvies.nl>"."""
        for match in _NAMED_ADDRESS.finditer(self.scan.text):  # the address as written
            words = match.group(1).split()
            address = _unaccented(match.group(2)).lower()
            before = self.scan.text[max(0, match.start(1) - 20) : match.start(1)].split()
            if (
                self.is_first(words[0])
                and not any(FIRM_WORD.fullmatch(w) for w in words[1:])  # "Immo Vastgoed Mechelen"
                # nor a firm's name after its trade, its name in the address's domain only:
                # "Reservations Hotel Bella Vista Lucca <stay@bellavistalucca.it>" (not
                # "Makelaardij Femke Ten Hove <femke.tenhove@...>")
                and not (
                    before
                    and (FIRM_WORD.fullmatch(before[-1]) or FIRM_FIRST.fullmatch(before[-1]))
                    and _unaccented(words[-1]).lower() not in address.split("@", 1)[0]
                )
                and len(words[-1]) >= 3
                and _unaccented(words[-1]).lower() in address
            ):
                self.scan.take(match.start(1), match.end(1), "NAME")

    def take_display_name(self, start: int, end: int) -> None:
        """A sender's display name, whole when it reads as a person's: capitalised words
        ending in a known name, even when the first is also a word ("Lieve Maes <...>")."""
        display = self.text[start:end].rstrip()
        if _LOWER_DISPLAY.fullmatch(display):  # '"j.k. bakker" <jkbakker1957@...>'
            quote = 1 if display[0] in "\"'" else 0
            self.scan.take(start + quote, start + len(display) - quote, "NAME")
            return
        words = display.split()
        if (
            2 <= len(words) <= 4
            and all(capitalised(w) or w in PARTICLES for w in words)
            and (self.is_surname(words[-1]) or self.is_first(words[-1]))
            and not FIRM_FIRST.fullmatch(words[0])
            and not any(self.is_blocked(w) for w in words[1:])
        ):
            self.scan.take(start, start + len(display), "NAME")
        else:
            self.take_span_words(start, end, lower_ok=False)

    def take_span_words(self, start: int, end: int, lower_ok: bool) -> None:
        """The name phrase that starts at the first token inside ``[start:end]``."""
        for i, tok in enumerate(self.tokens):
            if tok.start >= start:
                if tok.end <= end:
                    self.take_from(i, lower_ok=lower_ok, particles=True)
                return
