"""`journey audit` (the guided self-audit) and `journey map` (export a finished map)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.data import WorkspaceOpt, open_services
from assistant.cli.ui import err, lang_option, out
from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.audit.context import Context
    from assistant.audit.engine import Reply
    from assistant.models.audit import AuditState
    from assistant.services import Services

app = typer.Typer(
    help="Guided self-audit: a conversation that builds an evidence-backed journey map. "
    "Without a command it starts one (or --resume ID); interactive in a terminal, one "
    "answer per line from a pipe. Type `help` during the audit for its commands.",
    no_args_is_help=False,
    invoke_without_command=True,
)
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="nl or en (default: follow the user's answers).")
]


def _show(reply: Reply) -> None:
    if out.is_terminal:
        from rich.markdown import Markdown  # 80 ms of imports: only when there is a reply

        out.print(Markdown(reply.text))
    else:  # plain text: record ids in [brackets] are not markup
        out.print(reply.text, markup=False)
    out.print()


def _read(interactive: bool) -> str | None:
    if interactive:
        try:
            return out.input("[bold]> [/]")
        except EOFError:
            return None
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\r\n")


def converse(services: Services, state: AuditState, ctx: Context, interactive: bool) -> AuditState:
    """Read answers; every turn is saved. A finished audit stores a new map version; the
    terminal session then ends, a script goes on until its input ends."""
    from assistant.usecases.audits import store_of, turn

    while True:
        message = _read(interactive)
        if message is None:
            store_of(services).save(state)
            if not state.finished:
                err.print(f"Input ended; saved. Resume with: journey audit --resume {state.id}")
            return state
        if not interactive:
            out.print(f"> {message}")
        state, reply = turn(services, state, message, ctx)
        _show(reply)
        if reply.finished and interactive:
            return state


@app.callback()
def audit(
    ctx: typer.Context,
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    resume: Annotated[
        str | None, typer.Option("--resume", help="Continue the audit with this id.")
    ] = None,
) -> None:
    """Start (or resume) a self-audit. Interactive in a terminal; otherwise it reads one
    answer per line from stdin, so it can be scripted and transcripts replay."""
    if ctx.invoked_subcommand is not None:
        return
    from assistant.usecases.audits import resume_audit, start_audit

    services = open_services()
    try:
        interactive = sys.stdin.isatty()
        if resume:
            state, context, reply = resume_audit(services, resume)
        else:
            name = workspace or services.settings.workspace
            chosen = lang_option(lang) if lang is not None else None
            state, context, reply = start_audit(services, name, chosen)
        _show(reply)
        try:
            converse(services, state, context, interactive)
        except KeyboardInterrupt:
            err.print(f"\nStopped; saved. Resume with: journey audit --resume {state.id}")
            raise typer.Exit(130) from None
    finally:
        services.close()


@app.command("list")
def list_audits(workspace: WorkspaceOpt = None) -> None:
    """Audits with their step, language and last change, newest first."""
    from assistant.usecases.audits import list_audits as all_audits
    from assistant.usecases.audits import store_of

    services = open_services()
    try:
        rows = all_audits(services, workspace)
        counts = store_of(services).version_counts([row.id for row in rows])
        workspaces = {r.id: r.workspace for r in store_of(services).all(workspace)}
    finally:
        services.close()
    if not rows:
        out.print("No audits yet: start one with `journey audit`.")
    for row in rows:
        out.print(
            f"{row.id}  {row.updated_at:%Y-%m-%d %H:%M}  {row.lang}  {row.step:<13} "
            f"v{counts.get(row.id, 0)}  {workspaces.get(row.id) or '-'}  {row.goal[:60]}"
        )


@app.command()
def versions(audit_id: str) -> None:
    """The saved versions of an audit's journey map."""
    from assistant.usecases.audits import versions as map_versions

    services = open_services()
    try:
        rows = map_versions(services, None, audit_id)
    finally:
        services.close()
    if not rows:
        out.print(f"Audit {audit_id} has no finished map yet.")
    for row in rows:
        out.print(
            f"v{row.version}  {row.created_at:%Y-%m-%d %H:%M}  {row.reason:<9} "
            f"{row.data_records} tagged records"
        )


@app.command()
def refresh(audit_id: str) -> None:
    """Recompute the map's evidence from the workspace's current data: a new version."""
    from assistant.usecases.audits import journey_map
    from assistant.usecases.audits import refresh as refresh_audit

    services = open_services()
    try:
        stored = refresh_audit(services, None, audit_id)
        latest = journey_map(services, None, audit_id) if stored is None else stored
    finally:
        services.close()
    if stored is None:
        out.print(f"Nothing changed in the data behind {audit_id}: still v{latest.version}.")
    else:
        out.print(
            f"Refreshed {audit_id}: v{stored.version} ({stored.data_records} tagged records). "
            f"See what changed: journey audit diff {audit_id}"
        )


@app.command()
def diff(
    audit_id: str,
    old: Annotated[
        int | None, typer.Option("--from", help="Older version (default: previous).")
    ] = None,
    new: Annotated[
        int | None, typer.Option("--to", help="Newer version (default: latest).")
    ] = None,
) -> None:
    """What changed between two versions of an audit's map."""
    from assistant.usecases.audits import diff as diff_versions
    from assistant.usecases.audits import journey_map

    services = open_services()
    try:
        result = diff_versions(services, None, audit_id, old, new)
        latest = journey_map(services, None, audit_id, new) if result is None else None
    finally:
        services.close()
    if result is None:
        assert latest is not None
        out.print(f"{audit_id} has only version {latest.version}: nothing to compare.")
        return
    out.print(f"{audit_id}: v{result.old} -> v{result.new}")
    if result.empty:
        out.print("No changes.")
    marks = {"added": "+", "removed": "-", "changed": "~"}
    for change in result.changes:
        where = f"{change.phase}/{change.lane}" if change.phase else change.lane
        out.print(f"  {marks.get(change.kind, '~')} {where}: {change.text}")


@app.command()
def transcript(audit_id: str) -> None:
    """The user's answers, one per line: pipe them into `journey audit` to replay."""
    from assistant.usecases.audits import load

    services = open_services()
    try:
        state = load(services, None, audit_id)
    finally:
        services.close()
    for message in state.messages:
        out.print(message.replace("\n", " "), markup=False)


def map_command(
    audit_id: Annotated[
        str | None, typer.Argument(help="Audit id (see `journey audit list`).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="md, html, json, csv or mermaid.")
    ] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    version: Annotated[
        int | None, typer.Option("--version", help="Map version (default: latest).")
    ] = None,
    schema: Annotated[bool, typer.Option("--schema", help="Print the map's JSON Schema.")] = False,
) -> None:
    """Export a finished journey map (or print its JSON Schema with --schema)."""
    from assistant.journey_map import json_schema_text

    if schema:
        text = json_schema_text()
    else:
        if not audit_id:
            raise InputError("give an audit id (journey audit list), or --schema")
        from assistant.export import render_map
        from assistant.usecases.audits import store_of

        services = open_services()
        try:
            text = render_map(store_of(services).map(audit_id, version), fmt)
        finally:
            services.close()
    if output is None:
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    out.print(f"Wrote {output}")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="audit")
    root.command("map")(map_command)
