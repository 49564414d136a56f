"""Process and dependency health (no key) and who the caller is."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.deps import ServicesDep, WorkspaceDep

router = APIRouter()


@router.get("/health", tags=["system"], summary="The process is up")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/ready", tags=["system"], summary="The database and the index answer")
def ready(services: ServicesDep) -> Any:
    checks = {"database": "ok", "index": "ok"}
    try:
        services.records.workspaces()
    except Exception as exc:
        checks["database"] = f"failed: {type(exc).__name__}"
    try:
        services.chroma.heartbeat()
    except Exception as exc:
        checks["index"] = f"failed: {type(exc).__name__}"
    ok = all(v == "ok" for v in checks.values())
    return JSONResponse({"status": "ready" if ok else "not ready", **checks}, 200 if ok else 503)


@router.get("/v1/session", tags=["system"], summary="The caller's workspace and the server mode")
def session(request: Request, workspace: WorkspaceDep, services: ServicesDep) -> dict[str, Any]:
    from importlib.metadata import version

    return {
        "workspace": workspace,
        "dev": bool(request.app.state.dev),
        "llm": bool(services.settings.llm),
        "version": version("journey-audit"),
    }


@router.get(
    "/v1/doctor",
    tags=["system"],
    summary="Are the caller's vector and keyword index in step with the database?",
)
def doctor(workspace: WorkspaceDep, services: ServicesDep) -> dict[str, Any]:
    from assistant.usecases.doctor import gather

    report = gather(services, workspace)
    return {**report.model_dump(mode="json"), "ok": report.ok}
