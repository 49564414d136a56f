"""The self-audit as a state machine: ``step(state, message, ctx) -> (state, reply)``.

The state is plain data (it round-trips through JSON); time, ids, the customer data and
the optional language model come in through :class:`~assistant.audit.context.Context`, so
a transcript replays to the same map. The terminal uses this engine now; a web app can use
the same one later.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.audit import closing, questions, scores
from assistant.audit.context import Context
from assistant.audit.copy import say
from assistant.audit.parse import Command, norm, parse_command
from assistant.audit.view import evidence_text, overview_text, status_text, summary_text
from assistant.ingest.language import detect_language
from assistant.models.audit import STEPS, AuditState, Lang, Position
from assistant.models.journey_map import JourneyMap

LANG_DETECT_ANSWERS = 2  # the language follows the user's first answers, then stays
EDITABLE_STEPS = ("goal", "persona", "scenario", "phase_model", "map_type")
CLOSING_STEPS = ("blind_spots", "kpis", "owners", "opportunities", "scores", "review")


@dataclass(frozen=True)
class Reply:
    text: str
    finished: bool = False  # the map is done: the caller stores it as a new version


def start(
    ctx: Context, *, lang: Lang | None = None, workspace: str | None = None
) -> tuple[AuditState, Reply]:
    """A new audit and the assistant's opening (intro, what data there is, first question)."""
    now = ctx.now()
    audit_id = ctx.new_id()
    chosen: Lang = lang or "en"
    state = AuditState(
        id=audit_id,
        lang=chosen,
        lang_fixed=lang is not None,
        workspace=workspace,
        map=JourneyMap(id=audit_id, language=chosen, workspace=workspace, created_at=now),
        created_at=now,
        updated_at=now,
    )
    data = ctx.evidence("journey7")
    where = f" in `{workspace}`" if workspace else ""
    opening = [say("intro", chosen)]
    if data.empty:
        opening.append(say("no_data", chosen, where=where))
    else:
        summary = say("data_summary", chosen, workspace=workspace or "", count=data.total)
        if data.unplaced:
            summary += " " + say("data_unplaced", chosen, count=data.unplaced)
        opening.append(summary)
    opening.append(questions.ask(state, ctx) or "")
    return state, Reply("\n\n".join(opening))


def resume(state: AuditState, ctx: Context) -> Reply:
    """What a resumed session shows first: where it stands and the open question. Records
    no turn, so the transcript stays the user's own answers."""
    return Reply(status_text(state, state.lang) + "\n\n" + _ask_again(state, ctx))


def step(state: AuditState, message: str, ctx: Context) -> tuple[AuditState, Reply]:
    """Take one user message; return the new state and the assistant's reply. The state
    changes with every message (it keeps the transcript): callers store it after each step."""
    state = state.model_copy(deep=True)
    state.messages.append(message)
    state.updated_at = ctx.now()
    notes: list[str] = []
    command = parse_command(message)
    if command is not None:
        handled = _command(state, command, ctx)
        if handled is not None:
            return state, handled
    if state.finished:
        return state, Reply(say("already_finished", state.lang))
    switched = _follow_language(state, message)
    if switched:
        notes.append(say("lang_switched", state.lang))
    problem = questions.answer(state, ctx, message)
    if problem is not None:
        return state, Reply("\n\n".join([*notes, problem]))
    state.answered += 1
    if state.position.step == "review":
        return state, _finish(state, ctx)
    notes.append(_advance(state, ctx))
    return state, Reply("\n\n".join(n for n in notes if n))


# --- language -----------------------------------------------------------------------------


def _follow_language(state: AuditState, message: str) -> bool:
    """Switch to the user's language during the first answers; True when it changed."""
    if state.lang_fixed:
        return False
    if state.answered + 1 >= LANG_DETECT_ANSWERS:
        state.lang_fixed = True
    if len(message.split()) < 3:
        return False
    detected = detect_language(message)
    if detected in ("nl", "en") and detected != state.lang:
        state.lang = detected  # type: ignore[assignment]
        state.map.language = state.lang
        return True
    return False


# --- navigation ---------------------------------------------------------------------------


def _next(state: AuditState) -> Position:
    """The position after the current one (ignoring edits)."""
    pos = state.position
    phases = len(state.map.phases)
    if pos.step == "phase":
        fields = questions.fields_for(state.map.map_type)
        index = fields.index(pos.field) if pos.field in fields else -1
        if index + 1 < len(fields):
            return Position(step="phase", phase=pos.phase, field=fields[index + 1])
        if pos.phase + 1 < phases:
            return Position(step="phase", phase=pos.phase + 1, field=fields[0])
        return Position(step="blind_spots")
    if pos.step in ("kpis", "owners") and pos.phase + 1 < phases:
        return Position(step=pos.step, phase=pos.phase + 1)
    if pos.step == "blind_spots" and pos.item + 1 < len(state.blind_spots):
        return Position(step="blind_spots", item=pos.item + 1)
    if pos.step == "opportunities" and pos.item + 1 < len(state.opportunities):
        return Position(step="opportunities", item=pos.item + 1)
    if pos.step == "scores" and pos.item + 1 < len(state.scoring):
        return Position(step="scores", item=pos.item + 1)
    following = STEPS[STEPS.index(pos.step) + 1]
    if following == "phase":
        return Position(step="phase", field=questions.fields_for(state.map.map_type)[0])
    return Position(step=following)


