"""The offline classifier: softmax regression over embeddings, word features and character
n-grams, blended with a vote of the nearest labelled examples.

It learns from the labelled examples we ship, from the taxonomy's own definitions and
from a workspace's corrections (weighted higher). Trained models are cached by a
fingerprint of everything they learned from, so a second run starts at once. Other phase
models are served through their mapping onto journey7.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path

import numpy as np

from assistant.classify.base import Item, Tag, Taxonomy
from assistant.classify.cleaning import tagging_text
from assistant.classify.examples import Example, bundled_examples, definition_examples
from assistant.classify.features import CHAR_DIM, CHAR_WEIGHT, HASH_DIM, WORD_WEIGHT, combine
from assistant.classify.signals import (
    RATING_PRIOR,
    apply_rating,
    evidence_quote,
    intensity,
    rating_in_text,
    rating_share,
    sentiment,
)
from assistant.classify.softmax import (
    SoftmaxModel,
    best_temperature,
    blend_logits,
    fit_calibrated_oof,
    nearest,
    neighbour_votes,
    softmax,
    votes_of,
)
from assistant.index.embeddings import Embedder, first_encoder, first_part
from assistant.index.keyword import fold
from assistant.ingest.language import detect_language
from assistant.kb.loader import KnowledgeBase

MODEL_VERSION = "local-v5"  # bump when training changes: cached models are keyed on it
CORRECTION_WEIGHT = 3.0
TOUCHPOINT_MIN = 0.2
PAIN_MIN = 0.25
# The softmax is blended (log-linearly) with a vote of the K labelled examples closest in
# embedding space; the blend gets its own temperature, fitted on out-of-fold predictions.
KNN_K = 10
KNN_SHARPNESS = 20.0
KNN_WEIGHT = {"phase": 0.3, "emotion": 0.2}
L2 = 1e-4  # weight decay of the softmax heads
# A human label on a near-identical text decides: above CORRECTION_NEAR cosine a correction's
# label is mixed in, fully at CORRECTION_SAME.
CORRECTION_NEAR = 0.8
CORRECTION_SAME = 0.95
MODES = ("fast", "accurate")  # the local models that ship trained (assistant/classify/trained)


@dataclass
class LocalModel:
    phase_ids: list[str]
    emotion_ids: list[str]
    phase: SoftmaxModel
    emotion: SoftmaxModel
    fingerprint: str
    # labelled examples as embeddings (not the taxonomy's definitions), for the neighbour vote
    pool: np.ndarray  # (examples, embedding dim)
    pool_phase: np.ndarray  # phase index per example, -1 when it teaches no phase
    pool_emotion: np.ndarray  # emotion index per example, -1 when it teaches no emotion
    pool_weight: np.ndarray
    phase_blend_t: float = 1.0
    emotion_blend_t: float = 1.0

    def save(self, path: Path, *, encoder: str = "", compact: bool = False) -> None:
        """Writes the model; ``compact`` keeps the pool vectors in float16 (shipped models)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(
            tmp,
            phase_w=self.phase.weights,
            phase_b=self.phase.bias,
            phase_t=self.phase.temperature,
            emotion_w=self.emotion.weights,
            emotion_b=self.emotion.bias,
            emotion_t=self.emotion.temperature,
            phase_ids=np.asarray(self.phase_ids),
            emotion_ids=np.asarray(self.emotion_ids),
            pool=self.pool.astype(np.float16) if compact else self.pool,
            pool_phase=self.pool_phase,
            pool_emotion=self.pool_emotion,
            pool_weight=self.pool_weight,
            blend_t=np.asarray([self.phase_blend_t, self.emotion_blend_t]),
            fingerprint=np.asarray(self.fingerprint),
            encoder=np.asarray(encoder),
        )
        tmp.replace(path)

    @staticmethod
    def _field(path: Path, name: str) -> str:
        try:
            with np.load(path) as data:
                return str(data[name]) if name in data.files else ""
        except (OSError, ValueError):
            return ""

    @classmethod
    def fingerprint_of(cls, path: Path) -> str:
        return cls._field(path, "fingerprint")

    @classmethod
    def encoder_of(cls, path: Path) -> str:
        return cls._field(path, "encoder")

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> LocalModel | None:
        """The model in ``path``, or None when it cannot be read or (for a file that records
        it) was trained on other examples than ``fingerprint`` says."""
        try:
            with np.load(path) as data:
                stored = str(data["fingerprint"]) if "fingerprint" in data.files else fingerprint
                if stored != fingerprint:
                    return None
                return cls(
                    [str(x) for x in data["phase_ids"]],
                    [str(x) for x in data["emotion_ids"]],
                    SoftmaxModel(data["phase_w"], data["phase_b"], float(data["phase_t"])),
                    SoftmaxModel(data["emotion_w"], data["emotion_b"], float(data["emotion_t"])),
                    fingerprint,
                    data["pool"].astype(np.float32),
                    data["pool_phase"],
                    data["pool_emotion"],
                    data["pool_weight"],
                    float(data["blend_t"][0]),
                    float(data["blend_t"][1]),
                )
        except (OSError, KeyError, ValueError, IndexError):
            return None


