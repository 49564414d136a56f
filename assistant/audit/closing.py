"""After the phases: blind spots, KPIs, owners per touchpoint, opportunities."""

from __future__ import annotations

import re

from assistant.audit.asking import PAIR, current_phase, name_of, picks_for, text_answer
from assistant.audit.context import Context
from assistant.audit.copy import say
from assistant.audit.parse import (
    Picks,
    is_garbage,
    norm,
    parse_picks,
    parse_rating,
    parse_yes_no,
    split_list,
)
from assistant.audit.phases import matching_pain
from assistant.audit.view import offers_text, pain_label, signed
from assistant.models.audit import AuditState, BlindSpot, Offer, OpportunityItem
from assistant.models.journey_map import (
    Element,
    Kpi,
    Opportunity,
    PainPoint,
    PhaseMap,
    Touchpoint,
    asserted,
    evidence,
    suggested,
)
from assistant.text import shorten

RATING_BLIND_SPOT = 1.0  # user rating and data valence this far apart make a blind spot


MIN_DATA = 3  # records a phase needs before its data is held against the user's view


MIN_PAIN = 2  # records a data pain point needs before it is raised as a blind spot

YES_PREFIX = re.compile(r"^(?:yes|ja|ok|oké)[\s,:]+", re.IGNORECASE)


def find_blind_spots(state: AuditState, ctx: Context) -> list[BlindSpot]:
    data = ctx.evidence(state.map.phase_model)
    spots: list[BlindSpot] = []
    for phase in state.map.phases:
        if phase.skipped:
            continue
        ev = data.of(phase.id)
        user = phase.emotion.user
        if (
            user is not None
            and ev.valence is not None
            and ev.count >= MIN_DATA
            and abs(user - ev.valence) >= RATING_BLIND_SPOT
        ):
            spots.append(BlindSpot(phase=phase.id, kind="rating"))
        named = [(p.text, p.source.ref) for p in phase.pain_points]
        for index, pain in enumerate(ev.pains[:3]):
            if pain.count < MIN_PAIN:
                continue
            if not any(matching_pain([pain], text, ref) for text, ref in named):
                spots.append(BlindSpot(phase=phase.id, kind="pain", pain=index))
    return spots


def ask_blind_spot(state: AuditState, ctx: Context) -> str | None:
    lang = state.lang
    if state.position.item >= len(state.blind_spots):
        return None
    spot = state.blind_spots[state.position.item]
    ev = ctx.evidence(state.map.phase_model).of(spot.phase)
    phase = state.map.phase(spot.phase)
    name = name_of(state, ctx, spot.phase)
    if spot.kind == "rating":
        value = ev.valence or 0.0
        quotes = [q for pain in ev.pains for q in pain.quotes]
        values = dict(
            name=name,
            user=signed(phase.emotion.user),
            count=ev.count,
            data=signed(value),
            suggested=signed(max(-2, min(2, round(value)))),
        )
        if quotes:
            return say(
                "blind_rating",
                lang,
                record=quotes[0].record_id,
                quote=shorten(quotes[0].text),
                **values,
            )
        return say("blind_rating_noquote", lang, **values)
    pain = ev.pains[spot.pain]
    shown = " ".join(f'[{q.record_id}] "{shorten(q.text, 100)}"' for q in pain.quotes[:2])
    return say(
        "blind_pain",
        lang,
        name=name,
        label=pain_label(ctx.kb, pain, state.lang),
        count=pain.count,
        share=f"{pain.share:.0%}",
        quotes=shown,
    )


