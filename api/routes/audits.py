"""The guided self-audit over HTTP: start, answer (plain or streamed), read, map, versions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse

from api.deps import ServicesDep, WorkspaceDep
from api.schemas import AuditIn, MessageIn
from assistant.usecases import audits as use
from assistant.usecases.audits import AuditView

router = APIRouter(prefix="/v1/audits", tags=["audits"])

MEDIA = {
    "md": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
    "json": ("application/json", "json"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "mermaid": ("text/plain; charset=utf-8", "mmd"),
}


@router.post("", status_code=201, response_model=AuditView, summary="Start a self-audit")
def start(services: ServicesDep, workspace: WorkspaceDep, body: AuditIn | None = None) -> AuditView:
    state, _, reply = use.start_audit(services, workspace, (body or AuditIn()).lang)
    return use.view(state, reply)


@router.get("", summary="The workspace's audits, newest first")
def list_audits(services: ServicesDep, workspace: WorkspaceDep) -> dict[str, Any]:
    return {"items": [a.model_dump(mode="json") for a in use.list_audits(services, workspace)]}


@router.get("/{audit_id}", response_model=AuditView, summary="An audit: chat, step and map")
def get(audit_id: str, services: ServicesDep, workspace: WorkspaceDep) -> AuditView:
    return use.view(use.load(services, workspace, audit_id))


@router.post(
    "/{audit_id}/messages", response_model=AuditView, summary="Answer: the reply and the map"
)
def message(
    audit_id: str, body: MessageIn, services: ServicesDep, workspace: WorkspaceDep
) -> AuditView:
    state, reply = use.send_message(services, workspace, audit_id, body.text)
    return use.view(state, reply)


def _events(view: AuditView) -> Iterator[str]:
    text = view.reply.text if view.reply else ""
    words = text.split(" ")
    for start in range(0, len(words), 8):
        chunk = " ".join(words[start : start + 8]) + (" " if start + 8 < len(words) else "")
        yield f"event: delta\ndata: {json.dumps({'text': chunk}, ensure_ascii=False)}\n\n"
    yield f"event: done\ndata: {view.model_dump_json()}\n\n"


@router.post(
    "/{audit_id}/messages/stream",
    summary="Answer, streamed as server-sent events (delta chunks, then done with the audit)",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
def message_stream(
    audit_id: str, body: MessageIn, services: ServicesDep, workspace: WorkspaceDep
) -> StreamingResponse:
    state, reply = use.send_message(services, workspace, audit_id, body.text)
    return StreamingResponse(
        _events(use.view(state, reply)),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get("/{audit_id}/map", summary="The journey map as md, html, json, csv or mermaid")
def export_map(
    audit_id: str,
    services: ServicesDep,
    workspace: WorkspaceDep,
    format: Literal["md", "html", "json", "csv", "mermaid"] = "md",
    version: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    text = use.export_map(services, workspace, audit_id, format, version)
    media, suffix = MEDIA[format]
    disposition = f'attachment; filename="journey-map-{audit_id}.{suffix}"'
    return Response(text, media_type=media, headers={"Content-Disposition": disposition})


@router.get("/{audit_id}/versions", summary="The stored versions of the audit's map")
def versions(audit_id: str, services: ServicesDep, workspace: WorkspaceDep) -> dict[str, Any]:
    rows = use.versions(services, workspace, audit_id)
    return {"items": [r.model_dump(mode="json") for r in rows]}


@router.get("/{audit_id}/diff", summary="What changed between two versions of the map")
def diff(
    audit_id: str,
    services: ServicesDep,
    workspace: WorkspaceDep,
    old: Annotated[int | None, Query(alias="from", ge=1)] = None,
    new: Annotated[int | None, Query(alias="to", ge=1)] = None,
) -> dict[str, Any]:
    result = use.diff(services, workspace, audit_id, old, new)
    if result is None:
        return {"old": None, "new": new or 1, "changes": []}
    return result.model_dump(mode="json")
