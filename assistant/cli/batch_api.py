"""`journey tag --batch-api`: submit to the OpenAI Batch API, or poll and import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape

from assistant.cli.data import open_services, workspace_name
from assistant.cli.ui import err, out, print_json

if TYPE_CHECKING:
    from assistant.classify.batch_api import BatchState
    from assistant.classify.batch_flow import BatchReport

SHOWN_PROBLEMS = 20


def tag_batch_api(
    workspace: str | None, only_untagged: bool, wait: bool, poll_seconds: float, as_json: bool
) -> None:
    from assistant.usecases.batch_tagging import tag_by_batch_api

    def said(state: BatchState) -> None:
        if wait and not as_json and not state.finished:
            err.print(f"waiting: {state.pending} of {state.requests} requests still running")

    services = open_services()
    try:
        ws = workspace_name(services, workspace)
        report = tag_by_batch_api(
            services,
            ws,
            only_untagged=only_untagged,
            wait=wait,
            poll_seconds=poll_seconds,
            on_poll=said,
        )
    finally:
        services.close()
    if as_json:
        print_json(report)
    else:
        show(report)


def show(report: BatchReport) -> None:
    out.print(
        f"batch job {report.job_id} ({escape(report.model)}) in {escape(report.workspace)}: "
        f"{report.status} · {report.total} records: from cache {report.cached}, empty "
        f"{report.empty}, sent {report.requests} (tagged {report.tagged}, failed "
        f"{report.failed}, skipped {report.skipped}, waiting {report.pending})"
    )
    for part in report.batches:
        line = (
            f"  {part.id}: {part.status}, {part.requests} requests "
            f"({part.completed} completed, {part.failed} failed)"
        )
        out.print(line + (f" · {escape('; '.join(part.errors))}" if part.errors else ""))
    for problem in report.problems[:SHOWN_PROBLEMS]:
        out.print(f"  not tagged {escape(problem.record_id)}: {escape(problem.reason)}")
    if report.failed > SHOWN_PROBLEMS:
        out.print(f"  ... {report.failed - SHOWN_PROBLEMS} more (see --json)")
    if report.failed:
        out.print(
            "Records that got no tag stay untagged: `journey tag --only-untagged` tags them "
            "the ordinary way (or `--batch-api --only-untagged` in a new batch)."
        )
    if report.status != "done":
        out.print(
            "Batches take up to 24 h: run `journey tag --batch-api` again to check and "
            "import (add --wait to keep polling)."
        )
    elif report.estimated_cost_usd is not None:
        out.print(
            f"{report.prompt_tokens} + {report.completion_tokens} tokens, "
            f"est. cost ${report.estimated_cost_usd:.4f} (batch price)"
        )
