"""The ingest job: files -> raw items -> records -> SQL (truth) -> vector and keyword index.

Every item read ends up in exactly one bucket, stored, duplicate or rejected, so the
report's counts always add up. Files are all opened and recognised before anything is
stored: a missing file or an unknown format stops the job with nothing half-done.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import InputError
from assistant.index.embed_lanes import embedded_batches
from assistant.index.vector import ChromaServer, record_metadata
from assistant.ingest.encoding import read_text
from assistant.ingest.formats import FORMATS, Parser, parser_for
from assistant.ingest.normalize import Normaliser
from assistant.ingest.raw import RawItem
from assistant.models import SOURCE_TYPES, IngestReport, Record, Reject
from assistant.services import Services, check_workspace

log = logging.getLogger(__name__)

BATCH = 512
INGESTIBLE = {".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".txt", ".log", ".chat"}

ProgressFn = Callable[[int, int], None]


@dataclass
class IngestOptions:
    workspace: str
    fmt: str = "auto"
    source_type: str | None = None
    field_map: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False
    names: dict[str, str] = field(default_factory=dict)  # path -> name in messages (uploads)


@dataclass
class _Source:
    path: Path
    label: str
    text: str
    parser: Parser
    default_type: str | None


def collect_files(paths: Sequence[str | Path]) -> list[tuple[Path, str]]:
    """Files to read (folders expanded, sorted) with the name used in messages."""
    if not paths:
        raise InputError("no input given: pass one or more files or folders")
    found: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            children = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in INGESTIBLE and not p.name.startswith(".")
            )
            if not children:
                raise InputError(
                    f"{raw}: folder holds no files to ingest ({', '.join(sorted(INGESTIBLE))})"
                )
            found.extend((child, str(child)) for child in children)
        elif path.is_file():
            found.append((path, str(raw)))
        else:
            raise InputError(f"{raw}: no such file or folder")
    return found


def _open_sources(paths: Sequence[str | Path], options: IngestOptions) -> list[_Source]:
    if options.fmt not in FORMATS:
        raise InputError(f"unknown format {options.fmt!r}: use one of {', '.join(FORMATS)}")
    if options.source_type and options.source_type not in SOURCE_TYPES:
        raise InputError(
            f"unknown source type {options.source_type!r}: use one of {', '.join(SOURCE_TYPES)}"
        )
    sources = []
    for path, given in collect_files(paths):
        label = options.names.get(str(path), given)
        text, _encoding = read_text(path)
        parser, default_type = parser_for(options.fmt, path, text)
        sources.append(_Source(path, label, text, parser, default_type))
    return sources


@dataclass
class _Items:
    """Every source's raw items (or parse rejects), each with its source's normaliser:
    parsing is quick, normalising (redaction) is the slow part and is done batch by batch."""

    items: list[tuple[Normaliser, RawItem | Reject]]
    normalisers: list[Normaliser]

    def redactions(self) -> dict[str, Counter[str]]:
        """The placeholders put in per record id, once the items are normalised."""
        merged: dict[str, Counter[str]] = {}
        for normalise in self.normalisers:
            merged |= normalise.redactions
        return merged


def _read_items(
    sources: Iterable[_Source], options: IngestOptions, settings_redact: bool, salt: str
) -> _Items:
    items: list[tuple[Normaliser, RawItem | Reject]] = []
    normalisers: list[Normaliser] = []
    for source in sources:
        normalise = Normaliser(
            options.workspace,
            default_source_type=source.default_type,
            forced_source_type=options.source_type,
            redact_pii=settings_redact,
            salt=salt,
        )
        normalisers.append(normalise)
        items.extend(
            (normalise, item)
            for item in source.parser(source.text, source.label, options.field_map)
        )
    return _Items(items, normalisers)


def _normalise(chunk: Iterable[tuple[Normaliser, RawItem | Reject]]) -> Iterator[Record | Reject]:
    for normalise, item in chunk:
        yield item if isinstance(item, Reject) else normalise(item)


def read_records(
    paths: Sequence[str | Path],
    options: IngestOptions,
    redact_pii: bool = True,
    salt: str = "journey-audit",
) -> tuple[list[Record], list[Reject]]:
    """Parse and normalise files into records without storing anything (evals, previews)."""
    read = _read_items(_open_sources(paths, options), options, redact_pii, salt)
    records: list[Record] = []
    rejects: list[Reject] = []
    for result in _normalise(read.items):
        (rejects if isinstance(result, Reject) else records).append(result)  # type: ignore[arg-type]
    return records, rejects


@dataclass
class _Tally:
    """What an import has done so far: the rejects, the duplicates, the new records."""

    rejects: list[Reject] = field(default_factory=list)
    fresh: list[Record] = field(default_factory=list)
    duplicates: int = 0
    known: set[str] = field(default_factory=set)  # content hashes stored or seen in this import
    # for each batch yielded, how many items had been read by then: progress is reported as
    # each batch is written, not when it is read (reading runs ahead of the writes)
    read_marks: deque[int] = field(default_factory=deque)


def _fresh_batches(
    services: Services, workspace: str, read: _Items, tally: _Tally, progress: ProgressFn | None
) -> Iterator[list[Record]]:
    """Normalise the items a batch at a time and yield the records not stored yet (the first
    copy wins within the import); rejects and duplicates go to ``tally``. Normalising the
    next batch happens while the lane embeds this one. ``progress`` (a dry run's) is told as
    each batch is read."""
    total = len(read.items)
    for start in range(0, total, BATCH):
        records: list[Record] = []
        for result in _normalise(read.items[start : start + BATCH]):
            (tally.rejects if isinstance(result, Reject) else records).append(result)  # type: ignore[arg-type]
        stored = services.records.existing_hashes(workspace, [r.content_hash for r in records])
        fresh: list[Record] = []
        for record in records:
            if record.content_hash in stored or record.content_hash in tally.known:
                tally.duplicates += 1
                continue
            tally.known.add(record.content_hash)
            fresh.append(record)
        tally.fresh.extend(fresh)
        if fresh:
            tally.read_marks.append(min(start + BATCH, total))
            yield fresh
        if progress:
            progress(min(start + BATCH, total), total)


def _store(
    services: Services,
    workspace: str,
    batches: Iterator[list[Record]],
    tally: _Tally,
    expected: int,
    progress: ProgressFn | None,
) -> set[str]:
    """Embed the batches ahead (see :mod:`assistant.index.embed_lanes`) while each is
    written and the next are read. Returns the ids stored: a concurrent import
    may have stored some of them meanwhile.

    Each batch is stored whole or not at all: its rows go into SQL in one transaction, and
    when its vectors cannot be written (the Chroma server went down, the disk is full) the
    rows are taken out again before the error goes up, so a failed import leaves the
    batches before it stored and indexed and nothing of the rest. ``progress`` is told the
    items read up to each batch once that batch is written."""
    vectors_index = services.vectors(workspace)
    if isinstance(vectors_index.client, ChromaServer):
        vectors_index.count()  # a server that is down refuses the import before anything is stored
    stored: set[str] = set()

    with closing(embedded_batches(services.embedder, batches, _text, expected)) as embedded:
        for batch, vectors in embedded:  # the next batches are read and embedded meanwhile
            inserted = services.records.add(batch)
            keep = [i for i, r in enumerate(batch) if r.id in inserted]
            if keep:
                ids = [batch[i].id for i in keep]
                try:
                    metadata = [record_metadata(batch[i]) for i in keep]
                    vectors_index.upsert(ids, vectors[keep], metadata)
                except BaseException:
                    _take_back(services, ids)
                    raise
            stored.update(inserted)
            if progress:
                progress(tally.read_marks.popleft(), expected)
    if progress:
        progress(expected, expected)  # the duplicates and rejects after the last batch
    return stored


def _text(record: Record) -> str:
    return record.text


def _take_back(services: Services, ids: list[str]) -> None:
    """Remove the rows of a batch whose vectors failed; when even that fails (the database
    went too), the index is behind: `journey doctor` shows it, `journey reindex` repairs it."""
    try:
        services.records.delete(ids)
    except Exception:
        log.warning(
            "%d stored records could not be taken back after the index failed: "
            "run `journey doctor`",
            len(ids),
            exc_info=True,
        )


def ingest(
    services: Services,
    paths: Sequence[str | Path],
    options: IngestOptions,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Read, normalise, redact, de-duplicate, store and index; return what happened."""
    started = time.perf_counter()
    check_workspace(options.workspace)
    sources = _open_sources(paths, options)
    settings = services.settings
    read = _read_items(sources, options, settings.redact_pii, settings.customer_salt)
    tally = _Tally()
    if options.dry_run:
        for _batch in _fresh_batches(services, options.workspace, read, tally, progress):
            pass
        fresh = tally.fresh
    else:
        batches = _fresh_batches(services, options.workspace, read, tally, None)
        stored = _store(services, options.workspace, batches, tally, len(read.items), progress)
        if tally.fresh:
            services.keyword_index(options.workspace)  # rebuilt now, not on the first search
        fresh = [r for r in tally.fresh if r.id in stored]
    duplicates = (
        tally.duplicates + len(tally.fresh) - len(fresh)
    )  # a concurrent import stored some first
    rejects = tally.rejects
    redactions = read.redactions()
    report = IngestReport(
        workspace=options.workspace,
        dry_run=options.dry_run,
        read=len(read.items),
        stored=len(fresh),
        duplicates=duplicates,
        rejected=len(rejects),
        rejects=rejects,
        # like the counts by source and language: what was stored, not what was rejected
        redactions=dict(sorted(sum((redactions[r.id] for r in fresh), Counter()).items())),
        by_source=dict(sorted(Counter(r.source_type for r in fresh).items())),
        by_language=dict(sorted(Counter(r.language for r in fresh).items())),
        files=[s.label for s in sources],
        seconds=round(time.perf_counter() - started, 3),
    )
    assert report.balanced(), "ingest counts do not add up"
    return report


def reindex(services: Services, workspace: str, progress: ProgressFn | None = None) -> int:
    """Rebuild the vector and keyword index of a workspace from SQL; return the record count."""
    check_workspace(workspace)
    index = services.vectors(workspace)
    index.reset()
    total = services.records.count(workspace)
    done = 0
    batches = services.records.iter_records(workspace, batch=BATCH)
    with closing(embedded_batches(services.embedder, batches, _text, total)) as embedded:
        for batch, vectors in embedded:
            labels = services.tags.labels([r.id for r in batch])
            metadata = [record_metadata(r, labels.get(r.id)) for r in batch]
            index.upsert([r.id for r in batch], vectors, metadata)
            done += len(batch)
            if progress:
                progress(done, total)
    services.keyword_index(workspace, rebuild=True)
    return total
