"""Backlogs over HTTP: build from the data or an audit, read, edit a fix, export."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import Response

from api.deps import ServicesDep, WorkspaceDep
from api.errors import ApiError
from api.schemas import BacklogIn, FixEdit
from assistant.models.backlog import Backlog
from assistant.services import Services
from assistant.usecases import backlogs as use

router = APIRouter(prefix="/v1/backlogs", tags=["backlogs"])

RankBy = Literal["rice", "quadrant", "formula"]
MEDIA = {
    "md": ("text/markdown; charset=utf-8", "md"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "json": ("application/json", "json"),
    "jira": ("text/csv; charset=utf-8", "jira.csv"),
    "svg": ("image/svg+xml", "svg"),
    "html": ("text/html; charset=utf-8", "html"),
}


def shown(services: Services, backlog: Backlog, rank_by: str | None = None) -> dict[str, Any]:
    """The backlog as stored, plus its ranking in the chosen order."""
    order = use.rank_by(rank_by, services.settings, backlog.ranking)
    rows = use.ranked_rows(backlog, services.settings, order)
    return {
        **backlog.model_dump(mode="json"),
        "ranked_by": order,
        "ranked": [r.model_dump(mode="json") for r in rows],
    }


@router.post("", status_code=201, summary="Build a backlog from the tagged data or an audit")
def build(body: BacklogIn, services: ServicesDep, workspace: WorkspaceDep) -> dict[str, Any]:
    if body.source == "audit":
        if not body.audit_id:
            raise ApiError(422, "audit_id: needed when building from an audit")
        backlog = use.build_from_audit(services, workspace, body.audit_id)
        if not backlog.fixes:
            raise ApiError(409, f"audit {body.audit_id} has no accepted fixes yet")
        return {**shown(services, backlog, body.rank_by), "run": None}
    run = use.build_from_data(services, workspace, body.period, body.rank_by, body.lang)
    summary = {
        "records": run.records,
        "negative": run.negative,
        "pain_points": len(run.backlog.pain_points),
    }
    return {**shown(services, run.backlog, body.rank_by), "run": summary}


@router.get("", summary="The workspace's backlogs, newest first")
def list_backlogs(services: ServicesDep, workspace: WorkspaceDep) -> dict[str, Any]:
    return {"items": [b.model_dump(mode="json") for b in use.list_backlogs(services, workspace)]}


@router.get("/{backlog_id}", summary="A backlog with its ranking")
def get(
    backlog_id: str, services: ServicesDep, workspace: WorkspaceDep, rank_by: RankBy | None = None
) -> dict[str, Any]:
    return shown(services, use.get_backlog(services, workspace, backlog_id), rank_by)


@router.patch("/{backlog_id}/fixes/{fix_id}", summary="Change a fix's scores or owner")
def edit(
    backlog_id: str, fix_id: str, body: FixEdit, services: ServicesDep, workspace: WorkspaceDep
) -> dict[str, Any]:
    values = body.model_dump(exclude_unset=True)
    backlog, _, _ = use.edit_fix(services, workspace, backlog_id, fix_id, values)
    return shown(services, backlog)


@router.get("/{backlog_id}/export", summary="The backlog as md, csv, json, jira, svg or html")
def export(
    backlog_id: str,
    services: ServicesDep,
    workspace: WorkspaceDep,
    format: Literal["md", "csv", "json", "jira", "svg", "html"] = "csv",
    rank_by: RankBy | None = None,
) -> Response:
    text = use.export_backlog(services, workspace, backlog_id, format, rank_by)
    media, suffix = MEDIA[format]
    disposition = f'attachment; filename="backlog-{backlog_id}.{suffix}"'
    return Response(text, media_type=media, headers={"Content-Disposition": disposition})
