"""Names for pain points that say what went wrong, read from the cluster's own texts.

A pain point's name is a short phrase that several of its records use and that holds a
problem word ("refund never came", "app keeps crashing", "lekt aan de onderkant"): not a
bag of keywords, and not who was addressed. @handles, links and the names of companies,
brands and products are no themes; those names are read from the data itself
(:func:`brand_words`): the parts of the handles people write to, and words that writers
spell as a name (capitalised in the middle of a sentence) nearly every time they use them.

:func:`key_phrases` finds the phrase: pairs of a problem word and a content word that
stand close together in one clause, counted over the cluster's texts. A pair that many of
the cluster's texts use and few other texts do scores high (as in c-TF-IDF); a pair whose
words the cluster's friction pattern also uses scores higher. The winner is written out as
the span most of its texts use. When no pair is shared by enough texts, the caller names
the cluster after its friction pattern, else after the clause of its most typical text
that holds a problem word (:func:`typical_clause`). Pure functions, Dutch and English;
the word lists below are small and meant to be read.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.backlog.keywords import STOPWORDS, without_handles_and_links
from assistant.classify.cleaning import tagging_text

PHRASE_WINDOW = 3  # at most this many words between the problem word and its subject
MAX_PHRASE_WORDS = 6
NAME_MAX_WORDS = 8
NAME_SHARE = 0.6  # of a word's uses mid-sentence that are capitalised: it is a name
NAME_USES = 3  # ... and at least this many of them
MIN_SUPPORT = 2
MIN_SUPPORT_SHARE = 0.1  # of the cluster's texts that must use the phrase
PATTERN_BONUS = 1.5  # a pair whose words the matched friction pattern uses

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLAUSE = re.compile(r"[.,;:()\[\]{}\"“”/|]+(?=\s|$)|[!?…\n]+|\s[-–—]+\s")
_STARTS = '.!?:;\n"“(-–—'
_HANDLE = re.compile(r"(?<![\w.])@(\w{2,30})")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|_+")

# Parts of a support handle that say "the help desk of", not who ("AmazonHelp", "Uber_Support").
HANDLE_AFFIXES = frozenset(
    """
    help helps helpdesk support care cares service services team official hq uk us usa nl be
    info news ask customer customers klantenservice klant webcare contact
    """.split()
)

NEGATORS = frozenset(
    """
    not no never nothing nobody none nowhere cannot can't couldn't won't wouldn't doesn't
    didn't don't isn't wasn't aren't weren't haven't hasn't hadn't shouldn't unable
    niet geen nooit niks niets niemand nergens
    """.split()
)
# Problem words: what went wrong. Matched as the start of a word ("crash" also finds
# "crashes", "crashing"), except the short ones in PROBLEM_EXACT.
PROBLEM_STEMS = (
    # English
    "crash", "freez", "froze", "hang", "stuck", "error", "fail", "bug", "glitch", "broke",
    "damag", "crack", "leak", "defect", "fault", "delay", "cancel", "losing", "missing",
    "disappear", "wrong", "incorrect", "inaccura", "charg", "overcharg", "twice", "double",
    "lock", "block", "banned", "suspend", "declin", "reject", "refus", "denied", "unauthori",
    "fraud", "scam", "stolen", "theft", "outage", "slow", "lag", "wait", "ignor", "unanswer",
    "unreach", "rude", "useless", "impossibl", "difficult", "confus", "disconnect", "dropp",
    "increas", "overdue", "problem", "issue", "worse", "fall",
    # Dutch
    "kapot", "lekt", "lekk", "vertraa", "vertrag", "geannuleerd", "annuleer", "kwijt",
    "verloren", "vermist", "fout", "storing", "vastgelopen", "vastloop", "geblokkeerd",
    "blokkeer", "geweigerd", "weiger", "dubbel", "afgeschreven", "traag", "trage",
    "onbereikba", "beschadigd", "verkeerd", "onjuist", "fraude", "oplicht", "probleem",
    "wacht", "mislukt", "slechter", "ingetrokken",
)  # fmt: skip
PROBLEM_EXACT = frozenset(
    "late lost lose break breaks down gone fell laat stuk zoek vast los valt".split()
)
# Words that say when or how much, not what: no subject for a name ("delayed 5 hours")
NOT_SUBJECTS = frozenset(
    """
    second seconds minute minutes min mins hour hours hrs day days week weeks month months
    year years time times minuut minuten uur uren dag dagen week weken maand maanden jaar
    jaren keer thing things stuff way ding dingen lot lots
    make made get gets getting give given take took taken come came see seen know knew
    want wanted need needed let lets say says said tell told use used try tried keep kept
    doen gedaan krijg krijgen kreeg weet weten zeggen gezegd laten gaan ging komen kwam
    geeft geven gaf wil willen zien gezien sure zeker fine good great nice better best due
    """.split()
)
# Words that finish a phrase after a verb ("locked out", "log in", "loopt vast")
PARTICLES = frozenset("in out up down off on back through vast los terug".split())


def is_problem(word: str) -> bool:
    """A word that names what went wrong, or a negation ("not", "geen")."""
    return word in NEGATORS or word in PROBLEM_EXACT or word.startswith(PROBLEM_STEMS)


def stem(word: str) -> str:
    """A crude common root, to count "crashes" and "crashing" as one word (not for display)."""
    word = word.replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ies", "ed", "es", "en", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


_NEGATOR_STEMS = frozenset(stem(w) for w in NEGATORS)


def readable(text: str) -> str:
    """What a name may be read from: the customer's words without handles, links and
    redaction placeholders."""
    return without_handles_and_links(tagging_text(text))


# --- company, brand and product names ----------------------------------------------------


def _handle_parts(handle: str) -> tuple[str, list[str]]:
    """The name a support handle carries, whole and in parts: 'AmazonHelp' -> ('amazon',
    ['amazon']), 'British_Airways' -> ('britishairways', ['british', 'airways']),
    'comcastcares' -> ('comcast', ['comcast']). Digits (a customer id) name nobody."""
    parts: list[str] = []
    for part in (p.casefold() for p in _CAMEL.split(handle) if p and not p.isdigit()):
        if part in HANDLE_AFFIXES:
            continue
        for affix in sorted(HANDLE_AFFIXES, key=len, reverse=True):
            if part.endswith(affix) and len(part) - len(affix) >= 3:
                part = part[: -len(affix)]
                break
        if len(part) >= 3:
            parts.append(part)
    return "".join(parts), parts


def _uses(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Per word: how often it is capitalised and how often lower case, mid-sentence only
    (a sentence's first word says nothing) and not in texts written in capitals."""
    named: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        text = _HANDLE.sub(" ", text)
        letters = [c for c in text if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) > 0.5 * len(letters):
            continue
        for match in _TOKEN.finditer(text):
            word = match.group(0)
            if len(word) < 3 or _starts_sentence(text, match.start()):
                continue
            key = word.casefold().replace("’", "'").removesuffix("'s")
            if key.startswith("i'") or key in STOPWORDS:  # "I'll": capital, no name
                continue
            if word.islower():
                lower[key] += 1
            else:
                named[key] += 1
    return named, lower


