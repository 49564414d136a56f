"""`journey serve`: the HTTP API and the web app in one process (uvicorn)."""

from __future__ import annotations

import ipaddress
import logging
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.ui import err
from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.services import Services


class NoQueryStrings(logging.Filter):
    """Access log lines without query strings: a search's words may be personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    dev: Annotated[
        bool,
        typer.Option(
            "--dev", help="No API keys: one local user, loopback only (serves --workspace)."
        ),
    ] = False,
    workspace: Annotated[
        str | None,
        typer.Option("--workspace", "-w", help="With --dev: the workspace served."),
    ] = None,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo", help="First load and tag the bundled sample shop into it (idempotent)."
        ),
    ] = False,
) -> None:
    """Serve the API under /v1 and the web app at / (keys: `journey keys create`)."""
    if dev and not is_loopback(host):
        raise InputError(
            f"--dev serves without keys, so only on a loopback address (not {host}); "
            "drop --dev and create keys with `journey keys create --workspace W`"
        )
    import uvicorn

    from api.app import create_app
    from assistant.services import Services, check_workspace

    services = Services()
    served = check_workspace(workspace or services.settings.workspace)
    url = f"http://{host}:{port}/" if ":" not in host else f"http://[{host}]:{port}/"
    mode = f"dev mode, workspace {served}, no keys" if dev else "API keys required"
    err.print(f"Journey Audit: {url}  ({mode}; Ctrl-C stops)")
    if demo:
        _load_demo(services, served)
    app = create_app(services, dev=dev, dev_workspace=served)
    logging.getLogger("uvicorn.access").addFilter(NoQueryStrings())
    uvicorn.run(app, host=host, port=port, log_level="info")


def _load_demo(services: Services, workspace: str) -> None:
    from assistant.cli.ui import preparing, progress
    from assistant.usecases.demo import load_demo, tag_untagged

    with progress("Loading the sample shop") as bar:
        report = load_demo(services, workspace, progress=bar)
    with preparing(local_model=services.settings.local_model):
        from assistant.classify.factory import build_classifier

        model = build_classifier(services, "auto", workspace=workspace)
    with progress("Tagging") as bar:
        job = tag_untagged(services, workspace, model, progress=bar)
    total = services.records.count(workspace)
    err.print(
        f"Workspace {workspace}: {total} records ({report.stored} new), "
        f"{job.tagged} tagged now. Open the URL above."
    )
