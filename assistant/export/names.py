"""Names from the knowledge base for the exports, with the raw id as a fallback.

An export must never fail because a map names a phase model or emotion the bundled
knowledge does not know (a user's own YAML file, an older map): it then prints the id.
"""

from __future__ import annotations

from assistant.kb.loader import DEFAULT_PHASE_MODEL, load_knowledge
from assistant.kb.schema import KnowledgeError

# The current-state lanes, for when the knowledge base cannot be read.
_FALLBACK_LANES = [
    "customer_actions",
    "touchpoints",
    "questions",
    "emotions",
    "pain_points",
    "opportunities",
]


def map_type_name(map_type: str, lang: str) -> str:
    try:
        return load_knowledge().map_type(map_type).name.get(lang)
    except (KnowledgeError, KeyError):
        return map_type


def map_type_lanes(map_type: str) -> list[str]:
    """The map type's lane ids, in order, as written in knowledge/map_types.yaml."""
    try:
        return list(load_knowledge().map_type(map_type).lanes)
    except (KnowledgeError, KeyError):
        return list(_FALLBACK_LANES)


def phase_model_name(model_id: str, lang: str) -> str:
    try:
        return load_knowledge().phase_models[model_id].name.get(lang)
    except (KnowledgeError, KeyError):
        return model_id


def emotion_name(emotion_id: str, lang: str) -> str:
    try:
        return load_knowledge().emotion(emotion_id).name.get(lang)
    except (KnowledgeError, KeyError):
        return emotion_id


def phase_name(phase_id: str, lang: str, model_id: str = DEFAULT_PHASE_MODEL) -> str:
    """A phase's name in ``model_id``, else in any bundled model, else the id itself."""
    try:
        models = load_knowledge().phase_models
    except (KnowledgeError, KeyError):
        return phase_id
    ordered = [models[model_id]] if model_id in models else []
    ordered += [m for key, m in sorted(models.items()) if key != model_id]
    for model in ordered:
        for phase in model.phases:
            if phase.id == phase_id:
                return phase.name.get(lang)
    return phase_id
