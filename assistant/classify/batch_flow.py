"""Tagging through the OpenAI Batch API: submit, poll, import, resumable from the job row.

``run_batch_job`` does one step of a workspace's batch job and returns where it stands:

- **submit** (no open job): the records still to tag, chosen as ``run_tag_job`` chooses
  them, are answered from the tag cache where it knows them, empty texts are tagged by the
  fallback (as the classifier does); each other record becomes one request carrying the
  classifier's own prompt and response format. Requests go into input files of at most
  50,000 lines / 200 MB, each uploaded and started as a batch; every batch id is saved in
  the job row (``stats``) as soon as it exists, so a later run never submits twice.
- **poll**: each unfinished batch is asked for its status and counts.
- **import**: a finished batch's output and error files are read; each answer is checked
  by the classifier's own validation and saved as a tag (and cached), a bad or failed
  line is reported with its record id and reason and never becomes a label. Progress
  (lines done per file) is saved with the tags, so importing again stores nothing twice.

A request that gave no tag leaves its record untagged: `journey tag --only-untagged`
tags it the ordinary way. Results for records erased or tagged otherwise (by a person,
say) since the submission are skipped.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.classify.base import Item, Tag
from assistant.classify.batch_api import (
    MAX_BYTES,
    MAX_REQUESTS,
    BatchPart,
    BatchState,
    FilePlan,
    Problem,
    ResultLine,
    custom_ids,
    parse_result_line,
    remaining_after,
    request_line,
)
from assistant.classify.jobs import cache_key, text_hash
from assistant.classify.llm import LLMClassifier, price_for
from assistant.errors import ConfigError, JourneyError
from assistant.index.vector import record_metadata
from assistant.models import Record
from assistant.store.batch_jobs import BatchJobs
from assistant.store.db import JobRow, chunks

if TYPE_CHECKING:
    from openai import OpenAI

    from assistant.services import Services

PAGE = 500  # records read, and result lines imported, per step


@dataclass
class BatchContext:
    """What a batch job works with: the store, the classifier whose prompts and checks it
    uses (one item per request), the OpenAI client and the API's model name."""

    services: Services
    workspace: str
    classifier: LLMClassifier
    client: OpenAI
    model: str
    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES
    page: int = PAGE

    def __post_init__(self) -> None:
        if self.classifier.batch_size != 1:
            raise ValueError("the Batch API sends one item per request: use batch_size=1")


class BatchReport(BaseModel):
    """Where a batch job stands. ``requests`` = tagged + failed + skipped + pending;
    ``total`` = cached + empty + requests."""

    job_id: int
    workspace: str
    model: str
    status: str  # submitted (this run) | waiting | done
    total: int
    requests: int
    cached: int
    empty: int
    tagged: int
    failed: int
    skipped: int
    pending: int
    batches: list[BatchPart]
    problems: list[Problem]
    prompt_tokens: int
    completion_tokens: int
    estimated_cost_usd: float | None


def run_batch_job(
    ctx: BatchContext,
    *,
    only_untagged: bool = False,
    wait: bool = False,
    poll_seconds: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    on_poll: Callable[[BatchState], None] | None = None,
) -> BatchReport:
    """Submit a new job, or poll (and import) the open one; with ``wait``, poll every
    ``poll_seconds`` until every batch is finished and imported."""
    jobs = BatchJobs(ctx.services.tags.db)
    job = jobs.open_job(ctx.workspace, ctx.classifier.taxonomy.phase_model)
    submitted = False
    if job is None:
        job = _new_job(ctx, jobs, only_untagged)
    state = _state_of(ctx, job)
    if state.submitting:
        _submit(ctx, job, state)
        submitted = True
    while True:
        _poll(ctx, state)
        _import(ctx, job, state)
        if on_poll is not None:
            on_poll(state)
        if state.finished or not wait:
            break
        sleep(poll_seconds)
    if state.finished:
        ctx.services.tags.update_job(job.id, status="done", stats=state.as_stats())
    status = "done" if state.finished else "submitted" if submitted else "waiting"
    return _report(ctx, job.id, state, status)


# --- the job row ------------------------------------------------------------------------


def _new_job(ctx: BatchContext, jobs: BatchJobs, only_untagged: bool) -> JobRow:
    classifier = ctx.classifier
    job = jobs.create(
        ctx.workspace, classifier.name, classifier.taxonomy.phase_model, only_untagged, {}
    )
    state = BatchState(
        model=classifier.model_name,
        prompt_version=classifier.prompt_version,
        taxonomy_version=classifier.taxonomy.version,
        submitted_at=job.created_at,
    )
    ctx.services.tags.update_job(job.id, stats=state.as_stats())
    job.stats = state.as_stats()
    return job