def _edit_done(state: AuditState, upcoming: Position) -> bool:
    """True when the part being edited is complete (back to where the user came from)."""
    if state.return_to is None:
        return False
    pos = state.position
    if pos.step == "phase":
        return upcoming.step != "phase" or upcoming.phase != pos.phase
    return True


def _move(state: AuditState, ctx: Context, target: Position) -> None:
    entering = target.step != state.position.step
    state.position = target
    if entering and target.step == "blind_spots" and target.item == 0:
        state.blind_spots = closing.find_blind_spots(state, ctx)
    if entering and target.step == "opportunities" and target.item == 0:
        state.opportunities = closing.find_opportunities(state)
    if entering and target.step == "scores" and target.item == 0:
        state.scoring = scores.find_scoring(state)


def _advance(state: AuditState, ctx: Context) -> str:
    """Move past the answered position to the next question; say what was skipped on the way."""
    state.history.append(state.position)
    upcoming = _next(state)
    if _edit_done(state, upcoming):
        assert state.return_to is not None
        upcoming, state.return_to = state.return_to, None
    _move(state, ctx, upcoming)
    return _ask_here(state, ctx)


def _ask_here(state: AuditState, ctx: Context) -> str:
    """The question at the current position, moving on past positions with nothing to ask."""
    notes: list[str] = []
    while True:
        pos = state.position
        if pos.step == "blind_spots" and not state.blind_spots:
            data = ctx.evidence(state.map.phase_model)
            notes.append(say("blind_spots_no_data" if data.empty else "no_blind_spots", state.lang))
        if pos.step == "review":
            notes.append(say("review", state.lang, summary=summary_text(state.map, state.lang)))
            return "\n\n".join(notes)
        if pos.step == "finished":
            return "\n\n".join(notes)
        question = questions.ask(state, ctx)
        if question is not None:
            return "\n\n".join([*notes, question])
        _move(state, ctx, _next(state))


def _finish(state: AuditState, ctx: Context) -> Reply:
    state.history.append(state.position)
    state.position = Position(step="finished")
    state.return_to = None
    state.map.created_at = ctx.now()
    if not state.map.title and state.map.goal:
        state.map.title = state.map.goal.text
    text = say("finished", state.lang, id=state.id)
    return Reply(text, finished=True)


# --- commands -----------------------------------------------------------------------------


def _command(state: AuditState, command: Command, ctx: Context) -> Reply | None:
    """Handle a command; None when it turns out to be an ordinary answer ("what is ...")."""
    lang = state.lang
    if command.name == "help":
        return Reply(say("help", lang) + "\n\n" + _ask_again(state, ctx))
    if command.name == "status":
        return Reply(status_text(state, lang) + "\n\n" + _ask_again(state, ctx))
    if command.name == "save":
        return Reply(say("saved", lang, id=state.id))
    if command.name == "done":
        return _done(state, ctx)
    if command.name == "evidence":
        return Reply(_evidence_here(state, ctx) + "\n\n" + _ask_again(state, ctx))
    if command.name == "explain":
        return _explain(state, command, ctx)
    if command.name == "edit":
        return _edit(state, command, ctx)
    if command.name == "back":
        if not state.history:
            return Reply(say("back_at_start", lang) + "\n\n" + _ask_again(state, ctx))
        state.position = state.history.pop()
        state.return_to = None
        return Reply(_ask_again(state, ctx))
    if command.name == "skip_phase":
        return _skip_phase(state, ctx)
    if command.name == "skip":
        if state.finished:
            return Reply(say("already_finished", lang))
        if state.position.step == "review":
            return _finish(state, ctx)
        return Reply(say("skipped", lang) + "\n\n" + _advance(state, ctx))
    return None


def _done(state: AuditState, ctx: Context) -> Reply:
    """``done`` / ``klaar``: finished with this part. In the phases (or before them) the
    remaining phases stay open and the closing steps follow: blind spots, KPIs, owners,
    fixes, scores, review. In a closing step it moves on to the next one; at the review (or
    with no phases to close) it finishes the map. Every closing step can be passed with
    ``skip`` or ``done``, so nobody loses the blind spots by finishing early."""
    if state.finished:
        return Reply(say("already_finished", state.lang))
    step = state.position.step
    if step == "review" or not state.map.phases:
        return _finish(state, ctx)
    state.history.append(state.position)
    state.return_to = None
    if step in CLOSING_STEPS:
        target = CLOSING_STEPS[CLOSING_STEPS.index(step) + 1]
        note = say("done_next_part", state.lang)
    else:
        target = CLOSING_STEPS[0]
        note = say("done_to_closing", state.lang)
    _move(state, ctx, Position(step=target))
    return Reply(note + "\n\n" + _ask_here(state, ctx))


