"""The knowledge the assistant works from: phase models, emotions, touchpoints, friction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel

from api.deps import ServicesDep, WorkspaceDep

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])

Kind = Literal["phase-models", "emotions", "touchpoints", "friction-patterns", "kpis"]


@router.get("/{kind}", summary="One section of the knowledge base")
def knowledge(kind: Kind, services: ServicesDep, _: WorkspaceDep) -> dict[str, Any]:
    from assistant.kb.loader import load_knowledge

    kb = load_knowledge(services.settings.user_phase_model_dirs)
    sections: dict[str, Callable[[], Sequence[BaseModel]]] = {
        "phase-models": lambda: list(kb.phase_models.values()),
        "emotions": lambda: kb.emotions,
        "touchpoints": lambda: kb.touchpoints,
        "friction-patterns": lambda: kb.friction_patterns,
        "kpis": lambda: kb.kpis,
    }
    items = sections[kind]()
    return {"items": [item.model_dump(mode="json") for item in items]}
