"""Records: ingest (JSON rows or a file upload), read, list, correct; search; review queue."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import ValidationError

from api.deps import ServicesDep, WorkspaceDep
from api.errors import ApiError
from api.schemas import CorrectionIn, RecordsIn
from assistant.models import IngestReport, SearchFilters, SearchHit
from assistant.usecases import records as use
from assistant.usecases.records import RecordView
from assistant.usecases.review import ReviewView

router = APIRouter(prefix="/v1", tags=["records"])
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)

_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": RecordsIn.model_json_schema(),
                "example": RecordsIn.model_config["json_schema_extra"]["examples"][0],  # type: ignore[index]
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "format": {"type": "string", "example": "auto"},
                        "source_type": {"type": "string", "example": "ticket"},
                    },
                },
                "example": {"file": "reviews.csv", "format": "auto"},
            },
        },
    }
}


def check_complete(content_type: str, data: bytes) -> None:
    """A multipart body must end with its closing boundary: one cut off mid-file (a dropped
    connection, a proxy's limit) is refused whole, not stored up to where it stopped."""
    found = _BOUNDARY.search(content_type)
    if found is None:
        raise ApiError(400, "multipart/form-data without a boundary: send a regular file form")
    closing = b"--" + found.group(1).encode("latin-1") + b"--"
    if not (data.startswith(closing) or b"\r\n" + closing in data):
        raise ApiError(
            400,
            "the upload is incomplete (the form ends without its closing boundary, so the "
            "file was cut off): nothing was stored; send the whole file again",
            "incomplete_upload",
        )


@router.post(
    "/records",
    summary="Add records: JSON rows or a file in any format `journey ingest` reads",
    response_model=IngestReport,
    openapi_extra=_UPLOAD_BODY,
)
async def add_records(
    request: Request, services: ServicesDep, workspace: WorkspaceDep
) -> IngestReport:
    from starlette.concurrency import run_in_threadpool

    kind = request.headers.get("content-type", "").lower()
    if kind.startswith("multipart/form-data"):
        check_complete(request.headers["content-type"], await request.body())
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(400, "send the file in a form field named 'file'")
        data = await upload.read()
        fmt = str(form.get("format") or "auto").lower()
        source_type = form.get("source_type")
        return await run_in_threadpool(
            use.ingest_upload,
            services,
            workspace,
            upload.filename or "upload",
            data,
            fmt,
            str(source_type).lower() if source_type else None,
        )
    if kind.startswith("application/json") or not kind:
        try:
            payload = RecordsIn.model_validate_json(await request.body())
        except ValidationError as exc:
            problem = exc.errors()[0]
            where = ".".join(str(p) for p in problem.get("loc", ()))
            raise ApiError(422, f"{where or 'body'}: {problem.get('msg')}") from None
        return await run_in_threadpool(use.ingest_rows, services, workspace, payload.records)
    raise ApiError(415, "send JSON {'records': [...]} or a multipart form with a 'file'")


@router.get("/records", summary="A page of records with their tags, newest first")
def list_records(
    services: ServicesDep,
    workspace: WorkspaceDep,
    phase: str | None = None,
    emotion: str | None = None,
    source_type: str | None = None,
    language: str | None = None,
    untagged: bool = False,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> dict[str, Any]:
    total, items = use.list_records(
        services,
        workspace,
        limit=limit,
        offset=offset,
        phase=phase,
        emotion=emotion,
        source_type=source_type,
        language=language,
        untagged=untagged,
    )
    return {"total": total, "items": [i.model_dump(mode="json") for i in items]}


@router.get("/records/{record_id}", summary="One record with its tag", response_model=RecordView)
def get_record(record_id: str, services: ServicesDep, workspace: WorkspaceDep) -> RecordView:
    return use.get_record(services, workspace, record_id)


@router.post(
    "/records/{record_id}/corrections",
    summary="Correct a record's tag (the local classifier learns from it)",
    response_model=RecordView,
)
def correct(
    record_id: str, body: CorrectionIn, services: ServicesDep, workspace: WorkspaceDep
) -> RecordView:
    use.correct(services, workspace, record_id, body.phase, body.emotion, body.who or "api")
    return use.get_record(services, workspace, record_id)


@router.get("/search", summary="Hybrid search (meaning and exact words) with tag filters")
def search(
    services: ServicesDep,
    workspace: WorkspaceDep,
    q: Annotated[str, Query(min_length=1, max_length=1000)],
    phase: str | None = None,
    emotion: str | None = None,
    source_type: str | None = None,
    language: str | None = None,
    since: str | None = None,
    k: Annotated[int, Query(ge=1, le=200)] = 10,
) -> dict[str, Any]:
    from assistant.search import search as run_search
    from assistant.usecases.dates import parse_since

    filters = SearchFilters(
        phase=phase,
        emotion=emotion,
        source_type=source_type,
        language=language,
        since=parse_since(since),
    )
    hits: list[SearchHit] = run_search(services, workspace, q, filters, k)
    return {"query": q, "hits": [h.model_dump(mode="json") for h in hits]}


@router.get("/review-queue", summary="The tags most worth a human look, first")
def review_queue(
    services: ServicesDep,
    workspace: WorkspaceDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, list[ReviewView]]:
    from assistant.usecases.review import review_queue as queue

    return {"items": queue(services, workspace, limit)}


@router.delete(
    "/records/{record_id}",
    summary="Erase a record and every copy of its text (tags, vectors, quotes, caches)",
)
def erase_record(record_id: str, services: ServicesDep, workspace: WorkspaceDep) -> Any:
    from assistant.usecases.erasure import Selection, forget

    use.get_record(services, workspace, record_id)  # 404 when it is not this workspace's
    selection = Selection(record_ids=[record_id], workspace=workspace)
    return forget(services, selection, f"api:{workspace}").model_dump(mode="json")


@router.delete(
    "/customers/{customer}",
    summary="Erase every record of a customer (hashed reference c_… or their id)",
)
def erase_customer(
    customer: str, services: ServicesDep, workspace: WorkspaceDep, dry_run: bool = False
) -> Any:
    from assistant.usecases.erasure import Selection, forget

    selection = Selection(customer=customer, workspace=workspace)
    report = forget(services, selection, f"api:{workspace}", dry_run=dry_run)
    return report.model_dump(mode="json")
