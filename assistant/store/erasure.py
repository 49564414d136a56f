"""Erasure in SQL: rewrite stored JSON (audits, map versions, backlogs) and keep the log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from assistant.store.db import AuditRow, BacklogRow, Database, ErasureRow, MapVersionRow

Rewrite = Callable[[Any], tuple[Any, bool]]  # JSON in -> (JSON out, whether it changed)


def rewrite_stored_json(db: Database, rewrite: Rewrite) -> dict[str, int]:
    """Apply ``rewrite`` to every audit state, map version and backlog; returns how many of
    each changed. Rows are read and written in one transaction per table."""
    changed = {"audits": 0, "map_versions": 0, "backlogs": 0}
    tables: tuple[tuple[str, Any, str], ...] = (
        ("audits", AuditRow, "state"),
        ("map_versions", MapVersionRow, "body"),
        ("backlogs", BacklogRow, "body"),
    )
    for name, table, column in tables:
        with db.session.begin() as session:
            for row in session.scalars(select(table)):
                body, dirty = rewrite(getattr(row, column))
                if dirty:
                    setattr(row, column, body)
                    changed[name] += 1
    return changed


def log_erasure(db: Database, who: str, selector: str, counts: dict[str, Any]) -> ErasureRow:
    row = ErasureRow(
        at=datetime.now(UTC).replace(tzinfo=None), who=who, selector=selector, counts=counts
    )
    with db.session.begin() as session:
        session.add(row)
    return row


def erasure_log(db: Database, limit: int = 100) -> list[ErasureRow]:
    with db.session() as session:
        query = select(ErasureRow).order_by(ErasureRow.id.desc()).limit(limit)
        return list(session.scalars(query))
