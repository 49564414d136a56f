"""`journey doctor`: the database and indexes in use, and whether the indexes are in step."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from assistant.cli.data import JsonOpt, WorkspaceOpt, open_services
from assistant.cli.ui import out, print_json

if TYPE_CHECKING:
    from assistant.usecases.doctor import DoctorReport, WorkspaceHealth

EXIT_OUT_OF_STEP = 1


def _counts(health: WorkspaceHealth) -> str:
    def shown(value: int | None) -> str:
        return "-" if value is None else f"{value:,}"

    return (
        f"records {health.records:,} · vectors {shown(health.vectors)} · "
        f"keyword {shown(health.keywords)} · tags {health.tags:,}"
    )


def print_doctor(report: DoctorReport) -> None:
    behind = "" if report.schema_revision == report.schema_head else " (run `journey db upgrade`)"
    out.print(f"database  {escape(report.database)}  ({report.engine})")
    out.print(f"schema    {report.schema_revision or '-'} (newest {report.schema_head}){behind}")
    out.print(f"index     {escape(report.index)}")
    workers = ", ".join(report.workers) or "none running (`journey tag` tags in its own process)"
    out.print(f"workers   {escape(workers)} · open tag jobs {report.open_jobs}")
    if not report.workspaces:
        out.print("No workspaces yet: run `journey ingest FILE` or `journey demo`.")
    for health in report.workspaces:
        mark = "[green]ok[/]" if health.ok else "[bold red]OUT OF STEP[/]"
        out.print(f"[bold]{escape(health.workspace)}[/]: {mark} · {_counts(health)}")
        out.print(f"  {escape(health.verdict)}")


def doctor(workspace: WorkspaceOpt = None, as_json: JsonOpt = False) -> None:
    """Check that the vector and keyword index hold what the database holds, per workspace
    (exit code 1 when one is out of step; the verdict says what to run)."""
    from assistant.usecases.doctor import gather

    services = open_services()
    try:
        report = gather(services, workspace)
    finally:
        services.close()
    if as_json:
        print_json({**report.model_dump(mode="json"), "ok": report.ok})
    else:
        print_doctor(report)
    if not report.ok:
        raise typer.Exit(EXIT_OUT_OF_STEP)


def register(app: typer.Typer) -> None:
    app.command()(doctor)