def shipped_path(mode: str) -> Path:
    """Where the package keeps the trained model of ``mode`` (built by ``make train``)."""
    return Path(str(files("assistant.classify") / "trained" / f"{mode}.npz"))


def shipped_model(embedder_name: str, key: str) -> LocalModel | None:
    """The shipped model trained with ``embedder_name`` on the examples with fingerprint
    ``key``, or None when none matches (another encoder, other examples)."""
    for mode in MODES:
        path = shipped_path(mode)
        if path.exists() and LocalModel.encoder_of(path) == embedder_name:
            return LocalModel.load(path, key)
    return None


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
    digest = hashlib.sha1(f"{MODEL_VERSION}|{embedder_name}|{features}".encode())
    for ex in examples:
        digest.update(f"\x1e{ex.text}\x1f{ex.phase}\x1f{ex.emotion}\x1f{ex.weight}".encode())
    return digest.hexdigest()[:16]


def train(
    examples: Sequence[Example], embedder: Embedder, phase_ids: list[str], emotion_ids: list[str]
) -> LocalModel:
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
        labels: list[str | None], ids: list[str], blend: float
    ) -> tuple[SoftmaxModel, np.ndarray, float]:
        rows = [i for i, label in enumerate(labels) if label in ids]
        y = np.asarray([ids.index(labels[i]) for i in rows])  # type: ignore[arg-type]
        model, oof, fold_of = fit_calibrated_oof(features[rows], y, len(ids), weights[rows], l2=L2)
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
        blended = blend_logits(oof[at] / model.temperature, votes, blend)
        return model, pool_labels, best_temperature(blended, y[at])

    phase, pool_phase, phase_t = head([ex.phase for ex in examples], phase_ids, KNN_WEIGHT["phase"])
    emotion, pool_emotion, emotion_t = head(
        [ex.emotion for ex in examples], emotion_ids, KNN_WEIGHT["emotion"]
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
    )


