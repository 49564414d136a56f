"""Use cases of the guided self-audit: start, answer, read, export the map, versions, diff.

Every turn is stored before the reply is returned; a finished map becomes a new version.
The terminal and the web chat go through the same functions.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel

from assistant.errors import InputError, NotFoundError
from assistant.models.audit import AuditState, ChatTurn
from assistant.models.journey_map import JourneyMap

if TYPE_CHECKING:
    from assistant.audit.context import Context
    from assistant.audit.diff import MapDiff
    from assistant.audit.engine import Reply
    from assistant.services import Services
    from assistant.store.audits import AuditStore

MAP_FORMATS = ("md", "html", "json", "csv", "mermaid")
MAX_MESSAGE = 4000
_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)


class ReplyView(BaseModel):
    text: str
    finished: bool = False


class AuditView(BaseModel):
    id: str
    workspace: str | None
    lang: str
    step: str
    phase: str | None = None  # the phase being asked about, in the phase steps
    finished: bool
    messages: list[ChatTurn]
    reply: ReplyView | None = None
    map: JourneyMap
    version: int | None = None


class AuditSummary(BaseModel):
    id: str
    lang: str
    step: str
    finished: bool
    goal: str
    updated_at: datetime


class VersionView(BaseModel):
    version: int
    created_at: datetime
    reason: str
    data_records: int


def store_of(services: Services) -> AuditStore:
    from assistant.store.audits import AuditStore

    return AuditStore(services.db)


def build_context(services: Services, workspace: str | None) -> Context:
    """Knowledge, the workspace's tags and (when configured) a language model. Kept per
    workspace while its tags stay the same: a server's turns do not reload them."""
    from assistant.audit.assist import build_assist
    from assistant.audit.context import Context
    from assistant.kb.loader import load_knowledge

    stamp = services.tags.stamp(workspace) if workspace else ""
    key = ("audit-context", workspace or "")
    with services.lock:
        kept = services.memo.get(key)
    if kept is not None and kept[0] == stamp:
        context: Context = kept[1]
        return context
    kb = load_knowledge(services.settings.user_phase_model_dirs)
    tags = services.tags.for_workspace(workspace) if workspace else []
    assist = build_assist(services.settings, services.chat_model)
    context = Context(kb=kb, tags=tags, workspace=workspace, assist=assist)
    with services.lock:
        services.memo[key] = (stamp, context)
    return context


def view(state: AuditState, reply: Reply | None = None) -> AuditView:
    return AuditView(
        id=state.id,
        workspace=state.workspace,
        lang=state.lang,
        step=state.position.step,
        phase=_current_phase(state),
        finished=state.finished,
        messages=state.chat,
        reply=ReplyView(text=reply.text, finished=reply.finished) if reply else None,
        map=state.map,
        version=state.map.version or None,
    )


def _current_phase(state: AuditState) -> str | None:
    phases = state.map.phases
    if state.position.field is None or not 0 <= state.position.phase < len(phases):
        return None
    return phases[state.position.phase].id


def load(services: Services, workspace: str | None, audit_id: str) -> AuditState:
    """The audit, when it belongs to ``workspace`` (None: any, for the terminal)."""
    try:
        state: AuditState | None = store_of(services).load(audit_id)
    except NotFoundError:
        if workspace is None:
            raise  # the terminal's message lists the audits there are
        state = None
    if state is None or (workspace is not None and state.workspace != workspace):
        raise NotFoundError(f"no audit {audit_id!r} in workspace {workspace!r}")
    return state


def start_audit(
    services: Services, workspace: str, lang: str | None = None
) -> tuple[AuditState, Context, Reply]:
    """A new audit over the workspace's data (or over none, when it has no records yet)."""
    from assistant.audit.engine import start

    if lang is not None and lang not in ("nl", "en"):
        raise InputError(f"lang {lang!r}: use nl or en")
    has_data = services.records.count(workspace) > 0
    context = build_context(services, workspace if has_data else None)
    state, reply = start(context, lang=lang, workspace=workspace)  # type: ignore[arg-type]
    state.chat.append(ChatTurn(role="assistant", text=reply.text))
    store_of(services).save(state)
    return state, context, reply


