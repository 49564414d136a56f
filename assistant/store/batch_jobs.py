"""Batch API tag jobs in the jobs table: ``kind`` ``tag_batch``, their state in ``stats``.

They are rows of the same table as the other tag jobs (so job listings show them), but
with their own kind and statuses (``submitting``, ``submitted``, then ``done``), so
neither `journey tag` nor the server's runner resumes one as an ordinary job.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from assistant.store.db import Database, JobRow
from assistant.store.tags import now

KIND = "tag_batch"
OPEN = ("submitting", "submitted")


class BatchJobs:
    def __init__(self, db: Database) -> None:
        self.db = db

    def open_job(self, workspace: str, phase_model: str) -> JobRow | None:
        """The workspace's unfinished batch job for this phase model, if any."""
        with self.db.session() as session:
            return session.scalars(
                select(JobRow)
                .where(
                    JobRow.workspace == workspace,
                    JobRow.kind == KIND,
                    JobRow.phase_model == phase_model,
                    JobRow.status.in_(OPEN),
                )
                .order_by(JobRow.id.desc())
            ).first()

    def create(
        self,
        workspace: str,
        classifier: str,
        phase_model: str,
        only_untagged: bool,
        stats: dict[str, Any],
    ) -> JobRow:
        stamp = now()
        with self.db.session.begin() as session:
            job = JobRow(
                workspace=workspace,
                kind=KIND,
                classifier=classifier,
                phase_model=phase_model,
                only_untagged=only_untagged,
                status="submitting",
                created_at=stamp,
                updated_at=stamp,
                stats=stats,
            )
            session.add(job)
            session.flush()
            return job
