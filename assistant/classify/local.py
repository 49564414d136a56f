"""The offline classifier: tags items with the trained local model (shipped in the package,
or trained from the examples and cached when they differ), a workspace's corrections on top.

It learns from the labelled examples we ship, from the taxonomy's own definitions and
from a workspace's corrections (weighted higher); see :mod:`assistant.classify.learning`.
Other phase models are served through their mapping onto journey7.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.classify.base import UNKNOWN_PHASE, Item, Tag, Taxonomy
from assistant.classify.cleaning import tagging_text
from assistant.classify.examples import Example, bundled_examples, definition_examples
from assistant.classify.learning import (
    MODEL_VERSION,
    corrected,
    fingerprint,
    predict_proba,
    train,
    with_corrections,
)
from assistant.classify.model_file import LocalModel, shipped_model
from assistant.classify.signals import (
    apply_rating,
    evidence_quote,
    intensity,
    rating_in_text,
    rating_share,
    sentiment,
)
from assistant.index.embeddings import Embedder, first_encoder, first_part
from assistant.index.keyword import fold
from assistant.ingest.language import detect_language
from assistant.kb.loader import KnowledgeBase

CORRECTION_WEIGHT = 3.0
TOUCHPOINT_MIN = 0.2
PAIN_MIN = 0.25


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
        self._cues = {  # folded once: evidence_quote looks for them in every item
            e.id: [fold(c) for c in (*e.cues.nl, *e.cues.en) if c.strip()] for e in kb.emotions
        }

    @property
    def model_name(self) -> str:
        """What this model reads texts with and learned from (``local-v6/use-m3:…``): changes
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
                self._model = model
            return self._model

    def _base_model(self, examples: list[Example]) -> LocalModel:
        key = fingerprint(examples, self.embedder.name)
        path = self.cache_dir / f"{key}.npz" if self.cache_dir else None
        model = LocalModel.load(path, key) if path and path.exists() else None
        if model is None:
            model = shipped_model(self.embedder.name, key)
        if model is None:
            model = train(
                examples,
                self.embedder,
                [*self._journey7, UNKNOWN_PHASE],
                self.taxonomy.emotion_ids,
                [self.taxonomy.valence(e) for e in self.taxonomy.emotion_ids],
            )
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
        self, items: Sequence[Item], vectors: np.ndarray, texts: Sequence[str] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(phase probabilities, journey7's then "unknown"; emotion probabilities), one row
        per item. ``texts``: the items as the classifier reads them (:func:`tagging_text`),
        when the caller has them already. The customer's rating (given with the item, or
        written in the text) weighs on the emotion: a one-star review is not praise; a
        correction on a near-identical text decides."""
        if texts is None:
            texts = [tagging_text(i.text) for i in items]
        model = self.model()
        p7, pe = predict_proba(model, vectors, texts)
        shares = [
            rating_share(i.rating) if i.rating is not None else rating_in_text(i.text)
            for i in items
        ]
        pe = apply_rating(pe, self._valence, shares)
        if self.corrections:  # with_corrections put them at the end of the pool
            tail = slice(len(model.pool) - len(self.corrections), None)
            similarity = vectors @ model.pool[tail].T
            p7 = corrected(p7, similarity, model.pool_phase[tail])
            pe = corrected(pe, similarity, model.pool_emotion[tail])
        return p7, pe

    def classify_vectors(self, items: Sequence[Item], vectors: np.ndarray) -> list[Tag]:
        texts = [tagging_text(i.text) for i in items]  # once per item, not per use
        p_all, pe = self.probabilities(items, vectors, texts)
        known = p_all[:, : len(self._journey7)]  # journey7's phases; "unknown" after them
        unknown = p_all[:, len(self._journey7)] if p_all.shape[1] > len(known[0]) else None
        p7 = known / np.maximum(known.sum(axis=1, keepdims=True), 1e-12)
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
            phase = self.taxonomy.phase_ids[phase_index]
            phase_confidence = float(phases[row, phase_index])
            # abstain: nothing left to read (a bare link, only handles), or "no sign of where
            # the customer is" is likelier than any phase
            if not texts[row]:
                phase, phase_confidence = UNKNOWN_PHASE, 1.0
            elif unknown is not None and unknown[row] > known[row].max():
                phase, phase_confidence = UNKNOWN_PHASE, float(unknown[row])
            emotion_index = int(np.argmax(pe[row]))
            emotion = self.taxonomy.emotion_ids[emotion_index]
            valence = self.taxonomy.valence(emotion)
            strength = intensity(item.text)
            pain = None
            placed = phase != UNKNOWN_PHASE
            if placed and valence < 0 and friction[row] is not None:
                lang = "nl" if detect_language(item.text) == "nl" else "en"
                pain = self.kb.friction_pattern(str(friction[row])).name.get(lang)
            tags.append(
                Tag(
                    item_id=item.id,
                    phase=phase,
                    phase_confidence=round(float(np.clip(phase_confidence, 0, 1)), 4),
                    emotion=emotion,
                    emotion_confidence=round(float(np.clip(pe[row, emotion_index], 0, 1)), 4),
                    intensity=strength,
                    sentiment=sentiment(valence, strength),
                    touchpoint=touchpoint[row] if placed else None,
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
