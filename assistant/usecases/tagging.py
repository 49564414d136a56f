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
    services: Services, workspace: str, *, only_untagged: bool = False, classifier: str = "auto"
) -> JobView:
    """A tag job for the server's runner; answers at once (the tagging runs elsewhere)."""
    if classifier not in ("auto", "local", "llm"):
        raise InputError(f"unknown classifier {classifier!r}: use auto, local or llm")
    if classifier == "llm" and not services.settings.llm:
        raise InputError("classifier 'llm' needs JOURNEY_LLM set on the server; use 'local'")
    job = services.tags.queue_job(workspace, classifier, "journey7", only_untagged)
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


class _Cancelled:
    """The stop flag of a server job: set once someone cancelled it in SQL."""

    def __init__(self, services: Services, job_id: int, stopping: threading.Event) -> None:
        self.services, self.job_id, self.stopping = services, job_id, stopping

    def is_set(self) -> bool:
        job = self.services.tags.job(self.job_id)
        return self.stopping.is_set() or job is None or job.status == "cancelled"


def run_next_job(services: Services, stopping: threading.Event) -> bool:
    """Run the oldest queued server job to its end; False when there was none."""
    from assistant.classify.factory import build_classifier
    from assistant.classify.jobs import run_tag_job

    job = services.tags.next_queued_job()
    if job is None:
        return False
    try:
        model = build_classifier(services, job.classifier, workspace=job.workspace)
        run_tag_job(
            services,
            job.workspace,
            model,
            only_untagged=job.only_untagged,
            stop=_Cancelled(services, job.id, stopping),
            job_id=job.id,
        )
        if stopping.is_set():  # the server is stopping: run it again after the restart
            services.tags.update_job(job.id, status="queued")
    except Exception as exc:  # reported on the job, never a silent label
        log.exception("tag job %s failed", job.id)
        stats = dict(job.stats or {})
        stats["error"] = f"{type(exc).__name__}: {exc}"
        services.tags.update_job(job.id, status="failed", stats=stats)
    return True


class JobRunner:
    """One background thread that runs the server's tag jobs in order, one at a time.
    Jobs left queued or running by a stopped server are picked up when it starts again."""

    RETENTION_EVERY = 24 * 3600.0  # seconds between retention runs (JOURNEY_RETENTION_DAYS)

    def __init__(self, services: Services, poll_seconds: float = 0.5) -> None:
        self.services = services
        self.poll = poll_seconds
        self.last_retention: float | None = None
        self.stopping = threading.Event()
        self.wake = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="journey-jobs", daemon=True)

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
        while not self.stopping.is_set():
            try:
                self._retention()
            except Exception:
                log.exception("retention run failed; next try in a day")
            try:
                busy = run_next_job(self.services, self.stopping)
            except Exception:  # the database is down: try again later
                log.exception("job runner could not read the job table")
                busy = False
            if not busy:
                self.wake.wait(self.poll)
                self.wake.clear()
