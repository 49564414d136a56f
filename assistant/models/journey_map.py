"""The journey map: what a self-audit produces, with the provenance of every element.

Each element says where it came from:

- ``asserted``: the user said it (their own words, kept verbatim);
- ``evidence``: it comes from the customer data, with record ids and counts;
- ``suggested``: the assistant proposed it (from the knowledge base or a model), and
  ``accepted`` records whether the user took it.

The JSON Schema of :class:`JourneyMap` is published by :mod:`assistant.journey_map` (as
``journey map --schema`` and ``assistant/schemas/journey_map.schema.json``); renaming a
class or changing a docstring or description here changes that schema.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Provenance = Literal["asserted", "evidence", "suggested"]
MapTypeId = Literal["current_state", "future_state", "day_in_the_life", "service_blueprint"]
Rating = Annotated[int, Field(ge=-2, le=2)]
Valence = Annotated[float, Field(ge=-2.0, le=2.0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Quote(_Model):
    """An exact quote from one record."""

    record_id: str
    text: str


class Source(_Model):
    """Where an element came from."""

    kind: Provenance
    record_ids: list[str] = Field(
        default_factory=list, description="evidence: the records it rests on (a sample)"
    )
    count: int | None = Field(default=None, ge=0, description="evidence: how many records")
    accepted: bool | None = Field(
        default=None, description="suggested: whether the user accepted it (null: not asked)"
    )
    ref: str | None = Field(
        default=None,
        description="knowledge-base entry it came from (touchpoint, KPI, friction pattern, fix)",
    )


def asserted() -> Source:
    return Source(kind="asserted")


def suggested(ref: str | None = None, accepted: bool | None = True) -> Source:
    return Source(kind="suggested", ref=ref, accepted=accepted)


def evidence(record_ids: list[str], count: int, ref: str | None = None) -> Source:
    return Source(kind="evidence", record_ids=record_ids, count=count, ref=ref)


class Element(_Model):
    """A piece of text on the map with its provenance."""

    text: str = Field(min_length=1)
    source: Source

    @property
    def kept(self) -> bool:
        """False for suggestions the user rejected: they stay on record but off the map."""
        return self.source.accepted is not False


class Touchpoint(Element):
    id: str | None = Field(default=None, description="catalogue id when it came from one")
    owner: Element | None = None


class PainPoint(Element):
    count: int | None = Field(default=None, ge=0, description="records that carry it")
    share: float | None = Field(
        default=None, ge=0.0, le=1.0, description="share of the phase's records"
    )
    quotes: list[Quote] = Field(default_factory=list)


class Opportunity(Element):
    fix_id: str | None = Field(default=None, description="knowledge-base fix id, if any")
    pain_point: str | None = Field(default=None, description="the pain point it answers")
    kpi: str | None = None
    impact: Annotated[int, Field(ge=1, le=5)] | None = None
    effort: Annotated[int, Field(ge=1, le=5)] | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    reach: int | None = Field(default=None, ge=0, description="records with its pain point")
    scored_by: Provenance | None = Field(
        default=None, description="suggested: the assistant's scores; asserted: the user's"
    )


class Kpi(Element):
    id: str | None = None


class EmotionScore(_Model):
    """How the phase feels: the user's rating and what the data says, both on -2..+2."""

    user: Rating | None = None
    data: Valence | None = Field(default=None, description="mean valence of tagged records")
    data_count: int = Field(default=0, ge=0)
    mix: dict[str, int] = Field(default_factory=dict, description="emotion id -> records")


class PhaseMap(_Model):
    """One column of the map."""

    id: str
    name: str
    touchpoints: list[Touchpoint] = Field(default_factory=list)
    actions: list[Element] = Field(default_factory=list)
    questions: list[Element] = Field(default_factory=list)
    emotion: EmotionScore = Field(default_factory=EmotionScore)
    pain_points: list[PainPoint] = Field(default_factory=list)
    opportunities: list[Opportunity] = Field(default_factory=list)
    kpis: list[Kpi] = Field(default_factory=list)
    backstage: list[Element] = Field(
        default_factory=list, description="service blueprint: people, processes, systems"
    )
    skipped: bool = False


class JourneyMap(_Model):
    """A customer journey map built in a self-audit."""

    schema_version: Literal[1] = 1
    id: str
    version: int = Field(default=1, ge=1)
    title: str = ""
    language: Literal["nl", "en"] = "en"
    workspace: str | None = None
    goal: Element | None = None
    persona: Element | None = None
    scenario: Element | None = None
    phase_model: str = "journey7"
    phase_model_source: Source = Field(default_factory=lambda: Source(kind="suggested"))
    map_type: MapTypeId = "current_state"
    phases: list[PhaseMap] = Field(default_factory=list)
    data_records: int = Field(default=0, ge=0, description="tagged records the evidence rests on")
    created_at: datetime | None = None

    def phase(self, phase_id: str) -> PhaseMap:
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)
