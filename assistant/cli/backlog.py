"""`journey backlog`: build a ranked backlog from the data, show, edit, export and list them.

``journey backlog [ID] [options]`` is short for ``journey backlog show [ID] [options]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from typer.core import TyperGroup

from assistant.cli.data import WorkspaceOpt, open_services, workspace_name
from assistant.cli.ui import lang_option, out
from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.backlog.scoring import RankBy
    from assistant.models.backlog import Backlog
    from assistant.settings import Settings


class _DefaultShow(TyperGroup):
    """Anything that is not a subcommand goes to ``show`` (so ``journey backlog ID`` works)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: typer's click Context
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["show", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_DefaultShow,
    help="Ranked backlog of fixes: build it from the data, show, edit, export, list.",
)

PeriodOpt = Annotated[
    str, typer.Option("--period", help="With --from-data: an age (90d, 12w, 6m) or 'all'.")
]
RankOpt = Annotated[
    str | None,
    typer.Option("--rank-by", help="rice|quadrant|formula (default: JOURNEY_BACKLOG_RANK_BY)."),
]
LangOpt = Annotated[str, typer.Option("--lang", help="nl or en: fix titles and headings.")]


def _rank_by(value: str | None, settings: Settings, default: str | None = None) -> RankBy:
    from assistant.usecases.backlogs import rank_by

    return rank_by(value, settings, default, option="--rank-by")


def _export(
    backlog: Backlog,
    settings: Settings,
    rank_by: RankBy,
    fmt: str | None,
    output: Path | None,
    issues_dir: Path | None,
) -> bool:
    """Write the requested exports; True when the export went to stdout (print nothing else)."""
    from assistant.export import render_backlog, write_export, write_fix_issues

    formula = settings.formula
    if issues_dir is not None:
        paths = write_fix_issues(backlog, issues_dir, rank_by, settings.thresholds, formula)
        out.print(f"Wrote {len(paths)} issue files to {escape(str(issues_dir))}")
    if fmt is None:
        if output is not None:
            raise InputError("-o needs --format (md, csv, json, jira, svg or html)")
        return False
    text = render_backlog(backlog, fmt, rank_by, settings.thresholds, formula)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return True
    write_export(text, output)
    out.print(f"Wrote {escape(str(output))}")
    return False


@app.command()
def show(
    backlog_id: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="A stored backlog.")
    ] = None,
    workspace: WorkspaceOpt = None,
    from_data: Annotated[
        bool, typer.Option("--from-data", help="Build a new backlog from the tagged data.")
    ] = False,
    from_audit: Annotated[
        str | None,
        typer.Option(
            "--from-audit", help="Build a backlog from a finished audit's accepted fixes."
        ),
    ] = None,
    period: PeriodOpt = "90d",
    rank_by: RankOpt = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="md|csv|json|jira|svg|html export.")
    ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Export file.")] = None,
    issues_dir: Annotated[
        Path | None, typer.Option("--issues-dir", help="Write one Markdown issue per fix.")
    ] = None,
    lang: LangOpt = "en",
) -> None:
    """Build (--from-data), show or export a backlog; without ID: the workspace's latest."""
    from assistant.cli.backlog_view import print_backlog, print_run, ranked
    from assistant.usecases import backlogs as use

    language = lang_option(lang)
    services = open_services()
    try:
        settings = services.settings
        ws = workspace_name(services, workspace)
        order = _rank_by(rank_by, settings)
        run = None
        if sum(bool(x) for x in (backlog_id, from_data, from_audit)) > 1:
            raise InputError("give one of: an ID, --from-data or --from-audit")
        if from_audit:
            backlog = use.build_from_audit(services, None, from_audit)
            if not backlog.fixes:
                out.print(
                    f"Audit {escape(from_audit)} has no accepted fixes yet: resume it with "
                    f"`journey audit --resume {escape(from_audit)}` and accept fixes."
                )
                return
        elif from_data:
            run = use.build_from_data(services, ws, period, order, language, cli=True)
            backlog = run.backlog
            if not backlog.pain_points:
                why = (
                    "no negative records: nothing to fix"
                    if run.negative == 0
                    else f"none of its {run.negative} negative records share a pain point "
                    "with another; try a longer --period"
                )
                out.print(
                    f"No pain points in {escape(ws)} ({run.records} records in the period): {why}."
                )
                return
        else:
            backlog = (
                use.get_backlog(services, None, backlog_id)
                if backlog_id
                else use.latest_backlog(services, ws)
            )
            order = _rank_by(rank_by, settings, backlog.ranking)
        if _export(backlog, settings, order, fmt, output, issues_dir):
            return
        if run is not None:
            print_run(run)
        print_backlog(backlog, ranked(backlog, settings, order), language)
        if backlog.fixes:
            first = ranked(backlog, settings, order)[0].fix
            out.print(
                f"\n[dim]Change a score of “{escape(first.title)}”: journey backlog edit "
                f"{backlog.id} {first.id} --effort 2 · "
                f"export: journey backlog {backlog.id} --format html -o backlog.html[/]"
            )
    finally:
        services.close()


