"""Per phase: touchpoints, actions, questions, feeling, pain points (and backstage)."""

from __future__ import annotations

from assistant.audit.asking import current_phase, fields_for, model_of, picks_for, text_answer
from assistant.audit.context import Context
from assistant.audit.copy import say
from assistant.audit.evidence import DataPain
from assistant.audit.parse import is_garbage, norm, parse_rating, split_list
from assistant.audit.view import evidence_text, offers_text
from assistant.models.audit import AuditState, Offer
from assistant.models.journey_map import (
    Element,
    PainPoint,
    Source,
    Touchpoint,
    asserted,
    evidence,
    suggested,
)

MAX_PAIN_OFFERS = 8  # the phase's friction patterns offered, those in the data first


def first_words(text: str, count: int) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def ask_phase(state: AuditState, ctx: Context) -> str | None:
    lang, pos = state.lang, state.position
    phase = current_phase(state)
    model = model_of(state, ctx)
    kb_phase = model.phase(phase.id)
    name = kb_phase.name.get(lang)
    head: list[str] = []
    if pos.field == fields_for(state.map.map_type)[0]:
        head.append(
            say(
                "phase_header",
                lang,
                num=pos.phase + 1,
                total=len(state.map.phases),
                name=name,
                definition=first_words(kb_phase.definition.get(lang), 40),
            )
        )
        evidence_all = ctx.evidence(model.id)
        if not evidence_all.empty:
            head.append(evidence_text(ctx.kb, evidence_all, evidence_all.of(phase.id), name, lang))
    data = ctx.evidence(model.id).of(phase.id)
    if pos.field == "touchpoints":
        offers = [
            Offer(text=ctx.kb.touchpoint(tp).name.get(lang), ref=tp, kind="data", count=n)
            for tp, n in list(data.touchpoints.items())[:5]
        ]
        seen = {o.ref for o in offers}
        offers += [
            Offer(text=t.name.get(lang), ref=t.id)
            for t in ctx.kb.touchpoints_for(phase.id, model.id)
            if t.id not in seen
        ][: max(0, 8 - len(offers))]
        state.offers = offers
        question = say("ask_touchpoints", lang) + "\n" + offers_text(offers, lang)
    elif pos.field == "questions":
        state.offers = [Offer(text=q) for q in kb_phase.questions.get(lang)]
        question = say("ask_questions", lang) + "\n" + offers_text(state.offers, lang)
    elif pos.field == "pain_points":
        patterns = ctx.kb.friction_patterns_for(phase.id, model.id)
        seen_in_data = {pain.pattern: pain.count for pain in data.pains if pain.pattern}
        patterns = sorted(patterns, key=lambda p: -seen_in_data.get(p.id, 0))[:MAX_PAIN_OFFERS]
        state.offers = [Offer(text=p.name.get(lang), ref=p.id) for p in patterns]
        question = (
            say("ask_pain_points", lang) + "\n" + offers_text(state.offers, lang)
            if state.offers
            else say("ask_pain_points_free", lang)
        )
    else:
        question = say(f"ask_{pos.field}", lang)
    return "\n\n".join([*head, question])


def matching_pain(pains: list[DataPain], text: str, ref: str | None) -> DataPain | None:
    """The data pain point that a user's pain point names (same pattern or shared words)."""
    wanted = set(norm(text).split())
    for pain in pains:
        if ref and pain.pattern == ref:
            return pain
        got = set(norm(pain.label).split())
        if got and len(wanted & got) / len(got) >= 0.6:
            return pain
    return None


def answer_phase(state: AuditState, ctx: Context, message: str) -> str | None:
    lang, field = state.lang, state.position.field
    phase = current_phase(state)
    if field == "feeling":
        rating = parse_rating(message)
        if rating is None and ctx.assist is not None and not is_garbage(message):
            rating = ctx.assist.extract_rating(say("ask_feeling", lang), message, lang)
        if rating is None:
            return say("reask_rating", lang)
        phase.emotion.user = rating
        return None
    if field in ("actions", "backstage"):
        problem = text_answer(message, lang)
        if problem:
            return problem
        items = split_list(message)
        if ctx.assist is not None and len(items) == 1 and len(message.split()) > 6:
            extracted = ctx.assist.extract_list(say(f"ask_{field}", lang), message, [], lang)
            if extracted and extracted[1]:
                items = extracted[1]
        elements = [Element(text=i, source=asserted()) for i in items]
        if field == "actions":
            phase.actions = elements
        else:
            phase.backstage = elements
        return None
    picks = picks_for(state, ctx, message, say(f"ask_{field}", lang))
    if isinstance(picks, str):
        return picks
    offers = state.offers
    if field == "touchpoints":
        phase.touchpoints = [
            Touchpoint(
                text=offers[i].text,
                id=offers[i].ref,
                source=evidence([], offers[i].count or 0, ref=offers[i].ref)
                if offers[i].kind == "data"
                else suggested(ref=offers[i].ref),
            )
            for i in picks.picked
        ] + [Touchpoint(text=t, source=asserted()) for t in picks.own]
    elif field == "questions":
        phase.questions = [Element(text=offers[i].text, source=suggested()) for i in picks.picked]
        phase.questions += [Element(text=t, source=asserted()) for t in picks.own]
    elif field == "pain_points":
        data = ctx.evidence(state.map.phase_model).of(phase.id)
        chosen: list[tuple[str, Source, str | None]] = [
            (offers[i].text, suggested(ref=offers[i].ref), offers[i].ref) for i in picks.picked
        ]
        chosen += [(t, asserted(), None) for t in picks.own]
        phase.pain_points = []
        for text, source, ref in chosen:
            match = matching_pain(data.pains, text, ref)
            phase.pain_points.append(
                PainPoint(
                    text=text,
                    source=source.model_copy(update={"ref": ref or (match and match.pattern)}),
                    count=match.count if match else None,
                    share=match.share if match else None,
                    quotes=list(match.quotes) if match else [],
                )
            )
    return None
