"""Tags, corrections, tagging jobs and the tag cache in SQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, and_, delete, func, insert, select
from sqlalchemy.orm import Session

from assistant.models.examples import Example
from assistant.models.tags import DEFAULT_PHASE_MODEL, Tag
from assistant.store.db import (
    MAX_ID,
    CorrectionRow,
    Database,
    JobRow,
    RecordRow,
    TagCacheRow,
    TagRow,
    chunks,
    insert_ignoring,
)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


_TAG_FIELDS = (
    "phase",
    "phase_confidence",
    "emotion",
    "emotion_confidence",
    "intensity",
    "sentiment",
    "touchpoint",
    "pain_point",
    "evidence",
    "classifier",
    "model",
    "prompt_version",
    "taxonomy_version",
    "fallback",
    "tagged_at",
)


def tag_from_row(row: TagRow) -> Tag:
    return Tag(
        item_id=row.record_id,
        phase_model=row.phase_model,
        **{name: getattr(row, name) for name in _TAG_FIELDS},
    )


def replace_tags(session: Session, workspace: str, tags: Sequence[Tag]) -> None:
    """Replace the tags of these records (for their phase model) inside ``session``."""
    if not tags:
        return
    for phase_model in {t.phase_model for t in tags}:
        ids = [t.item_id for t in tags if t.phase_model == phase_model]
        for chunk in chunks(ids):
            session.execute(
                delete(TagRow).where(TagRow.phase_model == phase_model, TagRow.record_id.in_(chunk))
            )
    session.execute(
        insert(TagRow),
        [
            {
                "record_id": t.item_id,
                "phase_model": t.phase_model,
                "workspace": workspace,
                **{name: getattr(t, name) for name in _TAG_FIELDS},
            }
            for t in tags
        ],
    )


def untagged_query(workspace: str, phase_model: str, since: datetime | None) -> Select[Any]:
    """Ids of the records with no tag for ``phase_model`` (or only one older than
    ``since``), in id order."""
    condition = and_(TagRow.record_id == RecordRow.id, TagRow.phase_model == phase_model)
    if since is not None:
        condition = and_(condition, TagRow.tagged_at >= since)
    return (
        select(RecordRow.id)
        .outerjoin(TagRow, condition)
        .where(RecordRow.workspace == workspace, TagRow.record_id.is_(None))
        .order_by(RecordRow.id)
    )


class TagStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- tags -------------------------------------------------------------------------------

    def save(self, workspace: str, tags: Sequence[Tag]) -> None:
        """Replace the tags of these records (for their phase model) in one transaction."""
        if not tags:
            return
        with self.db.session.begin() as session:
            replace_tags(session, workspace, tags)

    def get(self, record_id: str, phase_model: str = DEFAULT_PHASE_MODEL) -> Tag | None:
        with self.db.session() as session:
            row = session.get(TagRow, (record_id, phase_model))
            return tag_from_row(row) if row else None

    def for_records(
        self, record_ids: Sequence[str], phase_model: str = DEFAULT_PHASE_MODEL
    ) -> dict[str, Tag]:
        found: dict[str, Tag] = {}
        with self.db.session() as session:
            for chunk in chunks(list(record_ids)):
                rows = session.scalars(
                    select(TagRow).where(
                        TagRow.record_id.in_(chunk), TagRow.phase_model == phase_model
                    )
                )
                found.update((r.record_id, tag_from_row(r)) for r in rows)
        return found

    def stamp(self, workspace: str) -> str:
        """Changes whenever the workspace's tags do (count and latest tagging time)."""
        with self.db.session() as session:
            count, latest = session.execute(
                select(func.count(), func.max(TagRow.tagged_at)).where(
                    TagRow.workspace == workspace
                )
            ).one()
        return f"{count}:{latest.isoformat() if latest else '-'}"

    def for_workspace(self, workspace: str, phase_model: str = DEFAULT_PHASE_MODEL) -> list[Tag]:
        with self.db.session() as session:
            rows = session.scalars(
                select(TagRow).where(
                    TagRow.workspace == workspace, TagRow.phase_model == phase_model
                )
            )
            return [tag_from_row(r) for r in rows]

    def count(self, workspace: str, phase_model: str = DEFAULT_PHASE_MODEL) -> int:
        with self.db.session() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(TagRow)
                    .where(TagRow.workspace == workspace, TagRow.phase_model == phase_model)
                )
                or 0
            )

    def labels(
        self, ids: Sequence[str], phase_model: str = DEFAULT_PHASE_MODEL
    ) -> dict[str, tuple[str, str]]:
        """(phase, emotion) of the records among ``ids`` that have a tag."""
        out: dict[str, tuple[str, str]] = {}
        with self.db.session() as session:
            for chunk in chunks(list(ids)):
                rows = session.execute(
                    select(TagRow.record_id, TagRow.phase, TagRow.emotion).where(
                        TagRow.record_id.in_(chunk), TagRow.phase_model == phase_model
                    )
                )
                out.update({str(r): (str(p), str(e)) for r, p, e in rows})
        return out

    def tagged_ids(
        self,
        workspace: str,
        phase: str | None,
        emotion: str | None,
        phase_model: str = DEFAULT_PHASE_MODEL,
    ) -> set[str]:
        """Ids of the workspace's records tagged with this phase and/or emotion."""
        query = select(TagRow.record_id).where(
            TagRow.workspace == workspace, TagRow.phase_model == phase_model
        )
        if phase:
            query = query.where(TagRow.phase == phase)
        if emotion:
            query = query.where(TagRow.emotion == emotion)
        with self.db.session() as session:
            return set(session.scalars(query))

    def untagged_ids(
        self, workspace: str, phase_model: str, since: datetime | None, limit: int
    ) -> list[str]:
        """Records with no tag for ``phase_model`` (or only one older than ``since``)."""
        with self.db.session() as session:
            return list(session.scalars(untagged_query(workspace, phase_model, since).limit(limit)))

    def count_untagged(self, workspace: str, phase_model: str, since: datetime | None) -> int:
        query = select(func.count()).select_from(
            untagged_query(workspace, phase_model, since).order_by(None).subquery()
        )
        with self.db.session() as session:
            return session.scalar(query) or 0

    # --- corrections ------------------------------------------------------------------------

    def correct(
        self,
        workspace: str,
        record_id: str,
        phase: str,
        emotion: str,
        who: str,
        phase_model: str = DEFAULT_PHASE_MODEL,
    ) -> None:
        with self.db.session.begin() as session:
            session.add(
                CorrectionRow(
                    workspace=workspace,
                    record_id=record_id,
                    phase_model=phase_model,
                    phase=phase,
                    emotion=emotion,
                    who=who,
                    at=now(),
                )
            )

    def label_by_human(self, workspace: str, tag: Tag, phase: str, emotion: str, who: str) -> None:
        """A human's label: stored as a correction (who, when) and as the record's tag."""
        self.correct(workspace, tag.item_id, phase, emotion, who, phase_model=tag.phase_model)
        human = {"phase_confidence": 1.0, "emotion_confidence": 1.0, "classifier": "human"}
        self.save(workspace, [tag.model_copy(update={"phase": phase, "emotion": emotion, **human})])

    def corrected_ids(self, workspace: str, phase_model: str = DEFAULT_PHASE_MODEL) -> set[str]:
        """Records a human already labelled (confirmed or corrected) for this phase model."""
        query = select(CorrectionRow.record_id).where(
            CorrectionRow.workspace == workspace, CorrectionRow.phase_model == phase_model
        )
        with self.db.session() as session:
            return set(session.scalars(query))

    def count_corrections(self, workspace: str, phase_model: str = DEFAULT_PHASE_MODEL) -> int:
        """Records with a human label: what the local classifier learns from."""
        query = select(func.count(func.distinct(CorrectionRow.record_id))).where(
            CorrectionRow.workspace == workspace, CorrectionRow.phase_model == phase_model
        )
        with self.db.session() as session:
            return int(session.scalar(query) or 0)

    def corrections(self, workspace: str, phase_model: str = DEFAULT_PHASE_MODEL) -> list[Example]:
        """The latest correction per record, as training examples (with the record's text)."""
        with self.db.session() as session:
            rows = session.execute(
                select(
                    CorrectionRow.record_id,
                    CorrectionRow.phase,
                    CorrectionRow.emotion,
                    RecordRow.text,
                )
                .join(RecordRow, RecordRow.id == CorrectionRow.record_id)
                .where(
                    CorrectionRow.workspace == workspace, CorrectionRow.phase_model == phase_model
                )
                .order_by(CorrectionRow.id)
            )
            latest: dict[str, Example] = {}
            for record_id, phase, emotion, text in rows:
                latest[record_id] = Example(text, phase, emotion, source="correction")
            return list(latest.values())

    # --- jobs -------------------------------------------------------------------------------

    def open_job(
        self, workspace: str, classifier: str, phase_model: str, only_untagged: bool
    ) -> tuple[JobRow, bool]:
        """The unfinished job for this scope (resumed), or a new one. Returns (job, resumed)."""
        with self.db.session.begin() as session:
            job = session.scalars(
                select(JobRow)
                .where(
                    JobRow.workspace == workspace,
                    JobRow.kind == "tag",
                    JobRow.origin == "cli",  # queued jobs belong to the workers
                    JobRow.phase_model == phase_model,
                    JobRow.status.in_(("running", "interrupted")),
                )
                .order_by(JobRow.id.desc())
            ).first()
            if job is not None:
                job.status = "running"
                job.updated_at = now()
                return job, True
            stamp = now()
            job = JobRow(
                workspace=workspace,
                classifier=classifier,
                phase_model=phase_model,
                only_untagged=only_untagged,
                status="running",
                created_at=stamp,
                updated_at=stamp,
                stats={},
            )
            session.add(job)
            session.flush()
            return job, False

    def job(self, job_id: int) -> JobRow | None:
        if not 0 < job_id <= MAX_ID:
            return None  # no such id (and PostgreSQL refuses to compare an integer past it)
        with self.db.session() as session:
            return session.get(JobRow, job_id)

    def update_job(self, job_id: int, **values: Any) -> None:
        with self.db.session.begin() as session:
            job = session.get(JobRow, job_id)
            assert job is not None
            for key, value in values.items():
                setattr(job, key, value)
            job.updated_at = now()

    def save_batch(
        self, workspace: str, job_id: int, tags: Sequence[Tag], cached: int, stats: dict[str, Any]
    ) -> None:
        """Tags and the job's progress in one transaction: a kill loses at most one batch."""
        with self.db.session.begin() as session:
            replace_tags(session, workspace, tags)
            job = session.get(JobRow, job_id)
            assert job is not None
            job.done += len(tags)
            job.cached += cached
            job.fallbacks += sum(1 for t in tags if t.fallback)
            job.stats = stats
            job.updated_at = now()

    # --- cache ------------------------------------------------------------------------------

    def forget_cached(self, text_hashes: Sequence[str], texts: Sequence[str]) -> int:
        """Drop cached answers about these texts: by text hash, and (for answers cached
        before the hash was kept) by an evidence quote taken from one of the texts."""
        removed = 0
        with self.db.session.begin() as session:
            for chunk in chunks(list(text_hashes)):
                result = session.execute(
                    delete(TagCacheRow).where(TagCacheRow.text_hash.in_(chunk))
                )
                removed += result.rowcount or 0  # type: ignore[attr-defined]
            stale = session.execute(
                select(TagCacheRow.key, TagCacheRow.tag).where(TagCacheRow.text_hash.is_(None))
            ).all()
            gone = [
                key
                for key, tag in stale
                if (quote := str((tag or {}).get("evidence") or "").strip())
                and any(quote in text for text in texts)
            ]
            for chunk in chunks(gone):
                session.execute(delete(TagCacheRow).where(TagCacheRow.key.in_(chunk)))
            removed += len(gone)
        return removed

    def cached(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        with self.db.session() as session:
            for chunk in chunks(list(keys)):
                for row in session.scalars(select(TagCacheRow).where(TagCacheRow.key.in_(chunk))):
                    out[row.key] = row.tag
        return out

    def remember(
        self, entries: dict[str, dict[str, Any]], text_hashes: dict[str, str] | None = None
    ) -> None:
        """Cache answers by key; ``text_hashes`` (key -> SHA-256 of the text) lets an
        erasure find the answers about a text."""
        if not entries:
            return
        hashes = text_hashes or {}
        rows = [{"key": k, "tag": v, "text_hash": hashes.get(k)} for k, v in entries.items()]
        with self.db.session.begin() as session:  # a key another worker stored stays as it is
            session.execute(insert_ignoring(self.db.engine, TagCacheRow), rows)

    def quotes_of(self, record_ids: Sequence[str]) -> list[str]:
        """Every text taken from these records into their tags (evidence, pain point), of
        every phase model."""
        found: list[str] = []
        with self.db.session() as session:
            for chunk in chunks(list(record_ids)):
                rows = session.execute(
                    select(TagRow.evidence, TagRow.pain_point).where(TagRow.record_id.in_(chunk))
                )
                found += [text for pair in rows for text in pair if text]
        return found

    def rewrite_quotes(self, fix: Callable[[str], str]) -> int:
        """Apply ``fix`` to every tag's evidence quote and pain point; returns tags changed."""
        changed = 0
        with self.db.session.begin() as session:
            for row in session.scalars(select(TagRow)):
                evidence = fix(row.evidence) if row.evidence else row.evidence
                pain = fix(row.pain_point) if row.pain_point else row.pain_point
                if evidence != row.evidence or pain != row.pain_point:
                    row.evidence, row.pain_point = evidence, pain
                    changed += 1
        return changed

    def rewrite_cached(self, fix: Callable[[str], str]) -> int:
        """Apply ``fix`` to the quotes inside cached answers; returns answers changed."""
        changed = 0
        with self.db.session.begin() as session:
            for row in session.scalars(select(TagCacheRow)):
                tag = dict(row.tag or {})
                new = {
                    k: fix(v) if k in ("evidence", "pain_point") and isinstance(v, str) else v
                    for k, v in tag.items()
                }
                if new != tag:
                    row.tag = new
                    changed += 1
        return changed
