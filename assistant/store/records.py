"""Reading and writing records in SQL."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from assistant.models import Record, Turn, epoch_seconds
from assistant.store.db import Database, RecordRow, WorkspaceRow, chunks, insert_ignoring


def row_to_record(row: RecordRow) -> Record:
    return Record(
        id=row.id,
        workspace=row.workspace,
        source_type=row.source_type,
        channel=row.channel,
        external_id=row.external_id,
        text=row.text,
        turns=[Turn.model_validate(t) for t in row.turns or []],
        created_at=row.created_at,
        rating=row.rating,
        language=row.language,
        customer_ref=row.customer_ref,
        metadata=row.meta or {},
        content_hash=row.content_hash,
        source_file=row.source_file,
        source_line=row.source_line,
    )


class RecordStore:
    """Records of all workspaces; every query names its workspace."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def existing_hashes(self, workspace: str, hashes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        with self.db.session() as session:
            for chunk in chunks(list(hashes)):
                found.update(
                    session.scalars(
                        select(RecordRow.content_hash).where(
                            RecordRow.workspace == workspace, RecordRow.content_hash.in_(chunk)
                        )
                    )
                )
        return found

    def add(self, records: Iterable[Record]) -> set[str]:
        """Store records; returns the ids actually inserted. A record another writer stored
        meanwhile (same workspace and content) is skipped, not an error: two imports of one
        file at the same time both finish, and each record is stored once."""
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [
            {
                "id": r.id,
                "workspace": r.workspace,
                "source_type": r.source_type,
                "channel": r.channel,
                "external_id": r.external_id,
                "text": r.text,
                "turns": [t.model_dump(mode="json") for t in r.turns],
                "created_at": r.created_at,
                "rating": r.rating,
                "language": r.language,
                "customer_ref": r.customer_ref,
                "meta": r.metadata,
                "content_hash": r.content_hash,
                "source_file": r.source_file,
                "source_line": r.source_line,
                "ingested_at": now,
            }
            for r in records
        ]
        if not rows:
            return set()
        workspaces = sorted({str(row["workspace"]) for row in rows})
        with self.db.session.begin() as session:
            for name in workspaces:  # first: takes the write lock before the records go in
                self._bump(session, name, now)
            inserted = set(session.scalars(self._insert_new().returning(RecordRow.id), rows))
        return inserted

    def _insert_new(self) -> Any:
        """INSERT that skips rows whose id or (workspace, content hash) is already stored."""
        return insert_ignoring(self.db.engine, RecordRow)

    def _bump(self, session: Any, name: str, now: datetime) -> None:
        """Create the workspace's row or raise its version, safe against a concurrent writer."""
        if self.db.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
        statement = upsert(WorkspaceRow).values(name=name, version=1, updated_at=now)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=[WorkspaceRow.name],
                set_={"version": WorkspaceRow.version + 1, "updated_at": now},
            )
        )

    def count(self, workspace: str) -> int:
        with self.db.session() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(RecordRow)
                    .where(RecordRow.workspace == workspace)
                )
                or 0
            )

    def counts_by(self, workspace: str, column: str) -> dict[str, int]:
        col = {
            "source_type": RecordRow.source_type,
            "language": RecordRow.language,
            "channel": RecordRow.channel,
        }[column]
        with self.db.session() as session:
            rows = session.execute(
                select(col, func.count()).where(RecordRow.workspace == workspace).group_by(col)
            )
            return {str(key): int(n) for key, n in rows}

    def workspaces(self) -> dict[str, int]:
        with self.db.session() as session:
            rows = session.execute(
                select(RecordRow.workspace, func.count()).group_by(RecordRow.workspace)
            )
            return {str(ws): int(n) for ws, n in rows}

    def get_many(self, workspace: str, ids: Sequence[str]) -> dict[str, Record]:
        out: dict[str, Record] = {}
        with self.db.session() as session:
            for chunk in chunks(list(ids)):
                # by primary key alone: with a workspace condition SQLite scans that index
                for row in session.scalars(select(RecordRow).where(RecordRow.id.in_(chunk))):
                    if row.workspace == workspace:
                        out[row.id] = row_to_record(row)
        return out

    def iter_records(self, workspace: str, batch: int = 1000) -> Iterator[list[Record]]:
        """All records of a workspace in a stable order, in batches."""
        last = ""
        with self.db.session() as session:
            while True:
                rows = list(
                    session.scalars(
                        select(RecordRow)
                        .where(RecordRow.workspace == workspace, RecordRow.id > last)
                        .order_by(RecordRow.id)
                        .limit(batch)
                    )
                )
                if not rows:
                    return
                last = rows[-1].id
                yield [row_to_record(r) for r in rows]

    def index_rows(self, workspace: str) -> list[tuple[str, str, str, str, int]]:
        """(id, text, source type, language, created timestamp or -1) for the keyword index."""
        with self.db.session() as session:
            rows = session.execute(
                select(
                    RecordRow.id,
                    RecordRow.text,
                    RecordRow.source_type,
                    RecordRow.language,
                    RecordRow.created_at,
                )
                .where(RecordRow.workspace == workspace)
                .order_by(RecordRow.id)
            )
            return [
                (str(i), str(t), str(s), str(lang), epoch_seconds(c)) for i, t, s, lang, c in rows
            ]

    def stamp(self, workspace: str) -> str:
        """Changes whenever the workspace's records change (used to keep derived indexes fresh)."""
        with self.db.session() as session:
            version = session.scalar(
                select(WorkspaceRow.version).where(WorkspaceRow.name == workspace)
            )
        return f"v{version or 0}"

    def page(
        self,
        workspace: str,
        *,
        phase: str | None = None,
        emotion: str | None = None,
        source_type: str | None = None,
        language: str | None = None,
        untagged: bool = False,
        phase_model: str = "journey7",
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[Record]]:
        """One page of a workspace's records, newest first, filtered by tag and fields;
        returns (how many match in all, the page)."""
        from assistant.store.db import TagRow

        query = select(RecordRow).where(RecordRow.workspace == workspace)
        if source_type:
            query = query.where(RecordRow.source_type == source_type)
        if language:
            query = query.where(RecordRow.language == language)
        if phase or emotion or untagged:
            tagged = (TagRow.record_id == RecordRow.id) & (TagRow.phase_model == phase_model)
            query = query.outerjoin(TagRow, tagged)
            if untagged:
                query = query.where(TagRow.record_id.is_(None))
            if phase:
                query = query.where(TagRow.phase == phase)
            if emotion:
                query = query.where(TagRow.emotion == emotion)
        with self.db.session() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = session.scalars(
                query.order_by(RecordRow.created_at.desc(), RecordRow.id)
                .limit(limit)
                .offset(offset)
            ).all()
            return total, [row_to_record(row) for row in rows]

    def find(
        self,
        *,
        workspace: str | None = None,
        ids: Sequence[str] = (),
        customer_ref: str | None = None,
        matching: str | None = None,
        before: datetime | None = None,
    ) -> list[Record]:
        """Records to erase: by id, by customer, by a text they contain, or older than
        ``before`` (their date, else when they were ingested); in one workspace or all."""
        query = select(RecordRow)
        if workspace:
            query = query.where(RecordRow.workspace == workspace)
        if ids:
            query = query.where(RecordRow.id.in_(list(ids)))
        if customer_ref:
            query = query.where(RecordRow.customer_ref == customer_ref)
        if matching:
            # autoescape: a % or _ in the words is a character, not a wildcard
            text = func.lower(RecordRow.text)
            query = query.where(text.contains(matching.lower(), autoescape=True))
        if before is not None:
            dated = func.coalesce(RecordRow.created_at, RecordRow.ingested_at)
            query = query.where(dated < before)
        with self.db.session() as session:
            return [row_to_record(row) for row in session.scalars(query.order_by(RecordRow.id))]

    def delete(self, ids: Sequence[str]) -> int:
        """Delete records (their tags and corrections go with them); the workspaces'
        versions go up so their keyword indexes are rebuilt."""
        from sqlalchemy import delete as delete_rows

        from assistant.store.db import CorrectionRow, TagRow

        now = datetime.now(UTC).replace(tzinfo=None)
        removed = 0
        with self.db.session.begin() as session:
            names = set()
            for chunk in chunks(list(ids)):
                names |= set(
                    session.scalars(
                        select(RecordRow.workspace).where(RecordRow.id.in_(chunk)).distinct()
                    )
                )
                session.execute(delete_rows(TagRow).where(TagRow.record_id.in_(chunk)))
                session.execute(
                    delete_rows(CorrectionRow).where(CorrectionRow.record_id.in_(chunk))
                )
                result = session.execute(delete_rows(RecordRow).where(RecordRow.id.in_(chunk)))
                removed += result.rowcount or 0  # type: ignore[attr-defined]
            for name in sorted(names):
                self._bump(session, name, now)
        return removed

    def replace_texts(self, records: Sequence[Record]) -> int:
        """Write new texts and turns of stored records (today's redaction of them); their
        workspaces' versions go up so keyword indexes are rebuilt."""
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.db.session.begin() as session:
            for record in records:
                row = session.get(RecordRow, record.id)
                if row is not None:
                    row.text = record.text
                    row.turns = [t.model_dump(mode="json") for t in record.turns]
            for name in sorted({r.workspace for r in records}):
                self._bump(session, name, now)
        return len(records)
