"""How the local model learns and predicts: softmax heads for phase, emotion and valence over
the combined features, blended with a vote of the nearest labelled examples (which counts
only as much as they are near), the valence deciding the emotion's group, and a workspace's
corrections put on top of a trained model without retraining.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from assistant.classify.cleaning import CLEANING_VERSION, tagging_text
from assistant.classify.features import (
    CHAR_DIM,
    CHAR_WEIGHT,
    HASH_DIM,
    VALENCE_WEIGHT,
    WORD_WEIGHT,
    combine,
)
from assistant.classify.model_file import LocalModel
from assistant.classify.signals import (
    RATING_PRIOR,
)
from assistant.classify.softmax import (
    SoftmaxModel,
    best_temperature,
    blend_logits,
    damped,
    fit_calibrated_oof,
    nearest,
    neighbour_votes,
    softmax,
    votes_of,
)
from assistant.classify.valence import (
    POSITIVE_LEFT,
    VALENCE_DIM,
    clearly_negative,
    lexicon_digest,
)
from assistant.index.embeddings import Embedder
from assistant.models.examples import Example

MODEL_VERSION = "local-v6"  # bump when training changes: cached models are keyed on it
# The softmax is blended (log-linearly) with a vote of the K labelled examples closest in
# embedding space; the blend gets its own temperature, fitted on out-of-fold predictions.
KNN_K = 10
KNN_SHARPNESS = 20.0
KNN_WEIGHT = {"phase": 0.3, "emotion": 0.2, "valence": 0.2}
# The vote counts fully when the closest example is at cosine KNN_NEAR or more, not at all at
# KNN_FAR or less (real text far from all our examples is left to the softmax).
KNN_FAR, KNN_NEAR = 0.3, 0.6
# How far the valence head decides the emotion's group (1: the group's share is the head's)
VALENCE_STRENGTH = 1.0
VALENCE_GROUPS = ("negative", "neutral", "positive")
L2 = 1e-4  # weight decay of the softmax heads
# A human label on a near-identical text decides: above CORRECTION_NEAR cosine a correction's
# label is mixed in, fully at CORRECTION_SAME.
CORRECTION_NEAR = 0.8
CORRECTION_SAME = 0.95


def with_corrections(
    model: LocalModel, vectors: np.ndarray, corrections: Sequence[Example], key: str
) -> LocalModel:
    """The model with a workspace's corrections added to its neighbour pool (weighted
    CORRECTION_WEIGHT): applied on top in the time it takes to embed them, no retraining."""
    if not corrections:
        return model

    def index(ids: list[str], label: str | None) -> int:
        return ids.index(label) if label in ids else -1

    phase = [index(model.phase_ids, c.phase) for c in corrections]
    emotion = [index(model.emotion_ids, c.emotion) for c in corrections]
    return replace(
        model,
        fingerprint=key,
        pool=np.vstack([model.pool, vectors]).astype(np.float32),
        pool_phase=np.concatenate([model.pool_phase, np.asarray(phase, dtype=np.int64)]),
        pool_emotion=np.concatenate([model.pool_emotion, np.asarray(emotion, dtype=np.int64)]),
        pool_weight=np.concatenate([model.pool_weight, [c.weight for c in corrections]]),
    )


def corrected(
    probabilities: np.ndarray,
    similarity: np.ndarray,
    labels: np.ndarray,
) -> np.ndarray:
    """``probabilities`` with the label of each item's closest correction mixed in, from
    nothing at CORRECTION_NEAR cosine to all of it at CORRECTION_SAME. ``similarity`` is
    (items, corrections); ``labels`` each correction's class (-1: none for this head)."""
    usable = np.flatnonzero(labels >= 0)
    if len(usable) == 0 or len(probabilities) == 0:
        return probabilities
    sims = similarity[:, usable]
    best = sims.argmax(axis=1)
    closest = sims[np.arange(len(best)), best]
    share = np.clip((closest - CORRECTION_NEAR) / (CORRECTION_SAME - CORRECTION_NEAR), 0, 1)
    onehot = np.eye(probabilities.shape[1])[labels[usable][best]]
    return (1 - share[:, None]) * probabilities + share[:, None] * onehot