def _starts_sentence(text: str, at: int) -> bool:
    at -= 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at < 0 or text[at] in _STARTS


def brand_words(texts: Iterable[str]) -> frozenset[str]:
    """Words that name a company, brand, product or place in these texts, not a problem:
    the parts of the @handles written to, and words capitalised mid-sentence in at least
    ``NAME_SHARE`` of their uses (and ``NAME_USES`` times). Lower case, as
    :func:`~assistant.backlog.keywords.words` yields them."""
    texts = list(texts)
    named, lower = _uses(texts)
    found: set[str] = set()
    for text in texts:
        for handle in _HANDLE.findall(text):
            whole, parts = _handle_parts(handle)
            if len(whole) >= 3:
                found.add(whole)
            # a part is a name unless the writers use it as a word ("AskPlayStation": play)
            found.update(p for p in parts if p not in STOPWORDS and lower[p] <= named[p])
    for word, count in named.items():
        if count >= NAME_USES and count >= NAME_SHARE * (count + lower[word]):
            found.add(word)
    return frozenset(found)


# --- key phrases -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Clause:
    words: list[str]  # lower case, as written
    stems: list[str]


def _clauses(text: str, brands: frozenset[str]) -> list[_Clause]:
    """The text's clauses as words; a brand name ends a clause (it joins no phrase)."""
    result: list[_Clause] = []
    for part in _CLAUSE.split(readable(text)):
        current: list[str] = []
        for word in (w.casefold().replace("’", "'") for w in _TOKEN.findall(part)):
            if word.removesuffix("'s") in brands:
                if current:
                    result.append(_Clause(current, [stem(w) for w in current]))
                current = []
            else:
                current.append(word)
        if current:
            result.append(_Clause(current, [stem(w) for w in current]))
    return result


def _content(word: str) -> bool:
    return (
        len(word) >= 3
        and word not in STOPWORDS
        and word not in NOT_SUBJECTS
        and word not in PARTICLES
        and not is_problem(word)
    )


def _pairs(clause: _Clause) -> dict[tuple[str, str], tuple[int, int]]:
    """(problem stem, content stem) -> the word positions of its first use in the clause."""
    found: dict[tuple[str, str], tuple[int, int]] = {}
    words = clause.words
    for i, word in enumerate(words):
        if not is_problem(word):
            continue
        low, high = max(0, i - PHRASE_WINDOW - 1), min(len(words), i + PHRASE_WINDOW + 2)
        for j in range(low, high):
            if j != i and _content(words[j]):
                found.setdefault((clause.stems[i], clause.stems[j]), (i, j))
    return found


def _span(words: list[str], i: int, j: int) -> str:
    """The words from i to j grown into a readable phrase: a helper word or negation at the
    end takes the next word ("refund still not" -> "refund still not received"), a verb its
    particle ("can't log" -> "can't log in"); no plain stopword at either end."""
    start, end = min(i, j), max(i, j)
    while end + 1 < len(words) and end - start + 1 < MAX_PHRASE_WORDS:
        if words[end + 1] in PARTICLES and not _minor(words[end]):
            end += 1
            break
        if not _minor(words[end]):
            break
        end += 1
    return _trimmed(words, start, end, end, start)


