"""Synthetic tagged data and a fixed context for the self-audit tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from assistant.audit.context import Context
from assistant.classify.base import Tag
from assistant.kb.loader import load_knowledge

T0 = datetime(2026, 11, 1, 9, 0)


def tag(n: int, phase: str, emotion: str, sentiment: int, pain: str | None, quote: str) -> Tag:
    return Tag(
        item_id=f"r{n:04d}",
        phase=phase,
        phase_confidence=0.8,
        emotion=emotion,
        emotion_confidence=0.7,
        sentiment=sentiment,
        pain_point=pain,
        evidence=quote,
        touchpoint="checkout" if phase == "purchase" else None,
        classifier="local",
        taxonomy_version="test",
        tagged_at=T0,
    )


def shop_tags(scale: int = 1) -> list[Tag]:
    """Purchase hurts (payment failures), delivery is late, awareness is fine."""
    tags: list[Tag] = []
    n = 0
    for _ in range(scale):
        for i in range(12):
            n += 1
            tags.append(
                tag(n, "purchase", "frustration", -2, "Checkout drop-off", f"payment failed {i}")
            )
        for i in range(6):
            n += 1
            tags.append(tag(n, "delivery", "disappointment", -1, None, f"parcel late {i}"))
        for i in range(5):
            n += 1
            tags.append(tag(n, "awareness", "delight", 1, None, f"saw your ad {i}"))
    return tags


def clock() -> Iterator[datetime]:
    minute = 0
    while True:
        yield T0.replace(minute=minute % 60)
        minute += 1


def fixed_context(tags: list[Tag] | None = None, workspace: str | None = "shop") -> Context:
    ids = iter(f"au-{i:08x}" for i in range(1000))
    ticks = clock()
    return Context(
        kb=load_knowledge(),
        tags=tags or [],
        workspace=workspace if tags else None,
        now=lambda: next(ticks),
        new_id=lambda: next(ids),
    )


# `done` moves on through the closing steps and finishes at the review: enough of them to
# finish from anywhere in the phases
FINISH = ["done"] * 7
