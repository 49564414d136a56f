"""Bulk tagging as a resumable job, and stateless classification of JSONL files.

A job's progress lives in SQL next to the tags it wrote, committed per batch: after a kill
the next run continues with the records that have no tag from this job, so nothing is
lost and nothing is tagged twice. Answers are cached by text hash (and rating), classifier,
model, prompt version and taxonomy version, so re-running costs no model call.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, Field

from assistant.classify.base import Classifier, Item, Tag
from assistant.errors import InputError, JourneyError
from assistant.index.vector import record_metadata
from assistant.ingest.normalize import Rejected, parse_rating
from assistant.services import Services
from assistant.store.tags import TagStore

BATCH = 256
ProgressFn = Callable[[int, int], None]


class StopFlag(Protocol):
    """Asked before every batch: a threading.Event, or a job's cancelled flag in SQL."""

    def is_set(self) -> bool: ...


class JobReport(BaseModel):
    job_id: int
    workspace: str
    classifier: str
    resumed: bool
    total: int
    tagged: int
    cached: int
    fallbacks: int
    interrupted: bool = False
    seconds: float = 0.0
    stats: dict[str, Any] = Field(default_factory=dict)


def classifier_stats(classifier: Classifier) -> dict[str, Any]:
    """Model-call figures (calls, retries, tokens, cost) of classifiers that keep them."""
    stats = getattr(classifier, "stats", None)
    return stats.as_dict() if stats is not None else {}


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def cache_key(item: Item, classifier: Classifier) -> str:
    """The item's text and rating (it weighs on the emotion) and what tags it."""
    model = getattr(classifier, "model_name", "")
    prompt = getattr(classifier, "prompt_version", "")
    rating = "" if item.rating is None else f"{item.rating:g}"
    raw = "\x1f".join(
        (
            hashlib.sha256(item.text.encode()).hexdigest() + (f"|{rating}" if rating else ""),
            classifier.name,
            model,
            prompt,
            classifier.taxonomy.version,
        )
    )
    return hashlib.sha256(raw.encode()).hexdigest()


def classify_cached(
    classifier: Classifier, items: Sequence[Item], tags: TagStore
) -> tuple[list[Tag], int]:
    """Tags for ``items`` (in order), answering from the cache where possible."""
    keys = [cache_key(i, classifier) for i in items]
    known = tags.cached(keys)
    missing = [i for i, k in zip(items, keys, strict=True) if k not in known]
    fresh = {t.item_id: t for t in classifier.classify(missing)} if missing else {}
    out: list[Tag] = []
    remember: dict[str, dict[str, Any]] = {}
    hashes: dict[str, str] = {}
    for item, key in zip(items, keys, strict=True):
        if key in known:
            stored = {k: v for k, v in known[key].items() if k != "tagged_at"}
            out.append(Tag.model_validate({**stored, "item_id": item.id}))
        else:
            tag = fresh[item.id]
            out.append(tag)
            if not tag.fallback:
                remember[key] = tag.model_dump(mode="json")
                hashes[key] = text_hash(item.text)
    tags.remember(remember, hashes)
    return out, len(items) - len(missing)


