"""Which tags are most worth a human look (low confidence, two classifiers that disagree),
and the part of the text a reviewer sees.

Pure selection over :class:`Tag` values plus "second opinions" from a classifier that works
differently from the one that made the tag:

- a tag from the LLM is checked by the local softmax classifier;
- a tag from the local classifier is checked by the LLM when one is configured (only for
  the least confident items: it costs calls), else by a k-nearest-neighbour vote over the
  labelled examples and the workspace's corrections (the local model's own pool). The
  local tag already blends in a neighbour vote (30% phase, 20% emotion), so this opinion is
  not independent of it: it flags items where the examples pull away from the trained
  weights, it does not decide.

A human-confirmed or corrected item never comes back. Everything here is pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import numpy as np
from pydantic import BaseModel

from assistant.classify.base import UNKNOWN_PHASE, Classifier, Item, Tag, Taxonomy
from assistant.classify.cleaning import tagging_text
from assistant.classify.learning import KNN_SHARPNESS
from assistant.classify.model_file import LocalModel
from assistant.classify.softmax import neighbour_votes
from assistant.index.embeddings import Embedder
from assistant.text import shorten

DISAGREEMENT = 0.5  # x the second opinion's confidence, per label on which the two differ
MAX_CANDIDATES = 2_000  # second opinions are computed for this many least-confident items
NEIGHBOURS = 15
NEIGHBOURS_SOURCE = "neighbours"


class Opinion(BaseModel):
    """What one classifier said about an item."""

    source: str  # local, llm, neighbours, ...
    phase: str
    phase_confidence: float
    emotion: str
    emotion_confidence: float
    fallback: bool = False

    @classmethod
    def of(cls, tag: Tag) -> Opinion:
        return cls(
            source=tag.classifier,
            phase=tag.phase,
            phase_confidence=tag.phase_confidence,
            emotion=tag.emotion,
            emotion_confidence=tag.emotion_confidence,
            fallback=tag.fallback,
        )


class ReviewItem(BaseModel):
    tag: Tag
    second: Opinion | None = None
    score: float
    differs: list[str]  # "phase" and/or "emotion"

    @property
    def confidence(self) -> float:
        return confidence(self.tag)


def confidence(tag: Tag) -> float:
    return min(tag.phase_confidence, tag.emotion_confidence)


def differences(tag: Tag, second: Opinion | None) -> list[str]:
    if second is None:
        return []
    return [
        label for label in ("phase", "emotion") if getattr(tag, label) != getattr(second, label)
    ]


def worth_a_look(tag: Tag, second: Opinion | None) -> float:
    """Lost confidence (1 - the lower of the two) plus, per disputed label, half the second
    opinion's confidence in its own label: a confident dissent counts, a hesitant one less.

    A one-off check on the sample shop's labels (not part of `make eval`) found more wrong
    tags in the first 20/40/80 of this queue than when ordering by confidence alone
    (100/88/78% against 85/82/74%). The k-NN vote alone is far weaker than the softmax: it
    flags, it does not decide."""
    dissent = sum(getattr(second, f"{label}_confidence") for label in differences(tag, second))
    return round(1.0 - confidence(tag) + DISAGREEMENT * dissent, 6)


def pending(tags: Iterable[Tag], reviewed: set[str]) -> list[Tag]:
    """Tags no human has confirmed or corrected, least confident first."""
    open_tags = [t for t in tags if t.classifier != "human" and t.item_id not in reviewed]
    return sorted(open_tags, key=lambda t: (confidence(t), t.item_id))


def review_queue(
    tags: Iterable[Tag],
    seconds: Mapping[str, Opinion],
    reviewed: set[str],
    limit: int | None = None,
) -> list[ReviewItem]:
    """The items most worth a look, best first (ties: less confident, then by id)."""
    items = [
        ReviewItem(
            tag=t,
            second=seconds.get(t.item_id),
            score=worth_a_look(t, seconds.get(t.item_id)),
            differs=differences(t, seconds.get(t.item_id)),
        )
        for t in pending(tags, reviewed)
    ]
    items.sort(key=lambda r: (-r.score, r.confidence, r.tag.item_id))
    return items if limit is None else items[:limit]


def excerpt(text: str, evidence: str | None, width: int = 280) -> tuple[str, str, str]:
    """(before, quote, after): the text flattened and cut to about ``width`` characters
    around the evidence quote, cut at word boundaries."""
    flat = " ".join(text.split())
    quote = " ".join((evidence or "").split())
    at = flat.find(quote) if quote else -1
    if at < 0:
        return shorten(flat, width), "", ""
    before, after = flat[:at], flat[at + len(quote) :]
    quote = shorten(quote, width)
    room = max(width - len(quote), 0)
    keep_before = min(len(before), max(room // 2, room - len(after)))
    keep_after = min(len(after), room - keep_before)
    if keep_before < len(before):
        cut = before[len(before) - keep_before :]
        if before[len(before) - keep_before - 1] != " ":  # drop the cut word
            cut = cut.split(" ", 1)[1] if " " in cut else ""
        before = "…" + cut
    if keep_after < len(after):
        cut = after[:keep_after]
        if after[keep_after] != " ":
            cut = cut.rsplit(" ", 1)[0] if " " in cut else ""
        after = cut.rstrip() + "…"
    return before, quote, after


# --- the k-nearest-neighbour vote -------------------------------------------------------------


def phase_projection(taxonomy: Taxonomy, journey7: Sequence[str]) -> np.ndarray:
    """(journey7 phases, taxonomy phases): each journey7 phase's vote shared equally by the
    phases of the active model that map to it."""
    matrix = np.zeros((len(journey7), len(taxonomy.phases)), dtype=np.float64)
    for j, phase7 in enumerate(journey7):
        targets = [k for k, p in enumerate(taxonomy.phases) if phase7 in p.maps_to]
        for k in targets:
            matrix[j, k] = 1.0 / len(targets)
    return matrix


class NeighbourVote:
    """Labels an item by the labelled examples (and corrections) closest to it: the local
    model's own example pool, already embedded when it was trained (no second embedding)."""

    name = NEIGHBOURS_SOURCE

    def __init__(
        self,
        vectors: np.ndarray,
        phases: np.ndarray,
        emotions: np.ndarray,
        weights: np.ndarray,
        taxonomy: Taxonomy,
        journey7: Sequence[str],
        k: int = NEIGHBOURS,
    ) -> None:
        """``phases`` index ``journey7`` and ``emotions`` the taxonomy's emotions, one per
        row of ``vectors``; -1 marks an example that teaches no label of that kind."""
        self.taxonomy, self.k = taxonomy, k
        self._vectors = np.asarray(vectors, dtype=np.float64)
        self._phases, self._emotions = np.asarray(phases), np.asarray(emotions)
        self._weights = np.asarray(weights, dtype=np.float64)
        self._projection = phase_projection(taxonomy, journey7)
        self._journey7 = len(journey7)

    @classmethod
    def from_model(
        cls, model: LocalModel, taxonomy: Taxonomy, k: int = NEIGHBOURS
    ) -> NeighbourVote:
        """The vote over the local model's pool (its phases are journey7's; examples that
        teach "unknown" vote on the emotion only)."""
        journey7 = [p for p in model.phase_ids if p != UNKNOWN_PHASE]
        phases = np.where(model.pool_phase < len(journey7), model.pool_phase, -1)
        return cls(model.pool, phases, model.pool_emotion, model.pool_weight, taxonomy, journey7, k)

    def _vote(self, sims: np.ndarray, labels: np.ndarray, classes: int) -> np.ndarray:
        keep = labels >= 0
        return neighbour_votes(
            sims[:, keep], labels[keep], self._weights[keep], classes, self.k, KNN_SHARPNESS
        )

    def opinions(self, vectors: np.ndarray) -> list[Opinion]:
        if len(self._weights) == 0 or len(vectors) == 0:
            return []
        sims = np.asarray(vectors, dtype=np.float64) @ self._vectors.T
        phases = self._vote(sims, self._phases, self._journey7) @ self._projection
        emotions = self._vote(sims, self._emotions, len(self.taxonomy.emotion_ids))
        out = []
        for p, e in zip(phases, emotions, strict=True):
            pi, ei = int(p.argmax()), int(e.argmax())
            out.append(
                Opinion(
                    source=self.name,
                    phase=self.taxonomy.phase_ids[pi],
                    phase_confidence=round(float(p[pi]), 4),
                    emotion=self.taxonomy.emotion_ids[ei],
                    emotion_confidence=round(float(e[ei]), 4),
                )
            )
        return out


