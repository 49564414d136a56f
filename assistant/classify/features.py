"""What the local classifier sees: the multilingual embedding, hashed word features and
hashed character n-grams.

The embedding carries meaning across languages; the hashed words (unigrams, bigrams and
word stems) carry the exact vocabulary of a domain ("terugbetaling", "opzeggen", "tracking")
that embeddings blur; the character n-grams (3 to 5 characters inside each word) catch the
parts of Dutch compounds ("retour|label", "bezorg|moment"), inflections and typos. Each
block is L2-normalised and weighted before they are concatenated.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from assistant.classify.valence import VALENCE_DIM, valence_features
from assistant.index.keyword import fold

HASH_DIM = 4096
WORD_WEIGHT = 1.0
CHAR_DIM = 4096
CHAR_WEIGHT = 1.5
CHAR_NGRAMS = (3, 4, 5)
VALENCE_WEIGHT = 4.0  # the word lists' reading of how positive or negative a text sounds
_WORD = re.compile(r"[a-z0-9]+")


def _weighted_log_counts(slots: list[int], weight: float) -> tuple[np.ndarray, np.ndarray]:
    """(slots, values) of a row: log(1 + count) per hashed slot, L2-normalised and weighted.
    Only the slots a text uses are touched, not the whole block."""
    used, counts = np.unique(np.asarray(slots, dtype=np.int64), return_counts=True)
    values = np.log1p(counts.astype(np.float32))
    return used, values * (weight / float(np.linalg.norm(values)))


@lru_cache(maxsize=200_000)
def _word_slot(gram: str) -> int:
    return zlib.crc32(gram.encode()) % HASH_DIM


@lru_cache(maxsize=100_000)
def _char_slots(word: str) -> tuple[int, ...]:
    """The hashed slots of a word's character n-grams (with boundary marks); words repeat a
    lot, so they are computed once."""
    marked = f"<{word[:40]}>"
    return tuple(
        zlib.crc32(("c" + marked[i : i + n]).encode()) % CHAR_DIM
        for n in CHAR_NGRAMS
        for i in range(len(marked) - n + 1)
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text[:4000]))


def _word_row(words: list[str]) -> list[int]:
    grams = [*words, *(f"{a}_{b}" for a, b in itertools.pairwise(words))]
    grams += [w[:5] for w in words if len(w) > 5]
    return [_word_slot(gram) for gram in grams]


def combine(vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """Embedding, word features, character n-grams and the valence word lists side by side,
    as the classifier's input (each text is tokenised once)."""
    width = vectors.shape[1] + HASH_DIM + CHAR_DIM
    out = np.zeros((len(texts), width + VALENCE_DIM), dtype=np.float32)
    out[:, : vectors.shape[1]] = vectors
    word_block = out[:, vectors.shape[1] : vectors.shape[1] + HASH_DIM]
    char_block = out[:, vectors.shape[1] + HASH_DIM : width]
    out[:, width:] = valence_features(texts) * VALENCE_WEIGHT
    for row, text in enumerate(texts):
        words = _words(text)
        slots = _word_row(words)
        if slots:
            used, values = _weighted_log_counts(slots, WORD_WEIGHT)
            word_block[row, used] = values
        chars = [s for w in words for s in _char_slots(w)]
        if chars:
            used, values = _weighted_log_counts(chars, CHAR_WEIGHT)
            char_block[row, used] = values
    return out
