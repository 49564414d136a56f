"""The offline classifier: softmax regression over embeddings and word features.

It learns from the labelled examples we ship, from the taxonomy's own definitions and
from a workspace's corrections (weighted higher). Trained models are cached by a
fingerprint of everything they learned from, so a second run starts at once. Other phase
models are served through their mapping onto journey7.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.classify.base import Item, Tag, Taxonomy
from assistant.classify.examples import Example, bundled_examples, definition_examples
from assistant.classify.features import HASH_DIM, WORD_WEIGHT, combine
from assistant.classify.signals import evidence_quote, intensity, sentiment
from assistant.classify.softmax import SoftmaxModel, fit_calibrated
from assistant.index.embeddings import Embedder
from assistant.ingest.language import detect_language
from assistant.kb.loader import KnowledgeBase

MODEL_VERSION = "local-v1"
CORRECTION_WEIGHT = 3.0
TOUCHPOINT_MIN = 0.2
PAIN_MIN = 0.25


@dataclass
class LocalModel:
    phase_ids: list[str]
    emotion_ids: list[str]
    phase: SoftmaxModel
    emotion: SoftmaxModel
    fingerprint: str

    def save(self, path: Path) -> None:
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
        )
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> LocalModel | None:
        try:
            with np.load(path) as data:
                return cls(
                    [str(x) for x in data["phase_ids"]],
                    [str(x) for x in data["emotion_ids"]],
                    SoftmaxModel(data["phase_w"], data["phase_b"], float(data["phase_t"])),
                    SoftmaxModel(data["emotion_w"], data["emotion_b"], float(data["emotion_t"])),
                    fingerprint,
                )
        except (OSError, KeyError, ValueError):
            return None


def fingerprint(examples: Sequence[Example], embedder_name: str) -> str:
    digest = hashlib.sha1(f"{MODEL_VERSION}|{embedder_name}|{WORD_WEIGHT}|{HASH_DIM}".encode())
    for ex in examples:
        digest.update(f"\x1e{ex.text}\x1f{ex.phase}\x1f{ex.emotion}\x1f{ex.weight}".encode())
    return digest.hexdigest()[:16]


def train(
    examples: Sequence[Example], embedder: Embedder, phase_ids: list[str], emotion_ids: list[str]
) -> LocalModel:
    texts = [ex.text for ex in examples]
    features = combine(embedder.embed(texts), texts)
    weights = np.asarray([ex.weight for ex in examples], dtype=np.float64)

    def head(labels: list[str | None], ids: list[str]) -> SoftmaxModel:
        rows = [i for i, label in enumerate(labels) if label in ids]
        y = np.asarray([ids.index(labels[i]) for i in rows])  # type: ignore[arg-type]
        return fit_calibrated(features[rows], y, len(ids), weights[rows], l2=1e-4)

    return LocalModel(
        phase_ids,
        emotion_ids,
        head([ex.phase for ex in examples], phase_ids),
        head([ex.emotion for ex in examples], emotion_ids),
        fingerprint(examples, embedder.name),
    )


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
        self._aux: dict[str, tuple[list[str], np.ndarray]] = {}
        self._pool: tuple[list[Example], np.ndarray] | None = None

    @property
    def model_name(self) -> str:
        """What this model learned from: changes when the examples or corrections change."""
        return f"{MODEL_VERSION}:{self.model().fingerprint}"

    @property
    def learned_corrections(self) -> int:
        return len(self.corrections)

    # --- the model --------------------------------------------------------------------------

    def model(self) -> LocalModel:
        with self._lock:
            if self._model is None:
                examples = [*bundled_examples(), *definition_examples(self.kb), *self.corrections]
                key = fingerprint(examples, self.embedder.name)
                path = self.cache_dir / f"{key}.npz" if self.cache_dir else None
                model = LocalModel.load(path, key) if path and path.exists() else None
                if model is None:
                    model = train(
                        examples, self.embedder, self._journey7, self.taxonomy.emotion_ids
                    )
                    if path is not None:
                        model.save(path)
                self._model = model
            return self._model

    def _vectors_of(self, name: str, texts: dict[str, str]) -> tuple[list[str], np.ndarray]:
        if name not in self._aux:
            ids = list(texts)
            self._aux[name] = (ids, self.embedder.embed([texts[i] for i in ids]))
        return self._aux[name]

    # --- nearest labelled examples (few-shot for the LLM) ------------------------------------

    def nearest_examples(self, item: Item, k: int = 4) -> list[tuple[str, str, str]]:
        """(text, phase, emotion) of the labelled examples and corrections closest to ``item``;
        corrections come first when they are as close."""
        with self._lock:
            if self._pool is None:
                pool = [
                    e for e in (*self.corrections, *bundled_examples()) if e.phase and e.emotion
                ]
                self._pool = (pool, self.embedder.embed([e.text for e in pool]))
        pool, vectors = self._pool
        if not pool:
            return []
        scores = vectors @ self.embedder.embed([item.text])[0]
        best = np.argsort(-scores, kind="stable")[:k]
        return [(pool[i].text, str(pool[i].phase), str(pool[i].emotion)) for i in best]

    # --- classifying ------------------------------------------------------------------------

    def classify(self, items: Sequence[Item]) -> list[Tag]:
        if not items:
            return []
        return self.classify_vectors(items, self.embedder.embed([i.text for i in items]))

    def probabilities(
        self, items: Sequence[Item], vectors: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(journey7 phase probabilities, emotion probabilities), one row per item."""
        model = self.model()
        features = combine(vectors, [i.text for i in items])
        return model.phase.proba(features), model.emotion.proba(features)

    def classify_vectors(self, items: Sequence[Item], vectors: np.ndarray) -> list[Tag]:
        p7, pe = self.probabilities(items, vectors)
        phases = self._project(p7, vectors)
        tags: list[Tag] = []
        for row, item in enumerate(items):
            phase_index = int(np.argmax(phases[row]))
            emotion_index = int(np.argmax(pe[row]))
            emotion = self.taxonomy.emotion_ids[emotion_index]
            journey7 = self._journey7[int(np.argmax(p7[row]))]
            tags.append(
                self._tag(
                    item,
                    vectors[row],
                    phases[row, phase_index],
                    phase_index,
                    float(pe[row, emotion_index]),
                    emotion,
                    journey7,
                )
            )
        return tags

    def _tag(
        self,
        item: Item,
        vector: np.ndarray,
        phase_conf: float,
        phase_index: int,
        emotion_conf: float,
        emotion: str,
        journey7: str,
    ) -> Tag:
        valence = self.taxonomy.valence(emotion)
        strength = intensity(item.text)
        lang = "nl" if detect_language(item.text) == "nl" else "en"
        cues = [*self.kb.emotion(emotion).cues.nl, *self.kb.emotion(emotion).cues.en]
        quote = evidence_quote(item.text, cues) if item.text.strip() else None
        return Tag(
            item_id=item.id,
            phase=self.taxonomy.phase_ids[phase_index],
            phase_confidence=round(float(min(max(phase_conf, 0.0), 1.0)), 4),
            emotion=emotion,
            emotion_confidence=round(min(max(emotion_conf, 0.0), 1.0), 4),
            intensity=strength,
            sentiment=sentiment(valence, strength),
            touchpoint=self._touchpoint(vector, journey7),
            pain_point=self._pain_point(vector, journey7, lang) if valence < 0 else None,
            evidence=quote,
            classifier=self.name,
            model=self.model_name,
            taxonomy_version=self.taxonomy.version,
            phase_model=self.taxonomy.phase_model,
        )

    def _touchpoint(self, vector: np.ndarray, journey7: str) -> str | None:
        texts = {t.id: f"{t.name.en}. {t.description.en}" for t in self.kb.touchpoints}
        ids, vectors = self._vectors_of("touchpoints", texts)
        allowed = {t.id for t in self.kb.touchpoints_for(journey7)}
        best, best_score = None, TOUCHPOINT_MIN
        for tid, score in zip(ids, vectors @ vector, strict=True):
            if tid in allowed and score > best_score:
                best, best_score = tid, float(score)
        return best

    def _pain_point(self, vector: np.ndarray, journey7: str, lang: str) -> str | None:
        texts = {
            p.id: f"{p.name.en}. {' '.join(p.signals.en)} {' '.join(p.signals.nl)}"
            for p in self.kb.friction_patterns
        }
        ids, vectors = self._vectors_of("friction", texts)
        allowed = {p.id for p in self.kb.friction_patterns_for(journey7)}
        best, best_score = None, PAIN_MIN
        for pid, score in zip(ids, vectors @ vector, strict=True):
            if pid in allowed and score > best_score:
                best, best_score = pid, float(score)
        return self.kb.friction_pattern(best).name.get(lang) if best else None

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
