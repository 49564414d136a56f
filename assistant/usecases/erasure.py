"""Erasure on request and retention (GDPR art. 17 and 5): records go, and with them every
copy of their text: tags, vectors, keyword entries, cached model answers, quotes in stored
audits and backlogs, and export files in the home folder. The erasure log keeps what was
erased, when and by whom, never the content."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.errors import InputError
from assistant.privacy.scrub import Erased, scrub

if TYPE_CHECKING:
    from assistant.models import Record
    from assistant.services import Services

_CUSTOMER_REF = re.compile(r"^c_[0-9a-f]{16}$")
SKIP_SUFFIXES = {".sqlite3", ".db", ".db-wal", ".db-shm", ".npz", ".npy", ".bin", ".pickle"}
MAX_SCAN_BYTES = 50_000_000
EXPORT_FOLDERS = ("demo", "exports")  # under the home folder: files the product wrote


class Selection(BaseModel):
    """Which records to erase; exactly one way of choosing them."""

    customer: str | None = None
    record_ids: list[str] = Field(default_factory=list)
    matching: str | None = None
    expired_days: int | None = Field(default=None, ge=1)
    workspace: str | None = None  # None: every workspace

    def check(self) -> Selection:
        given = [bool(self.customer), bool(self.record_ids), bool(self.matching)]
        given.append(self.expired_days is not None)
        if sum(given) != 1:
            raise InputError(
                "choose one: --customer REF, --record ID..., --matching TEXT or --expired"
            )
        if self.matching is not None and len(self.matching.strip()) < 4:
            raise InputError("--matching needs at least 4 characters (it erases every match)")
        return self


class Listed(BaseModel):
    id: str
    workspace: str
    created_at: datetime | None
    preview: str


class ErasureReport(BaseModel):
    selector: str
    dry_run: bool
    records: int
    by_workspace: dict[str, int]
    removed: dict[str, int] = Field(default_factory=dict)
    files: list[str] = Field(
        default_factory=list,
        description="other files in the home folder that still hold erased text",
    )
    listed: list[Listed] = Field(default_factory=list)


def customer_reference(given: str, salt: str) -> str:
    """The hashed reference as stored; a raw customer id or e-mail is hashed the same way."""
    from assistant.ingest.normalize import customer_ref

    value = given.strip()
    if _CUSTOMER_REF.match(value):
        return value
    ref = customer_ref(value, salt)
    if ref is None:
        raise InputError("--customer needs a customer reference")
    return ref


def describe(selection: Selection, ref: str | None) -> str:
    """What was chosen, without content (the erasure log keeps this)."""
    scope = f" in {selection.workspace}" if selection.workspace else ""
    if ref:
        return f"customer {ref}{scope}"
    if selection.record_ids:
        shown = ", ".join(selection.record_ids[:5])
        more = f" and {len(selection.record_ids) - 5} more" if len(selection.record_ids) > 5 else ""
        return f"records {shown}{more}{scope}"
    if selection.matching:
        return f"records matching a text of {len(selection.matching)} characters{scope}"
    return f"records older than {selection.expired_days} days{scope}"


def select(services: Services, selection: Selection) -> tuple[list[Record], str | None]:
    selection.check()
    ref = (
        customer_reference(selection.customer, services.settings.customer_salt)
        if (selection.customer)
        else None
    )
    before = None
    if selection.expired_days is not None:
        before = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=selection.expired_days)
    found = services.records.find(
        workspace=selection.workspace,
        ids=selection.record_ids,
        customer_ref=ref,
        matching=selection.matching.strip() if selection.matching else None,
        before=before,
    )
    return found, ref


def _texts(services: Services, records: list[Record]) -> list[str]:
    texts = [r.text for r in records]
    texts += [turn.text for r in records for turn in r.turns]
    texts += services.tags.quotes_of([r.id for r in records])
    return texts


_INDEX_REBUILDS = 3


def _windows(erased: Erased) -> set[str]:
    """The erased pieces, long ones as their first and last stretch."""
    from assistant.privacy.scrub import MIN_RUN

    pieces = erased.pieces()
    windows = {p if len(p) < MIN_RUN else p[:MIN_RUN] for p in pieces}
    windows |= {p[-MIN_RUN:] for p in pieces if len(p) >= MIN_RUN}
    return windows


def _index_files_hold(folder: Path, erased: Erased) -> bool:
    """Whether a file of the embedded vector store still holds erased text: deleting a vector
    only marks it deleted, and an index file can carry stray bytes of earlier texts."""
    from assistant.privacy.scrub import MIN_RUN

    step = max(1, MIN_RUN // 2)  # every stretch, overlapping: a fragment of a text is found
    needles = {
        p[i : i + MIN_RUN].encode()
        for p in erased.pieces()
        for i in range(0, max(1, len(p) - MIN_RUN + 1), step)
    }
    if not folder.exists() or not needles:
        return False
    for path in folder.rglob("*"):
        if path.is_file():
            try:
                content = path.read_bytes()
            except OSError:
                continue
            if any(n in content for n in needles):
                return True
    return False


def _clean_vector_files(services: Services, workspaces: list[str], erased: Erased) -> bool:
    """Rebuild the embedded vector index from SQL, without the erased records, while one of its
    files still holds erased text; the dropped index's folder goes too. False if it still
    does after the last try, so the erasure reports the folder instead of passing it over."""
    from assistant.index.vector import drop_orphan_segments
    from assistant.ingest.pipeline import reindex

    folder = services.settings.chroma_path
    for _ in range(_INDEX_REBUILDS):
        if not _index_files_hold(folder, erased):
            return True
        for workspace in workspaces:
            reindex(services, workspace)
        drop_orphan_segments(folder)
    return not _index_files_hold(folder, erased)


def _scan_files(home: Path, erased: Erased) -> list[Path]:
    """Text files under the home folder (exports the product wrote) that hold erased text."""
    windows = _windows(erased)
    hits: list[Path] = []
    if not home.exists() or not windows:
        return hits
    for path in sorted(home.rglob("*")):
        if not path.is_file() or path.suffix.lower() in SKIP_SUFFIXES:
            continue
        if any(part.startswith("chroma") for part in path.relative_to(home).parts):
            continue
        if path.stat().st_size > MAX_SCAN_BYTES:
            continue
        try:
            content = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if any(w in content for w in windows):
            hits.append(path)
    return hits


def forget(
    services: Services, selection: Selection, who: str, *, dry_run: bool = False
) -> ErasureReport:
    """Erase the selected records everywhere (or, with ``dry_run``, list what would go)."""
    records, ref = select(services, selection)
    selector = describe(selection, ref)
    by_workspace = dict(sorted(Counter(r.workspace for r in records).items()))
    report = ErasureReport(
        selector=selector, dry_run=dry_run, records=len(records), by_workspace=by_workspace
    )
    if dry_run:
        from assistant.text import shorten

        report.listed = [
            Listed(
                id=r.id, workspace=r.workspace, created_at=r.created_at, preview=shorten(r.text, 80)
            )
            for r in records
        ]
        return report
    if records:
        report.removed, report.files = _erase(services, records)
    log = {"records": len(records), **report.removed, "files": len(report.files)}
    from assistant.store.erasure import log_erasure

    log_erasure(services.db, who, selector, log)
    return report


def _erase(services: Services, records: list[Record]) -> tuple[dict[str, int], list[str]]:
    from assistant.store.erasure import rewrite_stored_json

    ids = [r.id for r in records]
    erased = Erased(record_ids=set(ids), texts=_texts(services, records))
    removed: dict[str, int] = {}
    removed["cached_answers"] = services.tags.forget_cached(
        [hashlib.sha256(r.text.encode()).hexdigest() for r in records], erased.texts
    )
    workspaces = sorted({r.workspace for r in records})
    for workspace in workspaces:
        mine = [r.id for r in records if r.workspace == workspace]
        services.vectors(workspace).delete(mine)
    removed["vectors"] = len(ids)
    removed["records"] = services.records.delete(ids)
    for workspace in workspaces:  # the saved keyword index holds their words: rebuilt now
        services.keyword_index(workspace, rebuild=True)
    removed["keyword_indexes"] = len(workspaces)
    index_clean = services.settings.chroma_url or _clean_vector_files(
        services, workspaces, erased
    )  # embedded: the vector index's files are in the home

    counts: dict[str, int] = {"quotes": 0, "ids": 0, "mentions": 0}

    def rewrite(body: Any) -> tuple[Any, bool]:
        out, found = scrub(body, erased)
        counts["quotes"] += found.quotes
        counts["ids"] += found.ids
        counts["mentions"] += found.mentions
        return out, bool(found.quotes or found.ids or found.mentions)

    changed = rewrite_stored_json(services.db, rewrite)
    removed.update(changed)
    removed["quotes_replaced"] = counts["quotes"] + counts["mentions"]
    home = services.settings.home
    files = _scan_files(home, erased)
    regenerable = [p for p in files if p.relative_to(home).parts[0] in EXPORT_FOLDERS]
    for path in regenerable:  # exports the product wrote (the demo's report): rebuilt on demand
        path.unlink(missing_ok=True)
    removed["export_files"] = len(regenerable)
    services.db.compact()
    left = [str(p) for p in files if p not in regenerable]
    if not index_clean:
        left.append(str(services.settings.chroma_path))
    return removed, left


def forget_expired(services: Services, who: str = "retention") -> ErasureReport | None:
    """Records older than JOURNEY_RETENTION_DAYS, erased; None when retention is off."""
    days = services.settings.retention_days
    if not days:
        return None
    return forget(services, Selection(expired_days=days), who)
