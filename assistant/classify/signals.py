"""Pure helpers that read a text for the parts of a tag that are not labels: the evidence
quote, the intensity, the sentiment."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
