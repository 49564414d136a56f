"""The backlog's types: a fix with its scores and the evidence it answers, and the backlog.

Shared types (the store keeps backlogs); ``assistant.backlog`` builds and ranks them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.models.journey_map import Quote, Source

Score = Annotated[int, Field(ge=1, le=5)]

# Named confidence levels as fractions (the usual RICE convention).
CONFIDENCE_LEVELS: dict[str, float] = {"low": 0.5, "medium": 0.8, "high": 1.0}


def parse_confidence(value: object) -> float:
    """0..1, or one of low / medium / high (also laag / gemiddeld / hoog)."""
    if isinstance(value, str):
        key = value.strip().lower()
        key = {"laag": "low", "gemiddeld": "medium", "middel": "medium", "hoog": "high"}.get(
            key, key
        )
        if key in CONFIDENCE_LEVELS:
            return CONFIDENCE_LEVELS[key]
        try:
            value = float(key.rstrip("%")) / (100 if key.endswith("%") else 1)
        except ValueError:
            raise ValueError(
                f"confidence {value!r} is not a number 0..1 or low/medium/high"
            ) from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"confidence {value!r} is not a number 0..1 or low/medium/high")
    if not 0.0 <= float(value) <= 1.0:
        raise ValueError(f"confidence {value} is outside 0..1")
    return float(value)


class BacklogFix(BaseModel):
    """One fix: what to do, for which pain points, and its scores."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    description: str = ""
    phase: str | None = None
    pain_points: list[str] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    record_ids: list[str] = Field(default_factory=list)
    impact: Score = 3
    effort: Score = 3
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    reach: int | None = Field(default=None, ge=0, description="records carrying its pain points")
    reach_share: float | None = Field(default=None, ge=0.0, le=1.0)
    kpi: str | None = None
    owner: str | None = None
    due: date | None = None
    fix_ref: str | None = Field(default=None, description="knowledge-base fix id")
    source: Source = Field(default_factory=lambda: Source(kind="suggested"))

    @field_validator("confidence", mode="before")
    @classmethod
    def _confidence(cls, value: object) -> float:
        return parse_confidence(value)


class PainCluster(BaseModel):
    """A group of negative records in one phase that share a pain point (from the data)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    phase: str
    label: str
    keywords: list[str] = Field(default_factory=list)
    count: int = Field(ge=0)
    share: float = Field(ge=0.0, le=1.0, description="of the phase's records in the period")
    previous_count: int = Field(default=0, ge=0)
    trend: Literal["new", "up", "down", "flat"] = "flat"
    quotes: list[Quote] = Field(default_factory=list)
    record_ids: list[str] = Field(default_factory=list)
    friction_pattern: str | None = None


class Backlog(BaseModel):
    """A ranked list of fixes, from a data run or an audit."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str = ""
    language: Literal["nl", "en"] = "en"
    workspace: str | None = None
    map_id: str | None = None
    period_days: int | None = None
    created_at: datetime | None = None
    ranking: Literal["rice", "quadrant", "formula"] = "rice"
    pain_points: list[PainCluster] = Field(default_factory=list)
    fixes: list[BacklogFix] = Field(default_factory=list)


@dataclass(frozen=True)
class Thresholds:
    """Impact at or above ``impact`` is high; effort at or above ``effort`` is high."""

    impact: int = 3
    effort: int = 3
