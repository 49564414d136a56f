"""Exports of a journey map and a backlog: pure functions from a model to text.

``render_map(m, "md")`` and ``render_backlog(b, "html")`` return the whole file as a
string. CSV texts start with a BOM and end lines in CRLF: save any export with
:func:`write_export`, which writes the bytes as they are (a text-mode write on Windows
would double the CRs). :func:`write_export` and :func:`write_fix_issues` are the only
functions here that touch the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.backlog.scoring import RankBy, Scored, Thresholds, scored
from assistant.errors import InputError
from assistant.export import backlog_formats, backlog_html, issues, map_html, map_text
from assistant.export.backlog_view import Ranking
from assistant.models.backlog import Backlog
from assistant.models.journey_map import JourneyMap

MAP_FORMATS: tuple[str, ...] = ("md", "html", "json", "csv", "mermaid")
BACKLOG_FORMATS: tuple[str, ...] = ("md", "csv", "json", "jira", "svg", "html")

# The usual file name ending per format (Jira's import file is a CSV too).
SUFFIXES: dict[str, str] = {
    "md": ".md",
    "html": ".html",
    "json": ".json",
    "csv": ".csv",
    "mermaid": ".mmd",
    "jira": ".jira.csv",
    "svg": ".svg",
}

_MAP_RENDERERS: dict[str, Callable[[JourneyMap], str]] = {
    "md": map_text.markdown,
    "html": map_html.html,
    "json": map_text.json_text,
    "csv": map_text.csv_text,
    "mermaid": map_text.mermaid,
}

_BACKLOG_RENDERERS: dict[str, Callable[[Ranking], str]] = {
    "md": backlog_formats.markdown,
    "csv": backlog_formats.csv_text,
    "json": backlog_formats.json_text,
    "jira": backlog_formats.jira_csv,
    "svg": backlog_formats.matrix_svg,
    "html": backlog_html.html,
}


def _check_format(fmt: str, valid: tuple[str, ...], what: str) -> str:
    key = fmt.strip().lower().lstrip(".")
    if key not in valid:
        raise InputError(f"Unknown {what} format {fmt!r}: use one of {', '.join(valid)}.")
    return key


def render_map(m: JourneyMap, fmt: str) -> str:
    """The map as ``md``, ``html``, ``json``, ``csv`` or ``mermaid`` text."""
    return _MAP_RENDERERS[_check_format(fmt, MAP_FORMATS, "map")](m)


def rank_backlog(
    b: Backlog,
    rank_by: RankBy | None = None,
    thresholds: Thresholds = Thresholds(),
    formula: str | None = None,
) -> Ranking:
    """Score and rank the fixes once, for any number of exports."""
    how: RankBy = rank_by or b.ranking
    return Ranking(b, scored(b.fixes, how, thresholds, formula), thresholds, how, formula)


def render_backlog(
    b: Backlog,
    fmt: str,
    rank_by: RankBy | None = None,
    thresholds: Thresholds = Thresholds(),
    formula: str | None = None,
) -> str:
    """The ranked backlog as ``md``, ``csv``, ``json``, ``jira``, ``svg`` or ``html`` text.

    ``rank_by`` defaults to the backlog's own ``ranking``.
    """
    render = _BACKLOG_RENDERERS[_check_format(fmt, BACKLOG_FORMATS, "backlog")]
    return render(rank_backlog(b, rank_by, thresholds, formula))


def write_export(text: str, path: Path) -> Path:
    """Write an export exactly as rendered (UTF-8, line ends untouched); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def fix_issue_markdown(scored_fix: Scored, backlog: Backlog) -> str:
    """One fix as a Markdown issue: title, why, scores, KPI, owner, due, acceptance hint."""
    return issues.fix_issue_markdown(scored_fix, backlog)


def write_fix_issues(
    backlog: Backlog,
    folder: Path,
    rank_by: RankBy | None = None,
    thresholds: Thresholds = Thresholds(),
    formula: str | None = None,
) -> list[Path]:
    """Write one ``NN-<fix id>.md`` per fix into ``folder`` (created); return the paths."""
    ranking = rank_backlog(backlog, rank_by, thresholds, formula)
    return issues.write_fix_issues(ranking, Path(folder))


__all__ = [
    "BACKLOG_FORMATS",
    "MAP_FORMATS",
    "SUFFIXES",
    "Ranking",
    "fix_issue_markdown",
    "rank_backlog",
    "render_backlog",
    "render_map",
    "write_export",
    "write_fix_issues",
]