def resume_audit(services: Services, audit_id: str) -> tuple[AuditState, Context, Reply]:
    from assistant.audit.engine import resume

    state = load(services, None, audit_id)
    context = build_context(services, state.workspace)
    return state, context, resume(state, context)


def turn(
    services: Services, state: AuditState, message: str, context: Context
) -> tuple[AuditState, Reply]:
    """One answer: step the dialogue, store a finished map as a new version, save."""
    from assistant.audit.copy import say
    from assistant.audit.engine import Reply, step

    store = store_of(services)
    if services.settings.redact_pii:  # free answers are stored and may go to an LLM
        from assistant.ingest.redact import redact

        message = redact(message).text
    state, reply = step(state, message, context)
    if reply.finished:
        stored = store.add_version(state.map, "finished", context.now())
        if stored is not None:
            state.map.version = stored.version
        note = say("map_version", state.lang, version=state.map.version)
        reply = Reply(f"{reply.text}\n\n{note}", finished=True)
    state.chat.extend(
        [ChatTurn(role="user", text=message), ChatTurn(role="assistant", text=reply.text)]
    )
    store.save(state)
    return state, reply


def send_message(
    services: Services, workspace: str, audit_id: str, text: str
) -> tuple[AuditState, Reply]:
    """One answer from the web chat or the API (one at a time per audit)."""
    message = (text or "").strip()
    if not message:
        raise InputError("the message is empty")
    if len(message) > MAX_MESSAGE:
        raise InputError(f"the message is longer than {MAX_MESSAGE} characters")
    with _locks[audit_id]:
        state = load(services, workspace, audit_id)
        context = build_context(services, state.workspace)
        return turn(services, state, message, context)


def list_audits(services: Services, workspace: str | None) -> list[AuditSummary]:
    return [
        AuditSummary(
            id=row.id,
            lang=row.lang,
            step=row.step,
            finished=row.step == "finished",
            goal=row.goal,
            updated_at=row.updated_at,
        )
        for row in store_of(services).all(workspace)
    ]


def journey_map(
    services: Services, workspace: str | None, audit_id: str, version: int | None = None
) -> JourneyMap:
    """A stored version (default: the latest); an unfinished audit's map so far."""
    state = load(services, workspace, audit_id)
    store = store_of(services)
    if version is None and store.latest_map(audit_id) is None:
        return state.map
    return store.map(audit_id, version)


def export_map(
    services: Services, workspace: str | None, audit_id: str, fmt: str, version: int | None = None
) -> str:
    from assistant.export import render_map

    if fmt not in MAP_FORMATS:
        raise InputError(f"format {fmt!r}: use one of {', '.join(MAP_FORMATS)}")
    return render_map(journey_map(services, workspace, audit_id, version), fmt)


def versions(services: Services, workspace: str | None, audit_id: str) -> list[VersionView]:
    load(services, workspace, audit_id)
    return [
        VersionView(
            version=row.version,
            created_at=row.created_at,
            reason=row.reason,
            data_records=row.data_records,
        )
        for row in store_of(services).versions(audit_id)
    ]


def diff(
    services: Services,
    workspace: str | None,
    audit_id: str,
    old: int | None = None,
    new: int | None = None,
) -> MapDiff | None:
    """What changed between two versions (default: the latest and the one before it);
    None when there is only one version."""
    from assistant.audit.diff import diff_maps

    load(services, workspace, audit_id)
    store = store_of(services)
    newer = store.map(audit_id, new)
    older = old if old is not None else newer.version - 1
    if older < 1:
        return None
    return diff_maps(store.map(audit_id, older), newer)


def refresh(services: Services, workspace: str | None, audit_id: str) -> JourneyMap | None:
    """Recompute the latest map's evidence from the current data: a new version, or None
    when nothing changed."""
    from assistant.audit.refresh import refresh_map

    state = load(services, workspace, audit_id)
    store = store_of(services)
    latest = store.map(audit_id)
    context = build_context(services, state.workspace)
    fresh = refresh_map(latest, context.evidence(latest.phase_model))
    return store.add_version(fresh, "refreshed", context.now())
