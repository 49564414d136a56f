"""Use cases that tag: stateless classification, tag jobs (queue, run, cancel, status)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from assistant.classify.base import Classifier, Item
    from assistant.services import Services
    from assistant.store.db import JobRow
    from assistant.usecases.worker import Worker

MAX_CLASSIFY_ITEMS = 1000
log = logging.getLogger("journey.jobs")


def classifier_for(services: Services, kind: str = "auto", phase_model: str = "journey7") -> Any:
    """A classifier without a workspace's corrections, built once per process and kept."""
    from assistant.classify.factory import build_classifier

    key = ("classifier", kind, phase_model)
    with services.lock:
        if key not in services.memo:
            services.memo[key] = build_classifier(services, kind, phase_model=phase_model)
        return services.memo[key]


def classify_items(
    services: Services, items: Sequence[Item], kind: str = "auto", phase_model: str = "journey7"
) -> list[dict[str, Any]]:
    """Tags for ``items``, same order, with exactly the fields `journey classify` writes."""
    if len(items) > MAX_CLASSIFY_ITEMS:
        raise InputError(f"at most {MAX_CLASSIFY_ITEMS} items per call (got {len(items)})")
    if not items:
        return []
    classifier: Classifier = classifier_for(services, kind, phase_model)
    items = redacted(services, items)
    return [
        {"id": tag.item_id, **tag.model_dump(mode="json", exclude={"item_id"})}
        for tag in classifier.classify(list(items))
    ]


def redacted(services: Services, items: Sequence[Item]) -> list[Item]:
    """Texts to classify lose their personal data first (they may go to an LLM), unless
    JOURNEY_REDACT_PII is off."""
    if not services.settings.redact_pii:
        return list(items)
    from assistant.ingest.redact import redact

    return [item.model_copy(update={"text": redact(item.text).text}) for item in items]


class JobView(BaseModel):
    id: int
    workspace: str
    status: str
    total: int
    done: int
    tagged: int
    cached: int
    progress: float
    classifier: str
    error: str | None = None
    created_at: datetime
    updated_at: datetime


def job_view(job: JobRow) -> JobView:
    total = job.total or 0
    done = job.done or 0
    finished = job.status == "done"
    return JobView(
        id=job.id,
        workspace=job.workspace,
        status=job.status,
        total=total,
        done=done,
        tagged=done,
        cached=job.cached or 0,
        progress=1.0 if finished else (round(done / total, 4) if total else 0.0),
        classifier=job.classifier,
        error=(job.stats or {}).get("error"),
        created_at=job.created_at,
        updated_at=job.updated_at,
    )


def queue_tag_job(
    services: Services,
    workspace: str,
    *,
    only_untagged: bool = False,
    classifier: str = "auto",
    origin: str = "api",
) -> JobView:
    """A tag job for the workers (`journey worker`, the server's runner), its records planned
    into batches; answers at once (the tagging runs elsewhere)."""
    if classifier not in ("auto", "local", "llm"):
        raise InputError(f"unknown classifier {classifier!r}: use auto, local or llm")
    if classifier == "llm" and not services.settings.llm:
        raise InputError("classifier 'llm' needs JOURNEY_LLM set on the server; use 'local'")
    job = services.claims.enqueue(
        workspace,
        classifier,
        "journey7",
        only_untagged,
        origin=origin,
        batch=services.settings.worker_batch,
    )
    return job_view(job)


def get_job(services: Services, workspace: str, job_id: int) -> JobView:
    job = services.tags.job(job_id)
    if job is None or job.workspace != workspace:
        raise NotFoundError(f"no tagging job {job_id} in workspace {workspace!r}")
    return job_view(job)


def cancel_job(services: Services, workspace: str, job_id: int) -> JobView:
    """Stops a queued or running job before its next batch; tags written so far stay."""
    current = get_job(services, workspace, job_id)
    if current.status in ("queued", "running", "interrupted"):
        services.tags.update_job(job_id, status="cancelled")
    return get_job(services, workspace, job_id)


class JobRunner:
    """The server's background thread: a tag worker (claims batches of queued jobs, like
    `journey worker`), and the daily retention run. Batches a stopped server held go back to
    the queue, so its jobs go on when it (or any worker) starts again."""

    RETENTION_EVERY = 24 * 3600.0  # seconds between retention runs (JOURNEY_RETENTION_DAYS)

    def __init__(self, services: Services, poll_seconds: float = 0.5) -> None:
        self.services = services
        self.poll = poll_seconds
        self.last_retention: float | None = None
        self.stopping = threading.Event()
        self.wake = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="journey-jobs", daemon=True)
        self.worker: Worker | None = None

    def start(self) -> None:
        self.thread.start()

    def notify(self) -> None:
        self.wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self.stopping.set()
        self.wake.set()
        self.thread.join(timeout)

    def retention_due(self, now: float) -> bool:
        if not self.services.settings.retention_days:
            return False
        return self.last_retention is None or now - self.last_retention >= self.RETENTION_EVERY

    def _retention(self) -> None:
        """Once a day: erase the records older than JOURNEY_RETENTION_DAYS."""
        import time

        from assistant.usecases.erasure import forget_expired

        now = time.monotonic()
        if not self.retention_due(now):
            return
        self.last_retention = now
        report = forget_expired(self.services)
        if report is not None and report.records:
            log.warning("retention: erased %d records (%s)", report.records, report.selector)

    def _loop(self) -> None:
        from assistant.usecases.worker import Worker

        worker = None
        while not self.stopping.is_set():
            try:
                self._retention()
            except Exception:
                log.exception("retention run failed; next try in a day")
            try:
                if worker is None:
                    worker = self.worker = Worker(self.services, kind="server")
                    worker.start()
                busy = worker.run_one()
            except Exception:  # the database is down: try again later
                log.exception("job runner could not read the job table")
                busy = False
            if not busy:
                self.wake.wait(self.poll)
                self.wake.clear()
        if worker is not None:
            worker.stop()
