"""Characteristic words of a group of texts (class-based TF-IDF), Dutch and English.

A word scores high for a group when many of the group's texts use it (document frequency
within the group) and the other groups rarely do (inverse frequency over all groups), as
in BERTopic's c-TF-IDF. Stopwords of both languages, numbers, very short words and the
redaction placeholders are skipped. Ties go alphabetically, so the result is stable.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]{1,19}\]")  # redaction placeholders
_WORD = re.compile(r"[^\W\d_]{3,}(?:['’-][^\W\d_]+)*")
# handles and links name who or where, never what went wrong ("@AmazonHelp", "t.co/...")
_NOT_THEMES = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.])@\w+|\b\S+\.(?:com|nl|be|co)\S*")

STOPWORDS_EN = frozenset(
    """
    about above after again against all also and any are aren't because been before being
    below between both but can can't cannot could couldn't did didn't does doesn't doing don't
    down during each even ever every few for from further get got had hadn't has hasn't have
    haven't having her here hers herself him himself his how i'm i've into isn't it's its
    itself just let's more most much must mustn't myself never nor not now off once only
    other ought our ours ourselves out over own really same she should shouldn't since some
    still such than that that's the their theirs them themselves then there there's these
    they they're this those though through too under until upon very was wasn't way well
    were weren't what when where which while who whom why will with won't would wouldn't yet
    you you're your yours yourself yourselves already again am anyone anything back bit
    hi hello thanks thank please one two three yes okay also via like just ago
    guys guy hey lol pls plz thx dm dms link links showing shows show tweet tweets amp
    today yesterday tomorrow day days week weeks time times someone something anyone help
    """.split()
)

STOPWORDS_NL = frozenset(
    """
    aan aangezien achter al alle alleen als alsnog altijd ben bent bij binnen boven daar
    daarom dan dat de der deze die dit doch doen door dus een eens eerder en er erg ergens
    geen gehad geweest had hadden heb hebben hebt heeft hem hen het hier hij hoe hun iemand
    iets ik in is ja je jij jou jouw jullie kan kon konden kun kunnen kunt maar me meer
    men met mij mijn moet moeten mocht mag na naar niet niets nog nu of om omdat ons onze
    ook op over reeds te tegen toch toen tot u uit uw van veel voor waar waren was wat we
    wel werd wie wij wil wilde word worden wordt zal ze zei zelf zich zij zijn zo zonder
    zou zouden zoals echt even gewoon heel hoor nou steeds weer wel dus daarna keer want
    hallo hoi dank bedankt graag groet groeten alvast beste vriendelijke mvg
    """.split()
)

PLACEHOLDERS = frozenset(
    {"email", "phone", "iban", "card", "address", "bsn", "url"}  # redaction markers
)
STOPWORDS = STOPWORDS_EN | STOPWORDS_NL | PLACEHOLDERS


def without_handles_and_links(text: str) -> str:
    return " ".join(_NOT_THEMES.sub(" ", text).split())


def words(text: str) -> list[str]:
    """Lower-case words of three letters or more, without stopwords, handles, links or
    redactions ("XXXX" in public complaint data)."""
    text = _NOT_THEMES.sub(" ", text)
    text = _PLACEHOLDER.sub(" ", text)  # [BIRTH_DATE] is no theme
    return [w for w in _WORD.findall(text.casefold()) if w not in STOPWORDS and w.strip("x")]


def characteristic_words(
    groups: Sequence[Sequence[str]], n: int = 3, exclude: frozenset[str] = frozenset()
) -> list[list[str]]:
    """The ``n`` most characteristic words of each group of texts, best first.

    ``groups[g]`` holds group g's texts; pass the other groups (also an "other" bucket)
    so that words common everywhere drop out. A word must occur in two texts of a group
    of two or more to count. Words in ``exclude`` (names of brands, say) never do.
    """
    doc_freq: list[Counter[str]] = []
    for texts in groups:
        counter: Counter[str] = Counter()
        for text in texts:
            counter.update(set(words(text)) - exclude)
        doc_freq.append(counter)
    totals: Counter[str] = Counter()
    for counter in doc_freq:
        totals.update(counter)
    sizes = [max(1, len(texts)) for texts in groups]
    average = sum(sum(c.values()) for c in doc_freq) / max(1, len(groups))
    result: list[list[str]] = []
    for counter, size in zip(doc_freq, sizes, strict=True):
        floor = 2 if size >= 2 else 1
        scored = [
            (-(count / size) * math.log(1 + average / totals[word]), word)
            for word, count in counter.items()
            if count >= floor
        ]
        result.append([word for _, word in sorted(scored)[:n]])
    return result
