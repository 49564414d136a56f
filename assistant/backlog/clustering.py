"""Small deterministic clustering of L2-normalised vectors (numpy only, no randomness).

**Average linkage**: start with every item on its own and keep merging the two clusters
whose members are, on average, most similar (mean pairwise cosine), until no pair reaches
``threshold``. Unlike a running centroid this does not drift: a cluster only grows when
its members really resemble the newcomers. Clusters smaller than ``min_size`` are
dissolved and their items left unclustered.

Past ``MAX_LINKAGE`` items the linkage runs on an evenly strided sample and every item is
then assigned to the nearest cluster centre (or to none below ``threshold``), which keeps
time and memory bounded. Same input in the same order -> same clusters; ties go to the
lower index. The caller fixes the order (e.g. by record id).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_THRESHOLD = 0.4  # mean cosine between members (multilingual USE)
DEFAULT_MIN_SIZE = 2
MAX_LINKAGE = 1500  # items clustered exactly; more are sampled, then assigned


@dataclass(frozen=True)
class Clustering:
    """``labels[i]`` is item i's cluster (0..k-1, biggest first) or -1 for unclustered."""

    labels: np.ndarray
    centroids: np.ndarray

    @property
    def size(self) -> int:
        return len(self.centroids)

    def members(self, cluster: int) -> list[int]:
        return [int(i) for i in np.flatnonzero(self.labels == cluster)]

    @property
    def unclustered(self) -> int:
        return int(np.sum(self.labels < 0))


def normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def _centroids(vectors: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    sums = np.zeros((k, vectors.shape[1]), dtype=np.float32)
    np.add.at(sums, labels[labels >= 0], vectors[labels >= 0])
    return normalise(sums)


def assign(vectors: np.ndarray, centroids: np.ndarray, threshold: float) -> np.ndarray:
    """Nearest centroid per vector, or -1 when none has cosine ≥ ``threshold``."""
    if len(vectors) == 0 or len(centroids) == 0:
        return np.full(len(vectors), -1, dtype=np.int64)
    sims = vectors @ centroids.T
    best = sims.argmax(axis=1)  # argmax takes the first of equal maxima: deterministic
    best_sim = sims[np.arange(len(vectors)), best]
    return np.where(best_sim >= threshold, best, -1).astype(np.int64)


def _average_linkage(vectors: np.ndarray, threshold: float) -> np.ndarray:
    """Cluster root per item (an item index), merging by mean pairwise cosine."""
    n = len(vectors)
    sim = (vectors @ vectors.T).astype(np.float64)
    np.fill_diagonal(sim, -np.inf)
    sizes = np.ones(n)
    root = np.arange(n)
    while n > 1:
        a, b = divmod(int(sim.argmax()), n)  # the first maximum: ties go to lower indexes
        if sim[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        merged = (sizes[a] * sim[a] + sizes[b] * sim[b]) / (sizes[a] + sizes[b])
        sim[a, :] = merged
        sim[:, a] = merged
        sim[b, :] = -np.inf
        sim[:, b] = -np.inf
        sim[a, a] = -np.inf
        sizes[a] += sizes[b]
        root[root == b] = a
    return root


def _relabel(labels: np.ndarray, min_size: int) -> np.ndarray:
    """Drop clusters under ``min_size``; number the rest biggest first (ties: first member)."""
    kept = []
    for cluster in np.unique(labels[labels >= 0]):
        members = np.flatnonzero(labels == cluster)
        if len(members) >= min_size:
            kept.append((-len(members), int(members[0]), int(cluster)))
    mapping = {old: new for new, (_, _, old) in enumerate(sorted(kept))}
    return np.array([mapping.get(int(x), -1) for x in labels], dtype=np.int64)


def cluster(
    vectors: np.ndarray,
    threshold: float = DEFAULT_THRESHOLD,
    min_size: int = DEFAULT_MIN_SIZE,
) -> Clustering:
    """Group similar vectors; see the module docstring."""
    if len(vectors) == 0:
        dim = vectors.shape[1] if vectors.ndim == 2 else 0
        return Clustering(np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32))
    vectors = normalise(vectors)
    if len(vectors) <= MAX_LINKAGE:
        labels = _relabel(_average_linkage(vectors, threshold), min_size)
    else:
        step = -(-len(vectors) // MAX_LINKAGE)
        sample = vectors[::step]
        seeds = _relabel(_average_linkage(sample, threshold), 1)
        centres = _centroids(sample, seeds, int(seeds.max()) + 1)
        labels = _relabel(assign(vectors, centres, threshold), min_size)
    k = int(labels.max()) + 1 if labels.max() >= 0 else 0
    return Clustering(labels, _centroids(vectors, labels, k))


def closest(vectors: np.ndarray, members: list[int], centroid: np.ndarray) -> list[int]:
    """``members`` ordered by similarity to ``centroid``, most typical first (ties: position)."""
    sims = vectors[members] @ centroid
    return [m for _, m in sorted(zip((-sims).tolist(), members, strict=True))]
