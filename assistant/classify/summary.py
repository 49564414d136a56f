"""Pure summaries of a workspace's tags: the phase x emotion table and the worst pain points."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from pydantic import BaseModel

from assistant.models.tags import Tag


class PainPoint(BaseModel):
    phase: str
    pain_point: str
    count: int
    mean_sentiment: float
    quote: str | None
    record_id: str


def phase_emotion_counts(tags: Sequence[Tag]) -> Counter[tuple[str, str]]:
    return Counter((t.phase, t.emotion) for t in tags)


def worst_pain_points(
    tags: Sequence[Tag], names: Mapping[str, str] | None = None
) -> dict[str, PainPoint]:
    """Per phase: the pain point named most often in negative tags (ties: the most negative),
    with the most confident quote for it. ``names`` maps pain point names (lower case) to
    one name, so that one pain named in two languages counts once."""
    groups: dict[tuple[str, str], list[Tag]] = defaultdict(list)
    for tag in tags:
        if tag.pain_point and tag.sentiment < 0:
            name = (names or {}).get(tag.pain_point.lower(), tag.pain_point)
            groups[(tag.phase, name)].append(tag)
    best: dict[str, PainPoint] = {}
    for (phase, pain), members in sorted(groups.items()):
        mean = sum(t.sentiment for t in members) / len(members)
        quoted = [t for t in members if t.evidence]
        top = max(
            quoted or members, key=lambda t: (t.phase_confidence + t.emotion_confidence, t.item_id)
        )
        candidate = PainPoint(
            phase=phase,
            pain_point=pain,
            count=len(members),
            mean_sentiment=round(mean, 2),
            quote=top.evidence,
            record_id=top.item_id,
        )
        current = best.get(phase)
        if current is None or (candidate.count, -candidate.mean_sentiment) > (
            current.count,
            -current.mean_sentiment,
        ):
            best[phase] = candidate
    return best
