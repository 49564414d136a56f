"""The ranked backlog as Markdown, CSV, JSON, a Jira import file and an SVG matrix."""

from __future__ import annotations

import json
import math
import re

from assistant.backlog.scoring import Scored
from assistant.export import backlog_view as view
from assistant.export import svg
from assistant.export.csvfile import csv_text as write_csv
from assistant.export.labels import label, percent, plain
from assistant.export.map_text import md_cell, md_text

CSV_HEADER = (
    "rank", "id", "fix", "phase", "pain_points", "reach", "reach_share", "impact", "effort",
    "confidence", "rice", "formula", "quadrant", "kpi", "owner", "due",
)  # fmt: skip
JIRA_HEADER = ("Summary", "Description", "Issue Type", "Priority", "Labels", "Labels", "Due Date")
JIRA_PRIORITIES = ("Highest", "High", "Medium", "Low")
# Quadrant -> index into JIRA_PRIORITIES; the top third of the ranking is one step higher.
_JIRA_BASE = {"quick_win": 1, "big_bet": 2, "fill_in": 3, "money_pit": 3}


def _table(head: list[str], rows: list[list[str]], numeric: set[int]) -> list[str]:
    lines = ["| " + " | ".join(md_cell(h) for h in head) + " |"]
    lines.append("|" + "|".join("---:" if i in numeric else "---" for i in range(len(head))) + "|")
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
    return lines


def markdown(r: view.Ranking) -> str:
    lang, b = r.lang, r.backlog
    lines = [f"# {md_text(r.title)}", "", view.meta(r), ""]
    lines += _table(view.headers(r), [view.row(s, r) for s in r.items], view.numeric_columns(r))
    lines += ["", view.thresholds_note(r), ""]
    if b.pain_points:
        lines += [f"## {label('pain_points', lang)}", ""]
        head = [label(k, lang) for k in ("pain_point", "phase", "count", "share", "trend")]
        rows = [
            [c.label, view.phase(c.phase, lang), str(c.count), percent(c.share, lang),
             view.trend(c, lang)]
            for c in b.pain_points
        ]  # fmt: skip
        lines += [*_table(head, rows, {2, 3}), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def csv_text(r: view.Ranking) -> str:
    """Machine-friendly: English column ids, "." decimals, quadrant ids, ISO dates."""
    rows = []
    for s in r.items:
        fix = s.fix
        rows.append(
            (
                s.position,
                fix.id,
                fix.title,
                fix.phase or "",
                "; ".join(text for text, _ in view.pain_points(fix, r.backlog)),
                "" if fix.reach is None else fix.reach,
                "" if fix.reach_share is None else plain(fix.reach_share, 4),
                fix.impact,
                fix.effort,
                plain(fix.confidence),
                "" if s.rice is None else plain(s.rice),
                "" if s.formula is None else plain(s.formula),
                s.quadrant,
                fix.kpi or "",
                fix.owner or "",
                fix.due.isoformat() if fix.due else "",
            )
        )
    return write_csv(CSV_HEADER, rows)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def json_text(r: view.Ranking) -> str:
    data = {
        "backlog": r.backlog.model_dump(mode="json"),
        "ranking": {
            "rank_by": r.rank_by,
            "formula": r.formula,
            "thresholds": {"impact": r.thresholds.impact, "effort": r.thresholds.effort},
        },
        "ranked": [
            {
                "rank": s.position,
                "id": s.fix.id,
                "title": s.fix.title,
                "rice": _round(s.rice),
                "quadrant": s.quadrant,
                "formula": _round(s.formula),
            }
            for s in r.items
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- Jira -----------------------------------------------------------------------------


def jira_priorities(ranked: list[Scored]) -> list[str]:
    """Quick wins High, big bets Medium, the rest Low; one step up in the top third of the
    ranking. Fixes tied on every score share the place of the first of them."""
    top = max(1, math.ceil(len(ranked) / 3))
    result: list[str] = []
    place, previous = 0, None
    for s in ranked:
        key = (s.rice, s.formula, s.quadrant, s.fix.impact, s.fix.effort, s.fix.reach,
               s.fix.confidence)  # fmt: skip
        if key != previous:
            place, previous = s.position, key
        level = _JIRA_BASE[s.quadrant] - (1 if place <= top else 0)
        result.append(JIRA_PRIORITIES[level])
    return result


def jira_label(text: str) -> str:
    """Jira labels cannot hold spaces."""
    return re.sub(r"\s+", "-", text.strip())


def jira_description(s: Scored, r: view.Ranking) -> str:
    """Plain text that reads well in Jira (its wiki markup takes "* " as a bullet)."""
    lang, fix = r.lang, s.fix
    why = [
        f"* {text}" + (f": {view.pain_summary(found, lang)}" if found else "")
        for text, found in view.pain_points(fix, r.backlog)
    ]
    why += [f"* “{' '.join(q.text.split())}” ({q.record_id})" for q in view.quotes(fix, r.backlog)]
    lines = [fix.description, ""] if fix.description else []
    lines += [f"{label('why', lang)}:", *why, ""] if why else []
    scores = [
        f"{label('impact', lang)} {fix.impact}/5",
        f"{label('effort', lang)} {fix.effort}/5",
        f"{label('confidence', lang)} {percent(fix.confidence, lang)}",
        f"{label('reach', lang)} {view.reach(fix, lang)}",
        f"RICE {view.score(s.rice, lang)}",
        view.quadrant(s, lang),
        label("rank_of", lang, rank=s.position, total=len(r.items)),
    ]
    lines.append(f"{label('scores', lang)}: " + ", ".join(scores))
    lines += [f"{label('kpi', lang)}: {view.kpi(fix, lang)}"] if fix.kpi else []
    lines += [f"{label('owner_col', lang)}: {fix.owner}"] if fix.owner else []
    lines.append(f"Journey Audit: {fix.id}")
    return "\n".join(lines)


def jira_csv(r: view.Ranking) -> str:
    """For Jira's CSV importer: one Task per fix, two Labels columns, dates as yyyy-MM-dd.

    No BOM: Jira reads the file as UTF-8 when told so in the import wizard, and a Java CSV
    reader may take the mark for part of the "Summary" header."""
    rows = [
        (
            s.fix.title,
            jira_description(s, r),
            "Task",
            priority,
            "journey-audit",
            jira_label(s.fix.phase or ""),
            s.fix.due.isoformat() if s.fix.due else "",
        )
        for s, priority in zip(r.items, jira_priorities(r.items), strict=True)
    ]
    return write_csv(JIRA_HEADER, rows, bom=False)


# --- SVG ------------------------------------------------------------------------------


def matrix_svg(r: view.Ranking) -> str:
    """The impact/effort matrix as a standalone SVG file."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + svg.matrix(r.items, r.thresholds, r.lang)
        + "\n"
    )
