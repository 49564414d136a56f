"""Use cases over records: ingest (files, an upload, JSON rows), read, list, correct a tag."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from assistant.ingest.pipeline import IngestOptions, ProgressFn
    from assistant.models import IngestReport, Record
    from assistant.models.tags import Tag
    from assistant.services import Services

UPLOAD_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".txt", ".log")


class TagView(BaseModel):
    phase: str
    emotion: str
    confidence: float
    evidence: str | None = None
    source: str
    corrected: bool = False


class RecordView(BaseModel):
    id: str
    external_id: str
    text: str
    source_type: str
    language: str
    created_at: datetime | None = None
    rating: float | None = None
    tag: TagView | None = None


def ingest_files(
    services: Services,
    paths: Sequence[str | Path],
    options: IngestOptions,
    progress: ProgressFn | None = None,
) -> IngestReport:
    from assistant.ingest.pipeline import ingest

    return ingest(services, paths, options, progress=progress)


def ingest_upload(
    services: Services,
    workspace: str,
    filename: str,
    data: bytes,
    fmt: str = "auto",
    source_type: str | None = None,
) -> IngestReport:
    """An uploaded file, read exactly as `journey ingest` reads it (the name picks the format;
    rejects name the uploaded file and line)."""
    from assistant.ingest.pipeline import IngestOptions

    name = Path(filename or "upload").name
    suffix = Path(name).suffix.lower()
    if fmt == "auto" and suffix not in UPLOAD_SUFFIXES:
        raise InputError(
            f"{name}: cannot tell the format from the name; use one of "
            f"{', '.join(UPLOAD_SUFFIXES)} or give a format"
        )
    with tempfile.TemporaryDirectory(prefix="journey-upload-") as folder:
        path = Path(folder) / f"upload{suffix or '.txt'}"
        path.write_bytes(data)
        options = IngestOptions(
            workspace=workspace,
            fmt=fmt,
            source_type=source_type,
            names={str(path): name},
        )
        return ingest_files(services, [path], options)


def ingest_rows(
    services: Services, workspace: str, rows: Sequence[dict[str, Any]], label: str = "request"
) -> IngestReport:
    """Records given as JSON objects: line N of a reject is the N-th record (from 1)."""
    from assistant.ingest.pipeline import IngestOptions

    with tempfile.TemporaryDirectory(prefix="journey-rows-") as folder:
        path = Path(folder) / "records.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        options = IngestOptions(workspace=workspace, fmt="jsonl", names={str(path): label})
        return ingest_files(services, [path], options)


def _tag_view(tag: Tag, corrected: bool) -> TagView:
    return TagView(
        phase=tag.phase,
        emotion=tag.emotion,
        confidence=round(min(tag.phase_confidence, tag.emotion_confidence), 3),
        evidence=tag.evidence,
        source=tag.classifier,
        corrected=corrected,
    )


def views(services: Services, workspace: str, records: Sequence[Record]) -> list[RecordView]:
    tags = services.tags.for_records([r.id for r in records]) if records else {}
    corrected = services.tags.corrected_ids(workspace)
    return [
        RecordView(
            id=r.id,
            external_id=r.external_id,
            text=r.text,
            source_type=r.source_type,
            language=r.language,
            created_at=r.created_at,
            rating=r.rating,
            tag=_tag_view(tags[r.id], r.id in corrected) if r.id in tags else None,
        )
        for r in records
    ]


def get_record(services: Services, workspace: str, record_id: str) -> RecordView:
    found = services.records.get_many(workspace, [record_id])
    if record_id not in found:
        raise NotFoundError(f"no record {record_id!r} in workspace {workspace!r}")
    return views(services, workspace, [found[record_id]])[0]


def list_records(
    services: Services, workspace: str, *, limit: int = 50, offset: int = 0, **filters: Any
) -> tuple[int, list[RecordView]]:
    total, page = services.records.page(workspace, limit=limit, offset=offset, **filters)
    return total, views(services, workspace, page)


def correct(
    services: Services, workspace: str, record_id: str, phase: str, emotion: str, who: str
) -> int:
    """Store a human's phase and emotion for a record; returns how many corrections the
    local classifier now learns from in the workspace."""
    from assistant.classify.base import Taxonomy
    from assistant.kb.loader import load_knowledge

    taxonomy = Taxonomy.from_knowledge(load_knowledge())
    if phase not in taxonomy.phase_ids:
        raise InputError(f"unknown phase {phase!r}: use one of {', '.join(taxonomy.phase_ids)}")
    if emotion not in taxonomy.emotion_ids:
        raise InputError(
            f"unknown emotion {emotion!r}: use one of {', '.join(taxonomy.emotion_ids)}"
        )
    if record_id not in services.records.get_many(workspace, [record_id]):
        raise NotFoundError(f"no record {record_id!r} in workspace {workspace!r}")
    store = services.tags
    current = store.get(record_id)
    if current is None:  # not tagged yet: the correction alone teaches the classifier
        store.correct(workspace, record_id, phase, emotion, who)
    else:
        store.label_by_human(workspace, current, phase, emotion, who)
    return store.count_corrections(workspace)
