"""`journey backlog`: build a ranked backlog from the data, show, edit, export and list them.

``journey backlog [ID] [options]`` is short for ``journey backlog show [ID] [options]``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from typer.core import TyperGroup

from assistant.cli.data import WorkspaceOpt, open_services, parse_age, workspace_name
from assistant.cli.ui import lang_option, out
from assistant.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from assistant.backlog.model import Backlog, BacklogFix
    from assistant.backlog.scoring import RankBy
    from assistant.services import Services
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


def period_days(value: str) -> int | None:
    """``90d`` -> 90, ``all`` -> None."""
    if value.strip().lower() in ("all", "alles"):
        return None
    age = parse_age(value)
    if age is None or age.days < 1:
        raise InputError(f"--period {value!r}: use an age such as 90d, 12w or 6m, or 'all'")
    return age.days


def _rank_by(value: str | None, settings: Settings, default: str | None = None) -> RankBy:
    chosen = (value or default or settings.backlog_rank_by).lower()
    if chosen not in ("rice", "quadrant", "formula"):
        raise InputError(f"--rank-by {value!r}: use rice, quadrant or formula")
    return chosen  # type: ignore[return-value]


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
    from assistant.backlog.from_data import Options
    from assistant.backlog.run import build_and_save
    from assistant.cli.backlog_view import print_backlog, print_run, ranked
    from assistant.store.backlogs import BacklogStore

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
            backlog = _from_audit(services, from_audit)
            if not backlog.fixes:
                out.print(
                    f"Audit {escape(from_audit)} has no accepted fixes yet: resume it with "
                    f"`journey audit --resume {escape(from_audit)}` and accept fixes."
                )
                return
        elif from_data:
            options = Options(
                period_days=period_days(period),
                language=language,
                rank_by=order,
                thresholds=settings.thresholds,
                formula=settings.formula,
            )
            run = build_and_save(services, ws, options)
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
        elif backlog_id:
            backlog = BacklogStore(services.db).get(backlog_id)
            order = _rank_by(rank_by, settings, backlog.ranking)
        else:
            latest = BacklogStore(services.db).latest(ws)
            if latest is None:
                raise NotFoundError(
                    f"no backlog for workspace {ws!r} yet: "
                    f"run `journey backlog --from-data -w {ws}`"
                )
            backlog = latest
            order = _rank_by(rank_by, settings, backlog.ranking)
        if _export(backlog, settings, order, fmt, output, issues_dir):
            return
        if run is not None:
            print_run(run)
        print_backlog(backlog, ranked(backlog, settings, order), language)
        if backlog.fixes:
            first = ranked(backlog, settings, order)[0].fix.id
            out.print(
                f"\n[dim]Change a score: journey backlog edit {backlog.id} {first} --effort 2 · "
                f"export: journey backlog {backlog.id} --format html -o backlog.html[/]"
            )
    finally:
        services.close()


def _from_audit(services: Services, audit_id: str) -> Backlog:
    from assistant.backlog.from_map import backlog_from_map
    from assistant.store.audits import AuditStore
    from assistant.store.backlogs import BacklogStore, new_backlog_id

    journey = AuditStore(services.db).map(audit_id)
    backlog = backlog_from_map(journey, new_backlog_id())
    return BacklogStore(services.db).save(backlog) if backlog.fixes else backlog


def _updates(
    fix: BacklogFix,
    impact: int | None,
    effort: int | None,
    confidence: str | None,
    reach: int | None,
) -> dict[str, Any]:
    from assistant.backlog.model import parse_confidence
    from assistant.backlog.scoring import ScoringError, check_scores

    check_scores(fix.impact if impact is None else impact, fix.effort if effort is None else effort)
    changes: dict[str, Any] = {}
    if impact is not None:
        changes["impact"] = impact
    if effort is not None:
        changes["effort"] = effort
    if confidence is not None:
        try:
            changes["confidence"] = parse_confidence(confidence)
        except ValueError as exc:
            raise ScoringError(f"--confidence: {exc}") from None
    if reach is not None:
        if reach < 0:
            raise ScoringError(f"reach must be 0 or more (got {reach})")
        changes["reach"] = reach
        if fix.reach and fix.reach_share:  # keep the share in step: same denominator
            changes["reach_share"] = min(1.0, fix.reach_share * reach / fix.reach)
    return changes


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
    from assistant.backlog.scoring import rank
    from assistant.cli.backlog_view import fits, ranked, ranking_table
    from assistant.store.backlogs import BacklogStore

    services = open_services()
    try:
        store = BacklogStore(services.db)
        backlog = store.get(backlog_id)
        fixes = {f.id: f for f in backlog.fixes}
        if fix_id not in fixes:
            raise NotFoundError(
                f"no fix {fix_id!r} in backlog {backlog_id}; its fixes are: "
                + (", ".join(fixes) or "(none)")
            )
        fix = fixes[fix_id]
        changes = _updates(fix, impact, effort, confidence, reach)
        if owner is not None:
            changes["owner"] = owner.strip() or None
        if kpi is not None:
            changes["kpi"] = kpi.strip() or None
        if due is not None:
            try:
                changes["due"] = date.fromisoformat(due.strip()) if due.strip() else None
            except ValueError:
                raise InputError(f"--due {due!r}: use a date like 2026-12-31") from None
        if not changes:
            raise InputError("nothing to change: give --impact, --effort, --confidence, ...")
        settings = services.settings
        before = next(s.position for s in ranked(backlog, settings) if s.fix.id == fix_id)
        updated = [f.model_copy(update=changes) if f.id == fix_id else f for f in backlog.fixes]
        formula = settings.formula
        updated = rank(updated, backlog.ranking, settings.thresholds, formula)
        backlog = store.save(backlog.model_copy(update={"fixes": updated}))
        rows = ranked(backlog, settings)
        after = next(s.position for s in rows if s.fix.id == fix_id)
        shown = ", ".join(f"{k} {getattr(fix, k)} → {v}" for k, v in changes.items())
        out.print(f"Updated {escape(fix_id)} in {backlog.id}: {escape(shown)}")
        out.print(f"Position {before} → {after} of {len(rows)} (ranked by {backlog.ranking}).")
        out.print(ranking_table(rows, lang_option(lang), fits()))
    finally:
        services.close()


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
