"""`journey redact-check`: what an older redactor missed in the stored data, and the fix."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.data import JsonOpt, open_services
from assistant.cli.ui import out, print_json


def redact_check(
    workspace: Annotated[
        str | None, typer.Option("--workspace", "-w", help="Only this workspace (default: all).")
    ] = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Fix it: SQL, quotes, caches, vector and keyword index.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Re-run today's redactor over the stored records: report (and with --apply fix) the
    personal data an older version let through."""
    from assistant.usecases.redaction import check

    services = open_services()
    try:
        report = check(services, workspace, apply=apply)
    finally:
        services.close()
    if as_json:
        print_json(report)
        return
    out.print(
        f"Checked {report.records} records in {len(report.workspaces)} workspace(s): "
        f"{report.missed_records} hold personal data the stored redaction missed."
    )
    if report.missed:
        out.print("  missed: " + ", ".join(f"{k} {v}" for k, v in report.missed.items()))
        out.print("  e.g. records " + escape(", ".join(report.sample[:5])))
    if report.applied:
        fixed = ", ".join(f"{k} {v}" for k, v in report.fixed.items() if v)
        out.print(f"Fixed: {fixed or 'nothing to fix'}.")
    elif report.missed_records:
        out.print("Run again with --apply to fix them everywhere.")


def register(app: typer.Typer) -> None:
    app.command("redact-check")(redact_check)
