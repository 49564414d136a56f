"""What `journey doctor` asks the database: record ids per workspace, tag counts, the
schema revision. Read-only."""

from __future__ import annotations

from sqlalchemy import func, select

from assistant.store.db import Database, RecordRow, TagRow
from assistant.store.schema import current_revision


def record_ids(db: Database, workspace: str) -> set[str]:
    """The ids of a workspace's records: what its indexes should hold."""
    with db.session() as session:
        return set(session.scalars(select(RecordRow.id).where(RecordRow.workspace == workspace)))


def tag_counts(db: Database, workspace: str) -> int:
    """Tagged records of a workspace (any phase model)."""
    with db.session() as session:
        query = select(func.count(func.distinct(TagRow.record_id))).where(
            TagRow.workspace == workspace
        )
        return int(session.scalar(query) or 0)


def revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return current_revision(connection)
