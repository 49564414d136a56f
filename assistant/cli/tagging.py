"""Commands that tag: tag (bulk, resumable), classify (stateless JSONL), correct."""

from __future__ import annotations

import getpass
import threading
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.markup import escape

from assistant.cli.data import JsonOpt, WorkspaceOpt, open_services, workspace_name
from assistant.cli.ui import err, out, preparing, print_json, progress

ClassifierOpt = Annotated[
    str, typer.Option("--classifier", help="auto (LLM when configured, else local), local or llm.")
]
ConcurrencyOpt = Annotated[
    int, typer.Option("--concurrency", min=1, max=64, help="Parallel model calls (LLM).")
]
LocalModelOpt = Annotated[
    Literal["fast", "accurate"] | None,
    typer.Option(
        "--local-model",
        help="Local classifier: fast (about 900 items/s) or accurate (adds the bundled e5 "
        "encoder: better tags, about 70 items/s). Default: JOURNEY_LOCAL_MODEL or fast.",
    ),
]
BatchOpt = Annotated[
    int, typer.Option("--batch-size", min=1, max=50, help="Items per model call (LLM).")
]


def tag(
    workspace: WorkspaceOpt = None,
    only_untagged: Annotated[
        bool, typer.Option("--only-untagged", help="Leave records that have a tag.")
    ] = False,
    classifier: ClassifierOpt = "auto",
    concurrency: ConcurrencyOpt = 4,
    batch_size: BatchOpt = 1,
    local_model: LocalModelOpt = None,
    queue: Annotated[
        bool,
        typer.Option(
            "--queue",
            help="Queue the job for `journey worker` even when none runs yet (and return). "
            "Without it the job is queued when a worker runs, else tagged here.",
        ),
    ] = False,
    batch_api: Annotated[
        bool,
        typer.Option(
            "--batch-api",
            help="Through the OpenAI Batch API (half price, results within 24 h): submits "
            "the records, or, when a batch job is open, checks it and imports what is done.",
        ),
    ] = False,
    wait: Annotated[
        bool, typer.Option("--wait", help="With --batch-api: poll until every batch is done.")
    ] = False,
    poll_seconds: Annotated[
        float, typer.Option("--poll-seconds", min=1, help="With --wait: seconds between polls.")
    ] = 60,
    as_json: JsonOpt = False,
) -> None:
    """Tag every record of a workspace by phase and emotion (resumes an unfinished job).
    With workers running (`journey worker`, `journey serve`) the job goes to them."""
    from assistant.classify.factory import build_classifier
    from assistant.classify.jobs import run_tag_job
    from assistant.usecases.worker import live_workers

    if batch_api:
        from assistant.cli.batch_api import tag_batch_api

        tag_batch_api(workspace, only_untagged, wait, poll_seconds, as_json)
        return

    services = open_services(local_model=local_model)
    stop = threading.Event()
    try:
        ws = workspace_name(services, workspace)
        workers = [] if queue else live_workers(services)
        if queue or workers:
            _queued(services, ws, only_untagged, classifier, follow=not queue, as_json=as_json)
            return
        with preparing(not as_json, services.settings.local_model):
            model = build_classifier(
                services, classifier, workspace=ws, concurrency=concurrency, batch_size=batch_size
            )
        with progress("Tagging", enabled=not as_json) as bar:
            try:
                report = run_tag_job(
                    services, ws, model, only_untagged=only_untagged, progress=bar, stop=stop
                )
            except KeyboardInterrupt:
                stop.set()
                err.print("Stopped. Run `journey tag` again to finish the job.")
                raise typer.Exit(130) from None
    finally:
        services.close()
    if as_json:
        print_json(report)
        return
    state = "resumed job" if report.resumed else "job"
    out.print(
        f"{state} {report.job_id} ({report.classifier}) in {escape(ws)}: "
        f"tagged {report.tagged} of {report.total} in {report.seconds:.1f} s · "
        f"from cache {report.cached} · fallbacks {report.fallbacks}"
    )
    if report.stats:
        s = report.stats
        cost = s.get("estimated_cost_usd")
        out.print(
            f"model {s.get('model')}: {s.get('calls')} calls, {s.get('retries')} retries, "
            f"{s.get('reasks')} re-asks, {s.get('prompt_tokens')} + "
            f"{s.get('completion_tokens')} tokens, est. cost "
            + (f"${cost:.4f}" if cost is not None else "unknown for this model")
        )
        if s.get("failures_by_kind"):
            out.print(
                "  failures: " + ", ".join(f"{k} {v}" for k, v in s["failures_by_kind"].items())
            )
    if report.interrupted:
        out.print("Interrupted: run `journey tag` again to finish.")