def _trimmed(words: list[str], start: int, end: int, first: int, last: int) -> str:
    """``words[start..end]`` without minor words at either end (a negation may start a
    name, a particle end it), but still holding ``words[first..last]``."""
    while start < first and _minor(words[start]) and words[start] not in NEGATORS:
        start += 1
    last = max(last, start)
    while end > last and _minor(words[end]) and words[end] not in PARTICLES:
        end -= 1
    return " ".join(words[start : end + 1])


def _minor(word: str) -> bool:
    """A word that cannot start or end a name: a stopword or a one- or two-letter word
    (a negation counts as a stopword here: "refund not" is no name)."""
    return len(word) < 3 or word in STOPWORDS


@dataclass(frozen=True)
class KeyPhrase:
    text: str
    share: float  # of the group's texts that use its two words together
    on_theme: bool  # its problem word (not a mere "not") and subject occur in the pattern


def key_phrases(
    groups: Sequence[Sequence[str]],
    brands: frozenset[str] = frozenset(),
    themes: Sequence[frozenset[str]] | None = None,
) -> list[KeyPhrase | None]:
    """Per group of texts, the phrase with a problem word that sets it apart, or None when
    no such phrase is used by ``MIN_SUPPORT`` texts and ``MIN_SUPPORT_SHARE`` of the group.

    ``themes[g]``: stems of the words of the friction pattern group g matched (its pairs
    that use them weigh ``PATTERN_BONUS`` more). Ties go alphabetically: stable."""
    per_group: list[dict[tuple[str, str], list[str]]] = []
    for texts in groups:
        spans: dict[tuple[str, str], list[str]] = {}
        for text in texts:
            seen: dict[tuple[str, str], str] = {}
            for clause in _clauses(text, brands):
                for pair, (i, j) in _pairs(clause).items():
                    seen.setdefault(pair, _span(clause.words, i, j))
            for pair, span in seen.items():
                spans.setdefault(pair, []).append(span)
        per_group.append(spans)
    totals: Counter[tuple[str, str]] = Counter()
    for spans in per_group:
        totals.update({pair: len(uses) for pair, uses in spans.items()})
    average = sum(totals.values()) / max(1, len(groups))
    result: list[KeyPhrase | None] = []
    for g, (texts, spans) in enumerate(zip(groups, per_group, strict=True)):
        size = max(1, len(texts))
        floor = max(MIN_SUPPORT, math.ceil(MIN_SUPPORT_SHARE * size))
        theme = themes[g] if themes else frozenset()
        scored = []
        for pair, uses in spans.items():
            if len(uses) < floor:
                continue
            weight = PATTERN_BONUS if theme & set(pair) else 1.0
            if pair[0] in _NEGATOR_STEMS:  # "not" + subject says less than "crash" + subject
                weight *= 0.8
            score = weight * len(uses) / size * math.log(1 + average / totals[pair])
            scored.append((-score, pair))
        if not scored:
            result.append(None)
            continue
        best = min(scored)[1]
        forms = Counter(spans[best])
        text = min(forms, key=lambda s: (-forms[s], len(s), s))
        on_theme = set(best) <= theme and best[0] not in _NEGATOR_STEMS
        result.append(KeyPhrase(text, len(spans[best]) / size, on_theme))
    return result


def theme_stems(texts: Iterable[str]) -> frozenset[str]:
    """The word stems of a friction pattern's names and signals (both languages)."""
    return frozenset(
        stem(w.casefold())
        for t in texts
        for w in _TOKEN.findall(t)
        if _content(w.casefold()) or is_problem(w.casefold())
    )


def typical_clause(text: str, brands: frozenset[str] = frozenset()) -> str:
    """The first clause of ``text`` with a problem word (else its first clause), at most
    ``NAME_MAX_WORDS`` words around that word and no stopword at either end: what the most
    typical record says, in its own words."""
    clauses = [c for c in _clauses(text, brands) if any(_content(w) for w in c.words)]
    if not clauses:
        return ""
    chosen = next((c for c in clauses if any(is_problem(w) for w in c.words)), clauses[0])
    words = chosen.words
    at = next((i for i, w in enumerate(words) if is_problem(w)), 0)
    start = max(0, min(at - NAME_MAX_WORDS // 2, len(words) - NAME_MAX_WORDS))
    end = min(len(words), start + NAME_MAX_WORDS) - 1
    return _trimmed(words, start, end, at, at)


def says_what_went_wrong(phrase: str) -> bool:
    """A problem word, or a negation right next to what it denies ("verwarmt niet", "not
    received"; "not sure that this app" says nothing)."""
    words = phrase.casefold().split()
    for i, word in enumerate(words):
        if is_problem(word) and word not in NEGATORS:
            return True
        if word in NEGATORS and any(_content(w) for w in words[max(0, i - 1) : i + 2]):
            return True
    return False


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
