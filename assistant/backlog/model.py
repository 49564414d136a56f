"""The backlog's types: a fix with its scores and the evidence it answers, and the backlog.

They are shared types (the store keeps backlogs): defined in :mod:`assistant.models.backlog`
and re-exported here.
"""

from assistant.models.backlog import (
    CONFIDENCE_LEVELS,
    Backlog,
    BacklogFix,
    PainCluster,
    Score,
    parse_confidence,
)
from assistant.models.journey_map import Quote, Source

__all__ = [
    "CONFIDENCE_LEVELS",
    "Backlog",
    "BacklogFix",
    "PainCluster",
    "Quote",
    "Score",
    "Source",
    "parse_confidence",
]