def _state_of(ctx: BatchContext, job: JobRow) -> BatchState:
    state = BatchState.from_stats(job.stats)
    if state is None:
        raise JourneyError(f"batch job {job.id} has no batch state; it cannot be resumed")
    classifier = ctx.classifier
    now = (classifier.model_name, classifier.prompt_version, classifier.taxonomy.version)
    then = (state.model, state.prompt_version, state.taxonomy_version)
    if now != then:
        raise ConfigError(
            f"batch job {job.id} was submitted with {' / '.join(then)}, this run would "
            f"check its answers with {' / '.join(now)}: set JOURNEY_LLM back until it is done"
        )
    return state


def _store(
    ctx: BatchContext,
    job: JobRow,
    state: BatchState,
    tags: Sequence[Tag],
    records: dict[str, Record],
    cached: int = 0,
) -> None:
    """Tags, the job's progress and its state in SQL; the records' vector labels."""
    ctx.services.tags.save_batch(ctx.workspace, job.id, tags, cached, state.as_stats())
    if tags:
        ctx.services.vectors(ctx.workspace).update_metadata(
            [t.item_id for t in tags],
            [record_metadata(records[t.item_id], (t.phase, t.emotion)) for t in tags],
        )


# --- submit -----------------------------------------------------------------------------


def _submit(ctx: BatchContext, job: JobRow, state: BatchState) -> None:
    store, phase_model = ctx.services.tags, ctx.classifier.taxonomy.phase_model
    since = None if job.only_untagged else job.created_at
    ids = store.untagged_ids(
        ctx.workspace,
        phase_model,
        since,
        max(1, store.count_untagged(ctx.workspace, phase_model, since)),
    )
    if state.batches:  # a submission that stopped half-way: send only the rest
        ids = remaining_after(ids, state.batches[-1].last_id)
    current = store.job(job.id)
    done = current.done if current is not None else 0
    store.update_job(job.id, total=done + state.requests + len(ids))
    plan = FilePlan(ctx.max_requests, ctx.max_bytes)
    sent: list[str] = []
    with tempfile.TemporaryFile() as spool:
        for page in chunks(ids, ctx.page):
            records = ctx.services.records.get_many(ctx.workspace, page)
            items = [
                Item(id=i, text=records[i].text, rating=records[i].rating)
                for i in page
                if i in records
            ]
            todo = _answer_known(ctx, job, state, items, records)
            for batch, prompt, schema in ctx.classifier.requests_for(todo):
                [item] = batch
                line = request_line(item.id, ctx.model, prompt, schema)
                if not plan.fits(line):
                    _send(ctx, job, state, spool, plan, sent)
                spool.write(line)
                plan.add(line)
                sent.append(item.id)
        if plan.requests:
            _send(ctx, job, state, spool, plan, sent)
    state.submitting = False
    store.update_job(job.id, status="submitted", stats=state.as_stats())


def _answer_known(
    ctx: BatchContext, job: JobRow, state: BatchState, items: list[Item], records: dict[str, Record]
) -> list[Item]:
    """Tag what the cache knows and the empty texts now; returns the items to send."""
    classifier = ctx.classifier
    keys = {item.id: cache_key(item, classifier) for item in items}
    known = ctx.services.tags.cached(list(keys.values()))
    hits = [
        Tag.model_validate(
            {**{k: v for k, v in known[keys[i.id]].items() if k != "tagged_at"}, "item_id": i.id}
        )
        for i in items
        if keys[i.id] in known
    ]
    rest = [i for i in items if keys[i.id] not in known]
    empties = [i for i in rest if not i.text.strip()]
    backup = classifier.fallback.classify(empties) if empties else []
    if hits or backup:
        state.cached += len(hits)
        state.empty += len(backup)
        _store(ctx, job, state, [*hits, *backup], records, cached=len(hits))
    return [i for i in rest if i.text.strip()]


def _send(
    ctx: BatchContext,
    job: JobRow,
    state: BatchState,
    spool: IO[bytes],
    plan: FilePlan,
    sent: list[str],
) -> None:
    """Upload the spooled requests as one file, start its batch, remember it at once."""
    part = len(state.batches) + 1
    spool.seek(0)
    upload = ctx.client.files.create(
        file=(f"journey-job{job.id}-part{part}.jsonl", spool, "application/jsonl"),
        purpose="batch",
    )
    batch = ctx.client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"journey_job": str(job.id), "workspace": ctx.workspace, "part": str(part)},
    )
    state.batches.append(
        BatchPart(
            id=batch.id,
            input_file_id=upload.id,
            requests=plan.requests,
            first_id=sent[0],
            last_id=sent[-1],
            status=batch.status,
        )
    )
    ctx.services.tags.update_job(job.id, stats=state.as_stats())
    spool.seek(0)
    spool.truncate()
    plan.reset()
    sent.clear()


