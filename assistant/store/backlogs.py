"""Backlogs in SQL: one row per backlog, the whole model as a JSON body."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from assistant.errors import NotFoundError
from assistant.models.backlog import Backlog
from assistant.store.db import BacklogRow, Database

ID_PREFIX = "bl-"


def new_backlog_id() -> str:
    """Short and readable: ``bl-`` and eight hex digits."""
    return ID_PREFIX + secrets.token_hex(4)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class BacklogSummary:
    id: str
    workspace: str
    title: str
    created_at: datetime
    updated_at: datetime
    fixes: int


class BacklogStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, backlog: Backlog) -> Backlog:
        """Insert or replace; returns the backlog with ``created_at`` set."""
        stamp = _now()
        if backlog.created_at is None:
            backlog = backlog.model_copy(update={"created_at": stamp})
        created = backlog.created_at
        assert created is not None
        created = created.astimezone(UTC).replace(tzinfo=None) if created.tzinfo else created
        body = backlog.model_dump(mode="json")
        with self.db.session.begin() as session:
            row = session.get(BacklogRow, backlog.id)
            if row is None:
                session.add(
                    BacklogRow(
                        id=backlog.id,
                        workspace=backlog.workspace or "",
                        title=backlog.title,
                        created_at=created,
                        updated_at=stamp,
                        body=body,
                    )
                )
            else:
                row.workspace, row.title, row.body = backlog.workspace or "", backlog.title, body
                row.updated_at = stamp
        return backlog

    def get(self, backlog_id: str) -> Backlog:
        with self.db.session() as session:
            row = session.get(BacklogRow, backlog_id)
            if row is None:
                known = [s.id for s in self.list(limit=10)]
                hint = f" Recent backlogs: {', '.join(known)}." if known else ""
                raise NotFoundError(
                    f"no backlog {backlog_id!r}.{hint} Run `journey backlog list` to see them all."
                )
            return Backlog.model_validate(row.body)

    def list(self, workspace: str | None = None, limit: int | None = None) -> list[BacklogSummary]:
        """Newest first (ties: by id)."""
        query = select(BacklogRow).order_by(BacklogRow.created_at.desc(), BacklogRow.id)
        if workspace is not None:
            query = query.where(BacklogRow.workspace == workspace)
        if limit is not None:
            query = query.limit(limit)
        with self.db.session() as session:
            return [
                BacklogSummary(
                    id=row.id,
                    workspace=row.workspace,
                    title=row.title,
                    created_at=row.created_at,
                    updated_at=row.updated_at,
                    fixes=len(row.body.get("fixes", [])),
                )
                for row in session.scalars(query)
            ]

    def latest(self, workspace: str) -> Backlog | None:
        newest = self.list(workspace, limit=1)
        return self.get(newest[0].id) if newest else None
