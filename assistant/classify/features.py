"""What the local classifier sees: the multilingual embedding plus hashed word features.

The embedding carries meaning across languages; the hashed words (unigrams, bigrams and
word stems) carry the exact vocabulary of a domain ("terugbetaling", "opzeggen", "tracking")
that embeddings blur. Both are L2-normalised and concatenated.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence

import numpy as np

from assistant.index.keyword import fold

HASH_DIM = 4096
WORD_WEIGHT = 2.0
_WORD = re.compile(r"[a-z0-9]+")


def word_features(texts: Sequence[str], dim: int = HASH_DIM) -> np.ndarray:
    matrix = np.zeros((len(texts), dim), dtype=np.float32)
    for row, text in enumerate(texts):
        words = _WORD.findall(fold(text[:4000]))
        grams = [*words, *(f"{a}_{b}" for a, b in itertools.pairwise(words))]
        grams += [w[:5] for w in words if len(w) > 5]
        for gram in grams:
            matrix[row, zlib.crc32(gram.encode()) % dim] += 1.0
    matrix = np.log1p(matrix)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def combine(vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """Embedding and word features side by side, as the classifier's input."""
    return np.hstack([vectors, WORD_WEIGHT * word_features(texts)]).astype(np.float32)
