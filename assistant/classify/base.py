"""The contract every classifier meets: items in, one validated tag per item out.

The taxonomy (a phase model plus the emotion set) is data from ``knowledge/``; a tag whose
labels are outside it cannot be built, so it can never be stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, Field

from assistant.kb.loader import KnowledgeBase

# The tag and its constants are shared types (the store keeps tags); re-exported from here.
from assistant.models.tags import UNKNOWN_PHASE, Tag


class PhaseLabel(BaseModel):
    id: str
    name_en: str
    name_nl: str
    definition: str  # English, the one classifiers read
    maps_to: list[str]


class EmotionLabel(BaseModel):
    id: str
    name_en: str
    name_nl: str
    definition: str
    valence: int


class Taxonomy(BaseModel):
    """The labels a classifier may use: one phase model and the emotion set."""

    phase_model: str
    phases: list[PhaseLabel]
    emotions: list[EmotionLabel]
    version: str

    @property
    def phase_ids(self) -> list[str]:
        return [p.id for p in self.phases]

    @property
    def emotion_ids(self) -> list[str]:
        return [e.id for e in self.emotions]

    def valence(self, emotion: str) -> int:
        return next(e.valence for e in self.emotions if e.id == emotion)

    @classmethod
    def from_knowledge(cls, kb: KnowledgeBase, phase_model: str = "journey7") -> Taxonomy:
        model = kb.phase_model(phase_model)
        phases = [
            PhaseLabel(
                id=p.id,
                name_en=p.name.en,
                name_nl=p.name.nl,
                definition=p.definition.en,
                maps_to=list(p.maps_to),
            )
            for p in model.phases
        ]
        emotions = [
            EmotionLabel(
                id=e.id,
                name_en=e.name.en,
                name_nl=e.name.nl,
                definition=e.definition.en,
                valence=e.valence,
            )
            for e in kb.emotions
        ]
        digest = hashlib.sha1(
            "|".join(
                [kb.taxonomy_version_of(model), *(f"{e.id}:{e.valence}" for e in emotions)]
            ).encode()
        ).hexdigest()[:10]
        return cls(
            phase_model=model.id,
            phases=phases,
            emotions=emotions,
            version=f"{model.id}-v{model.version}-{digest}",
        )


class Item(BaseModel):
    """What a classifier reads: an id, the customer's text and, for reviews, the rating the
    customer gave (stars out of 5, or marks out of 10 when above 5)."""

    id: str
    text: str
    rating: float | None = Field(default=None, ge=0.0, le=10.0)


def checked(tag: Tag, taxonomy: Taxonomy, text: str) -> Tag:
    """Refuse labels outside the taxonomy and evidence that is not a quote from the text."""
    if tag.phase not in taxonomy.phase_ids and tag.phase != UNKNOWN_PHASE:
        raise ValueError(f"phase {tag.phase!r} is not in {taxonomy.phase_model}")
    if tag.emotion not in taxonomy.emotion_ids:
        raise ValueError(f"emotion {tag.emotion!r} is not a known emotion")
    if tag.evidence is not None and tag.evidence not in text:
        raise ValueError("evidence is not an exact quote from the text")
    return tag


class Classifier(Protocol):
    """Tags items with the labels of one taxonomy."""

    name: str
    taxonomy: Taxonomy

    def classify(self, items: Sequence[Item]) -> list[Tag]: ...