def answer_blind_spot(state: AuditState, ctx: Context, message: str) -> str | None:
    spot = state.blind_spots[state.position.item]
    phase = state.map.phase(spot.phase)
    ev = ctx.evidence(state.map.phase_model).of(spot.phase)
    yes = parse_yes_no(message)
    if spot.kind == "rating":
        rating = parse_rating(message) if yes is None else None
        if yes is None and rating is None:
            return say("reask_yes_no", state.lang)
        if yes:
            phase.emotion.user = max(-2, min(2, round(ev.valence or 0.0)))
        elif rating is not None:
            phase.emotion.user = rating
        return None
    if yes is None and ctx.assist is not None and not is_garbage(message):
        yes = ctx.assist.extract_yes_no(ask_blind_spot(state, ctx) or "", message, state.lang)
    if yes is None:
        return say("reask_yes_no", state.lang)
    if yes:
        pain = ev.pains[spot.pain]
        phase.pain_points.append(
            PainPoint(
                text=pain_label(ctx.kb, pain, state.lang),
                source=evidence(pain.record_ids[:10], pain.count, ref=pain.pattern),
                count=pain.count,
                share=pain.share,
                quotes=list(pain.quotes),
            )
        )
    return None


def ask_kpis(state: AuditState, ctx: Context) -> str | None:
    phase = current_phase(state)
    if phase.skipped:
        return None
    kpis = ctx.kb.kpis_for(phase.id, state.map.phase_model)
    state.offers = [Offer(text=k.name.get(state.lang), ref=k.id) for k in kpis]
    question = say("ask_kpis", state.lang, name=name_of(state, ctx, phase.id))
    return question + ("\n" + offers_text(state.offers, state.lang) if state.offers else "")


def answer_kpis(state: AuditState, ctx: Context, message: str) -> str | None:
    picks = picks_for(state, ctx, message, "KPIs")
    if isinstance(picks, str):
        return picks
    phase = current_phase(state)
    offers = state.offers
    phase.kpis = [
        Kpi(text=offers[i].text, id=offers[i].ref, source=suggested(offers[i].ref))
        for i in picks.picked
    ] + [Kpi(text=t, source=asserted()) for t in picks.own]
    return None


def _owned(phase: PhaseMap) -> list[Touchpoint]:
    return [t for t in phase.touchpoints if t.kept]


def ask_owners(state: AuditState, ctx: Context) -> str | None:
    phase = current_phase(state)
    touchpoints = _owned(phase)
    if phase.skipped or not touchpoints:
        return None
    lang = state.lang
    lines = []
    for number, tp in enumerate(touchpoints, start=1):
        hint = ctx.kb.touchpoint(tp.id).owner_hint.get(lang) if tp.id else None
        suggestion = f" ({say('suggested_owner', lang, owner=hint)})" if hint else ""
        lines.append(f"  {number}. {tp.text}{suggestion}")
    return say("ask_owners", lang, name=name_of(state, ctx, phase.id)) + "\n" + "\n".join(lines)


def answer_owners(state: AuditState, ctx: Context, message: str) -> str | None:
    lang = state.lang
    problem = text_answer(message, lang)
    if problem:
        return problem
    touchpoints = _owned(current_phase(state))
    if parse_yes_no(message):
        for tp in touchpoints:
            if tp.id:
                hint = ctx.kb.touchpoint(tp.id).owner_hint.get(lang)
                tp.owner = Element(text=hint, source=suggested(ref=tp.id))
        return None
    items = split_list(message)
    pairs = [PAIR.match(i) for i in items]
    if all(pairs):
        for match in pairs:
            assert match is not None
            index = int(match.group(1)) - 1
            if not 0 <= index < len(touchpoints):
                return say("reask_number_range", lang, number=index + 1, count=len(touchpoints))
            touchpoints[index].owner = Element(text=match.group(2).strip(), source=asserted())
        return None
    if len(items) == 1:  # one owner for all of them
        items = items * len(touchpoints)
    for tp, owner in zip(touchpoints, items, strict=False):
        tp.owner = Element(text=owner, source=asserted())
    return None


def find_opportunities(state: AuditState) -> list[OpportunityItem]:
    return [
        OpportunityItem(phase=phase.id, pain=index)
        for phase in state.map.phases
        if not phase.skipped
        for index, pain in enumerate(phase.pain_points)
        if pain.kept
    ]


