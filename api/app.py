"""The FastAPI application: the `/v1` API, the web app at `/`, health checks.

`create_app` takes the services (the composition root) so tests pass their own; the server
loads the models once at start, and a background runner works through queued tag jobs.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api import errors
from api.limits import BodyLimit
from api.routes import audits, backlogs, knowledge, records, system, tagging
from assistant.services import Services

log = logging.getLogger("journey.api")

DESCRIPTION = (
    "Tag what customers wrote by journey phase and emotion, run a guided self-audit that "
    "builds a journey map, and rank fixes in a backlog. Every `/v1` route needs "
    "`Authorization: Bearer KEY` (`journey keys create --workspace W`); a key sees only "
    'its own workspace. Errors are JSON `{"error": {"code", "message"}}`.'
)


def web_folder() -> Path:
    return Path(str(files("api") / "web"))


def warm_up(services: Services) -> None:
    """Load what every request needs once, before the first request (not inside it)."""
    from assistant.usecases.tagging import classifier_for

    _ = services.db, services.records, services.tags
    services.chroma.heartbeat()  # the full Chroma client, loaded once here
    services.embedder.embed(["warm up"])
    classifier_for(services)


def create_app(
    services: Services | None = None,
    *,
    dev: bool = False,
    dev_workspace: str | None = None,
    run_jobs: bool = True,
    warm: bool = True,
) -> FastAPI:
    services = services or Services()
    settings = services.settings

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from starlette.concurrency import run_in_threadpool

        from assistant.usecases.tagging import JobRunner

        if warm:
            await run_in_threadpool(warm_up, services)
        runner = JobRunner(services) if run_jobs else None
        app.state.jobs = runner
        if runner is not None:
            runner.start()
        if dev:
            log.warning(
                "DEV MODE: no API keys; serving workspace %r to anyone on this machine",
                app.state.dev_workspace,
            )
        try:
            yield
        finally:
            if runner is not None:
                await run_in_threadpool(runner.stop)
            services.close()

    app = FastAPI(
        title="Journey Audit",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.services = services
    app.state.dev = dev
    app.state.dev_workspace = dev_workspace or settings.workspace
    app.state.jobs = None
    errors.install(app)
    for module in (system, records, tagging, audits, backlogs, knowledge):
        app.include_router(module.router)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(
        BodyLimit,
        max_json=int(settings.max_request_mb * 1_000_000),
        max_upload=int(settings.max_upload_mb * 1_000_000),
    )
    app.mount("/", StaticFiles(directory=web_folder(), html=True), name="web")
    return app
