"""Scoring the accepted fixes in the audit: the assistant suggests impact, effort,
confidence and reach; the user accepts (`yes`) or overrules (`impact 3, effort 4`), and
`why` explains where each suggested value comes from."""

from __future__ import annotations

import re

from assistant.audit.asking import name_of, text_answer
from assistant.audit.context import Context
from assistant.audit.copy import say
from assistant.audit.parse import norm, parse_yes_no
from assistant.backlog.scoring import Thresholds, quadrant, rice
from assistant.export.labels import quadrant_name
from assistant.models.audit import AuditState, ScoreItem
from assistant.models.backlog import parse_confidence
from assistant.models.journey_map import Opportunity, PainPoint

DEFAULT_IMPACT = 3
DEFAULT_EFFORT = 3
# Confidence follows the evidence: a fix for a pain point the data shows is surer than one
# for a pain point only the user or the catalogue named.
CONFIDENCE_BY_SOURCE = {"evidence": 1.0, "suggested": 0.8, "asserted": 0.5}
SCORE_WORDS = {
    "impact": "impact",
    "effect": "impact",
    "effort": "effort",
    "inspanning": "effort",
    "moeite": "effort",
    "kosten": "effort",
    "confidence": "confidence",
    "zekerheid": "confidence",
    "vertrouwen": "confidence",
    "reach": "reach",
    "bereik": "reach",
}
_SCORE = re.compile(r"(" + "|".join(SCORE_WORDS) + r")\s*[:=]?\s*(\d+(?:[.,]\d+)?%?|[a-z]+)")
_SHORT = re.compile(r"^\s*([1-5])\s*/\s*([1-5])\s*$")  # "4/2" = impact 4, effort 2
WHY = {"why", "waarom", "explain", "uitleg", "explain score", "leg uit"}


def find_scoring(state: AuditState) -> list[ScoreItem]:
    return [
        ScoreItem(phase=phase.id, opportunity=index)
        for phase in state.map.phases
        if not phase.skipped
        for index, opportunity in enumerate(phase.opportunities)
        if opportunity.kept
    ]


def _pain(state: AuditState, item: ScoreItem) -> PainPoint | None:
    phase = state.map.phase(item.phase)
    wanted = phase.opportunities[item.opportunity].pain_point
    return next((p for p in phase.pain_points if p.text == wanted), None)


def suggest(state: AuditState, ctx: Context, item: ScoreItem) -> Opportunity:
    """The opportunity with suggested scores filled in where it has none yet."""
    phase = state.map.phase(item.phase)
    fix = phase.opportunities[item.opportunity]
    if fix.scored_by is not None:
        return fix
    pain = _pain(state, item)
    impact, effort = DEFAULT_IMPACT, DEFAULT_EFFORT
    if fix.fix_id:
        known = ctx.kb.fix(fix.fix_id)[1]
        impact, effort = known.impact, known.effort
    source = pain.source.kind if pain else "asserted"
    has_data = pain is not None and pain.count
    confidence = CONFIDENCE_BY_SOURCE["evidence" if has_data else source]
    return fix.model_copy(
        update={
            "impact": impact,
            "effort": effort,
            "confidence": confidence,
            "reach": pain.count if pain and pain.count is not None else None,
            "scored_by": "suggested",
        }
    )


def _scores_text(state: AuditState, fix: Opportunity) -> str:
    from assistant.models.backlog import BacklogFix

    as_fix = BacklogFix(
        id="x",
        title=fix.text,
        impact=fix.impact or DEFAULT_IMPACT,
        effort=fix.effort or DEFAULT_EFFORT,
        confidence=fix.confidence if fix.confidence is not None else 0.8,
        reach=fix.reach,
    )
    value = rice(as_fix)
    return say(
        "score_values",
        state.lang,
        impact=as_fix.impact,
        effort=as_fix.effort,
        confidence=f"{as_fix.confidence:.0%}",
        reach="?" if fix.reach is None else fix.reach,
        rice="?" if value is None else f"{value:.1f}",
        quadrant=quadrant_name(quadrant(as_fix, Thresholds()), state.lang),
    )


def ask_score(state: AuditState, ctx: Context) -> str | None:
    if state.position.item >= len(state.scoring):
        return None
    item = state.scoring[state.position.item]
    fix = suggest(state, ctx, item)
    state.map.phase(item.phase).opportunities[item.opportunity] = fix
    name = name_of(state, ctx, item.phase)
    return say("ask_score", state.lang, name=name, fix=fix.text) + "\n" + _scores_text(state, fix)


def explain(state: AuditState, ctx: Context, item: ScoreItem) -> str:
    fix = state.map.phase(item.phase).opportunities[item.opportunity]
    pain = _pain(state, item)
    lang = state.lang
    parts = [
        say("why_impact_kb", lang) if fix.fix_id else say("why_impact_default", lang),
        say("why_reach", lang, count=fix.reach, pain=pain.text if pain else "")
        if fix.reach is not None
        else say("why_no_reach", lang),
        say(
            "why_confidence",
            lang,
            confidence=f"{(fix.confidence or 0):.0%}",
            source=say(f"source_{pain.source.kind if pain else 'asserted'}", lang),
        ),
        say("why_rice", lang),
    ]
    return " ".join(parts)


def answer_score(state: AuditState, ctx: Context, message: str) -> str | None:
    lang = state.lang
    problem = text_answer(message, lang)
    if problem:
        return problem
    item = state.scoring[state.position.item]
    fix = state.map.phase(item.phase).opportunities[item.opportunity]
    text = norm(message).strip(" ?!.")
    if text in WHY:
        return explain(state, ctx, item) + "\n\n" + say("ask_score_again", lang)
    if parse_yes_no(message):
        return None
    updates: dict[str, object] = {}
    short = _SHORT.match(text)
    if short:
        updates = {"impact": int(short.group(1)), "effort": int(short.group(2))}
    for word, value in _SCORE.findall(text):
        field = SCORE_WORDS[word]
        try:
            if field == "confidence":
                updates[field] = parse_confidence(value.replace(",", "."))
            else:
                number = int(value)
                limits = (0, 10**9) if field == "reach" else (1, 5)
                if not limits[0] <= number <= limits[1]:
                    raise ValueError(value)
                updates[field] = number
        except ValueError:
            return say("reask_score", lang, field=word, value=value)
    if not updates:
        return say("reask_score", lang, field="", value=message.strip()[:40])
    updates["scored_by"] = "asserted"
    state.map.phase(item.phase).opportunities[item.opportunity] = fix.model_copy(update=updates)
    return None
