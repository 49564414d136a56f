"""The review queue: the tags most worth a human look (low confidence, disagreement)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

if TYPE_CHECKING:
    from assistant.classify.base import Taxonomy
    from assistant.classify.review import ReviewItem
    from assistant.models import Record
    from assistant.services import Services

LLM_OPINIONS = 40  # at most this many LLM calls for second opinions per review


class ReviewView(BaseModel):
    record_id: str
    text: str
    phase: str
    emotion: str
    confidence: float
    reason: str
    second_phase: str | None = None
    second_emotion: str | None = None


def build_queue(
    services: Services, workspace: str, taxonomy: Taxonomy, limit: int
) -> tuple[list[ReviewItem], dict[str, Record], int]:
    """(queue, the records in it, how many tags the phase model has in the workspace)."""
    from assistant.classify.base import Item
    from assistant.classify.factory import build_classifier, build_local
    from assistant.classify.review import (
        MAX_CANDIDATES,
        NeighbourVote,
        pending,
        review_queue,
        second_opinions,
    )

    tags = services.tags.for_workspace(workspace, taxonomy.phase_model)
    reviewed = services.tags.corrected_ids(workspace, taxonomy.phase_model)
    candidates = pending(tags, reviewed)[:MAX_CANDIDATES]
    if not candidates:
        return [], {}, len(tags)
    records = services.records.get_many(workspace, [t.item_id for t in candidates])
    local = build_local(services, taxonomy.phase_model, workspace)  # trains only when used
    neighbours = NeighbourVote.from_model(local.model(), taxonomy)
    llm = None
    if services.settings.llm and any(t.classifier != "llm" for t in candidates):
        llm = build_classifier(services, "llm", local=local)
    seconds = second_opinions(
        candidates,
        {i: Item(id=i, text=r.text, rating=r.rating) for i, r in records.items()},
        local.embedder,
        neighbours,
        local=local if any(t.classifier == "llm" for t in candidates) else None,
        llm=llm,
        llm_budget=min(2 * limit, LLM_OPINIONS),
    )
    return review_queue(candidates, seconds, reviewed, limit), records, len(tags)


def review_queue(services: Services, workspace: str, limit: int = 20) -> list[ReviewView]:
    """The queue as plain rows, most worth a look first (the web app's and API's view)."""
    from assistant.classify.base import Taxonomy
    from assistant.kb.loader import load_knowledge

    taxonomy = Taxonomy.from_knowledge(load_knowledge(services.settings.user_phase_model_dirs))
    queue, records, _ = build_queue(services, workspace, taxonomy, limit)
    rows = []
    for item in queue:
        reason = f"low confidence {item.confidence:.2f}"
        if item.differs:
            reason = f"classifiers disagree on {' and '.join(item.differs)}; " + reason
        record = records.get(item.tag.item_id)
        rows.append(
            ReviewView(
                record_id=item.tag.item_id,
                text=record.text if record else "",
                phase=item.tag.phase,
                emotion=item.tag.emotion,
                confidence=round(item.confidence, 3),
                reason=reason,
                second_phase=item.second.phase if item.second else None,
                second_emotion=item.second.emotion if item.second else None,
            )
        )
    return rows
