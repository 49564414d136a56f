"""How backlogs look in the terminal: the ranking table and the run summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from rich.markup import escape
from rich.table import Table

from assistant.cli.ui import out
from assistant.export.labels import quadrant_name
from assistant.text import shorten

if TYPE_CHECKING:
    from assistant.backlog.from_data import DataRun
    from assistant.backlog.model import Backlog
    from assistant.backlog.scoring import RankBy, Scored
    from assistant.settings import Settings

WIDE = 120  # console columns from which the table shows fix titles next to their ids
TOP_PAIN_POINTS = 8
HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("#", "fix", "phase", "reach", "impact", "effort", "conf", "RICE", "quadrant"),
    "nl": (
        "#",
        "verbetering",
        "fase",
        "bereik",
        "impact",
        "inspanning",
        "zeker",
        "RICE",
        "kwadrant",
    ),
}


def ranked(backlog: Backlog, settings: Settings, rank_by: RankBy | None = None) -> list[Scored]:
    from assistant.usecases.backlogs import ranked as ranked_fixes

    return ranked_fixes(backlog, settings, rank_by)


def ranking_table(
    rows: list[Scored], lang: str = "en", show: Literal["title", "id", "both"] = "both"
) -> Table:
    """rank, fix, phase, reach, impact, effort, confidence, RICE, quadrant. ``show`` picks the
    fix's title, its id (what `edit` takes) or both; with one of them the table fits 80 columns."""
    heads = list(HEADINGS.get(lang, HEADINGS["en"]))
    if show != "both":
        heads[4:6] = ["I", "E"]
    table = Table(show_edge=False, pad_edge=False, box=None, padding=(0, 0, 0, 1))
    for i, head in enumerate(heads):
        if i == 1:
            table.add_column(head, no_wrap=True, overflow="ellipsis", max_width=30)
            if show == "both":
                table.add_column("id", no_wrap=True, style="dim")
            continue
        numeric = i in (0, 3, 4, 5, 6, 7)
        table.add_column(
            head, justify="right" if numeric else "left", no_wrap=True, min_width=len(head)
        )
    for s in rows:
        fix = s.fix
        label = [escape(fix.id)] if show == "id" else [escape(fix.title)]
        if show == "both":
            label.append(escape(fix.id))
        table.add_row(
            str(s.position),
            *label,
            fix.phase or "",
            "" if fix.reach is None else str(fix.reach),
            str(fix.impact),
            str(fix.effort),
            f"{fix.confidence:.0%}",
            "" if s.rice is None else f"{s.rice:.1f}",
            quadrant_name(s.quadrant, lang),
        )
    return table


def fits() -> Literal["title", "both"]:
    """Titles, which people read; their ids (what `edit` takes) too when the console is wide
    enough, else from `journey backlog show ID --json` or an export."""
    return "both" if out.width >= WIDE else "title"


def print_backlog(backlog: Backlog, rows: list[Scored], lang: str) -> None:
    created = backlog.created_at.strftime("%Y-%m-%d %H:%M") if backlog.created_at else ""
    out.print(f"[bold]{escape(backlog.title or backlog.id)}[/]  [dim]{backlog.id} · {created}[/]")
    if rows:
        out.print(ranking_table(rows, lang, fits()))
    else:
        out.print("No fixes: no pain point matched a friction pattern of the knowledge base.")
    print_pain_points(backlog)


def print_pain_points(backlog: Backlog, top: int = TOP_PAIN_POINTS) -> None:
    """The biggest pain points by name, with the titles of the fixes that answer them; then
    those that no friction pattern of the knowledge base explains, with a quote, said so."""
    answers: dict[str, list[str]] = {}
    for fix in backlog.fixes:
        for label in fix.pain_points:
            answers.setdefault(label, []).append(fix.title)
    ordered = sorted(backlog.pain_points, key=lambda c: (-c.count, c.id))
    known = [c for c in ordered if c.friction_pattern is not None]
    if known:
        out.print(f"\nPain points with a known fix ({len(known)}):")
        for c in known[:top]:
            titles = ", ".join(answers.get(c.label, [])[:2])
            out.print(
                f"  {c.phase:<13} {escape(c.label)} ({c.count}×, {c.trend})"
                + (f" [dim]→ {escape(titles)}[/]" if titles else "")
            )
    unmatched = [c for c in ordered if c.friction_pattern is None]
    if unmatched:
        out.print(
            f"\nPain points without a known fix ({len(unmatched)}): no friction pattern of "
            "the knowledge base explains them; read the quotes and decide."
        )
        for c in unmatched[:top]:
            quote = f' [dim]"{escape(shorten(c.quotes[0].text, 70))}"[/]' if c.quotes else ""
            out.print(f"  {c.phase:<13} {escape(c.label)} ({c.count}×, {c.trend}){quote}")


def print_run(run: DataRun) -> None:
    p = run.period
    if p.end is None or p.days is None:
        span = "All records" + (f" up to {p.end.date()}" if p.end else "")
    else:
        span = f"Last {p.days} days up to {p.end.date()}"
    out.print(
        f"{span}: {run.records} tagged records, {run.negative} negative"
        + (f" ({run.undated} undated left out)" if run.undated else "")
        + (f"; {run.unplaced} with no sign of their phase left out" if run.unplaced else "")
        + ("" if run.previous_records or p.days is None else "; no earlier data for trends")
    )
    unmatched = len(run.unmatched)
    out.print(
        f"{len(run.backlog.pain_points)} pain points ({unmatched} without a known fix), "
        f"{run.unclustered} negative records in none."
    )
    if run.label_failures:
        out.print(
            f"The chat model could not name {run.label_failures} pain points: "
            "they keep their characteristic words."
        )
