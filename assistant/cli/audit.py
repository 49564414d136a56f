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
    from assistant.audit.state import AuditState
    from assistant.services import Services
    from assistant.store.audits import AuditStore

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


def build_context(services: Services, workspace: str | None) -> Context:
    """Knowledge, the workspace's tags and (when configured) a language model."""
    from assistant.audit.assist import build_assist
    from assistant.audit.context import Context
    from assistant.kb.loader import load_knowledge

    kb = load_knowledge(services.settings.user_phase_model_dirs)
    tags = services.tags.for_workspace(workspace) if workspace else []
    return Context(kb=kb, tags=tags, workspace=workspace, assist=build_assist(services.settings))


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


def converse(state: AuditState, ctx: Context, store: AuditStore, interactive: bool) -> AuditState:
    """Read answers and save after every turn. A finished audit stores a new map version;
    the terminal session then ends, a script goes on until its input ends."""
    from assistant.audit.copy import say
    from assistant.audit.engine import step

    while True:
        message = _read(interactive)
        if message is None:
            store.save(state)
            if not state.finished:
                err.print(f"Input ended; saved. Resume with: journey audit --resume {state.id}")
            return state
        if not interactive:
            out.print(f"> {message}")
        state, reply = step(state, message, ctx)
        if reply.finished:
            stored = store.add_version(state.map, "finished", ctx.now())
            if stored is not None:
                state.map.version = stored.version
        store.save(state)
        _show(reply)
        if reply.finished:
            out.print(say("map_version", state.lang, version=state.map.version))
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
    from assistant.audit.engine import resume as resume_audit
    from assistant.audit.engine import start
    from assistant.store.audits import AuditStore

    services = open_services()
    try:
        store = AuditStore(services.db)
        interactive = sys.stdin.isatty()
        if resume:
            state = store.load(resume)
            context = build_context(services, state.workspace)
            reply = resume_audit(state, context)
        else:
            name = workspace or services.settings.workspace
            has_data = name in services.records.workspaces()
            context = build_context(services, name if has_data else None)
            state, reply = start(
                context, lang=lang_option(lang) if lang is not None else None, workspace=name
            )
        store.save(state)
        _show(reply)
        try:
            converse(state, context, store, interactive)
        except KeyboardInterrupt:
            err.print(f"\nStopped; saved. Resume with: journey audit --resume {state.id}")
            raise typer.Exit(130) from None
    finally:
        services.close()


@app.command("list")
def list_audits(workspace: WorkspaceOpt = None) -> None:
    """Audits with their step, language and last change, newest first."""
    from assistant.store.audits import AuditStore

    services = open_services()
    try:
        store = AuditStore(services.db)
        rows = store.all(workspace)
        counts = store.version_counts([row.id for row in rows])
        if not rows:
            out.print("No audits yet: start one with `journey audit`.")
        for row in rows:
            versions = counts.get(row.id, 0)
            out.print(
                f"{row.id}  {row.updated_at:%Y-%m-%d %H:%M}  {row.lang}  {row.step:<13} "
                f"v{versions}  {row.workspace or '-'}  {row.goal[:60]}"
            )
    finally:
        services.close()


@app.command()
def versions(audit_id: str) -> None:
    """The saved versions of an audit's journey map."""
    from assistant.store.audits import AuditStore

    services = open_services()
    try:
        store = AuditStore(services.db)
        store.load(audit_id)
        rows = store.versions(audit_id)
        if not rows:
            out.print(f"Audit {audit_id} has no finished map yet.")
        for row in rows:
            out.print(
                f"v{row.version}  {row.created_at:%Y-%m-%d %H:%M}  {row.reason:<9} "
                f"{row.data_records} tagged records"
            )
    finally:
        services.close()


@app.command()
def refresh(audit_id: str) -> None:
    """Recompute the map's evidence from the workspace's current data: a new version."""
    from assistant.audit.refresh import refresh_map
    from assistant.store.audits import AuditStore

    services = open_services()
    try:
        store = AuditStore(services.db)
        state = store.load(audit_id)
        latest = store.map(audit_id)
        context = build_context(services, state.workspace)
        fresh = refresh_map(latest, context.evidence(latest.phase_model))
        stored = store.add_version(fresh, "refreshed", context.now())
        if stored is None:
            out.print(f"Nothing changed in the data behind {audit_id}: still v{latest.version}.")
        else:
            out.print(
                f"Refreshed {audit_id}: v{stored.version} ({stored.data_records} tagged records). "
                f"See what changed: journey audit diff {audit_id}"
            )
    finally:
        services.close()


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
    from assistant.audit.diff import diff_maps
    from assistant.store.audits import AuditStore

    services = open_services()
    try:
        store = AuditStore(services.db)
        newer = store.map(audit_id, new)
        older_version = old if old is not None else newer.version - 1
        if older_version < 1:
            out.print(f"{audit_id} has only version {newer.version}: nothing to compare.")
            return
        result = diff_maps(store.map(audit_id, older_version), newer)
        out.print(f"{audit_id}: v{result.old} -> v{result.new}")
        if result.empty:
            out.print("No changes.")
        marks = {"added": "+", "removed": "-", "changed": "~"}
        for change in result.changes:
            where = f"{change.phase}/{change.lane}" if change.phase else change.lane
            out.print(f"  {marks.get(change.kind, '~')} {where}: {change.text}")
    finally:
        services.close()


@app.command()
def transcript(audit_id: str) -> None:
    """The user's answers, one per line: pipe them into `journey audit` to replay."""
    from assistant.store.audits import AuditStore

    services = open_services()
    try:
        state = AuditStore(services.db).load(audit_id)
        for message in state.messages:
            out.print(message.replace("\n", " "), markup=False)
    finally:
        services.close()


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
        from assistant.store.audits import AuditStore

        services = open_services()
        try:
            text = render_map(AuditStore(services.db).map(audit_id, version), fmt)
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