def fingerprint(examples: Sequence[Example], embedder_name: str) -> str:
    features = f"{WORD_WEIGHT}|{HASH_DIM}|{CHAR_WEIGHT}|{CHAR_DIM}"
    features += f"|{KNN_K}|{KNN_SHARPNESS}|{sorted(KNN_WEIGHT.items())}|{L2}|{RATING_PRIOR}"
    features += f"|{VALENCE_WEIGHT}|{VALENCE_DIM}|{lexicon_digest()}|{KNN_FAR}|{KNN_NEAR}"
    features += f"|v-emb|{POSITIVE_LEFT}|clean{CLEANING_VERSION}"
    digest = hashlib.sha1(f"{MODEL_VERSION}|{embedder_name}|{features}".encode())
    for ex in examples:
        digest.update(f"\x1e{ex.text}\x1f{ex.phase}\x1f{ex.emotion}\x1f{ex.weight}".encode())
    return digest.hexdigest()[:16]


def valence_group(valence: int) -> int:
    """0 negative, 1 neutral, 2 positive."""
    return 0 if valence < 0 else 2 if valence > 0 else 1


def train(
    examples: Sequence[Example],
    embedder: Embedder,
    phase_ids: list[str],
    emotion_ids: list[str],
    emotion_valence: Sequence[int],
) -> LocalModel:
    """Heads for phase (``phase_ids``, ``unknown`` among them when examples teach it),
    emotion and valence (the sign of each emotion's ``emotion_valence``)."""
    texts = [tagging_text(ex.text) for ex in examples]
    vectors = embedder.embed(texts)
    features = combine(vectors, texts)
    weights = np.asarray([ex.weight for ex in examples], dtype=np.float64)
    pool_rows = np.asarray([i for i, ex in enumerate(examples) if ex.source != "definition"])
    pool_rows = pool_rows.astype(np.int64)
    pool = vectors[pool_rows]
    pool_similarity = pool @ pool.T
    pool_weight = weights[pool_rows]

    def head(
        labels: list[str | None], ids: list[str], blend: float, columns: np.ndarray | None = None
    ) -> tuple[SoftmaxModel, np.ndarray, float]:
        rows = [i for i, label in enumerate(labels) if label in ids]
        y = np.asarray([ids.index(labels[i]) for i in rows])  # type: ignore[arg-type]
        x = features[rows] if columns is None else features[np.ix_(np.asarray(rows), columns)]
        model, oof, fold_of = fit_calibrated_oof(x, y, len(ids), weights[rows], l2=L2)
        if columns is not None:  # the unused columns get zero weight
            full = np.zeros((features.shape[1], len(ids)), dtype=np.float32)
            full[columns] = model.weights
            model.weights = full
        position = {row: j for j, row in enumerate(rows)}
        pool_labels = np.asarray(
            [ids.index(labels[i]) if labels[i] in ids else -1 for i in pool_rows],
            dtype=np.int64,
        )
        labelled = np.flatnonzero(pool_labels >= 0)
        if len(labelled) == 0:
            return model, pool_labels, 1.0
        # out of fold: an example is voted on only by examples outside its fold
        at = np.asarray([position[int(pool_rows[j])] for j in labelled])
        folds = fold_of[at]
        similarity = pool_similarity[np.ix_(labelled, labelled)].copy()
        similarity[folds[:, None] == folds[None, :]] = -np.inf
        votes = neighbour_votes(
            similarity, pool_labels[labelled], pool_weight[labelled], len(ids), KNN_K, KNN_SHARPNESS
        )
        votes = damped(votes, similarity.max(axis=1), KNN_FAR, KNN_NEAR)
        blended = blend_logits(oof[at] / model.temperature, votes, blend)
        return model, pool_labels, best_temperature(blended, y[at])

    phase, pool_phase, phase_t = head([ex.phase for ex in examples], phase_ids, KNN_WEIGHT["phase"])
    emotion, pool_emotion, emotion_t = head(
        [ex.emotion for ex in examples], emotion_ids, KNN_WEIGHT["emotion"]
    )
    groups = np.asarray([valence_group(v) for v in emotion_valence], dtype=np.int64)
    group_of = {e: VALENCE_GROUPS[g] for e, g in zip(emotion_ids, groups, strict=True)}
    # valence reads only what carries over to text unlike ours: the embedding and the word
    # lists (not the hashed words and characters of our own examples)
    width = features.shape[1]
    valence_columns = np.r_[0 : vectors.shape[1], width - VALENCE_DIM : width]
    valence, _, valence_t = head(
        [group_of.get(str(ex.emotion)) for ex in examples],
        list(VALENCE_GROUPS),
        KNN_WEIGHT["valence"],
        valence_columns,
    )
    return LocalModel(
        phase_ids,
        emotion_ids,
        phase,
        emotion,
        fingerprint(examples, embedder.name),
        pool,
        pool_phase,
        pool_emotion,
        pool_weight,
        phase_t,
        emotion_t,
        valence,
        valence_t,
        groups,
    )


