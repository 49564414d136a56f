"""`journey knowledge`: the domain knowledge the assistant works from."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.ui import out

app = typer.Typer(
    help="Browse the knowledge base: phase models, emotions, touchpoints, KPIs...",
    no_args_is_help=True,
)

LangOpt = Annotated[str, typer.Option("--lang", help="nl or en.")]


def _kb():
    from assistant.kb.loader import load_knowledge
    from assistant.settings import get_settings

    return load_knowledge(get_settings().user_phase_model_dirs)


@app.command("list")
def list_entries(lang: LangOpt = "en") -> None:
    """Everything the knowledge base holds, by section."""
    from assistant.kb.present import render_overview

    out.print(render_overview(_kb(), lang), markup=False)


@app.command()
def show(
    ref: Annotated[str, typer.Argument(help="A phase model, section or entry id, e.g. journey7.")],
    lang: LangOpt = "en",
) -> None:
    """One phase model, section or entry in full."""
    from assistant.kb.present import render_entry

    out.print(render_entry(_kb(), ref, lang), markup=False)
