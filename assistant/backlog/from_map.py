"""A backlog from a finished self-audit: the fixes the user accepted, with their scores."""

from __future__ import annotations

import re
from datetime import datetime

from assistant.backlog.model import Backlog, BacklogFix
from assistant.journey_map import JourneyMap

DEFAULT_SCORE = 3
DEFAULT_CONFIDENCE = 0.8


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return slug[:40] or "fix"


def backlog_from_map(
    journey: JourneyMap, backlog_id: str, created_at: datetime | None = None
) -> Backlog:
    """Every accepted opportunity of the map becomes a fix; scores the user gave (or
    accepted) in the audit carry over, unscored fixes start at 3/3 with confidence 0.8."""
    fixes: list[BacklogFix] = []
    seen: set[str] = set()
    for phase in journey.phases:
        if phase.skipped:
            continue
        pains = {p.text: p for p in phase.pain_points}
        for opportunity in phase.opportunities:
            if not opportunity.kept:
                continue
            base = opportunity.fix_id or _slug(opportunity.text)
            fix_id, n = base, 2
            while fix_id in seen:
                fix_id, n = f"{base}_{n}", n + 1
            seen.add(fix_id)
            pain = pains.get(opportunity.pain_point or "")
            fixes.append(
                BacklogFix(
                    id=fix_id,
                    title=opportunity.text.split(":")[0].strip() or opportunity.text,
                    description=opportunity.text,
                    phase=phase.id,
                    pain_points=[opportunity.pain_point] if opportunity.pain_point else [],
                    quotes=list(pain.quotes) if pain else [],
                    record_ids=[q.record_id for q in pain.quotes] if pain else [],
                    impact=opportunity.impact or DEFAULT_SCORE,
                    effort=opportunity.effort or DEFAULT_SCORE,
                    confidence=(
                        opportunity.confidence
                        if opportunity.confidence is not None
                        else DEFAULT_CONFIDENCE
                    ),
                    reach=opportunity.reach,
                    reach_share=pain.share if pain else None,
                    kpi=opportunity.kpi,
                    fix_ref=opportunity.fix_id,
                    source=opportunity.source,
                )
            )
    title = journey.goal.text if journey.goal else journey.title
    return Backlog(
        id=backlog_id,
        title=title,
        language=journey.language,
        workspace=journey.workspace,
        map_id=journey.id,
        created_at=created_at,
        fixes=fixes,
    )
