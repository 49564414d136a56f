"""`journey keys`: API keys per workspace (create shows the key once; only a hash is kept)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.data import open_services
from assistant.cli.ui import out

app = typer.Typer(help="API keys for `journey serve`: one workspace each.", no_args_is_help=True)


@app.command()
def create(
    workspace: Annotated[str, typer.Option("--workspace", "-w", help="The key's workspace.")],
    name: Annotated[str, typer.Option("--name", help="What the key is for.")] = "",
) -> None:
    """Create a key; it is printed once, as the last line."""
    from assistant.services import check_workspace
    from assistant.store.keys import KeyStore

    services = open_services()
    try:
        row, key = KeyStore(services.db).create(check_workspace(workspace), name.strip())
    finally:
        services.close()
    out.print(f"Created key {row.id} for workspace {escape(workspace)}. Store it now: it is not")
    out.print("shown again. Send it as `Authorization: Bearer KEY`.")
    typer.echo(key)


@app.command("list")
def list_keys(
    workspace: Annotated[str | None, typer.Option("--workspace", "-w")] = None,
) -> None:
    """The keys (never the keys themselves): id, workspace, name, created, last used."""
    from assistant.store.keys import KeyStore

    services = open_services()
    try:
        rows = KeyStore(services.db).list(workspace)
    finally:
        services.close()
    if not rows:
        out.print("No API keys yet: `journey keys create --workspace W`.")
    for row in rows:
        state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
        used = f"{row.last_used_at:%Y-%m-%d %H:%M}" if row.last_used_at else "never used"
        out.print(
            f"{row.id}  {escape(row.workspace):<16} {state:<18} "
            f"created {row.created_at:%Y-%m-%d}  {used}  {escape(row.name)}"
        )


@app.command()
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (see `journey keys list`).")],
) -> None:
    """Revoke a key: requests with it get 401 from then on."""
    from assistant.store.keys import KeyStore

    services = open_services()
    try:
        row = KeyStore(services.db).revoke(key_id)
    finally:
        services.close()
    out.print(f"Revoked key {row.id} of workspace {escape(row.workspace)}.")