def valence_first(
    emotions: np.ndarray,
    valence: np.ndarray,
    groups: np.ndarray,
    strength: float,
    negative: np.ndarray | None = None,
) -> np.ndarray:
    """Emotion probabilities whose mass per valence group follows the valence head: within a
    group the emotion head decides, between groups (at strength 1) the valence head does.
    Rows marked ``negative`` (the word lists leave no doubt) keep only POSITIVE_LEFT of the
    positive group's mass, moved to the negative group."""
    if negative is not None and negative.any():
        valence = valence.copy()
        moved = valence[negative, 2] * (1.0 - POSITIVE_LEFT)
        valence[negative, 2] -= moved
        valence[negative, 0] += moved
    onehot = np.eye(len(VALENCE_GROUPS))[groups]  # (emotions, groups)
    mass = emotions @ onehot
    factor = (valence / np.maximum(mass, 1e-12)) ** strength
    out = emotions * factor[:, groups]
    return out / out.sum(axis=1, keepdims=True)


def predict_proba(
    model: LocalModel, vectors: np.ndarray, texts: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """(phase probabilities in ``model.phase_ids``, emotion probabilities), one row per text:
    each calibrated softmax blended with the vote of the closest labelled examples, the
    emotions' valence groups weighed by the valence head."""
    features = combine(vectors, texts)
    similarity = vectors @ model.pool.T if len(model.pool) else np.zeros((len(texts), 0))
    shared: tuple[np.ndarray, np.ndarray] | None = None  # neighbours among all examples

    def head(
        softmax_model: SoftmaxModel, labels: np.ndarray, classes: int, blend: float, t: float
    ) -> np.ndarray:
        nonlocal shared
        logits = softmax_model.logits(features) / softmax_model.temperature
        labelled = np.flatnonzero(labels >= 0)
        if len(labelled) == 0 or len(texts) == 0:
            return softmax(logits)
        if len(labelled) == len(labels):  # every example teaches this head: share the search
            if shared is None:
                shared = nearest(similarity, KNN_K)
            top, sims = shared
            votes = votes_of(top, sims, labels, model.pool_weight, classes, KNN_SHARPNESS)
            closest = sims.max(axis=1)
        else:
            votes = neighbour_votes(
                similarity[:, labelled],
                labels[labelled],
                model.pool_weight[labelled],
                classes,
                KNN_K,
                KNN_SHARPNESS,
            )
            closest = similarity[:, labelled].max(axis=1)
        votes = damped(votes, closest, KNN_FAR, KNN_NEAR)
        return softmax(blend_logits(logits, votes, blend) / t)

    phases = head(
        model.phase,
        model.pool_phase,
        len(model.phase_ids),
        KNN_WEIGHT["phase"],
        model.phase_blend_t,
    )
    emotions = head(
        model.emotion,
        model.pool_emotion,
        len(model.emotion_ids),
        KNN_WEIGHT["emotion"],
        model.emotion_blend_t,
    )
    if model.valence is not None and model.emotion_groups is not None:
        groups = model.emotion_groups
        pool_valence = np.where(model.pool_emotion >= 0, groups[model.pool_emotion], -1)
        valence = head(
            model.valence,
            pool_valence,
            len(VALENCE_GROUPS),
            KNN_WEIGHT["valence"],
            model.valence_blend_t,
        )
        words = features[:, features.shape[1] - VALENCE_DIM :] / VALENCE_WEIGHT
        emotions = valence_first(
            emotions, valence, groups, VALENCE_STRENGTH, clearly_negative(words)
        )
    return phases, emotions
