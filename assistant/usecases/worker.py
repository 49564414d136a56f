"""Tag workers: claim a batch of a queued job, tag it, finish it; until stopped (or idle).

`journey worker` runs one :class:`Worker` per process; the server's job runner runs one in
a thread. A heartbeat thread keeps the worker's row fresh and renews the leases of the
batch it holds, so a long LLM batch is not taken over while its worker lives; a worker
killed mid-batch stops beating, its lease runs out, and another worker re-does the batch
(the dead one stored nothing of it: a batch's tags are written when it is finished).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.errors import ConfigError

if TYPE_CHECKING:
    from assistant.classify.base import Classifier
    from assistant.services import Services
    from assistant.store.claims import Claim

log = logging.getLogger("journey.worker")
LIVE_BEATS = 3  # a worker is taken for alive while its last heartbeat is this many beats old


class WorkerReport(BaseModel):
    worker: str
    batches: int = 0
    items: int = 0
    cached: int = 0
    lost: int = 0  # batches another worker took over before this one finished them
    failed: int = 0
    seconds: float = 0.0
    # where the time went, summed over batches: claiming, reading the records, the model,
    # the vector index's metadata, storing the tags and finishing the batch
    timings: dict[str, float] = Field(default_factory=dict)

    def add_time(self, step: str, seconds: float) -> None:
        self.timings[step] = round(self.timings.get(step, 0.0) + seconds, 3)


def beat_seconds(services: Services) -> float:
    """How often a worker beats: a third of the lease, at most every 10 s."""
    return min(10.0, services.settings.worker_lease_seconds / 3)


def live_workers(services: Services, kind: str | None = None) -> list[Any]:
    """Workers whose heartbeat is recent: a queued job will be picked up."""
    return services.claims.live_workers(LIVE_BEATS * beat_seconds(services), kind)


def check_sqlite_single(services: Services, concurrency: int) -> None:
    """SQLite has one writer at a time: more than one worker would only queue on its lock."""
    if services.db.engine.dialect.name != "sqlite":
        return
    if concurrency > 1:
        raise ConfigError(
            "SQLite runs one tag worker (it has one writer at a time): start `journey worker` "
            "without --concurrency, or use PostgreSQL (JOURNEY_DATABASE_URL) for more workers"
        )
    others = [w for w in live_workers(services) if w.kind == "worker"]
    if others:
        first = others[0]
        raise ConfigError(
            f"a tag worker already runs on this SQLite database ({first.host}, pid {first.pid}); "
            "SQLite runs one: use PostgreSQL (JOURNEY_DATABASE_URL) for more workers"
        )


class Worker:
    def __init__(self, services: Services, *, kind: str = "worker") -> None:
        self.services = services
        self.kind = kind
        self.id = f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"
        self.lease = services.settings.worker_lease_seconds
        self.report = WorkerReport(worker=self.id)
        self._models: dict[int, Classifier] = {}
        self._beating = threading.Event()
        self._beat_thread: threading.Thread | None = None

    # --- life -------------------------------------------------------------------------------

    def start(self) -> None:
        """Register (first heartbeat) and keep beating in the background."""
        self.beat()
        self._beat_thread = threading.Thread(
            target=self._beat_loop, name=f"journey-beat-{self.id}", daemon=True
        )
        self._beat_thread.start()

    def stop(self) -> None:
        """Hand back what is still claimed and say so in the worker table."""
        self._beating.set()
        if self._beat_thread is not None:
            self._beat_thread.join(5)
        try:
            self.services.claims.release(self.id)
            self.services.claims.stopped(self.id)
        except Exception:  # the database is gone: the lease runs out by itself
            log.exception("worker %s could not sign off", self.id)

    def beat(self) -> None:
        claims = self.services.claims
        claims.heartbeat(self.id, socket.gethostname(), os.getpid(), self.kind)
        claims.extend(self.id, self.lease)

    def _beat_loop(self) -> None:
        while not self._beating.wait(beat_seconds(self.services)):
            try:
                self.beat()
            except Exception:  # the database dropped: keep trying; the lease may lapse
                log.exception("worker %s heartbeat failed", self.id)

    def run(
        self,
        stop: threading.Event,
        *,
        exit_when_idle: bool = False,
        poll: float = 1.0,
        on_batch: Callable[[WorkerReport], None] | None = None,
    ) -> WorkerReport:
        """Work until ``stop`` is set (or, with ``exit_when_idle``, no job is open)."""
        started = time.perf_counter()
        self.start()
        try:
            while not stop.is_set():
                try:
                    busy = self.run_one()
                except Exception:  # the database is down: wait and try again
                    log.exception("worker %s could not claim a batch", self.id)
                    busy = False
                if busy:
                    if on_batch is not None:
                        on_batch(self.report)
                    continue
                if exit_when_idle and not self.services.claims.open_jobs():
                    break
                stop.wait(poll)
        finally:
            self.stop()
            self.report.seconds = round(time.perf_counter() - started, 2)
        return self.report

    # --- one batch --------------------------------------------------------------------------

    def run_one(self) -> bool:
        """Claim one batch and tag it; False when there was nothing to claim."""
        started = time.perf_counter()
        claim = self.services.claims.claim(self.id, self.lease)
        self.report.add_time("claim", time.perf_counter() - started)
        if claim is None:
            return False
        try:
            self._tag(claim)
        except Exception as exc:  # the job fails, reported on it; never a silent label
            log.exception("tag job %s failed in batch %s", claim.job_id, claim.batch_id)
            self.report.failed += 1
            self._fail(claim, exc)
        return True

    def _tag(self, claim: Claim) -> None:
        from assistant.classify.base import Item
        from assistant.classify.jobs import classifier_stats, classify_cached
        from assistant.index.vector import record_metadata

        services = self.services
        clock = _Clock(self.report)
        records = services.records.get_many(claim.workspace, claim.record_ids)
        clock.lap("read")
        items = [
            Item(id=i, text=records[i].text, rating=records[i].rating)
            for i in claim.record_ids
            if i in records
        ]
        model = self._model(claim)
        tags, hits = classify_cached(model, items, services.tags) if items else ([], 0)
        clock.lap("classify")
        # the index first: a worker killed after it re-does the batch and writes the same
        services.vectors(claim.workspace).update_metadata(
            [t.item_id for t in tags],
            [record_metadata(records[t.item_id], (t.phase, t.emotion)) for t in tags],
        )
        clock.lap("index")
        missing = len(claim.record_ids) - len(items)
        won = services.claims.finish(
            claim, tags, cached=hits, missing=missing, stats=classifier_stats(model)
        )
        clock.lap("finish")
        if won:
            self.report.batches += 1
            self.report.items += len(tags)
            self.report.cached += hits
        else:
            self.report.lost += 1
            log.warning("batch %s of job %s was taken over; dropped", claim.batch_id, claim.job_id)

    def _model(self, claim: Claim) -> Classifier:
        """The job's classifier, built once per job (it learns the workspace's corrections)."""
        if claim.job_id not in self._models:
            from assistant.classify.factory import build_classifier

            self._models[claim.job_id] = build_classifier(
                self.services,
                claim.classifier,
                phase_model=claim.phase_model,
                workspace=claim.workspace,
            )
        return self._models[claim.job_id]

    def _fail(self, claim: Claim, exc: Exception) -> None:
        tags = self.services.tags
        job = tags.job(claim.job_id)
        stats = dict((job.stats if job else None) or {})
        stats["error"] = f"{type(exc).__name__}: {exc}"
        tags.update_job(claim.job_id, status="failed", stats=stats)
        self.services.claims.release(self.id)


class _Clock:
    """Adds the time since the last lap to a report's step."""

    def __init__(self, report: WorkerReport) -> None:
        self.report = report
        self.last = time.perf_counter()

    def lap(self, step: str) -> None:
        stamp = time.perf_counter()
        self.report.add_time(step, stamp - self.last)
        self.last = stamp


FINISHED = ("done", "failed", "cancelled")


def follow_job(
    services: Services,
    job_id: int,
    *,
    progress: Callable[[int, int], None] | None = None,
    poll: float = 0.5,
    said: Callable[[str], None] | None = None,
) -> Any:
    """Wait for a queued job, reporting its progress, until it ends. When the workers are
    all gone before it ends, this process takes the rest over (nothing is left queued)."""
    from assistant.usecases.tagging import job_view

    gone = 0
    while True:
        job = services.tags.job(job_id)
        if job is None:
            raise ConfigError(f"tag job {job_id} disappeared from the database")
        if progress is not None:
            progress(job.done or 0, job.total or 0)
        if job.status in FINISHED:
            return job_view(job)
        gone = 0 if live_workers(services) else gone + 1
        if gone >= 2:
            if said is not None:
                said("No worker is running any more: tagging the rest in this process.")
            Worker(services).run(threading.Event(), exit_when_idle=True, poll=poll)
            gone = 0
            continue
        time.sleep(poll)