def _queued(
    services: Any, ws: str, only_untagged: bool, classifier: str, *, follow: bool, as_json: bool
) -> None:
    """`journey tag` with workers: queue the job, then (unless --queue) follow it."""
    from assistant.usecases.tagging import queue_tag_job
    from assistant.usecases.worker import follow_job, live_workers

    job = queue_tag_job(
        services, ws, only_untagged=only_untagged, classifier=classifier, origin="queue"
    )
    if not as_json:
        running = len(live_workers(services))
        err.print(
            f"Queued job {job.id}: {job.total} records in {escape(ws)}, "
            f"for {running} running worker(s)" + ("" if follow else "; `journey worker` tags it")
        )
    if follow:
        with progress("Tagging (workers)", enabled=not as_json) as bar:
            try:
                job = follow_job(services, job.id, progress=bar, said=err.print)
            except KeyboardInterrupt:
                err.print(f"Stopped following; job {job.id} goes on in the workers.")
                raise typer.Exit(130) from None
    if as_json:
        print_json(job)
        return
    out.print(
        f"job {job.id} in {escape(ws)}: {job.status}, tagged {job.done} of {job.total}"
        + (f" · error: {job.error}" if job.error else "")
    )
    if job.status == "failed":
        raise typer.Exit(1)


def classify(
    source: Annotated[
        Path, typer.Argument(help="JSONL with 'id' and 'text' per line (and optionally 'rating').")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the tags.")],
    classifier: ClassifierOpt = "auto",
    phase_model: Annotated[
        str, typer.Option("--phase-model", help="Phase model id or YAML.")
    ] = "journey7",
    concurrency: ConcurrencyOpt = 4,
    batch_size: BatchOpt = 1,
    local_model: LocalModelOpt = None,
) -> None:
    """Tag a JSONL file without storing anything: one output line per input, same order."""
    from assistant.classify.factory import build_classifier
    from assistant.classify.jobs import classify_file
    from assistant.usecases.tagging import redacted

    services = open_services(local_model=local_model)
    try:
        with preparing(local_model=services.settings.local_model):
            model = build_classifier(
                services,
                classifier,
                phase_model=phase_model,
                concurrency=concurrency,
                batch_size=batch_size,
            )
        with progress("Classifying") as bar:
            count = classify_file(
                model, source, output, progress=bar, prepare=partial(redacted, services)
            )
    finally:
        services.close()
    err.print(f"Wrote {count} tags to {output}")


def correct(
    record_id: Annotated[str, typer.Argument(help="Record id (see `journey search --json`).")],
    phase: Annotated[str, typer.Option("--phase", help="The right phase.")],
    emotion: Annotated[str, typer.Option("--emotion", help="The right emotion.")],
    workspace: WorkspaceOpt = None,
    who: Annotated[str | None, typer.Option("--who", help="Your name (default: login).")] = None,
) -> None:
    """Correct a record's tag; the local classifier learns from it the next time it tags."""
    from assistant.usecases.records import correct as store_correction

    services = open_services()
    try:
        ws = workspace_name(services, workspace)
        who = who or getpass.getuser()
        learned = store_correction(services, ws, record_id, phase, emotion, who)
    finally:
        services.close()
    out.print(
        f"Corrected {record_id}: {phase} / {emotion}. "
        f"The classifier now learns from {learned} correction(s) in {ws}."
    )


def register(app: typer.Typer) -> None:
    from assistant.cli.worker import worker

    for command in (tag, worker, classify, correct):
        app.command()(command)
