"""`journey db`: the database's schema revision, upgrades, and copying a home to a server."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.ui import out

app = typer.Typer(
    help="The SQL database: schema revision (current), migrations (upgrade), copy to a server.",
    no_args_is_help=True,
)

UrlOpt = Annotated[
    str | None,
    typer.Option("--url", help="Database URL (default: JOURNEY_DATABASE_URL, else the home's)."),
]


def _url(given: str | None) -> str:
    from assistant.settings import get_settings

    return given or get_settings().resolved_database_url


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return escape(make_url(url).render_as_string(hide_password=True))


@app.command()
def current(url: UrlOpt = None) -> None:
    """The database's schema revision and whether it needs `journey db upgrade`."""
    from assistant.store.db import open_engine, reachable
    from assistant.store.schema import HEAD, current_revision, has_tables

    target = _url(url)
    engine = open_engine(target)
    try:
        with reachable(engine), engine.connect() as connection:
            revision = current_revision(connection)
            tables = has_tables(connection)
    finally:
        engine.dispose()
    if revision == HEAD:
        state = "up to date"
    elif revision is None and not tables:
        state = "empty: the tables are made on first use (or by `journey db upgrade`)"
    elif revision is None:
        state = "from before migrations: run `journey db upgrade`"
    else:
        state = "behind: run `journey db upgrade`"
    out.print(f"database  {_shown(target)}")
    out.print(f"revision  {revision or '-'}  (this version's newest: {HEAD})")
    out.print(f"state     {state}")


@app.command()
def upgrade(url: UrlOpt = None) -> None:
    """Bring the schema to this version's newest revision, in place (idempotent). A home
    from before migrations is recognised, completed and stamped first. On a server, run
    it once with the other journey processes stopped."""
    from assistant.store.db import open_engine, reachable
    from assistant.store.schema import upgrade as run_upgrade

    target = _url(url)
    engine = open_engine(target)
    try:
        with reachable(engine):
            done = run_upgrade(engine)
    finally:
        engine.dispose()
    if not done.changed:
        out.print(f"{_shown(target)}: already at revision {done.after}; nothing to do.")
        return
    out.print(f"{_shown(target)}: {done.before or 'empty'} -> {done.after}")
    for step in done.steps:
        out.print(f"  {escape(step)}")


@app.command()
def copy(
    to: Annotated[str, typer.Option("--to", help="The target database's URL (empty).")],
    chroma_url: Annotated[
        str | None,
        typer.Option(
            "--chroma-url",
            help="The target's Chroma server: its index is rebuilt from the copied records.",
        ),
    ] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Rows per batch.")] = 1000,
) -> None:
    """Copy every table of this home's database (JOURNEY_DATABASE_URL, else the home's
    SQLite file) into an empty database, e.g. PostgreSQL; then rebuild the vectors."""
    from assistant.cli.data import open_services
    from assistant.cli.ui import progress
    from assistant.store import open_database
    from assistant.store.transfer import copy_rows, row_counts

    services = open_services()
    try:
        source_url = services.settings.resolved_database_url
        target = open_database(to)
        try:
            with progress("Copying rows") as bar:
                copied = copy_rows(services.db, target, batch=batch, progress=bar)
            check = row_counts(target)
        finally:
            target.dispose()
        workspaces = sorted(services.records.workspaces())
    finally:
        services.close()
    out.print(f"Copied {_shown(source_url)} -> {_shown(to)}")
    out.print("  " + " · ".join(f"{name} {n:,}" for name, n in copied.items()))
    if check != copied:
        raise typer.Exit(_report_mismatch(copied, check))
    if chroma_url is None:
        out.print(
            "Vectors were not copied. With the same home and the embedded index they still "
            "match; for a Chroma server set JOURNEY_DATABASE_URL and JOURNEY_CHROMA_URL to the "
            "target and run `journey reindex -w WORKSPACE` for each workspace "
            f"({', '.join(map(escape, workspaces)) or 'none'}), or copy again with --chroma-url."
        )
    else:
        _reindex(to, chroma_url, workspaces)
    from sqlalchemy.engine import make_url

    hidden = " (with its password)" if make_url(to).password else ""
    out.print(f"Next: set JOURNEY_DATABASE_URL to {_shown(to)}{hidden}.")


def _reindex(database_url: str, chroma_url: str, workspaces: list[str]) -> None:
    """Rebuild each workspace's index in the target's Chroma from the copied records."""
    from assistant.cli.data import open_services
    from assistant.cli.ui import progress
    from assistant.ingest.pipeline import reindex

    target = open_services(database_url=database_url, chroma_url=chroma_url)
    try:
        for workspace in workspaces:
            with progress(f"Indexing {workspace}") as bar:
                total = reindex(target, workspace, progress=bar)
            out.print(f"  indexed {total:,} records of {escape(workspace)} in {escape(chroma_url)}")
    finally:
        target.close()


def _report_mismatch(copied: dict[str, int], check: dict[str, int]) -> int:
    from assistant.cli.ui import err

    for name in copied:
        if copied[name] != check.get(name):
            err.print(f"table {name}: copied {copied[name]}, the target holds {check.get(name)}")
    return 1
