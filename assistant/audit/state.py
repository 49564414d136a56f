"""The dialogue's state: plain, serialisable data (it is stored as JSON after every turn).

The types are shared (the store keeps them): they live in :mod:`assistant.models.audit` and
are re-exported here.
"""

from assistant.models.audit import (
    PHASE_FIELDS,
    STEPS,
    AuditState,
    BlindSpot,
    ChatTurn,
    Lang,
    Offer,
    OpportunityItem,
    PhaseField,
    Position,
    ScoreItem,
    StepId,
)

__all__ = [
    "PHASE_FIELDS",
    "STEPS",
    "AuditState",
    "BlindSpot",
    "ChatTurn",
    "Lang",
    "Offer",
    "OpportunityItem",
    "PhaseField",
    "Position",
    "ScoreItem",
    "StepId",
]
