"""The name lists (``knowledge/names``) and the words of a text as the name finder sees them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

L = "A-Za-zÀ-ÖØ-öø-ÿĀ-žŞşĞğİı"
# initials: "J.", "J.F.", and French compounds "J.-F.", "J-F."
_INITIALS = r"[A-Z](?:(?:\.-?|-)[A-Z])*\."
TOKEN = re.compile(
    rf"{_INITIALS}(?![{L}])|(?<![{L}])['’]t(?![{L}'’])|[{L}][{L}'’-]*"
)  # "van 't Hof"
INITIALS = re.compile(_INITIALS)
PARTICLES = frozenset(
    "van de der den ter ten te het 't ’t in op la le du da di dos das del von zu el al bin ibn "
    "mac st oude ó ní nic uí".split()  # "Gerrit Jan Oude Nijhuis", Irish "Ó Briain", "Ní Mhaoil"
)
# A mail header's labels in other languages: "Från: Anna Svensson", "Betreff: ..."
MAIL_LABELS = frozenset(
    "från skickat ämne betreff gesendet asunto enviado objet envoyé oggetto inviato".split()
)
# Words that look like names in a label or after a greeting but never are one.
ROLES = (
    frozenset(
        """klant customer caller beller client visitor bezoeker user gebruiker chatbot bot support
    agent medewerker employee adviseur advisor rep klantenservice klantendienst helpdesk servicedesk
    secretariaat service team sir madam mevrouw price prijs forename forenames surname
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
    madams gentlemen heren dames mvg groet groeten groetjes grt regards cheers hoogachtend
    liefs sincerely bvd bewoner bewoners resident residents onbekend unknown optional optioneel
    atención atencion cliente clientes kundenservice kundendienst ops municipality""".split()
    )
    | MAIL_LABELS
)


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


# given names that are also a function word in a language the texts use, so strict, and never a
# name as a label's word: the English article ("An error occurred", beside "An Peeters") and the
# German mail header "An:" (To)
FUNCTION_WORD_NAMES = frozenset(("An",))
_STRICT = FUNCTION_WORD_NAMES | frozenset(
    "May June April August Summer Autumn Will Hope Faith Joy Grace Chase Rose Bill Lance Grant "
    "Drew Guy Ray Dawn Penny Sandy Holly Major Page Price Star Stone Story Mark Frank Mei"
    " Mollie Valentine Ton".split()  # a payment provider, a day and a unit first here:
    # "koppeling met Mollie", "Forge + Mollie", "roses for Valentine's", "40 euro per Ton";
    # the article: "index.html An error occurred"
)


def _read(name: str) -> list[str]:
    text = (files("knowledge") / "names" / name).read_text(encoding="utf-8")
    return [s for s in (x.strip() for x in text.splitlines()) if s and not s.startswith("#")]


@cache
def name_lists() -> NameLists:
    first = frozenset(_read("first_names.txt"))
    not_entries = _read("not_names.txt")
    phrases = [p for p in not_entries if not p.isalpha()]
    # also in capitals, as a bank statement writes a shop: "ALBERT HEIJN 1432 HILVERSUM"
    phrases = sorted({*phrases, *(p.upper() for p in phrases)}, key=len, reverse=True)
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


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    base: str  # without a possessive ("Feldman's" -> "Feldman")


class Tokens:
    """The words of a text, each turned into a ``Tok`` only when a pass looks at it: most
    words are never looked at, and building them all cost more than the rest of a pass."""

    def __init__(self, text: str) -> None:
        self.matches = list(TOKEN.finditer(text))
        self.built: dict[int, Tok] = {}

    def __len__(self) -> int:
        return len(self.matches)

    def __getitem__(self, i: int) -> Tok:
        tok = self.built.get(i)
        if tok is None:
            tok = self.built[i] = token(self.matches[i])
        return tok

    def __iter__(self) -> Iterator[Tok]:
        return (self[i] for i in range(len(self.matches)))


def token(match: re.Match[str]) -> Tok:
    text = match.group()
    base = text
    if text[-1] in "'’s":
        for tail in ("'s", "’s", "'", "’"):
            if text.endswith(tail) and len(text) > len(tail) + 1:
                base = text[: -len(tail)]
                break
    return Tok(match.start(), match.end(), text, base)


def folded(word: str) -> str:
    """Without accents: "Siobhán" -> "Siobhan", so a list's plain spelling still counts."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


# a word with a capital inside is a brand ("ZorgSamen", "PayPal"), not a surname ("McBride",
# "DeVries", "MacLeod" are)
_CAMEL = re.compile(r"[a-zà-ÿ][A-Z]")
_CAMEL_NAME = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z]")


def camel(word: str) -> bool:
    """A capital inside the word, as brands have: "ZorgSamen" (not "McBride", "DeVries")."""
    return _CAMEL.search(word) is not None and not _CAMEL_NAME.match(word)