def _pattern_for(state: AuditState, ctx: Context, phase_id: str, pain: PainPoint) -> list[str]:
    """Friction patterns whose fixes fit this pain point: its own, else the best word match."""
    if pain.source.ref and any(p.id == pain.source.ref for p in ctx.kb.friction_patterns):
        return [pain.source.ref]
    wanted = set(norm(pain.text).split())
    scored = []
    for pattern in ctx.kb.friction_patterns_for(phase_id, state.map.phase_model):
        vocab = " ".join(
            [
                pattern.name.get(state.lang),
                *pattern.signals.get(state.lang),
                *(c.get(state.lang) for c in pattern.causes),
            ]
        )
        overlap = len(wanted & set(norm(vocab).split()))
        if overlap:
            scored.append((-overlap, pattern.id))
    return [pid for _, pid in sorted(scored)[:2]]


def ask_opportunity(state: AuditState, ctx: Context) -> str | None:
    if state.position.item >= len(state.opportunities):
        return None
    lang = state.lang
    item = state.opportunities[state.position.item]
    phase = state.map.phase(item.phase)
    pain = phase.pain_points[item.pain]
    offers = []
    for pattern_id in _pattern_for(state, ctx, item.phase, pain):
        pattern = ctx.kb.friction_pattern(pattern_id)
        offers += [
            Offer(text=f"{f.title.get(lang)}: {f.description.get(lang)}", ref=f.id)
            for f in pattern.fixes
        ]
    if ctx.assist is not None and item.model_fixes is None:
        # asked once per pain point: help, back or a resume show the same numbered list
        goal = state.map.goal.text if state.map.goal else ""
        item.model_fixes = ctx.assist.suggest_fixes(pain.text, phase.name, goal, lang)[:3]
    offers += [Offer(text=t, kind="model") for t in item.model_fixes or []]
    state.offers = offers
    question = say("ask_opportunity", lang, name=name_of(state, ctx, item.phase), pain=pain.text)
    body = offers_text(offers, lang) if offers else say("no_fixes_known", lang)
    return question + "\n" + body


def answer_opportunity(state: AuditState, ctx: Context, message: str) -> str | None:
    lang = state.lang
    problem = text_answer(message, lang)
    if problem:
        return problem
    item = state.opportunities[state.position.item]
    phase = state.map.phase(item.phase)
    pain = phase.pain_points[item.pain]
    offers = state.offers
    edited: dict[int, str] = {}
    rest: list[str] = []
    numbered = re.search(r"\d", message) is not None
    for part in split_list(message):
        match = PAIR.match(part)
        if match and 1 <= int(match.group(1)) <= len(offers):
            edited[int(match.group(1)) - 1] = match.group(2).strip()
        else:
            rest.append(YES_PREFIX.sub("", part) if numbered else part)  # "yes 2" picks 2
    bare = len(message.split()) <= 2 and not edited and not numbered
    agreed = parse_yes_no(message) if bare else None
    if agreed is not None:  # a bare yes takes every candidate, a bare no rejects them all
        picks = Picks(list(range(len(offers))) if agreed else [], [], none=not agreed)
    else:
        picks = parse_picks(", ".join(rest), len(offers)) if rest else Picks([], [])
    stray = [o for o in picks.own if re.fullmatch(r"\d+", o.strip())]
    if stray:
        return say("reask_number_range", lang, number=stray[0], count=len(offers))
    accepted = set(picks.picked) | set(edited)
    phase.opportunities = [o for o in phase.opportunities if o.pain_point != pain.text]
    for index, offer in enumerate(offers):
        kpi = None
        if offer.ref:
            kpi = ctx.kb.fix(offer.ref)[1].kpi
        phase.opportunities.append(
            Opportunity(
                text=edited.get(index, offer.text),
                source=suggested(ref=offer.ref, accepted=index in accepted),
                fix_id=offer.ref,
                pain_point=pain.text,
                kpi=kpi,
            )
        )
    phase.opportunities += [
        Opportunity(text=t, source=asserted(), pain_point=pain.text) for t in picks.own
    ]
    return None