def predict_proba(
    model: LocalModel, vectors: np.ndarray, texts: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """(journey7 phase probabilities, emotion probabilities), one row per text: the calibrated
    softmax blended with the vote of the closest labelled examples."""
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
        else:
            votes = neighbour_votes(
                similarity[:, labelled],
                labels[labelled],
                model.pool_weight[labelled],
                classes,
                KNN_K,
                KNN_SHARPNESS,
            )
        return softmax(blend_logits(logits, votes, blend) / t)

    return (
        head(
            model.phase,
            model.pool_phase,
            len(model.phase_ids),
            KNN_WEIGHT["phase"],
            model.phase_blend_t,
        ),
        head(
            model.emotion,
            model.pool_emotion,
            len(model.emotion_ids),
            KNN_WEIGHT["emotion"],
            model.emotion_blend_t,
        ),
    )


@dataclass
class _Catalogue:
    """Entries (touchpoints or friction patterns) as vectors, and which journey7 phases
    each may be chosen for: ``allowed[phase, entry]``."""

    ids: list[str]
    vectors: np.ndarray
    allowed: np.ndarray

    @classmethod
    def build(
        cls, embedder: Embedder, texts: dict[str, str], per_phase: list[set[str]]
    ) -> _Catalogue:
        ids = list(texts)
        allowed = np.array([[i in phase for i in ids] for phase in per_phase], dtype=bool)
        return cls(ids, first_encoder(embedder).embed([texts[i] for i in ids]), allowed)

    def best(self, vectors: np.ndarray, phase_rows: np.ndarray, floor: float) -> list[str | None]:
        """Per item, the closest entry allowed for its phase when closer than ``floor``."""
        scores = np.where(self.allowed[phase_rows], vectors @ self.vectors.T, -np.inf)
        best = scores.argmax(axis=1)
        top = scores[np.arange(len(best)), best]
        return [self.ids[b] if s > floor else None for b, s in zip(best, top, strict=True)]


class LocalClassifier:
    """Tags items offline; ``corrections`` are a workspace's human labels (journey7 ids)."""

    name = "local"

    def __init__(
        self,
        embedder: Embedder,
        kb: KnowledgeBase,
        taxonomy: Taxonomy,
        corrections: Sequence[Example] = (),
        cache_dir: Path | None = None,
    ) -> None:
        self.embedder = embedder
        self.kb = kb
        self.taxonomy = taxonomy
        self.corrections = [
            Example(c.text, c.phase, c.emotion, CORRECTION_WEIGHT, "correction")
            for c in corrections
        ]
        self.cache_dir = cache_dir
        self._model: LocalModel | None = None
        self._lock = threading.Lock()
        self._journey7 = [p.id for p in kb.default_phase_model.phases]
        self._valence = np.asarray([taxonomy.valence(e) for e in taxonomy.emotion_ids])
        self._aux: dict[str, tuple[list[str], np.ndarray]] = {}
        self._pool_examples: list[Example] = []  # the model's pool rows, in order
        self._catalogue_cache: tuple[_Catalogue, _Catalogue] | None = None
        # the corrections' vectors and phase and emotion indexes (-1: none), once embedded
        self._corrections_seen: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._cues = {  # folded once: evidence_quote looks for them in every item
            e.id: [fold(c) for c in (*e.cues.nl, *e.cues.en) if c.strip()] for e in kb.emotions
        }

    @property
    def model_name(self) -> str:
        """What this model reads texts with and learned from (``local-v4/use-m3:…``): changes
        with the encoders (the fast or the accurate mode), the examples and the corrections."""
        return f"{MODEL_VERSION}/{self.embedder.name}:{self.model().fingerprint}"

    @property
    def learned_corrections(self) -> int:
        return len(self.corrections)

    # --- the model --------------------------------------------------------------------------

    def model(self) -> LocalModel:
        """The shipped model (or one trained from the examples and cached, when the examples
        or the encoder differ from what shipped), with the workspace's corrections on top."""
        with self._lock:
            if self._model is None:
                examples = [*bundled_examples(), *definition_examples(self.kb)]
                model = self._base_model(examples)
                self._pool_examples = [
                    *(e for e in examples if e.source != "definition"),
                    *self.corrections,
                ]
                if self.corrections:
                    vectors = self.embedder.embed([tagging_text(c.text) for c in self.corrections])
                    key = fingerprint([*examples, *self.corrections], self.embedder.name)
                    model = with_corrections(model, vectors, self.corrections, key)
                    self._corrections_seen = (
                        vectors,
                        model.pool_phase[-len(self.corrections) :],
                        model.pool_emotion[-len(self.corrections) :],
                    )
                self._model = model
            return self._model

    def _base_model(self, examples: list[Example]) -> LocalModel:
        key = fingerprint(examples, self.embedder.name)
        path = self.cache_dir / f"{key}.npz" if self.cache_dir else None
        model = LocalModel.load(path, key) if path and path.exists() else None
        if model is None:
            model = shipped_model(self.embedder.name, key)
        if model is None:
            model = train(examples, self.embedder, self._journey7, self.taxonomy.emotion_ids)
            if path is not None:
                model.save(path, encoder=self.embedder.name)
        return model

    def _vectors_of(self, name: str, texts: dict[str, str]) -> tuple[list[str], np.ndarray]:
        if name not in self._aux:
            ids = list(texts)
            vectors = first_encoder(self.embedder).embed([texts[i] for i in ids])
            self._aux[name] = (ids, vectors)
        return self._aux[name]

    # --- nearest labelled examples (few-shot for the LLM) ------------------------------------

    def nearest_examples(
        self, items: Sequence[Item], k: int = 4
    ) -> list[list[tuple[str, str, str]]]:
        """Per item, (text, phase, emotion) of the labelled examples and corrections closest
        to it; corrections come first when they are as close. Uses the vectors the model
        already holds for its neighbour vote, and embeds all items in one pass."""
        model = self.model()
        pool = self._pool_examples
        rows = [i for i, e in enumerate(pool) if e.phase and e.emotion]
        rows.sort(key=lambda i: pool[i].source != "correction")  # stable: corrections first
        if not rows or not items:
            return [[] for _ in items]
        scores = self.embed(items) @ model.pool[rows].T
        out: list[list[tuple[str, str, str]]] = []
        for row in scores:
            best = np.argsort(-row, kind="stable")[:k]
            picked = [pool[rows[int(b)]] for b in best]
            out.append([(e.text, str(e.phase), str(e.emotion)) for e in picked])
        return out

    # --- classifying ------------------------------------------------------------------------

    def embed(self, items: Sequence[Item]) -> np.ndarray:
        """The vectors :meth:`classify_vectors` expects: of each item's text as the
        classifier reads it (:func:`tagging_text`)."""
        return self.embedder.embed([tagging_text(i.text) for i in items])

    def classify(self, items: Sequence[Item]) -> list[Tag]:
        if not items:
            return []
        return self.classify_vectors(items, self.embed(items))

    def probabilities(
        self, items: Sequence[Item], vectors: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(journey7 phase probabilities, emotion probabilities), one row per item. The
        customer's rating (given with the item, or written in the text) weighs on the
        emotion: a one-star review is not praise."""
        p7, pe = predict_proba(self.model(), vectors, [tagging_text(i.text) for i in items])
        shares = [
            rating_share(i.rating) if i.rating is not None else rating_in_text(i.text)
            for i in items
        ]
        pe = apply_rating(pe, self._valence, shares)
        if self._corrections_seen is not None:  # a human label on a near-identical text decides
            seen, phases, emotions = self._corrections_seen
            similarity = vectors @ seen.T
            p7, pe = corrected(p7, similarity, phases), corrected(pe, similarity, emotions)
        return p7, pe

    def classify_vectors(self, items: Sequence[Item], vectors: np.ndarray) -> list[Tag]:
        p7, pe = self.probabilities(items, vectors)
        base = first_part(self.embedder, vectors)  # the thresholds below are the first encoder's
        phases = self._project(p7, base)
        phase_rows = p7.argmax(axis=1)  # journey7 phase: picks touchpoints and pain points
        touchpoints, frictions = self._catalogues()
        touchpoint = touchpoints.best(base, phase_rows, TOUCHPOINT_MIN)
        friction = frictions.best(base, phase_rows, PAIN_MIN)
        model_name = self.model_name
        tags: list[Tag] = []
        for row, item in enumerate(items):
            phase_index = int(np.argmax(phases[row]))
            emotion_index = int(np.argmax(pe[row]))
            emotion = self.taxonomy.emotion_ids[emotion_index]
            valence = self.taxonomy.valence(emotion)
            strength = intensity(item.text)
            pain = None
            if valence < 0 and friction[row] is not None:
                lang = "nl" if detect_language(item.text) == "nl" else "en"
                pain = self.kb.friction_pattern(str(friction[row])).name.get(lang)
            tags.append(
                Tag(
                    item_id=item.id,
                    phase=self.taxonomy.phase_ids[phase_index],
                    phase_confidence=round(float(np.clip(phases[row, phase_index], 0, 1)), 4),
                    emotion=emotion,
                    emotion_confidence=round(float(np.clip(pe[row, emotion_index], 0, 1)), 4),
                    intensity=strength,
                    sentiment=sentiment(valence, strength),
                    touchpoint=touchpoint[row],
                    pain_point=pain,
                    evidence=evidence_quote(item.text, self._cues[emotion]),
                    classifier=self.name,
                    model=model_name,
                    taxonomy_version=self.taxonomy.version,
                    phase_model=self.taxonomy.phase_model,
                )
            )
        return tags

    def _catalogues(self) -> tuple[_Catalogue, _Catalogue]:
        """Touchpoints and friction patterns, embedded once, with the journey7 phases each
        one belongs to."""
        with self._lock:
            if self._catalogue_cache is None:
                kb, phases = self.kb, self._journey7
                touchpoints = _Catalogue.build(
                    self.embedder,
                    {t.id: f"{t.name.en}. {t.description.en}" for t in kb.touchpoints},
                    [{t.id for t in kb.touchpoints_for(p)} for p in phases],
                )
                frictions = _Catalogue.build(
                    self.embedder,
                    {
                        p.id: f"{p.name.en}. {' '.join(p.signals.en)} {' '.join(p.signals.nl)}"
                        for p in kb.friction_patterns
                    },
                    [{f.id for f in kb.friction_patterns_for(p)} for p in phases],
                )
                self._catalogue_cache = (touchpoints, frictions)
            return self._catalogue_cache

    def _project(self, p7: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """journey7 probabilities -> the active model's phases, through its mapping.

        Each journey7 phase's probability is shared by the model phases mapping to it, in
        proportion to how close the item is to each of their definitions.
        """
        if self.taxonomy.phase_model == "journey7":
            return p7
        defs = {p.id: f"{p.name_en}. {p.definition}" for p in self.taxonomy.phases}
        ids, def_vectors = self._vectors_of(f"phases:{self.taxonomy.phase_model}", defs)
        closeness = np.exp(vectors @ def_vectors.T * 5.0)  # (n, model phases)
        out = np.zeros((len(p7), len(ids)), dtype=np.float64)
        for j, phase7 in enumerate(self._journey7):
            targets = [k for k, p in enumerate(self.taxonomy.phases) if phase7 in p.maps_to]
            if not targets:
                continue
            share = closeness[:, targets]
            share = share / share.sum(axis=1, keepdims=True)
            out[:, targets] += p7[:, [j]] * share
        totals = out.sum(axis=1, keepdims=True)
        totals[totals == 0] = 1.0
        return out / totals
