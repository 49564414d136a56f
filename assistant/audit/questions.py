"""Per step of the audit: the question to ask (with numbered offers) and how to take the answer.

``ask`` returns the question text, or ``None`` when there is nothing to ask at this
position (the engine then moves on). ``answer`` changes the state and returns ``None`` when
the answer was taken, or the text of a helpful re-ask.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.audit.context import Context
from assistant.audit.copy import say, words
from assistant.audit.evidence import DataPain
from assistant.audit.parse import (
    Picks,
    is_garbage,
    norm,
    parse_choice,
    parse_numbers,
    parse_picks,
    parse_rating,
    parse_yes_no,
    split_list,
)
from assistant.audit.state import AuditState, BlindSpot, Offer, OpportunityItem, PhaseField
from assistant.audit.view import evidence_text, offers_text, phase_name, shorten, signed
from assistant.journey_map import (
    Element,
    Kpi,
    Opportunity,
    PainPoint,
    PhaseMap,
    Source,
    Touchpoint,
    asserted,
    evidence,
    suggested,
)
from assistant.kb.schema import PhaseModel

GOAL_WORDS: dict[str, tuple[str, ...]] = {
    "conversion": (
        "checkout",
        "abandon",
        "afhak",
        "conversi",
        "buy",
        "koop",
        "order",
        "bestel",
        "sales",
        "verkoop",
        "signup",
        "aanmeld",
        "trial",
    ),
    "loyalty": (
        "churn",
        "loyal",
        "trouw",
        "retention",
        "behoud",
        "opzeg",
        "cancel",
        "renew",
        "verleng",
        "repeat",
        "herhaal",
    ),
    "service": (
        "support",
        "service",
        "klacht",
        "complaint",
        "contact",
        "help",
        "ticket",
        "wait",
        "wacht",
    ),
    "content": ("content", "blog", "seo", "inspir", "newsletter", "nieuwsbrief"),
    "campaign": ("campaign", "campagne", "launch", "lancer", "promot", "actie"),
}
COMPLEXITY_WORDS: dict[str, tuple[str, ...]] = {
    "low": ("low", "laag", "simple", "eenvoudig", "simpel", "easy", "makkelijk", "quick", "snel"),
    "medium": ("medium", "gemiddeld", "middel", "midden", "moderate", "normal", "normaal"),
    "high": ("high", "hoog", "complex", "ingewikkeld", "expensive", "duur", "long", "lang"),
}
RATING_BLIND_SPOT = 1.0  # user rating and data valence this far apart make a blind spot
MIN_DATA = 3  # records a phase needs before its data is held against the user's view
MIN_PAIN = 2  # records a data pain point needs before it is raised as a blind spot


def infer_goal_kind(goal: str) -> str:
    text = norm(goal)
    scores = {kind: sum(text.count(w) for w in cues) for kind, cues in GOAL_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else "conversion"


def fields_for(map_type: str) -> tuple[PhaseField, ...]:
    base: tuple[PhaseField, ...] = ("touchpoints", "actions", "questions", "feeling", "pain_points")
    return (*base, "backstage") if map_type == "service_blueprint" else base


def model_of(state: AuditState, ctx: Context) -> PhaseModel:
    return ctx.kb.phase_model(state.map.phase_model)


def current_phase(state: AuditState) -> PhaseMap:
    return state.map.phases[state.position.phase]


def _name(state: AuditState, ctx: Context, phase_id: str) -> str:
    return phase_name(ctx.kb, state.map.phase_model, phase_id, state.lang)


def _text_answer(message: str, lang: str) -> str | None:
    """Free text kept verbatim, or the re-ask for an empty or unreadable answer."""
    if not message.strip():
        return say("reask_empty", lang, hint=say("hint_text", lang))
    if is_garbage(message):
        return say("reask_garbage", lang, hint=say("hint_text", lang))
    return None


def _picks(state: AuditState, ctx: Context, message: str, question: str) -> Picks | str:
    """Offers picked by number plus own items; a model splits a long free answer if present."""
    lang, offers = state.lang, state.offers
    problem = _text_answer(message, lang)
    if problem:
        return problem
    picks = parse_picks(message, len(offers))
    stray = [o for o in picks.own if re.fullmatch(r"\d+", o.strip())]
    if stray and offers:
        return say("reask_number_range", lang, number=stray[0], count=len(offers))
    single_sentence = len(picks.own) == 1 and not picks.picked and len(message.split()) > 6
    if ctx.assist is not None and single_sentence:
        extracted = ctx.assist.extract_list(question, message, [o.text for o in offers], lang)
        if extracted is not None:
            picked, own = extracted
            return Picks([i for i in picked if 0 <= i < len(offers)], own)
    return picks


# --- opening steps ------------------------------------------------------------------------


def recommend(state: AuditState, ctx: Context) -> list[PhaseModel]:
    """Phase models best first for what we heard (audience, complexity, goal kind)."""

    def fit(model: PhaseModel) -> tuple[int, int, str]:
        """More criteria met first; among equals the more specific model (fewer fits)."""
        rec = model.recommended_for
        score = sum(
            [
                state.audience in rec.audience if state.audience else 0,
                state.complexity in rec.complexity if state.complexity else 0,
                (state.goal_kind in rec.goals) * 2 if state.goal_kind else 0,
            ]
        )
        breadth = len(rec.goals) + len(rec.complexity) + len(rec.audience)
        return (-score, breadth, model.id)

    return sorted(ctx.kb.phase_models.values(), key=fit)


def ask(state: AuditState, ctx: Context) -> str | None:
    """The question at the current position (and set ``state.offers``), or None to move on."""
    lang, pos = state.lang, state.position
    state.offers = []
    if pos.step in ("goal", "persona", "audience", "complexity"):
        return say(f"ask_{pos.step}", lang)
    if pos.step == "scenario":
        state.offers = [Offer(text=s) for s in words("scenarios", lang)]
        return say("ask_scenario", lang) + "\n" + offers_text(state.offers, lang)
    if pos.step == "phase_model":
        models = recommend(state, ctx)
        state.offers = [Offer(text=m.name.get(lang), ref=m.id) for m in models]
        best = models[0]
        head = say(
            "recommend_model",
            lang,
            name=best.name.get(lang),
            why=" ".join(best.recommended_for.why.get(lang).split()),
        )
        return head + "\n" + offers_text(state.offers, lang)
    if pos.step == "map_type":
        types = sorted(ctx.kb.map_types, key=lambda m: not m.default)
        state.offers = [
            Offer(text=f"{m.name.get(lang)}: {m.when_to_use.get(lang)}", ref=m.id) for m in types
        ]
        return say("ask_map_type", lang) + "\n" + offers_text(state.offers, lang)
    if pos.step == "phase":
        return _ask_phase(state, ctx)
    if pos.step == "blind_spots":
        return _ask_blind_spot(state, ctx)
    if pos.step == "kpis":
        return _ask_kpis(state, ctx)
    if pos.step == "owners":
        return _ask_owners(state, ctx)
    if pos.step == "opportunities":
        return _ask_opportunity(state, ctx)
    return None


def answer(state: AuditState, ctx: Context, message: str) -> str | None:
    lang, pos = state.lang, state.position
    if pos.step in ("goal", "persona"):
        problem = _text_answer(message, lang)
        if problem:
            return problem
        element = Element(text=message.strip(), source=asserted())
        if pos.step == "goal":
            state.map.goal = element
            state.goal_kind = infer_goal_kind(element.text)
        else:
            state.map.persona = element
        return None
    if pos.step == "scenario":
        problem = _text_answer(message, lang)
        if problem:
            return problem
        choice = parse_choice(message, [o.text for o in state.offers])
        state.map.scenario = (
            Element(text=state.offers[choice].text, source=suggested())
            if choice is not None
            else Element(text=message.strip(), source=asserted())
        )
        return None
    if pos.step == "audience":
        return _answer_audience(state, message)
    if pos.step == "complexity":
        return _answer_complexity(state, message)
    if pos.step == "phase_model":
        return _answer_phase_model(state, ctx, message)
    if pos.step == "map_type":
        return _answer_map_type(state, message)
    if pos.step == "phase":
        return _answer_phase(state, ctx, message)
    if pos.step == "blind_spots":
        return _answer_blind_spot(state, ctx, message)
    if pos.step == "kpis":
        return _answer_kpis(state, ctx, message)
    if pos.step == "owners":
        return _answer_owners(state, ctx, message)
    if pos.step == "opportunities":
        return _answer_opportunity(state, ctx, message)
    if pos.step == "review":
        yes = parse_yes_no(message)
        return None if yes else say("review", lang, summary="")
    return None


def _answer_audience(state: AuditState, message: str) -> str | None:
    text = norm(message)
    if re.search(r"\bb2b\b|business|zakelijk|bedrijv|both|beide|allebei", text):
        state.audience = "b2b"
    elif re.search(r"\bb2c\b|consum|particulier|retail|klanten thuis", text):
        state.audience = "b2c"
    else:
        return say("reask_audience", state.lang)
    return None


def _answer_complexity(state: AuditState, message: str) -> str | None:
    numbers = parse_numbers(message, 3)
    levels: tuple[Literal["low", "medium", "high"], ...] = ("low", "medium", "high")
    if numbers is not None and len(numbers) == 1:
        state.complexity = levels[numbers[0]]
        return None
    text = norm(message)
    for level in levels:
        if any(re.search(rf"\b{c}", text) for c in COMPLEXITY_WORDS[level]):
            state.complexity = level
            return None
    return say("reask_choice", state.lang, count=3)


def _answer_phase_model(state: AuditState, ctx: Context, message: str) -> str | None:
    yes = parse_yes_no(message)
    choice = 0 if yes else parse_choice(message, [o.text for o in state.offers])
    if choice is None:
        by_id = [o.ref or "" for o in state.offers]
        text = norm(message).replace(" ", "_")
        choice = by_id.index(text) if text in by_id else None
    if choice is None:
        return say("reask_choice", state.lang, count=len(state.offers))
    model_id = state.offers[choice].ref or "journey7"
    state.map.phase_model_source = suggested(ref=model_id) if choice == 0 else asserted()
    set_phase_model(state, ctx, model_id)
    return None


def set_phase_model(state: AuditState, ctx: Context, model_id: str) -> None:
    """Lay out the phases of a model (keeping what was filled for phases that stay)."""
    model = ctx.kb.phase_model(model_id)
    before = {p.id: p for p in state.map.phases} if state.map.phase_model == model_id else {}
    state.map.phase_model = model_id
    evidence_all = ctx.evidence(model_id)
    state.map.data_records = evidence_all.total
    phases = []
    for phase in model.phases:
        kept = before.get(phase.id) or PhaseMap(id=phase.id, name=phase.name.get(state.lang))
        data = evidence_all.of(phase.id)
        kept.emotion.data = data.valence
        kept.emotion.data_count = data.count
        kept.emotion.mix = dict(data.mix)
        phases.append(kept)
    state.map.phases = phases


def _answer_map_type(state: AuditState, message: str) -> str | None:
    yes = parse_yes_no(message)
    choice = (
        0
        if yes or not message.strip()
        else parse_choice(message, [o.text.split(":")[0] for o in state.offers])
    )
    if choice is None:
        return say("reask_choice", state.lang, count=len(state.offers))
    state.map.map_type = state.offers[choice].ref  # type: ignore[assignment]
    return None


# --- per phase ----------------------------------------------------------------------------


def _ask_phase(state: AuditState, ctx: Context) -> str | None:
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
                definition=" ".join(kb_phase.definition.get(lang).split()[:40]) + "…",
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


def _answer_phase(state: AuditState, ctx: Context, message: str) -> str | None:
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
        problem = _text_answer(message, lang)
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
    picks = _picks(state, ctx, message, say(f"ask_{field}", lang))
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


# --- blind spots ---------------------------------------------------------------------------


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


def _ask_blind_spot(state: AuditState, ctx: Context) -> str | None:
    lang = state.lang
    if state.position.item >= len(state.blind_spots):
        return None
    spot = state.blind_spots[state.position.item]
    ev = ctx.evidence(state.map.phase_model).of(spot.phase)
    phase = state.map.phase(spot.phase)
    name = _name(state, ctx, spot.phase)
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
        label=pain.label,
        count=pain.count,
        share=f"{pain.share:.0%}",
        quotes=shown,
    )


def _answer_blind_spot(state: AuditState, ctx: Context, message: str) -> str | None:
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
        yes = ctx.assist.extract_yes_no(_ask_blind_spot(state, ctx) or "", message, state.lang)
    if yes is None:
        return say("reask_yes_no", state.lang)
    if yes:
        pain = ev.pains[spot.pain]
        phase.pain_points.append(
            PainPoint(
                text=pain.label,
                source=evidence(pain.record_ids[:10], pain.count, ref=pain.pattern),
                count=pain.count,
                share=pain.share,
                quotes=list(pain.quotes),
            )
        )
    return None


# --- KPIs and owners ----------------------------------------------------------------------


def _ask_kpis(state: AuditState, ctx: Context) -> str | None:
    phase = current_phase(state)
    if phase.skipped:
        return None
    kpis = ctx.kb.kpis_for(phase.id, state.map.phase_model)
    state.offers = [Offer(text=k.name.get(state.lang), ref=k.id) for k in kpis]
    question = say("ask_kpis", state.lang, name=_name(state, ctx, phase.id))
    return question + ("\n" + offers_text(state.offers, state.lang) if state.offers else "")


def _answer_kpis(state: AuditState, ctx: Context, message: str) -> str | None:
    picks = _picks(state, ctx, message, "KPIs")
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


def _ask_owners(state: AuditState, ctx: Context) -> str | None:
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
    return say("ask_owners", lang, name=_name(state, ctx, phase.id)) + "\n" + "\n".join(lines)


_PAIR = re.compile(r"^\s*(\d+)\s*[:=.)-]\s*(.+)$")


def _answer_owners(state: AuditState, ctx: Context, message: str) -> str | None:
    lang = state.lang
    problem = _text_answer(message, lang)
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
    pairs = [_PAIR.match(i) for i in items]
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


# --- opportunities ----------------------------------------------------------------------


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


def _ask_opportunity(state: AuditState, ctx: Context) -> str | None:
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
    if ctx.assist is not None:
        goal = state.map.goal.text if state.map.goal else ""
        extra = ctx.assist.suggest_fixes(pain.text, phase.name, goal, lang)
        offers += [Offer(text=t, kind="model") for t in extra[:3]]
    state.offers = offers
    question = say("ask_opportunity", lang, name=_name(state, ctx, item.phase), pain=pain.text)
    body = offers_text(offers, lang) if offers else say("no_fixes_known", lang)
    return question + "\n" + body


def _answer_opportunity(state: AuditState, ctx: Context, message: str) -> str | None:
    lang = state.lang
    problem = _text_answer(message, lang)
    if problem:
        return problem
    item = state.opportunities[state.position.item]
    phase = state.map.phase(item.phase)
    pain = phase.pain_points[item.pain]
    offers = state.offers
    edited: dict[int, str] = {}
    rest: list[str] = []
    for part in split_list(message):
        match = _PAIR.match(part)
        if match and 1 <= int(match.group(1)) <= len(offers):
            edited[int(match.group(1)) - 1] = match.group(2).strip()
        else:
            rest.append(part)
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
