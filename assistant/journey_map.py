"""The journey map's published JSON Schema (``journey map --schema``).

The model itself (:class:`JourneyMap` with the provenance of every element) is a shared type
in :mod:`assistant.models.journey_map`; its names are re-exported here so that older imports
keep working. ``assistant/schemas/journey_map.schema.json`` is this module's output (a test
keeps the file in step with the model).
"""

from __future__ import annotations

import json

from assistant.models.journey_map import (
    SCHEMA_VERSION,
    Element,
    EmotionScore,
    JourneyMap,
    Kpi,
    MapTypeId,
    Opportunity,
    PainPoint,
    PhaseMap,
    Provenance,
    Quote,
    Rating,
    Source,
    Touchpoint,
    Valence,
    asserted,
    evidence,
    suggested,
)

__all__ = [
    "SCHEMA_VERSION",
    "Element",
    "EmotionScore",
    "JourneyMap",
    "Kpi",
    "MapTypeId",
    "Opportunity",
    "PainPoint",
    "PhaseMap",
    "Provenance",
    "Quote",
    "Rating",
    "Source",
    "Touchpoint",
    "Valence",
    "asserted",
    "evidence",
    "json_schema",
    "json_schema_text",
    "suggested",
]


def json_schema() -> dict[str, object]:
    schema = JourneyMap.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://journey-audit.local/schemas/journey_map.schema.json"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