# --- gathering second opinions ------------------------------------------------------------------


class VectorClassifier(Protocol):
    """The local classifier: tags items whose vectors are already computed."""

    def classify_vectors(self, items: Sequence[Item], vectors: np.ndarray) -> list[Tag]: ...


class Neighbours(Protocol):
    def opinions(self, vectors: np.ndarray) -> list[Opinion]: ...


def second_opinions(
    candidates: Sequence[Tag],
    items_by_id: Mapping[str, Item],
    embedder: Embedder,
    neighbours: Neighbours,
    local: VectorClassifier | None = None,
    llm: Classifier | None = None,
    llm_budget: int = 0,
) -> dict[str, Opinion]:
    """A second opinion per candidate (least confident first), from a classifier other than
    the one that made its tag. The LLM is asked about at most ``llm_budget`` local tags;
    an LLM answer that fell back to the local classifier is no second opinion. The items
    carry the record's text and rating, as when they were tagged."""
    items = [items_by_id.get(t.item_id) or Item(id=t.item_id, text="") for t in candidates]
    if not items:
        return {}
    vectors = embedder.embed([tagging_text(i.text) for i in items])  # as the classifier reads
    out: dict[str, Opinion] = {}
    from_llm = [i for i, t in enumerate(candidates) if t.classifier == "llm"]
    if local is not None and from_llm:
        tags = local.classify_vectors([items[i] for i in from_llm], vectors[from_llm])
        out.update({t.item_id: Opinion.of(t) for t in tags})
    if llm is not None and llm_budget > 0:
        ask = [items[i] for i, t in enumerate(candidates) if t.classifier != "llm"]
        for tag in llm.classify(ask[:llm_budget]):
            if not tag.fallback:
                out[tag.item_id] = Opinion.of(tag)
    rest = [i for i, item in enumerate(items) if item.id not in out]
    if rest:
        # no opinions at all when there are no labelled examples to vote
        for index, opinion in zip(rest, neighbours.opinions(vectors[rest]), strict=False):
            out[items[index].id] = opinion
    return out