# --- poll and import --------------------------------------------------------------------


def _poll(ctx: BatchContext, state: BatchState) -> None:
    for part in state.batches:
        if part.final:
            continue
        batch = ctx.client.batches.retrieve(part.id)
        part.status = batch.status
        part.output_file_id = batch.output_file_id
        part.error_file_id = batch.error_file_id
        if batch.request_counts is not None:
            part.completed = batch.request_counts.completed
            part.failed = batch.request_counts.failed
        if batch.errors is not None and batch.errors.data:
            part.errors = [
                ": ".join(str(x) for x in (e.code, e.message) if x) for e in batch.errors.data
            ]


def _import(ctx: BatchContext, job: JobRow, state: BatchState) -> None:
    for part in state.batches:
        if not part.final or part.imported:
            continue
        seen: set[str] = set()
        for kind, file_id in (("output", part.output_file_id), ("error", part.error_file_id)):
            if not file_id:
                continue
            text = ctx.client.files.content(file_id).text
            results = [parse_result_line(line) for line in text.splitlines() if line.strip()]
            seen.update(r.custom_id for r in results if r.custom_id)
            for start in range(part.lines_done.get(kind, 0), len(results), ctx.page):
                part.lines_done[kind] = min(start + ctx.page, len(results))
                _import_lines(ctx, job, state, results[start : start + ctx.page])
        if len(seen) < part.requests:
            reason = f"no answer: batch {part.id} {part.status}"
            if part.errors:
                reason += f" ({'; '.join(part.errors[:3])})"
            for record_id in _sent_ids(ctx, part):
                if record_id not in seen:
                    state.problem(record_id, reason)
        part.imported = True
        ctx.services.tags.update_job(job.id, stats=state.as_stats())


def _sent_ids(ctx: BatchContext, part: BatchPart) -> list[str]:
    """The record ids a batch's input file asked about."""
    return custom_ids(ctx.client.files.content(part.input_file_id).text)


def _import_lines(
    ctx: BatchContext, job: JobRow, state: BatchState, results: list[ResultLine]
) -> None:
    classifier, store = ctx.classifier, ctx.services.tags
    records = ctx.services.records.get_many(
        ctx.workspace, [r.custom_id for r in results if r.custom_id]
    )
    current = store.for_records(list(records), classifier.taxonomy.phase_model)
    good: list[Tag] = []
    remember: dict[str, dict[str, Any]] = {}
    hashes: dict[str, str] = {}
    for result in results:
        state.prompt_tokens += result.input_tokens
        state.completion_tokens += result.output_tokens
        if result.custom_id is None:
            continue  # unreadable: its request counts as unanswered
        record = records.get(result.custom_id)
        newer = current.get(result.custom_id)
        if record is None or (
            newer is not None
            and newer.tagged_at >= state.submitted_at
            and newer.classifier != classifier.name
        ):
            state.skipped += 1  # erased, or tagged otherwise since the submission
            continue
        if result.error is not None:
            state.problem(record.id, result.error)
            continue
        item = Item(id=record.id, text=record.text, rating=record.rating)
        tags, problems = classifier.check_answer(result.data, [item])
        if item.id not in tags:
            kind, text = problems[item.id]
            state.problem(item.id, f"{kind}: {text}")
            continue
        good.append(tags[item.id])
        key = cache_key(item, classifier)
        remember[key] = tags[item.id].model_dump(mode="json")
        hashes[key] = text_hash(item.text)
    state.tagged += len(good)
    store.remember(remember, hashes)
    _store(ctx, job, state, good, records)


# --- the report -------------------------------------------------------------------------


def _report(ctx: BatchContext, job_id: int, state: BatchState, status: str) -> BatchReport:
    price = price_for(state.model)
    cost = None
    if price is not None:  # the Batch API costs half the synchronous price
        cost = (state.prompt_tokens * price[0] + state.completion_tokens * price[1]) / 2e6
    return BatchReport(
        job_id=job_id,
        workspace=ctx.workspace,
        model=state.model,
        status=status,
        total=state.cached + state.empty + state.requests,
        requests=state.requests,
        cached=state.cached,
        empty=state.empty,
        tagged=state.tagged,
        failed=state.failed,
        skipped=state.skipped,
        pending=state.pending,
        batches=state.batches,
        problems=state.problems,
        prompt_tokens=state.prompt_tokens,
        completion_tokens=state.completion_tokens,
        estimated_cost_usd=cost,
    )