def run_tag_job(
    services: Services,
    workspace: str,
    classifier: Classifier,
    *,
    only_untagged: bool = False,
    progress: ProgressFn | None = None,
    stop: StopFlag | None = None,
    batch: int = BATCH,
) -> JobReport:
    """Tag the workspace's records in this process; resumes an unfinished job of the same
    scope. A job cancelled meanwhile stays cancelled. (Queued jobs are the workers':
    assistant/usecases/worker.py.)"""
    started = time.perf_counter()
    store = services.tags
    phase_model = classifier.taxonomy.phase_model
    job, resumed = store.open_job(workspace, classifier.name, phase_model, only_untagged)
    since = None if job.only_untagged else job.created_at
    remaining = store.count_untagged(workspace, phase_model, since)
    total = job.done + remaining
    store.update_job(job.id, total=total)
    tagged = cached = fallbacks = 0
    interrupted = False
    vectors = services.vectors(workspace)
    previous: list[str] = []
    while True:
        if stop is not None and stop.is_set():
            interrupted = True
            break
        ids = store.untagged_ids(workspace, phase_model, since, batch)
        if not ids:
            break
        if ids == previous:  # the batch did not stick: stop rather than loop
            raise JourneyError(f"tagging job {job.id} made no progress; run `journey tag` again")
        previous = ids
        records = services.records.get_many(workspace, ids)
        items = [
            Item(id=i, text=records[i].text, rating=records[i].rating) for i in ids if i in records
        ]
        try:
            tags, hits = classify_cached(classifier, items, store)
        except KeyboardInterrupt:
            interrupted = True
            break
        store.save_batch(workspace, job.id, tags, hits, classifier_stats(classifier))
        vectors.update_metadata(
            [t.item_id for t in tags],
            [record_metadata(records[t.item_id], (t.phase, t.emotion)) for t in tags],
        )
        tagged += len(tags)
        if job.done + tagged > total:  # records arrived while the job ran: count them in
            total = job.done + tagged
            store.update_job(job.id, total=total)
        cached += hits
        fallbacks += sum(1 for t in tags if t.fallback)
        if progress:
            progress(job.done + tagged, total)
    current = store.job(job.id)
    if current is None or current.status != "cancelled":
        store.update_job(job.id, status="interrupted" if interrupted else "done")
    return JobReport(
        job_id=job.id,
        workspace=workspace,
        classifier=classifier.name,
        resumed=resumed,
        total=total,
        tagged=tagged,
        cached=cached,
        fallbacks=fallbacks,
        interrupted=interrupted,
        seconds=round(time.perf_counter() - started, 2),
        stats=classifier_stats(classifier),
    )


def _item_of(line: str) -> Item:
    """One JSONL line as an item; Rejected, with the reason, when it is not one."""
    try:
        row = json.loads(line)
    except ValueError:
        raise Rejected(
            'not JSON (classify reads JSONL: one {"id": ..., "text": ...} object per '
            "line; CSV and other exports go through `journey ingest`)"
        ) from None
    if not isinstance(row, dict):
        raise Rejected(f"expected a JSON object, got {type(row).__name__}")
    if row.get("id") in (None, ""):
        raise Rejected("no 'id'")
    text = row.get("text")
    if isinstance(text, (dict, list)):
        raise Rejected(f"'text' is a JSON {type(text).__name__}, not a text")
    return Item(id=str(row["id"]), text=str(text or ""), rating=parse_rating(row.get("rating")))


def read_items(path: Path) -> list[Item]:
    """``id`` and ``text`` from each JSONL line, and ``rating`` when there is one (stars out
    of 5 or marks out of 10, as in review exports); other fields are ignored."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    items: list[Item] = []
    problems: list[str] = []
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                items.append(_item_of(line))
            except Rejected as exc:
                problems.append(f"{path}:{number}: {exc}")
    if problems:
        raise InputError(
            "cannot read these lines (each needs an 'id' and a 'text'; a 'rating' is optional, "
            "0 to 10):\n  " + "\n  ".join(problems[:20])
        )
    return items


def classify_file(
    classifier: Classifier,
    source: Path,
    target: Path,
    progress: ProgressFn | None = None,
    batch: int = 1024,
    prepare: Callable[[Sequence[Item]], list[Item]] | None = None,
) -> int:
    """Stateless: one output line per input line, same order (the contract outside tools use).
    ``prepare`` changes the items first (the CLI redacts personal data there)."""
    items = read_items(source)
    if prepare is not None:
        items = prepare(items)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with tmp.open("w", encoding="utf-8") as out:
        for start in range(0, len(items), batch):
            chunk = items[start : start + batch]
            for tag in classifier.classify(chunk):
                row = {"id": tag.item_id, **tag.model_dump(mode="json", exclude={"item_id"})}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            if progress:
                progress(min(start + batch, len(items)), len(items))
    tmp.replace(target)
    return len(items)
