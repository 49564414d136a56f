"""Per step of the audit: the question to ask (with numbered offers) and how to take the answer.

``ask`` returns the question text, or ``None`` when there is nothing to ask at this
position (the engine then moves on). ``answer`` changes the state and returns ``None`` when
the answer was taken, or the text of a helpful re-ask. The steps live in
:mod:`~assistant.audit.opening`, :mod:`~assistant.audit.phases` and
:mod:`~assistant.audit.closing`; this module only dispatches.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.audit import closing, opening, phases, scores
from assistant.audit.asking import fields_for, model_of
from assistant.audit.context import Context
from assistant.audit.copy import say
from assistant.audit.parse import parse_yes_no
from assistant.models.audit import AuditState

__all__ = ["answer", "ask", "fields_for", "model_of"]

Ask = Callable[[AuditState, Context], "str | None"]
Answer = Callable[[AuditState, Context, str], "str | None"]

_ASK: dict[str, Ask] = {
    "phase": phases.ask_phase,
    "blind_spots": closing.ask_blind_spot,
    "kpis": closing.ask_kpis,
    "owners": closing.ask_owners,
    "opportunities": closing.ask_opportunity,
    "scores": scores.ask_score,
}
_ANSWER: dict[str, Answer] = {
    "goal": lambda state, _ctx, message: opening.answer_text(state, message),
    "persona": lambda state, _ctx, message: opening.answer_text(state, message),
    "scenario": lambda state, _ctx, message: opening.answer_scenario(state, message),
    "audience": lambda state, _ctx, message: opening.answer_audience(state, message),
    "complexity": lambda state, _ctx, message: opening.answer_complexity(state, message),
    "phase_model": opening.answer_phase_model,
    "map_type": lambda state, _ctx, message: opening.answer_map_type(state, message),
    "phase": phases.answer_phase,
    "blind_spots": closing.answer_blind_spot,
    "kpis": closing.answer_kpis,
    "owners": closing.answer_owners,
    "opportunities": closing.answer_opportunity,
    "scores": scores.answer_score,
}
OPENING_STEPS = ("goal", "persona", "scenario", "audience", "complexity", "phase_model", "map_type")


def ask(state: AuditState, ctx: Context) -> str | None:
    """The question at the current position (and set ``state.offers``), or None to move on."""
    state.offers = []
    step = state.position.step
    if step in OPENING_STEPS:
        return opening.ask_opening(state, ctx)
    handler = _ASK.get(step)
    return handler(state, ctx) if handler else None


def answer(state: AuditState, ctx: Context, message: str) -> str | None:
    step = state.position.step
    if step == "review":
        return None if parse_yes_no(message) else say("review", state.lang, summary="")
    handler = _ANSWER.get(step)
    return handler(state, ctx, message) if handler else None
