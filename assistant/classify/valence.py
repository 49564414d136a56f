"""How positive or negative a text sounds, read from word lists rather than learned from our
examples, so it holds on text unlike them.

English (and any text not detected as Dutch): VADER (vaderSentiment, MIT; its lexicon and
emoji list ship in the package), which knows slang, emoji, capitals, "but" and negation
("not bad at all"), with our additions (``valence_en.tsv``). Dutch: our own list
(``knowledge/lexicons/valence_nl.tsv``) read with Dutch negation ("niet", "geen", "nooit"
shortly before a word turn it around). Both give a few numbers per text that the local
classifier takes as features next to the embedding; the classifier learns how far to trust
them.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import numpy as np

from assistant.index.keyword import fold
from assistant.ingest.language import detect_language

# VADER negative, neutral, positive, compound; Dutch positive, negative; a sarcasm marker, and
# the marker times the negative strength (praise around a complaint: "great job, 3rd delay 👏")
VALENCE_DIM = 8
_NEGATORS = frozenset("niet geen nooit allesbehalve nergens niks niets zonder".split())
_NEGATION_WINDOW = 3  # words before a term that can turn it around
_NEGATION_SCALAR = -0.74  # as VADER: a negated term counts for about three quarters, reversed
_ALPHA = 15.0  # VADER's normalisation of a sum of scores into -1..1
_WORD = re.compile(r"[a-z0-9']+")
_CLAUSE = re.compile(r"[.,;:!?()\n]+")  # negation does not reach across these
MAX_CHARS = 2000
# Markers that turn praise around when the same message also complains (folded text)
_SARCASM = re.compile(
    r"🙃|👏|🙄|😒|🤡|\bnot\b(?=\s*$)|#not\b|#sarcasm|\byeah right\b|\blove (?:it )?when\b|"
    r"\b(?:great|nice|good|brilliant|fantastic|wonderful) (?:job|work|one)\b|\bthanks a lot\b|"
    r"\bwell done\b|\bbedankt hoor\b|\btop hoor\b|\blekker bezig\b|\bgoed bezig\b|"
    r"\bgoed geregeld\b|\bknap hoor\b|\bhulde\b|\bchapeau\b|\bnet als altijd\b|"
    r"\bzoals altijd\b|\bas always\b|\bas usual\b|\bweer eens\b|\bwhat a surprise\b|"
    r"\bwat een verrassing\b|\bhoera\b|\byay\b",
)


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(_english_terms())
    return analyzer


def _english_terms() -> dict[str, float]:
    """Our additions to VADER's list (``valence_en.tsv``)."""
    out: dict[str, float] = {}
    for line in _lexicon_text("en").splitlines():
        if line.strip() and not line.startswith("#"):
            term, score = line.split("\t")
            out[term.strip().lower()] = float(score)
    return out


def _lexicon_text(lang: str = "nl") -> str:
    return (files("knowledge") / "lexicons" / f"valence_{lang}.tsv").read_text(encoding="utf-8")


@cache
def lexicon_digest() -> str:
    """Changes with our word lists (part of the trained model's fingerprint)."""
    both = _lexicon_text("nl") + _lexicon_text("en") + _SARCASM.pattern
    return hashlib.sha1(both.encode()).hexdigest()[:8]


@cache
def dutch_lexicon() -> tuple[dict[str, float], dict[tuple[str, ...], float]]:
    """(single words, phrases as word tuples) -> score (-4..4), folded like the texts."""
    words: dict[str, float] = {}
    phrases: dict[tuple[str, ...], float] = {}
    for line in _lexicon_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, score = line.split("\t")
        tokens = tuple(_WORD.findall(fold(term)))
        if len(tokens) == 1:
            words[tokens[0]] = float(score)
        elif tokens:
            phrases[tokens] = float(score)
    return words, phrases


def _squash(total: float) -> float:
    return total / math.sqrt(total * total + _ALPHA)


def dutch_scores(text: str) -> tuple[float, float]:
    """(positive, negative) strength of ``text`` by the Dutch list, each 0..1."""
    positive = negative = 0.0
    for clause in _CLAUSE.split(fold(text[:MAX_CHARS])):
        for score in _clause_scores(_WORD.findall(clause)):
            if score > 0:
                positive += score
            else:
                negative -= score
    return _squash(positive), _squash(negative)


def _clause_scores(tokens: list[str]) -> list[float]:
    """The scores of the list's terms in one clause, longest phrase first, each turned
    around when a negator stands shortly before it."""
    words, phrases = dutch_lexicon()
    longest = max((len(p) for p in phrases), default=1)
    scores: list[float] = []
    i = 0
    while i < len(tokens):
        score, span = None, 1
        for n in range(min(longest, len(tokens) - i), 1, -1):
            score = phrases.get(tuple(tokens[i : i + n]))
            if score is not None:
                span = n
                break
        if score is None:
            score = words.get(tokens[i])
        if score is not None:
            if any(t in _NEGATORS for t in tokens[max(0, i - _NEGATION_WINDOW) : i]):
                score *= _NEGATION_SCALAR
            scores.append(score)
        i += span
    return scores


def valence_features(texts: Sequence[str]) -> np.ndarray:
    """(texts, VALENCE_DIM) float32: what the word lists say of each text."""
    vader = _vader()
    out = np.zeros((len(texts), VALENCE_DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        head = text[:MAX_CHARS]
        if not head.strip():
            continue
        # each list reads its own language only: VADER takes Dutch "die", "bad" (bath) or
        # "hel" for English words of anger and grief
        if detect_language(head) == "nl":
            out[row, 4:6] = dutch_scores(head)
        else:
            scores = vader.polarity_scores(head)
            out[row, :4] = (scores["neg"], scores["neu"], scores["pos"], scores["compound"])
        if _SARCASM.search(fold(head)) or any(m in head for m in "🙃👏🙄😒🤡"):
            out[row, 6] = 1.0
            out[row, 7] = max(out[row, 0], out[row, 5])
    return out


# What the word lists must say before they overrule the model: a message they read as clearly
# negative (or sarcastic praise around a complaint) gets no positive emotion with any weight.
CLEAR_NEGATIVE = 0.4  # VADER compound at or under minus this, or Dutch negative strength
POSITIVE_LEFT = 0.05  # the share of the positive group's probability that is kept


def clearly_negative(block: np.ndarray) -> np.ndarray:
    """Per row of valence features (as :func:`valence_features` makes them): True where the
    word lists leave no doubt that the message is negative."""
    _, _, pos, compound, nl_pos, nl_neg, sarcasm, sarcastic_neg = block.T
    vader_says = (compound <= -CLEAR_NEGATIVE) & (pos < 0.15)
    dutch_says = (nl_neg >= CLEAR_NEGATIVE) & (nl_pos < 0.3)
    sarcastic = (sarcasm > 0) & (sarcastic_neg > 0.1)
    return vader_says | dutch_says | sarcastic
