"""Pydantic models for the knowledge files in ``knowledge/``.

Every model forbids unknown keys so that a typo in a YAML file fails loudly. Checks that
need more than one file (does this KPI id exist?) live in :mod:`assistant.kb.loader`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from assistant.errors import JourneyError

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

SNAKE_CASE = r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$"

Id = Annotated[str, StringConstraints(pattern=SNAKE_CASE)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

Audience = Literal["b2b", "b2c"]
Complexity = Literal["low", "medium", "high"]
Goal = Literal["conversion", "loyalty", "content", "campaign", "service"]
Channel = Literal["online", "offline", "human", "hybrid"]
Score = Annotated[int, Field(ge=1, le=5)]
Valence = Annotated[int, Field(ge=-2, le=2)]


class KnowledgeError(JourneyError, ValueError):
    """A knowledge file or reference is missing, malformed or inconsistent."""

    exit_code = 3


class UnknownEntryError(KnowledgeError):
    """A phase model, entry or term id that the knowledge base does not hold."""

    exit_code = 4


def check_lang(lang: str) -> Lang:
    """Return ``lang`` as a :data:`Lang`, or raise :class:`KnowledgeError`."""
    if lang == "nl":
        return "nl"
    if lang == "en":
        return "en"
    raise KnowledgeError(f"Unknown language {lang!r}: use 'nl' or 'en'.")


def _duplicates(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    dupes: list[str] = []
    for item in ids:
        if item in seen and item not in dupes:
            dupes.append(item)
        seen.add(item)
    return dupes


def _require_unique(ids: Iterable[str], what: str) -> None:
    dupes = _duplicates(ids)
    if dupes:
        raise ValueError(f"duplicate {what} id(s): {', '.join(dupes)}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Strict):
    """One text in Dutch and English; both must be non-empty."""

    nl: Text
    en: Text

    def get(self, lang: str) -> str:
        return self.nl if check_lang(lang) == "nl" else self.en


class BilingualList(_Strict):
    """A list of short texts per language (questions, cues, signals)."""

    nl: list[Text] = Field(min_length=1)
    en: list[Text] = Field(min_length=1)

    def get(self, lang: str) -> list[str]:
        return list(self.nl if check_lang(lang) == "nl" else self.en)


# --- phase models -------------------------------------------------------------------


class Recommendation(_Strict):
    """When a phase model fits; lets a dialogue recommend a model from what it hears."""

    audience: list[Audience] = Field(min_length=1)
    complexity: list[Complexity] = Field(min_length=1)
    goals: list[Goal] = Field(min_length=1)
    why: Bilingual


class Phase(_Strict):
    id: Id
    name: Bilingual
    definition: Bilingual
    questions: BilingualList
    touchpoints: list[Id] = Field(default_factory=list)
    kpis: list[Id] = Field(default_factory=list)
    maps_to: list[Id] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_refs(self) -> Phase:
        _require_unique(self.touchpoints, "touchpoint")
        _require_unique(self.kpis, "kpi")
        _require_unique(self.maps_to, "maps_to")
        return self


class PhaseModel(_Strict):
    """A customer-journey phase model (a taxonomy of phases)."""

    id: Id
    version: int = Field(ge=1)
    name: Bilingual
    description: Bilingual
    recommended_for: Recommendation
    phases: list[Phase] = Field(min_length=1)
    not_covered: list[Id] = Field(
        default_factory=list,
        description=(
            "journey7 phase ids this model genuinely cannot express; the description "
            "must explain why."
        ),
    )

    @model_validator(mode="after")
    def _unique_phases(self) -> PhaseModel:
        _require_unique((p.id for p in self.phases), "phase")
        _require_unique(self.not_covered, "not_covered")
        mapped = {target for p in self.phases for target in p.maps_to}
        both = sorted(mapped.intersection(self.not_covered))
        if both:
            raise ValueError(f"listed as not_covered but also mapped: {', '.join(both)}")
        return self

    @property
    def phase_ids(self) -> list[str]:
        return [p.id for p in self.phases]

    def phase(self, phase_id: str) -> Phase:
        for p in self.phases:
            if p.id == phase_id:
                return p
        raise KnowledgeError(
            f"Phase model {self.id!r} has no phase {phase_id!r}; "
            f"available: {', '.join(self.phase_ids)}."
        )

    def mapped_targets(self) -> set[str]:
        """All journey7 phase ids that some phase of this model maps onto."""
        return {target for p in self.phases for target in p.maps_to}


# --- emotions -------------------------------------------------------------------------


class Emotion(_Strict):
    id: Id
    name: Bilingual
    definition: Bilingual
    valence: Valence
    cues: BilingualList


class EmotionSet(_Strict):
    id: Id
    version: int = Field(ge=1)
    emotions: list[Emotion] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> EmotionSet:
        _require_unique((e.id for e in self.emotions), "emotion")
        return self


# --- catalogues -----------------------------------------------------------------------


class Touchpoint(_Strict):
    id: Id
    phase: Id
    name: Bilingual
    channel: Channel
    description: Bilingual
    owner_hint: Bilingual


class TouchpointCatalogue(_Strict):
    version: int = Field(ge=1)
    touchpoints: list[Touchpoint] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> TouchpointCatalogue:
        _require_unique((t.id for t in self.touchpoints), "touchpoint")
        return self


class Kpi(_Strict):
    id: Id
    phase: Id
    name: Bilingual
    definition: Bilingual
    formula: Text | None = None
    data_source: Bilingual


class KpiCatalogue(_Strict):
    version: int = Field(ge=1)
    kpis: list[Kpi] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> KpiCatalogue:
        _require_unique((k.id for k in self.kpis), "kpi")
        return self


# --- friction patterns ----------------------------------------------------------------


class Fix(_Strict):
    id: Id
    title: Bilingual
    description: Bilingual
    impact: Score
    effort: Score
    kpi: Id


class FrictionPattern(_Strict):
    id: Id
    phases: list[Id] = Field(min_length=1)
    name: Bilingual
    description: Bilingual
    signals: BilingualList
    causes: list[Bilingual] = Field(min_length=1)
    fixes: list[Fix] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> FrictionPattern:
        _require_unique(self.phases, "phase")
        _require_unique((f.id for f in self.fixes), "fix")
        return self


class FrictionCatalogue(_Strict):
    version: int = Field(ge=1)
    friction_patterns: list[FrictionPattern] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> FrictionCatalogue:
        _require_unique((p.id for p in self.friction_patterns), "friction pattern")
        _require_unique((f.id for p in self.friction_patterns for f in p.fixes), "fix")
        return self


# --- map types and glossary -----------------------------------------------------------


class MapType(_Strict):
    id: Id
    name: Bilingual
    description: Bilingual
    when_to_use: Bilingual
    lanes: list[Id] = Field(min_length=1)
    default: bool = False

    @model_validator(mode="after")
    def _unique(self) -> MapType:
        _require_unique(self.lanes, "lane")
        return self


class MapTypeCatalogue(_Strict):
    version: int = Field(ge=1)
    map_types: list[MapType] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_default(self) -> MapTypeCatalogue:
        _require_unique((m.id for m in self.map_types), "map type")
        defaults = [m.id for m in self.map_types if m.default]
        if len(defaults) != 1:
            raise ValueError(f"exactly one map type must have default: true, found {len(defaults)}")
        return self


class GlossaryTerm(_Strict):
    id: Id
    term: Bilingual
    definition: Bilingual
    aliases: list[Text] = Field(
        default_factory=list, description="Abbreviations and synonyms, any language."
    )
    related: list[Id] = Field(default_factory=list)


class Glossary(_Strict):
    version: int = Field(ge=1)
    terms: list[GlossaryTerm] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Glossary:
        _require_unique((t.id for t in self.terms), "glossary term")
        return self
