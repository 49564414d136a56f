"""API keys in SQL: created, listed, revoked, checked. Only a hash of each key is kept."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from assistant.errors import NotFoundError
from assistant.store.db import ApiKeyRow, Database

PREFIX = "jak_"
TOUCH_EVERY = timedelta(minutes=1)  # last use is written at most this often per key


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def key_hash(key: str) -> str:
    """Keys are 256 random bits: a plain SHA-256 is enough (no password stretching needed)."""
    return hashlib.sha256(key.encode()).hexdigest()


class KeyStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, workspace: str, name: str = "") -> tuple[ApiKeyRow, str]:
        """A new key; returns its row and the key itself (the only time it is known)."""
        key = PREFIX + secrets.token_urlsafe(32)
        row = ApiKeyRow(
            id=secrets.token_hex(6),
            workspace=workspace,
            name=name,
            key_hash=key_hash(key),
            created_at=_now(),
        )
        with self.db.session.begin() as session:
            session.add(row)
        return row, key

    def list(self, workspace: str | None = None) -> list[ApiKeyRow]:
        query = select(ApiKeyRow).order_by(ApiKeyRow.created_at, ApiKeyRow.id)
        if workspace:
            query = query.where(ApiKeyRow.workspace == workspace)
        with self.db.session() as session:
            return list(session.scalars(query))

    def revoke(self, key_id: str) -> ApiKeyRow:
        with self.db.session.begin() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise NotFoundError(f"no API key {key_id!r}: see `journey keys list`")
            if row.revoked_at is None:
                row.revoked_at = _now()
            return row

    def workspace_of(self, key: str) -> str | None:
        """The workspace a valid, unrevoked key belongs to; None for anything else."""
        digest = key_hash(key)
        with self.db.session() as session:
            row = session.scalars(select(ApiKeyRow).where(ApiKeyRow.key_hash == digest)).first()
            if row is None or row.revoked_at is not None:
                return None
            workspace = row.workspace
            stale = row.last_used_at is None or _now() - row.last_used_at > TOUCH_EVERY
        if stale:
            with self.db.session.begin() as session:
                fresh = session.get(ApiKeyRow, row.id)
                if fresh is not None:
                    fresh.last_used_at = _now()
        return workspace
