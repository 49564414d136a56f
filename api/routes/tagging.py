"""Stateless classification and tag jobs (queued here, run by the server's job runner)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from api.deps import ServicesDep, WorkspaceDep
from api.schemas import ClassifyIn, TagJobIn
from assistant.usecases import tagging as use
from assistant.usecases.tagging import JobView

router = APIRouter(prefix="/v1", tags=["tagging"])


@router.post("/classify", summary="Tag up to 1,000 texts without storing them")
def classify(body: ClassifyIn, services: ServicesDep, _: WorkspaceDep) -> dict[str, Any]:
    from assistant.classify.base import Item

    items = [Item(id=str(i.id), text=i.text, rating=i.rating) for i in body.items]
    return {"items": use.classify_items(services, items)}


@router.post(
    "/tag-jobs", status_code=202, response_model=JobView, summary="Tag the workspace's records"
)
def create_job(
    request: Request, services: ServicesDep, workspace: WorkspaceDep, body: TagJobIn | None = None
) -> JobView:
    body = body or TagJobIn()
    job = use.queue_tag_job(
        services, workspace, only_untagged=body.only_untagged, classifier=body.classifier
    )
    runner = getattr(request.app.state, "jobs", None)
    if runner is not None:
        runner.notify()
    return job


@router.get("/tag-jobs/{job_id}", response_model=JobView, summary="A tag job's status")
def get_job(job_id: int, services: ServicesDep, workspace: WorkspaceDep) -> JobView:
    return use.get_job(services, workspace, job_id)


@router.post("/tag-jobs/{job_id}/cancel", response_model=JobView, summary="Stop a tag job")
def cancel_job(job_id: int, services: ServicesDep, workspace: WorkspaceDep) -> JobView:
    return use.cancel_job(services, workspace, job_id)