def _skip_phase(state: AuditState, ctx: Context) -> Reply:
    """``skip phase``: leave the rest of this phase empty and go to the next one."""
    if state.finished:
        return Reply(say("already_finished", state.lang))
    if state.position.step != "phase":
        return Reply(say("skipped", state.lang) + "\n\n" + _advance(state, ctx))
    phase = state.map.phases[state.position.phase]
    phase.skipped = not (phase.touchpoints or phase.actions or phase.questions)
    fields = questions.fields_for(state.map.map_type)
    state.position = Position(step="phase", phase=state.position.phase, field=fields[-1])
    return Reply(say("skipped", state.lang) + "\n\n" + _advance(state, ctx))


def _ask_again(state: AuditState, ctx: Context) -> str:
    if state.finished:
        return say("already_finished", state.lang)
    return _ask_here(state, ctx)


def _evidence_here(state: AuditState, ctx: Context) -> str:
    data = ctx.evidence(state.map.phase_model if state.map.phases else "journey7")
    if data.empty:
        return say("no_data", state.lang, where="")
    phase_id = _phase_in_focus(state)
    model = state.map.phase_model if state.map.phases else "journey7"
    if phase_id is None:
        return say(
            "evidence_not_here", state.lang, overview=overview_text(ctx.kb, data, model, state.lang)
        )
    name = questions.model_of(state, ctx).phase(phase_id).name.get(state.lang)
    return evidence_text(ctx.kb, data, data.of(phase_id), name, state.lang)


def _phase_in_focus(state: AuditState) -> str | None:
    pos = state.position
    if pos.step in ("phase", "kpis", "owners") and state.map.phases:
        return state.map.phases[pos.phase].id
    if pos.step == "blind_spots" and pos.item < len(state.blind_spots):
        return state.blind_spots[pos.item].phase
    if pos.step == "opportunities" and pos.item < len(state.opportunities):
        return state.opportunities[pos.item].phase
    if pos.step == "scores" and pos.item < len(state.scoring):
        return state.scoring[pos.item].phase
    return None


def _explain(state: AuditState, command: Command, ctx: Context) -> Reply | None:
    lang = state.lang
    if not command.arg and state.position.step == "scores":
        return None  # a bare "explain" while scoring asks why these scores
    entry = ctx.kb.lookup_term(command.arg, lang) if command.arg else None
    if entry is None:
        if command.soft:
            return None
        return Reply(say("unknown_term", lang, term=command.arg) + "\n\n" + _ask_again(state, ctx))
    text = f"**{entry.name}**: {' '.join(entry.summary.split())}"
    if ctx.assist is not None:
        answer = ctx.assist.explain(command.arg, [entry], lang)
        if answer:
            text = answer
    source = say("explain_source", lang, kind=entry.kind, id=entry.id)
    return Reply(f"{text} {source}\n\n{_ask_again(state, ctx)}")


def _edit(state: AuditState, command: Command, ctx: Context) -> Reply | None:
    lang = state.lang
    target = norm(command.arg).replace(" ", "_")
    steps = {s: s for s in EDITABLE_STEPS} | {
        "doel": "goal",
        "fasemodel": "phase_model",
        "kaarttype": "map_type",
        "model": "phase_model",
    }
    phase_index = _find_phase(state, ctx, command.arg)
    if phase_index is None and target not in steps:
        if command.soft and len(command.arg.split()) > 3:
            return None  # "edit the checkout flow on mobile" is an answer, not a command
        options = [p.name for p in state.map.phases] + list(EDITABLE_STEPS)
        return Reply(
            say("unknown_phase", lang, name=command.arg, options=", ".join(options))
            + "\n\n"
            + _ask_again(state, ctx)
        )
    was_finished = state.finished
    if state.return_to is None:
        state.return_to = Position(step="review") if was_finished else state.position
    state.history.append(state.position)
    if phase_index is not None:
        fields = questions.fields_for(state.map.map_type)
        state.position = Position(step="phase", phase=phase_index, field=fields[0])
        state.map.phases[phase_index].skipped = False
    else:
        state.position = Position(step=steps[target])
        if state.position.step in ("phase_model", "map_type") and not was_finished:
            state.return_to = None  # the phases may change: continue from here
    return Reply(_ask_here(state, ctx))


def _find_phase(state: AuditState, ctx: Context, name: str) -> int | None:
    wanted = norm(name)
    if not wanted or not state.map.phases:
        return None
    model = questions.model_of(state, ctx)
    for index, phase in enumerate(model.phases):
        names = {
            norm(phase.id),
            norm(phase.id.replace("_", " ")),
            norm(phase.name.en),
            norm(phase.name.nl),
        }
        if wanted in names or (wanted.isdigit() and int(wanted) == index + 1):
            return index
    return None
