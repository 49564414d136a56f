"""Commands over a workspace's data: ingest, search, reindex, workspaces."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from assistant.cli.ui import out, print_json, progress
from assistant.text import shorten
from assistant.usecases.dates import parse_since

if TYPE_CHECKING:
    from assistant.models import IngestReport, SearchHit
    from assistant.services import Services

WorkspaceOpt = Annotated[
    str | None,
    typer.Option("--workspace", "-w", help="Workspace (default: JOURNEY_WORKSPACE or 'default')."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of text.")]
MAX_REJECTS_SHOWN = 20


def open_services(**overrides: object) -> Services:
    """Services from the environment; ``overrides`` (a command's options, None = not given)
    take precedence over the JOURNEY_ variables."""
    from assistant.services import Services
    from assistant.settings import load_settings

    given = {k: v for k, v in overrides.items() if v is not None}
    return Services(load_settings(**given)) if given else Services()


def workspace_name(services: Services, given: str | None) -> str:
    return given or services.settings.workspace


def print_report(report: IngestReport) -> None:
    verb = "would store" if report.dry_run else "stored"
    out.print(
        f"[bold]{escape(report.workspace)}[/]: read {report.read} · {verb} {report.stored} · "
        f"duplicates {report.duplicates} · rejected {report.rejected}  ({report.seconds:.1f} s)"
    )
    if report.by_source:
        out.print("  by source:   " + ", ".join(f"{k} {v}" for k, v in report.by_source.items()))
    if report.by_language:
        out.print("  by language: " + ", ".join(f"{k} {v}" for k, v in report.by_language.items()))
    if report.redactions:
        out.print("  redacted:    " + ", ".join(f"{k} {v}" for k, v in report.redactions.items()))
    if report.rejects:
        out.print(f"[yellow]Rejected rows ({report.rejected}):[/]")
        for reject in report.rejects[:MAX_REJECTS_SHOWN]:
            where = f"{reject.file}:{reject.line}" if reject.line else reject.file
            out.print(f"  {escape(where)}: {escape(reject.reason)}")
        if report.rejected > MAX_REJECTS_SHOWN:
            out.print(f"  … and {report.rejected - MAX_REJECTS_SHOWN} more (use --json for all)")


def print_hits(hits: list[SearchHit]) -> None:
    if not hits:
        out.print("No matching records.")
        return
    for number, hit in enumerate(hits, start=1):
        when = hit.created_at.date().isoformat() if hit.created_at else "no date"
        tags = f" · {hit.phase}/{hit.emotion}" if hit.phase else ""
        ref = hit.external_id or hit.record_id
        head = f"[cyan]{hit.source_type}[/] {escape(ref)} · {hit.language} · {when}"
        out.print(f"[bold]{number:>2}.[/] {head}{escape(tags)} · score {hit.score:.4f}")
        out.print(f"    {escape(shorten(hit.text, 220))}")


def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders to read.", show_default=False)
    ],
    workspace: WorkspaceOpt = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="auto|csv|json|jsonl|chat|zendesk|intercom|reviews (default: auto).",
        ),
    ] = "auto",
    source_type: Annotated[
        str | None, typer.Option("--source-type", help="review|chat|ticket|survey for every item.")
    ] = None,
    field_map: Annotated[
        str | None,
        typer.Option("--map", help="Which column holds what, e.g. text=body,created_at=date."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check everything, store nothing.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Read reviews, chat logs and tickets; redact personal data; store and index them."""
    from assistant.ingest.pipeline import IngestOptions
    from assistant.ingest.pipeline import ingest as run_ingest
    from assistant.ingest.tabular import parse_field_map

    services = open_services()
    try:
        options = IngestOptions(
            workspace=workspace_name(services, workspace),
            fmt=fmt.lower(),
            source_type=source_type.lower() if source_type else None,
            field_map=parse_field_map(field_map),
            dry_run=dry_run,
        )
        with progress("Embedding and storing", enabled=not as_json) as bar:
            report = run_ingest(services, paths, options, progress=bar)
    finally:
        services.close()
    print_json(report) if as_json else print_report(report)


def search(
    query: Annotated[str, typer.Argument(help="What to look for, in any language.")],
    workspace: WorkspaceOpt = None,
    phase: Annotated[
        str | None, typer.Option("--phase", help="Only records tagged with this phase.")
    ] = None,
    emotion: Annotated[str | None, typer.Option("--emotion", help="Only this emotion.")] = None,
    source_type: Annotated[
        str | None, typer.Option("--source-type", help="review|chat|ticket|survey.")
    ] = None,
    language: Annotated[str | None, typer.Option("--language", help="nl, en or other.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="A date (2026-03-01) or age (90d).")
    ] = None,
    k: Annotated[int, typer.Option("-k", min=1, max=200, help="How many results.")] = 10,
    as_json: JsonOpt = False,
) -> None:
    """Find evidence: meaning across Dutch and English, exact order numbers and product names."""
    from assistant.models import SearchFilters
    from assistant.search import search as run_search

    filters = SearchFilters(
        phase=phase,
        emotion=emotion,
        source_type=source_type,
        language=language,
        since=parse_since(since, option="--since"),
    )
    services = open_services()
    try:
        ws = workspace_name(services, workspace)
        hits = run_search(services, ws, query, filters, k)
    finally:
        services.close()
    if as_json:
        print_json(
            {"workspace": ws, "query": query, "hits": [h.model_dump(mode="json") for h in hits]}
        )
    else:
        print_hits(hits)


def reindex(workspace: WorkspaceOpt = None) -> None:
    """Rebuild the vector and keyword index of a workspace from the database."""
    from assistant.ingest.pipeline import reindex as run_reindex

    services = open_services()
    try:
        ws = workspace_name(services, workspace)
        with progress("Re-embedding") as bar:
            total = run_reindex(services, ws, progress=bar)
    finally:
        services.close()
    out.print(f"Reindexed {total} records in workspace {escape(ws)}.")


def workspaces(as_json: JsonOpt = False) -> None:
    """List the workspaces and how many records each holds."""
    services = open_services()
    try:
        counts = services.records.workspaces()
    finally:
        services.close()
    if as_json:
        print_json(counts)
    elif not counts:
        out.print("No workspaces yet: run `journey ingest FILE` or `journey demo`.")
    else:
        for name, count in sorted(counts.items()):
            out.print(f"{escape(name):<40} {count:>9,}")


def register(app: typer.Typer) -> None:
    for command in (ingest, search, reindex, workspaces):
        app.command()(command)
