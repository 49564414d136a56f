"""Helpers every step of the audit shares: the phase in focus, free-text and pick answers."""

from __future__ import annotations

import re

from assistant.audit.context import Context
from assistant.audit.copy import say
from assistant.audit.parse import Picks, is_garbage, parse_picks, parse_yes_no
from assistant.audit.view import phase_name
from assistant.kb.schema import PhaseModel
from assistant.models.audit import AuditState, PhaseField
from assistant.models.journey_map import PhaseMap


def fields_for(map_type: str) -> tuple[PhaseField, ...]:
    base: tuple[PhaseField, ...] = ("touchpoints", "actions", "questions", "feeling", "pain_points")
    return (*base, "backstage") if map_type == "service_blueprint" else base


def model_of(state: AuditState, ctx: Context) -> PhaseModel:
    return ctx.kb.phase_model(state.map.phase_model)


def current_phase(state: AuditState) -> PhaseMap:
    return state.map.phases[state.position.phase]


def name_of(state: AuditState, ctx: Context, phase_id: str) -> str:
    return phase_name(ctx.kb, state.map.phase_model, phase_id, state.lang)


def text_answer(message: str, lang: str) -> str | None:
    """Free text kept verbatim, or the re-ask for an empty or unreadable answer."""
    if not message.strip():
        return say("reask_empty", lang, hint=say("hint_text", lang))
    if is_garbage(message):
        return say("reask_garbage", lang, hint=say("hint_text", lang))
    return None


def picks_for(state: AuditState, ctx: Context, message: str, question: str) -> Picks | str:
    """Offers picked by number plus own items; a model splits a long free answer if present.
    A bare yes takes every suggestion, a bare no none of them."""
    lang, offers = state.lang, state.offers
    problem = text_answer(message, lang)
    if problem:
        return problem
    agreed = parse_yes_no(message) if len(message.split()) <= 2 else None
    if agreed is not None:
        return Picks(list(range(len(offers))) if agreed else [], [], none=not agreed)
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


PAIR = re.compile(r"^\s*(\d+)\s*[:=.)-]\s*(.+)$")
