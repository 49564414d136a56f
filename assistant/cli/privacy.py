"""`journey forget`: erase records and every copy of their text; the erasure log."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.data import JsonOpt, open_services
from assistant.cli.ui import out, print_json

WHERE = {
    "records": "records (with their tags and corrections) in the database",
    "vectors": "vectors in the vector index",
    "keyword_indexes": "keyword indexes rebuilt",
    "cached_answers": "cached model answers",
    "audits": "audit sessions rewritten",
    "map_versions": "journey map versions rewritten",
    "backlogs": "backlogs rewritten",
    "quotes_replaced": "quotes and mentions replaced by a note",
    "export_files": "export files in the home folder deleted",
}


def forget(
    customer: Annotated[
        str | None,
        typer.Option("--customer", help="A customer: the hashed reference (c_…) or their id."),
    ] = None,
    record: Annotated[
        list[str] | None, typer.Option("--record", help="A record id (repeat for more).")
    ] = None,
    matching: Annotated[
        str | None, typer.Option("--matching", help="Every record whose text contains this.")
    ] = None,
    expired: Annotated[
        bool, typer.Option("--expired", help="Records older than JOURNEY_RETENTION_DAYS.")
    ] = False,
    workspace: Annotated[
        str | None, typer.Option("--workspace", "-w", help="Only this workspace (default: all).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be erased; change nothing.")
    ] = False,
    who: Annotated[str | None, typer.Option("--who", help="Your name for the log.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Erase records and every copy of their text: tags, vectors, keyword entries, cached
    answers, quotes in audits and backlogs. The erasure log keeps what, when and by whom."""
    from assistant.errors import InputError
    from assistant.usecases.erasure import Selection
    from assistant.usecases.erasure import forget as erase

    services = open_services()
    try:
        days = None
        if expired:
            days = services.settings.retention_days
            if not days:
                raise InputError("--expired needs JOURNEY_RETENTION_DAYS (a number of days)")
        selection = Selection(
            customer=customer,
            record_ids=list(record or []),
            matching=matching,
            expired_days=days,
            workspace=workspace,
        )
        report = erase(services, selection, who or getpass.getuser(), dry_run=dry_run)
    finally:
        services.close()
    if as_json:
        print_json(report)
        return
    if dry_run:
        out.print(f"Would erase {report.records} records ({escape(report.selector)}):")
        for item in report.listed[:50]:
            when = item.created_at.date().isoformat() if item.created_at else "no date"
            out.print(f"  {item.id}  {escape(item.workspace)}  {when}  {escape(item.preview)}")
        if report.records > 50:
            out.print(f"  … and {report.records - 50} more (use --json for all)")
        out.print("Nothing was changed. Run again without --dry-run to erase.")
        return
    if not report.records:
        out.print(f"Nothing to erase: no records for {escape(report.selector)}.")
        return
    per = ", ".join(f"{escape(k)} {v}" for k, v in report.by_workspace.items())
    out.print(f"Erased {report.records} records ({escape(report.selector)}; {per}):")
    for key, label in WHERE.items():
        if report.removed.get(key):
            out.print(f"  {report.removed[key]:>6}  {label}")
    for path in report.files:
        out.print(
            f"  [yellow]still holds erased text (not written by Journey Audit?):[/] {escape(path)}"
        )
    out.print("Logged in the erasure log (`journey forget-log`): what, when, by whom; no content.")


def forget_log(
    limit: Annotated[int, typer.Option("--limit", min=1, max=10000)] = 50,
    as_json: JsonOpt = False,
) -> None:
    """The erasure log, newest first: what was erased, when, by whom, how much."""
    from assistant.store.erasure import erasure_log

    services = open_services()
    try:
        rows = erasure_log(services.db, limit)
    finally:
        services.close()
    if as_json:
        print_json(
            [
                {"at": r.at.isoformat(), "who": r.who, "selector": r.selector, "counts": r.counts}
                for r in rows
            ]
        )
        return
    if not rows:
        out.print("No erasures yet.")
    for r in rows:
        out.print(
            f"{r.at:%Y-%m-%d %H:%M}  {escape(r.who):<12} {escape(r.selector)}  "
            f"records {r.counts.get('records', 0)}"
        )


def register(app: typer.Typer) -> None:
    app.command()(forget)
    app.command("forget-log")(forget_log)
