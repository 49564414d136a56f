"""The opening steps: goal, persona, scenario, audience, complexity, phase model, map type."""

from __future__ import annotations

import re
from typing import Literal

from assistant.audit.asking import text_answer
from assistant.audit.context import Context
from assistant.audit.copy import say, words
from assistant.audit.parse import norm, parse_choice, parse_numbers, parse_yes_no
from assistant.audit.view import offers_text
from assistant.kb.schema import PhaseModel
from assistant.models.audit import AuditState, Offer
from assistant.models.journey_map import Element, PhaseMap, asserted, suggested

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


# Word stems that name a journey7 phase in a goal ("abandon checkout", "complain after
# delivery"): a recommended model should give each named phase a phase of its own.
GOAL_PHASE_WORDS: dict[str, tuple[str, ...]] = {
    "awareness": ("awareness", "bekendheid", "discover", "ontdek", "advert", "reclame"),
    "consideration": ("compar", "vergelijk", "consider", "overweg", "orient", "research"),
    "purchase": ("checkout", "afreken", "betal", "payment", "cart", "winkelmand", "abandon"),
    "delivery": ("deliver", "bezorg", "levering", "shipping", "verzend", "pakket", "parcel"),
    "usage": ("support", "klantenservice", "refund", "retour", "return", "onboard", "gebruik"),
    "loyalty": ("churn", "retention", "cancel", "opzeg", "renew", "verleng", "abonnement"),
    "advocacy": ("review", "recommend", "aanbevel", "aanrad", "nps", "referral", "ambassad"),
}


MAX_COVERED = 2  # journey7 phases one model phase may cover and still be a phase of its own


def goal_phases(goal: str) -> set[str]:
    """The journey7 phases a goal names."""
    text = norm(goal)
    return {phase for phase, cues in GOAL_PHASE_WORDS.items() if any(c in text for c in cues)}


def separates(model: PhaseModel, phases: set[str]) -> bool:
    """True when every named journey7 phase has a phase of the model of its own: one that
    covers it, none of the other named ones, and at most one more journey7 phase (RACE's
    "engage" covers delivery, usage, loyalty and advocacy: no delivery phase to speak of)."""
    for phase in phases:
        own = [
            p
            for p in model.phases
            if phase in p.maps_to
            and not (phases - {phase}) & set(p.maps_to)
            and len(p.maps_to) <= MAX_COVERED
        ]
        if not own:
            return False
    return True


COMPLEXITY_WORDS: dict[str, tuple[str, ...]] = {
    "low": ("low", "laag", "simple", "eenvoudig", "simpel", "easy", "makkelijk", "quick", "snel"),
    "medium": ("medium", "gemiddeld", "middel", "midden", "moderate", "normal", "normaal"),
    "high": ("high", "hoog", "complex", "ingewikkeld", "expensive", "duur", "long", "lang"),
}


def infer_goal_kind(goal: str) -> str:
    text = norm(goal)
    scores = {kind: sum(text.count(w) for w in cues) for kind, cues in GOAL_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else "conversion"


def recommend(state: AuditState, ctx: Context) -> list[PhaseModel]:
    """Phase models best first for what we heard: first those that give every phase the goal
    names a phase of its own, then audience, complexity and goal kind."""
    named = goal_phases(state.map.goal.text) if state.map.goal else set()

    def fit(model: PhaseModel) -> tuple[int, int, str]:
        """More criteria met first; among equals the more specific model (fewer fits)."""
        rec = model.recommended_for
        score = sum(
            [
                separates(model, named) * 5 if named else 0,
                state.audience in rec.audience if state.audience else 0,
                state.complexity in rec.complexity if state.complexity else 0,
                (state.goal_kind in rec.goals) * 2 if state.goal_kind else 0,
            ]
        )
        breadth = len(rec.goals) + len(rec.complexity) + len(rec.audience)
        return (-score, breadth, model.id)

    return sorted(ctx.kb.phase_models.values(), key=fit)


def answer_audience(state: AuditState, message: str) -> str | None:
    text = norm(message)
    if re.search(r"\bb2b\b|business|zakelijk|bedrijv|both|beide|allebei", text):
        state.audience = "b2b"
    elif re.search(r"\bb2c\b|consum|particulier|retail|klanten thuis", text):
        state.audience = "b2c"
    else:
        return say("reask_audience", state.lang)
    return None


def answer_complexity(state: AuditState, message: str) -> str | None:
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


def answer_phase_model(state: AuditState, ctx: Context, message: str) -> str | None:
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


def answer_map_type(state: AuditState, message: str) -> str | None:
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


def ask_opening(state: AuditState, ctx: Context) -> str | None:
    lang, step = state.lang, state.position.step
    if step in ("goal", "persona", "audience", "complexity"):
        return say(f"ask_{step}", lang)
    if step == "scenario":
        state.offers = [Offer(text=s) for s in words("scenarios", lang)]
        return say("ask_scenario", lang) + "\n" + offers_text(state.offers, lang)
    if step == "phase_model":
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
    types = sorted(ctx.kb.map_types, key=lambda m: not m.default)
    state.offers = [
        Offer(text=f"{m.name.get(lang)}: {m.when_to_use.get(lang)}", ref=m.id) for m in types
    ]
    return say("ask_map_type", lang) + "\n" + offers_text(state.offers, lang)


def answer_text(state: AuditState, message: str) -> str | None:
    """Goal and persona: the user's own words, verbatim."""
    problem = text_answer(message, state.lang)
    if problem:
        return problem
    element = Element(text=message.strip(), source=asserted())
    if state.position.step == "goal":
        state.map.goal = element
        state.goal_kind = infer_goal_kind(element.text)
    else:
        state.map.persona = element
    return None


def answer_scenario(state: AuditState, message: str) -> str | None:
    problem = text_answer(message, state.lang)
    if problem:
        return problem
    choice = parse_choice(message, [o.text for o in state.offers])
    state.map.scenario = (
        Element(text=state.offers[choice].text, source=suggested())
        if choice is not None
        else Element(text=message.strip(), source=asserted())
    )
    return None
