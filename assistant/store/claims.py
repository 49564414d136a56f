"""Tag jobs shared by workers: queued jobs in batches, claimed, finished once; worker heartbeats.

A queued job's records are planned into batches when it is queued. A worker claims the
oldest open batch (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so workers on any number of
machines never wait for each other's batch), tags it, and finishes it in ONE transaction
that stores the tags, marks the batch done and counts it on the job. Finishing is guarded
by the claim's token: a worker whose lease ran out (it was killed, or hung) and whose batch
another worker took over cannot finish it any more, so every batch is tagged once.

SQLite has one writer at a time: claims stay correct there (a conditional UPDATE decides
who got a batch), but only one worker is useful, and `journey worker` says so.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, insert, or_, select, update

from assistant.models.tags import Tag
from assistant.store.db import Database, JobBatchRow, JobRow, WorkerRow, insert_ignoring
from assistant.store.tags import now, replace_tags, untagged_query

OPEN = ("queued", "running")  # job statuses whose batches may be claimed


@dataclass(frozen=True)
class Claim:
    """A batch a worker holds until it finishes it or its lease runs out."""

    batch_id: int
    job_id: int
    worker: str
    token: str
    record_ids: list[str]
    workspace: str
    classifier: str
    phase_model: str
    attempt: int


def _claimable(stamp: datetime) -> ColumnElement[bool]:
    """A batch nobody holds: never claimed, or claimed by a worker whose lease ran out."""
    return or_(
        JobBatchRow.status == "pending",
        and_(JobBatchRow.status == "claimed", JobBatchRow.lease_until < stamp),
    )


class ClaimStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- queueing ---------------------------------------------------------------------------

    def enqueue(
        self,
        workspace: str,
        classifier: str,
        phase_model: str,
        only_untagged: bool,
        *,
        origin: str,
        batch: int,
    ) -> JobRow:
        """A queued job with its records planned into batches, in one transaction: the
        records without a tag (``only_untagged``) or all of them, as they are now."""
        stamp = now()
        with self.db.session.begin() as session:
            job = JobRow(
                workspace=workspace,
                classifier=classifier,
                phase_model=phase_model,
                only_untagged=only_untagged,
                status="queued",
                origin=origin,
                created_at=stamp,
                updated_at=stamp,
                stats={},
            )
            session.add(job)
            session.flush()
            since = None if only_untagged else stamp  # else every record: all tags are older
            ids = list(session.scalars(untagged_query(workspace, phase_model, since)))
            rows = [
                {
                    "job_id": job.id,
                    "seq": seq,
                    "record_ids": ids[start : start + batch],
                    "size": len(ids[start : start + batch]),
                    "status": "pending",
                    "attempts": 0,
                    "tagged": 0,
                }
                for seq, start in enumerate(range(0, len(ids), batch))
            ]
            if rows:
                session.execute(insert(JobBatchRow), rows)
            job.total = len(ids)
            if not ids:
                job.status = "done"
            return job

    # --- claiming ---------------------------------------------------------------------------

    def claim(self, worker: str, lease_seconds: float, tries: int = 5) -> Claim | None:
        """The oldest open batch of the oldest open job, now held by ``worker``; None when
        there is nothing to claim."""
        for _ in range(tries):
            stamp = now()
            with self.db.session.begin() as session:
                found = session.execute(
                    select(JobBatchRow.id, JobBatchRow.job_id)
                    .join(JobRow, JobRow.id == JobBatchRow.job_id)
                    .where(JobRow.status.in_(OPEN), _claimable(stamp))
                    .order_by(JobBatchRow.job_id, JobBatchRow.seq)
                    .limit(1)
                    .with_for_update(skip_locked=True, of=JobBatchRow)
                ).first()
                if found is None:
                    return None
                batch_id, job_id = found
                token = secrets.token_hex(8)
                taken = session.execute(
                    update(JobBatchRow)
                    .where(JobBatchRow.id == batch_id, _claimable(stamp))
                    .values(
                        status="claimed",
                        worker=worker,
                        token=token,
                        lease_until=stamp + timedelta(seconds=lease_seconds),
                        attempts=JobBatchRow.attempts + 1,
                    )
                )
                if taken.rowcount != 1:  # type: ignore[attr-defined]
                    continue  # SQLite: another worker got it first; look again
                session.execute(
                    update(JobRow)
                    .where(JobRow.id == job_id, JobRow.status == "queued")
                    .values(status="running", updated_at=stamp)
                )
                batch = session.get(JobBatchRow, batch_id)
                job = session.get(JobRow, job_id)
                assert batch is not None and job is not None
                return Claim(
                    batch_id=batch_id,
                    job_id=job_id,
                    worker=worker,
                    token=token,
                    record_ids=list(batch.record_ids),
                    workspace=job.workspace,
                    classifier=job.classifier,
                    phase_model=job.phase_model,
                    attempt=batch.attempts,
                )
        return None

    def finish(
        self,
        claim: Claim,
        tags: Sequence[Tag],
        *,
        cached: int,
        missing: int,
        stats: dict[str, Any] | None = None,
    ) -> bool:
        """Store the batch's tags, mark it done and count it on its job, in one
        transaction; False (nothing stored) when the claim was lost to another worker.
        ``missing``: records of the batch erased since it was planned."""
        stamp = now()
        with self.db.session.begin() as session:
            won = session.execute(
                update(JobBatchRow)
                .where(
                    JobBatchRow.id == claim.batch_id,
                    JobBatchRow.token == claim.token,
                    JobBatchRow.status == "claimed",
                )
                .values(status="done", tagged=len(tags), finished_at=stamp, lease_until=None)
            )
            if won.rowcount != 1:  # type: ignore[attr-defined]
                session.rollback()
                return False
            replace_tags(session, claim.workspace, tags)
            job = session.get(JobRow, claim.job_id, with_for_update=True)
            assert job is not None
            job.done += len(tags)
            job.cached += cached
            job.fallbacks += sum(1 for t in tags if t.fallback)
            job.total -= missing
            if stats:
                job.stats = {**(job.stats or {}), **stats}
            job.updated_at = stamp
            left = session.scalar(
                select(func.count())
                .select_from(JobBatchRow)
                .where(JobBatchRow.job_id == job.id, JobBatchRow.status != "done")
            )
            if not left and job.status in OPEN:
                job.status = "done"
            session.execute(
                update(WorkerRow)
                .where(WorkerRow.id == claim.worker)
                .values(batches=WorkerRow.batches + 1, items=WorkerRow.items + len(tags))
            )
        return True

    def extend(self, worker: str, lease_seconds: float) -> int:
        """Renew the leases of the batches ``worker`` holds (its heartbeat)."""
        with self.db.session.begin() as session:
            result = session.execute(
                update(JobBatchRow)
                .where(JobBatchRow.worker == worker, JobBatchRow.status == "claimed")
                .values(lease_until=now() + timedelta(seconds=lease_seconds))
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def release(self, worker: str) -> int:
        """A worker stopping cleanly hands its batches back at once (no lease to wait out)."""
        with self.db.session.begin() as session:
            result = session.execute(
                update(JobBatchRow)
                .where(JobBatchRow.worker == worker, JobBatchRow.status == "claimed")
                .values(status="pending", token=None, lease_until=None)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def batches(self, job_id: int) -> list[JobBatchRow]:
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(JobBatchRow)
                    .where(JobBatchRow.job_id == job_id)
                    .order_by(JobBatchRow.seq)
                )
            )

    def open_jobs(self) -> int:
        """Jobs queued or running with batches still to do."""
        with self.db.session() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(JobRow).where(JobRow.status.in_(OPEN))
                )
                or 0
            )

    # --- workers ----------------------------------------------------------------------------

    def heartbeat(self, worker: str, host: str, pid: int, kind: str) -> None:
        """The worker is alive (its row is created on the first beat)."""
        stamp = now()
        with self.db.session.begin() as session:
            session.execute(
                insert_ignoring(self.db.engine, WorkerRow).values(
                    id=worker,
                    host=host,
                    pid=pid,
                    kind=kind,
                    status="running",
                    started_at=stamp,
                    last_seen=stamp,
                    batches=0,
                    items=0,
                )
            )
            session.execute(
                update(WorkerRow)
                .where(WorkerRow.id == worker)
                .values(last_seen=stamp, status="running")
            )

    def stopped(self, worker: str) -> None:
        with self.db.session.begin() as session:
            session.execute(
                update(WorkerRow)
                .where(WorkerRow.id == worker)
                .values(status="stopped", last_seen=now())
            )

    def live_workers(self, within_seconds: float, kind: str | None = None) -> list[WorkerRow]:
        """Workers running whose last heartbeat is recent."""
        query = select(WorkerRow).where(
            WorkerRow.status == "running",
            WorkerRow.last_seen >= now() - timedelta(seconds=within_seconds),
        )
        if kind is not None:
            query = query.where(WorkerRow.kind == kind)
        with self.db.session() as session:
            return list(session.scalars(query.order_by(WorkerRow.started_at)))
