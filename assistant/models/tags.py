"""A record's tag: the phase and emotion a classifier gave it, with their provenance.

The labels themselves are data (a phase model and the emotion set in ``knowledge/``);
``assistant.classify.base`` builds the taxonomy from the knowledge base and checks that a
tag's labels are in it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, Field

# The phase model used when none is chosen (the knowledge base must define it).
DEFAULT_PHASE_MODEL = "journey7"

# The phase of an item that gives no sign of where the customer is ("@X thanks", "DM sent", a
# bare link). Every phase model allows it; maps, backlogs and evidence counts leave it out.
UNKNOWN_PHASE = "unknown"


class Tag(BaseModel):
    """One item's tags with their provenance."""

    item_id: str
    phase: str
    phase_confidence: float = Field(ge=0.0, le=1.0)
    emotion: str
    emotion_confidence: float = Field(ge=0.0, le=1.0)
    intensity: int = Field(default=1, ge=1, le=3)
    sentiment: int = Field(default=0, ge=-2, le=2)
    touchpoint: str | None = None
    pain_point: str | None = None
    evidence: str | None = None
    classifier: str
    model: str = ""
    prompt_version: str = ""
    taxonomy_version: str
    phase_model: str = DEFAULT_PHASE_MODEL
    fallback: bool = False  # tagged by the local classifier after the LLM failed
    tagged_at: datetime = Field(default_factory=lambda: datetime.now(UTC).replace(tzinfo=None))
