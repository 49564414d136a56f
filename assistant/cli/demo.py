"""`journey demo`: the bundled sample shop, ingested into a workspace and searched."""

from __future__ import annotations

from typing import Literal

from rich.markup import escape
from rich.table import Table

from assistant.classify.factory import build_classifier
from assistant.classify.summary import phase_emotion_counts, worst_pain_points
from assistant.cli.data import print_hits
from assistant.cli.ui import out, preparing, progress
from assistant.kb.loader import load_knowledge
from assistant.models import SearchFilters
from assistant.models.tags import UNKNOWN_PHASE
from assistant.search import search
from assistant.services import Services
from assistant.text import shorten
from assistant.usecases.demo import load_demo, sample_folder, tag_untagged

DEMO_PERIOD = "180d"  # the sample shop spans ten months: half a year shows trends too
DEMO_TOP = 10

# (title, query, filters, CLI flags): meaning across languages and an exact order number.
DEMO_SEARCHES: tuple[tuple[str, str, SearchFilters, str], ...] = (
    ("A Dutch question", "verzendkosten pas zichtbaar bij afrekenen", SearchFilters(), ""),
    (
        "The same Dutch question, English evidence only",
        "verzendkosten pas zichtbaar bij afrekenen",
        SearchFilters(language="en"),
        " --language en",
    ),
    ("An exact order number", "KK-2026-048213", SearchFilters(), ""),
)


def show_tags(services: Services, workspace: str) -> None:
    """Tag what is untagged, then print the phase x emotion table and the worst pain points."""
    with preparing(local_model=services.settings.local_model):
        classifier = build_classifier(services, "auto", workspace=workspace)
    out.print()
    out.rule(f"Tagging by phase and emotion ({classifier.name} classifier)")
    with progress("Tagging") as bar:
        job = tag_untagged(services, workspace, classifier, progress=bar)
    out.print(
        f"[dim]$ journey tag -w {escape(workspace)} --only-untagged[/]  "
        f"tagged {job.tagged} now, {job.fallbacks} fallbacks, {job.seconds:.1f} s"
    )
    tags = services.tags.for_workspace(workspace)
    taxonomy = classifier.taxonomy
    counts = phase_emotion_counts(tags)
    table = Table(show_edge=False, pad_edge=False, box=None, padding=(0, 0, 0, 1))
    # fits 80 columns: full phase names, emotions shortened to five letters
    table.add_column("phase", no_wrap=True, min_width=max(map(len, taxonomy.phase_ids)))
    for emotion in taxonomy.emotions:
        table.add_column(emotion.id[:5], justify="right", no_wrap=True, min_width=5)
    table.add_column("total", justify="right", style="bold", no_wrap=True, min_width=5)
    unplaced = sum(n for (phase, _), n in counts.items() if phase == UNKNOWN_PHASE)
    for phase in [*taxonomy.phase_ids, *([UNKNOWN_PHASE] if unplaced else [])]:
        row = [counts.get((phase, e), 0) for e in taxonomy.emotion_ids]
        table.add_row(phase, *(str(n) if n else "·" for n in row), str(sum(row)))
    out.print(table)
    if unplaced:
        out.print(
            f"[dim]{unplaced} items gave no sign of their phase (unknown): maps leave them out.[/]"
        )
    out.print()
    out.print("[bold]Worst pain point per phase[/] (most frequent in negative items):")
    names = load_knowledge(services.settings.user_phase_model_dirs).friction_names("en")
    for phase, pain in worst_pain_points(tags, names).items():
        quote = shorten(pain.quote or "", 110)
        out.print(
            f"  {phase:<14} {escape(pain.pain_point)} ({pain.count}×) "
            f'[dim]"{escape(quote)}" ({pain.record_id})[/]'
        )


def show_backlog(services: Services, workspace: str) -> None:
    """Build the backlog from the tagged data, save it, write its HTML and JSON, show the top."""
    from assistant.cli.backlog_view import print_run, ranked, ranking_table
    from assistant.export import render_backlog, write_export
    from assistant.usecases.backlogs import build_from_data

    settings = services.settings
    out.print()
    out.rule("A ranked backlog straight from the data")
    order: Literal["rice", "quadrant", "formula"] = settings.backlog_rank_by
    formula = settings.formula
    run = build_from_data(services, workspace, DEMO_PERIOD, order)
    out.print(
        f"[dim]$ journey backlog -w {escape(workspace)} --from-data --period {DEMO_PERIOD}[/]"
    )
    print_run(run)
    backlog = run.backlog
    if not backlog.fixes:
        out.print("No fix matched the pain points in this period.")
        return
    folder = settings.home / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    report, data = folder / "backlog.html", folder / "backlog.json"
    for path, fmt in ((report, "html"), (data, "json")):
        write_export(render_backlog(backlog, fmt, order, settings.thresholds, formula), path)
    rows = ranked(backlog, settings)
    out.print(f"Top {min(DEMO_TOP, len(rows))} of {len(rows)} fixes (backlog {backlog.id}):")
    out.print(ranking_table(rows[:DEMO_TOP], show="title"))
    out.print(f"Report: {escape(str(report.resolve()))}")
    out.print(f"JSON:   {escape(str(data.resolve()))}")


def run_demo(services: Services, workspace: str = "demo") -> None:
    folder = sample_folder()
    out.rule("[bold]Journey Audit demo: KeukenKompas, a fictional Dutch kitchen shop")
    with progress("Loading the sample shop") as bar:
        report = load_demo(services, workspace, progress=bar)
    total = services.records.count(workspace)
    out.print(
        f"Workspace [bold]{escape(workspace)}[/]: {total} records "
        f"({report.stored} new now, {report.duplicates} already there, {report.rejected} rejected) "
        f"from {len(report.files)} files in {escape(str(folder))}"
    )
    by_source = services.records.counts_by(workspace, "source_type")
    by_language = services.records.counts_by(workspace, "language")
    out.print("  per source:   " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())))
    out.print("  per language: " + ", ".join(f"{k} {v}" for k, v in sorted(by_language.items())))
    if report.redactions:
        out.print(
            "  personal data redacted: "
            + ", ".join(f"{k} {v}" for k, v in report.redactions.items())
        )
    show_tags(services, workspace)
    for title, query, filters, flags in DEMO_SEARCHES:
        out.print()
        out.rule(title)
        out.print(
            f"[dim]$ journey search {escape(repr(query))} -w {escape(workspace)}{flags} -k 3[/]"
        )
        print_hits(search(services, workspace, query, filters, k=3))
    show_backlog(services, workspace)
    out.print()
    out.print(
        'Next: `journey audit -w demo` (a guided self-audit), `journey search "..." -w demo`, '
        "`journey backlog -w demo`, "
        "`journey knowledge show journey7`, `journey ingest YOUR_FILE.csv -w my-team`, "
        "`journey tag -w demo --local-model accurate` (slower, better tags)."
    )
