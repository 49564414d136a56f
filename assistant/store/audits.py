"""Self-audit sessions and the versions of their journey maps, in SQL."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, select

from assistant.errors import NotFoundError
from assistant.models.audit import AuditState
from assistant.models.journey_map import JourneyMap
from assistant.store.db import MAX_ID, AuditRow, Database, MapVersionRow


class AuditStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, state: AuditState) -> None:
        body = state.model_dump(mode="json")
        with self.db.session.begin() as session:
            row = session.get(AuditRow, state.id)
            if row is None:
                row = AuditRow(id=state.id, created_at=state.created_at, state=body)
                session.add(row)
            row.workspace = state.workspace
            row.lang = state.lang
            row.step = state.position.step
            row.goal = state.map.goal.text if state.map.goal else ""
            row.state = body
            row.updated_at = state.updated_at

    def load(self, audit_id: str) -> AuditState:
        with self.db.session() as session:
            row = session.get(AuditRow, audit_id)
            if row is None:
                known = ", ".join(a.id for a in self.all()[:10]) or "none yet"
                raise NotFoundError(f"no audit {audit_id!r}; audits: {known}")
            return AuditState.model_validate(row.state)

    def all(self, workspace: str | None = None) -> list[AuditRow]:
        query = select(AuditRow).order_by(AuditRow.updated_at.desc(), AuditRow.id)
        if workspace:
            query = query.where(AuditRow.workspace == workspace)
        with self.db.session() as session:
            return list(session.scalars(query))

    def add_version(self, journey: JourneyMap, reason: str, at: datetime) -> JourneyMap | None:
        """Store the map as a new version unless it equals the latest one; returns it."""
        latest = self.latest_map(journey.id)
        comparable = {"version", "created_at"}
        if latest is not None and latest.model_dump(exclude=comparable) == journey.model_dump(
            exclude=comparable
        ):
            return None
        version = 1 if latest is None else latest.version + 1
        stored = journey.model_copy(update={"version": version, "created_at": at})
        with self.db.session.begin() as session:
            session.add(
                MapVersionRow(
                    audit_id=journey.id,
                    version=version,
                    reason=reason,
                    data_records=journey.data_records,
                    body=stored.model_dump(mode="json"),
                    created_at=at,
                )
            )
        return stored

    def versions(self, audit_id: str) -> list[MapVersionRow]:
        query = (
            select(MapVersionRow)
            .where(MapVersionRow.audit_id == audit_id)
            .order_by(MapVersionRow.version)
        )
        with self.db.session() as session:
            return list(session.scalars(query))

    def map(self, audit_id: str, version: int | None = None) -> JourneyMap:
        found = self._map(audit_id, version)
        if found is None:
            what = f"version {version} of " if version else ""
            raise NotFoundError(
                f"no {what}journey map for audit {audit_id!r}: finish the audit with `done` "
                f"(journey audit --resume {audit_id}) or list versions with "
                f"`journey audit versions {audit_id}`"
            )
        return found

    def latest_map(self, audit_id: str) -> JourneyMap | None:
        """The newest version of the audit's map, or None before it was first finished."""
        return self._map(audit_id, None)

    def version_counts(self, audit_ids: Collection[str]) -> dict[str, int]:
        """Audit id -> its newest map version, for these audits (one query, for listings)."""
        if not audit_ids:
            return {}
        query = (
            select(MapVersionRow.audit_id, func.max(MapVersionRow.version))
            .where(MapVersionRow.audit_id.in_(list(audit_ids)))
            .group_by(MapVersionRow.audit_id)
        )
        with self.db.session() as session:
            return {audit_id: int(version) for audit_id, version in session.execute(query)}

    def _map(self, audit_id: str, version: int | None) -> JourneyMap | None:
        if version is not None and not 0 < version <= MAX_ID:
            return None  # no such version (PostgreSQL refuses to compare past its INTEGER)
        query = select(MapVersionRow).where(MapVersionRow.audit_id == audit_id)
        if version is not None:
            query = query.where(MapVersionRow.version == version)
        query = query.order_by(MapVersionRow.version.desc()).limit(1)
        with self.db.session() as session:
            row = session.scalars(query).first()
            return None if row is None else JourneyMap.model_validate(row.body)
