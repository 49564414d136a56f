"""`journey`: ingest customer texts, search the evidence, browse the knowledge base, demo."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from assistant.cli import (
    audit,
    backlog,
    data,
    db,
    doctor,
    keys,
    knowledge,
    privacy,
    redaction,
    review,
    serve,
    tagging,
)
from assistant.cli.ui import err
from assistant.errors import JourneyError

app = typer.Typer(
    name="journey",
    help="Journey Audit: tag what customers wrote by journey phase and emotion, "
    "and turn it into a journey map and a ranked backlog.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
data.register(app)
doctor.register(app)
tagging.register(app)
review.register(app)
audit.register(app)
privacy.register(app)
redaction.register(app)
app.add_typer(knowledge.app, name="knowledge")
app.add_typer(backlog.app, name="backlog")
app.add_typer(keys.app, name="keys")
app.add_typer(db.app, name="db")
app.command()(serve.serve)


@app.command()
def demo(
    workspace: Annotated[
        str, typer.Option("--workspace", "-w", help="Workspace for the demo.")
    ] = "demo",
) -> None:
    """Load the bundled sample shop (idempotent) and show what the product does."""
    from assistant.cli.demo import run_demo
    from assistant.services import Services

    services = Services()
    try:
        run_demo(services, workspace)
    finally:
        services.close()


def main() -> None:
    """Console entry point: core errors become a clear message and an exit code."""
    try:
        app()
    except JourneyError as exc:
        err.print(f"[bold red]Error:[/] {exc}", markup=True, highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("Interrupted.")
        sys.exit(130)
    except Exception as exc:
        clear = _storage_failure(exc)
        if clear is None:
            raise
        err.print(f"[bold red]Error:[/] {clear}", markup=True, highlight=False, soft_wrap=True)
        sys.exit(clear.exit_code)


def _storage_failure(exc: Exception) -> JourneyError | None:
    """A dropped database, a locked file or a full disk as one clear line (not a traceback)."""
    from assistant.settings import get_settings
    from assistant.store.failures import storage_failure

    try:
        url = get_settings().resolved_database_url
    except Exception:
        url = ""
    return storage_failure(exc, url)


if __name__ == "__main__":
    main()
