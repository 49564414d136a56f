"""Pure helpers that read a text for the parts of a tag that are not labels: the evidence
quote, the intensity, the sentiment."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from assistant.index.keyword import fold

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_INTENSIFIERS = frozenset(
    """echt heel zo super totaal compleet nooit altijd alweer belachelijk schandalig really
    very so totally completely never always again ridiculous absolutely extremely""".split()
)
MAX_QUOTE = 300


def sentences(text: str) -> list[str]:
    """Sentences of ``text`` as exact substrings (stripped), in order."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if p]


def evidence_quote(text: str, folded_cues: Sequence[str]) -> str | None:
    """The sentence that best supports the tag: most cue hits, else the first with content.

    ``folded_cues`` are cue phrases already passed through :func:`fold` (once per emotion,
    not once per item). Always an exact substring of ``text`` (at most MAX_QUOTE
    characters), or None for an empty text.
    """
    candidates = sentences(text)
    if not candidates:
        return None
    best, best_hits = candidates[0], 0
    for sentence in candidates:
        folded = fold(sentence)
        hits = sum(1 for cue in folded_cues if cue in folded)
        if hits > best_hits:
            best, best_hits = sentence, hits
    if best_hits == 0:  # no cue: the first sentence that says something
        best = next((s for s in candidates if len(s.split()) >= 3), candidates[0])
    return best[:MAX_QUOTE].rstrip() or None


def intensity(text: str) -> int:
    """1 (mild) .. 3 (strong), from exclamation marks, capitals and intensifiers."""
    words = re.findall(r"[A-Za-zÀ-ÿ]+", text)
    shouting = sum(1 for w in words if len(w) > 2 and w.isupper())
    exclaim = text.count("!")
    strong = sum(1 for w in fold(text).split() if w.strip(".,!?;:") in _INTENSIFIERS)
    score = min(exclaim, 3) + min(shouting, 3) + strong
    if score >= 4:
        return 3
    return 2 if score >= 1 else 1


def sentiment(valence: int, strength: int) -> int:
    """The emotion's valence, pushed one step further for strong wording (-2..2)."""
    if valence == 0:
        return 0
    step = 1 if strength == 3 else 0
    value = valence + step if valence > 0 else valence - step
    return max(-2, min(2, value))


# --- the customer's own rating --------------------------------------------------------------

_RATING_IN_TEXT = (
    # "2/5" or "7,5/10" opening or closing a line (mid-sentence it may be a date: "op 2/5")
    re.compile(
        r"(?:^|(?<=\n))[ \t(\[]*(\d{1,2}(?:[.,]\d)?)\s*/\s*(5|10)\b"
        r"|(?<![\d.,/])(\d{1,2}(?:[.,]\d)?)\s*/\s*(5|10)[ \t.!)\]]*(?=\n|$)",
    ),
    re.compile(r"(?<![\w.,])([1-5])\s*(?:sterren|ster|stars?)\b", re.IGNORECASE),  # 2 sterren
    re.compile(r"\b(?:cijfer|rating|score)\s*:?\s*(\d{1,2}(?:[.,]\d)?)\b", re.IGNORECASE),
)
_STAR_RUN = re.compile(r"[★☆]{3,10}")


def rating_share(value: float, scale: float | None = None) -> float:
    """A rating as a share of its scale (0..1). Without a scale, ratings up to 5 are read as
    stars out of five and higher ones as marks out of ten, as review exports give them."""
    top = scale or (5.0 if value <= 5 else 10.0)
    return max(0.0, min(1.0, value / top))


def rating_in_text(text: str) -> float | None:
    """A rating the customer wrote in the text ("2/5", "★★☆☆☆", "4 sterren", "cijfer: 6"),
    as a share of its scale; None when there is none."""
    head = text[:2000]
    stars = _STAR_RUN.search(head)
    if stars:
        run = stars.group(0)
        return run.count("★") / len(run)
    for number, pattern in enumerate(_RATING_IN_TEXT):
        match = pattern.search(head)
        if not match:
            continue
        groups = [g for g in match.groups() if g is not None]
        value = float(groups[0].replace(",", "."))
        scale = float(groups[1]) if number == 0 else (5.0 if number == 1 else None)
        if value <= (scale or 10.0):
            return rating_share(value, scale)
    return None


# How much a rating weighs on the emotion: (rating share up to, factor for negative, neutral,
# positive emotions). One or two stars rule out praise and make "neutral" unlikely (a one-star
# review that only says "the parcel came today" is a complaint: 0.1, was 0.25 before the
# model read real reviews and grew surer of "neutral"); four or five make complaints less
# likely; three says little. Set by reasoning, not tuned; checked in cross-validation on the
# training examples with a rating in their text (`python -m evals.cv_classifier --rated`).
RATING_PRIOR = (
    (0.4, (1.0, 0.1, 0.05)),
    (0.7, (1.0, 1.0, 1.0)),
    (1.0, (0.3, 1.0, 1.0)),
)


def apply_rating(
    probabilities: np.ndarray, valence: np.ndarray, shares: Sequence[float | None]
) -> np.ndarray:
    """Emotion probabilities (one row per item) reweighed by each item's rating share
    (None: unchanged) and renormalised. ``valence`` holds each emotion's valence."""
    rated = np.asarray([i for i, share in enumerate(shares) if share is not None], dtype=np.int64)
    if len(rated) == 0:
        return probabilities
    tops = np.asarray([top for top, _ in RATING_PRIOR])
    table = np.asarray([factors for _, factors in RATING_PRIOR])  # (buckets, 3)
    bucket = np.searchsorted(tops, [shares[i] for i in rated], side="left")
    sign = np.sign(valence).astype(np.int64) + 1  # 0 negative, 1 neutral, 2 positive
    out = probabilities.copy()
    out[rated] *= table[np.minimum(bucket, len(tops) - 1)][:, sign]
    out[rated] /= out[rated].sum(axis=1, keepdims=True)
    return out
