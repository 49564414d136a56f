"""The self-audit's state: plain, serialisable data (the store keeps it as JSON after every
turn; ``assistant.audit`` steps it)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, get_args

from pydantic import BaseModel, Field

from assistant.models.journey_map import JourneyMap

Lang = Literal["nl", "en"]
StepId = Literal[
    "goal",
    "persona",
    "scenario",
    "audience",
    "complexity",
    "phase_model",
    "map_type",
    "phase",
    "blind_spots",
    "kpis",
    "owners",
    "opportunities",
    "scores",
    "review",
    "finished",
]
STEPS: tuple[StepId, ...] = get_args(StepId)
PhaseField = Literal["touchpoints", "actions", "questions", "feeling", "pain_points", "backstage"]
PHASE_FIELDS: tuple[PhaseField, ...] = (
    "touchpoints",
    "actions",
    "questions",
    "feeling",
    "pain_points",
)


class Position(BaseModel):
    """Where the conversation is: a step, and for looping steps the phase, field or item."""

    step: StepId = "goal"
    phase: int = 0
    field: PhaseField | None = None
    item: int = 0

    def label(self) -> str:
        parts: list[str] = [self.step]
        if self.step in ("phase", "kpis", "owners"):
            parts.append(str(self.phase))
        if self.field:
            parts.append(self.field)
        if self.step in ("blind_spots", "opportunities", "scores"):
            parts.append(str(self.item))
        return ":".join(parts)


class Offer(BaseModel):
    """A numbered suggestion shown with the last question, so "2" can pick it."""

    text: str
    ref: str | None = None  # knowledge-base id (touchpoint, KPI, pattern, fix)
    kind: Literal["catalogue", "data", "model"] = "catalogue"
    count: int | None = None


class BlindSpot(BaseModel):
    phase: str
    kind: Literal["rating", "pain"]
    pain: int = 0  # index into the phase's evidence pains


class OpportunityItem(BaseModel):
    phase: str
    pain: int  # index into the phase's pain points on the map
    model_fixes: list[str] | None = None  # the LLM's fixes, asked once (None: not asked yet)


class ScoreItem(BaseModel):
    phase: str
    opportunity: int  # index into the phase's opportunities on the map


class ChatTurn(BaseModel):
    """One line of the conversation as shown (the web chat's history)."""

    role: Literal["user", "assistant"]
    text: str


class AuditState(BaseModel):
    """Everything needed to continue (or replay) a self-audit."""

    id: str
    lang: Lang = "en"
    lang_fixed: bool = False
    workspace: str | None = None
    position: Position = Field(default_factory=Position)
    history: list[Position] = Field(default_factory=list)
    return_to: Position | None = None
    map: JourneyMap
    audience: Literal["b2b", "b2c"] | None = None
    complexity: Literal["low", "medium", "high"] | None = None
    goal_kind: str | None = None
    blind_spots: list[BlindSpot] = Field(default_factory=list)
    opportunities: list[OpportunityItem] = Field(default_factory=list)
    scoring: list[ScoreItem] = Field(default_factory=list)
    offers: list[Offer] = Field(default_factory=list)
    messages: list[str] = Field(default_factory=list, description="the user's turns, in order")
    chat: list[ChatTurn] = Field(default_factory=list, description="both sides, as shown")
    answered: int = 0
    created_at: datetime
    updated_at: datetime

    @property
    def finished(self) -> bool:
        return self.position.step == "finished"
