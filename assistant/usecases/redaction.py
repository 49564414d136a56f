"""`journey redact-check`: run today's redactor over what is stored, report what an older
version missed and (with apply) fix it everywhere: record texts and turns in SQL, the
tags' quotes, cached answers, quotes in audits and backlogs, the vector and keyword index."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from assistant.models import Record
    from assistant.services import Services

SAMPLE = 20


class RedactCheckReport(BaseModel):
    workspaces: list[str]
    records: int  # checked
    missed_records: int  # records in which today's redactor finds more
    missed: dict[str, int] = Field(default_factory=dict)  # kind -> placeholders it would add
    sample: list[str] = Field(default_factory=list)  # record ids
    applied: bool = False
    fixed: dict[str, int] = Field(default_factory=dict)


def _redacted(text: str, kinds: Counter[str]) -> str:
    from assistant.ingest.redact import redact

    result = redact(text)
    kinds.update(result.counts)
    return result.text


def _fixed_record(record: Record, kinds: Counter[str]) -> Record | None:
    """The record with today's redaction, or None when nothing changes."""
    text = _redacted(record.text, kinds)
    turns = [t.model_copy(update={"text": _redacted(t.text, kinds)}) for t in record.turns]
    if text == record.text and all(
        a.text == b.text for a, b in zip(turns, record.turns, strict=True)
    ):
        return None
    return record.model_copy(update={"text": text, "turns": turns})


def check(
    services: Services, workspace: str | None = None, apply: bool = False
) -> RedactCheckReport:
    names = [workspace] if workspace else sorted(services.records.workspaces())
    kinds: Counter[str] = Counter()
    changed: list[Record] = []
    total = 0
    for name in names:
        for batch in services.records.iter_records(name):
            total += len(batch)
            for record in batch:
                fixed = _fixed_record(record, kinds)
                if fixed is not None:
                    changed.append(fixed)
    report = RedactCheckReport(
        workspaces=names,
        records=total,
        missed_records=len(changed),
        missed=dict(sorted(kinds.items())),
        sample=[r.id for r in changed[:SAMPLE]],
    )
    if apply:
        report.fixed = _apply(services, changed)
        report.applied = True
    return report


def _apply(services: Services, changed: list[Record]) -> dict[str, int]:
    """Write the fixed texts and re-redact every copy of text taken from them."""
    from assistant.index.vector import record_metadata
    from assistant.store.erasure import rewrite_stored_json

    fixed: dict[str, int] = {"records": 0, "tags": 0, "cached_answers": 0}
    if changed:
        fixed["records"] = services.records.replace_texts(changed)
        for name in sorted({r.workspace for r in changed}):
            mine = [r for r in changed if r.workspace == name]
            tags = services.tags.for_records([r.id for r in mine])
            vectors = services.embedder.embed([r.text for r in mine])
            labels = [
                (tags[r.id].phase, tags[r.id].emotion) if r.id in tags else None for r in mine
            ]
            services.vectors(name).upsert(
                [r.id for r in mine],
                vectors,
                [record_metadata(r, label) for r, label in zip(mine, labels, strict=True)],
            )
            services.keyword_index(name, rebuild=True)
    kinds: Counter[str] = Counter()
    fixed["tags"] = services.tags.rewrite_quotes(lambda text: _redacted(text, kinds))
    fixed["cached_answers"] = services.tags.rewrite_cached(lambda text: _redacted(text, kinds))

    def rewrite(body: Any) -> tuple[Any, bool]:
        dirty = False

        def walk(node: Any) -> Any:
            nonlocal dirty
            if isinstance(node, dict):
                out = {}
                for key, value in node.items():
                    if key == "text" and isinstance(value, str) and "record_id" in node:
                        new = _redacted(value, kinds)
                        dirty |= new != value
                        out[key] = new
                    else:
                        out[key] = walk(value)
                return out
            if isinstance(node, list):
                return [walk(item) for item in node]
            return node

        return walk(body), dirty

    fixed.update(rewrite_stored_json(services.db, rewrite))
    services.db.compact()
    return fixed
