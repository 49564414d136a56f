"""Text the dialogue shows that is built from data: evidence, numbered offers, summaries."""

from __future__ import annotations

from assistant.audit.copy import say, words
from assistant.audit.evidence import DataPain, Evidence, PhaseEvidence
from assistant.kb.loader import KnowledgeBase
from assistant.models.audit import AuditState, Offer
from assistant.models.journey_map import JourneyMap
from assistant.text import shorten


def signed(value: float | int | None) -> str:
    if value is None:
        return "?"
    if isinstance(value, int):
        return f"{value:+d}"
    return f"{value:+.1f}"


def offers_text(offers: list[Offer], lang: str) -> str:
    lines = []
    for number, offer in enumerate(offers, start=1):
        extra = ""
        if offer.kind == "data" and offer.count is not None:
            extra = f" ({say('from_data', lang)}: {say('count_records', lang, count=offer.count)})"
        lines.append(f"  {number}. {offer.text}{extra}")
    return "\n".join(lines)


def phase_name(kb: KnowledgeBase, model_id: str, phase_id: str, lang: str) -> str:
    return kb.phase_model(model_id).phase(phase_id).name.get(lang)


def pain_label(kb: KnowledgeBase, pain: DataPain, lang: str) -> str:
    """A data pain point's name in the user's language (its friction pattern's name)."""
    return kb.friction_pattern(pain.pattern).name.get(lang) if pain.pattern else pain.label


def evidence_text(
    kb: KnowledgeBase, evidence: Evidence, phase: PhaseEvidence, name: str, lang: str
) -> str:
    if phase.count == 0:
        return say("evidence_none", lang, name=name)
    emotions = {e.id: e.name.get(lang).lower() for e in kb.emotions}
    mix = ", ".join(f"{emotions.get(k, k)} {v}" for k, v in list(phase.mix.items())[:4])
    share = f"{phase.count / max(evidence.total, 1):.0%}"
    lines = [
        say(
            "evidence_header",
            lang,
            name=name,
            count=phase.count,
            share=share,
            valence=signed(phase.valence),
            mix=mix,
        )
    ]
    if phase.pains:
        lines.append(say("evidence_pains", lang))
        for number, pain in enumerate(phase.pains[:3], start=1):
            lines.append(
                f"  {number}. {pain_label(kb, pain, lang)}: "
                f"{say('count_records', lang, count=pain.count)}"
                f" ({pain.share:.0%})"
            )
            for quote in pain.quotes[:1]:
                lines.append(f'     [{quote.record_id}] "{shorten(quote.text)}"')
    return "\n".join(lines)


def overview_text(kb: KnowledgeBase, evidence: Evidence, model_id: str, lang: str) -> str:
    parts = []
    for phase_id, phase in evidence.phases.items():
        name = phase_name(kb, model_id, phase_id, lang)
        parts.append(f"{name} {phase.count} ({signed(phase.valence)})")
    return "; ".join(parts)


def summary_text(journey: JourneyMap, lang: str) -> str:
    phases = [p for p in journey.phases if not p.skipped]
    return say(
        "summary_line",
        lang,
        phases=len(phases),
        touchpoints=sum(len([t for t in p.touchpoints if t.kept]) for p in phases),
        pains=sum(len([x for x in p.pain_points if x.kept]) for p in phases),
        fixes=sum(len([o for o in p.opportunities if o.kept]) for p in phases),
        kpis=sum(len([k for k in p.kpis if k.kept]) for p in phases),
    )


def status_text(state: AuditState, lang: str) -> str:
    journey = state.map
    unset = say("nothing", lang)
    steps = words("status_steps", lang)
    filled = sum(
        1 for p in journey.phases if p.touchpoints or p.actions or p.emotion.user is not None
    )
    return say(
        "status",
        lang,
        id=state.id,
        step=steps.get(state.position.step, state.position.step),
        goal=journey.goal.text if journey.goal else unset,
        persona=journey.persona.text if journey.persona else unset,
        model=journey.phase_model,
        map_type=journey.map_type,
        filled=filled,
        total=len(journey.phases),
    )