@app.command()
def edit(
    backlog_id: Annotated[str, typer.Argument(metavar="ID", help="The backlog.")],
    fix_id: Annotated[str, typer.Argument(metavar="FIX_ID", help="The fix to change.")],
    impact: Annotated[int | None, typer.Option("--impact", help="1..5")] = None,
    effort: Annotated[int | None, typer.Option("--effort", help="1..5")] = None,
    confidence: Annotated[
        str | None, typer.Option("--confidence", help="0..1, a percentage, or low|medium|high")
    ] = None,
    reach: Annotated[int | None, typer.Option("--reach", help="Records or customers.")] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Who does it.")] = None,
    due: Annotated[str | None, typer.Option("--due", help="YYYY-MM-DD")] = None,
    kpi: Annotated[str | None, typer.Option("--kpi", help="The KPI that should move.")] = None,
    lang: LangOpt = "en",
) -> None:
    """Change a fix's scores or owner; saves and prints the new ranking."""
    from assistant.cli.backlog_view import fits, ranked, ranking_table
    from assistant.usecases.backlogs import edit_fix, get_backlog

    values = {
        "impact": impact,
        "effort": effort,
        "confidence": confidence,
        "reach": reach,
        "owner": owner,
        "due": due,
        "kpi": kpi,
    }
    values = {k: v for k, v in values.items() if v is not None}  # options not given
    services = open_services()
    try:
        settings = services.settings
        old = get_backlog(services, None, backlog_id)
        before = next((s.position for s in ranked(old, settings) if s.fix.id == fix_id), 0)
        backlog, fix, changes = edit_fix(services, None, backlog_id, fix_id, values)
    finally:
        services.close()
    rows = ranked(backlog, settings)
    after = next(s.position for s in rows if s.fix.id == fix_id)
    shown = ", ".join(f"{k} {getattr(fix, k)} → {v}" for k, v in changes.items())
    out.print(f"Updated {escape(fix_id)} in {backlog.id}: {escape(shown)}")
    out.print(f"Position {before} → {after} of {len(rows)} (ranked by {backlog.ranking}).")
    out.print(ranking_table(rows, lang_option(lang), fits()))


@app.command("list")
def list_backlogs(workspace: WorkspaceOpt = None) -> None:
    """The stored backlogs, newest first (all workspaces unless --workspace)."""
    from assistant.store.backlogs import BacklogStore

    services = open_services()
    try:
        rows = BacklogStore(services.db).list(workspace)
    finally:
        services.close()
    if not rows:
        out.print("No backlogs yet: run `journey backlog --from-data -w WORKSPACE`.")
        return
    for r in rows:
        out.print(
            f"{r.id}  {r.created_at:%Y-%m-%d %H:%M}  {escape(r.workspace):<16} "
            f"{r.fixes:>3} fixes  {escape(r.title)}"
        )
