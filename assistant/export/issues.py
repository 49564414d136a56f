"""One Markdown file per fix, ready to paste as an issue in GitHub, GitLab or Jira."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.backlog.scoring import Scored
from assistant.export import backlog_view as view
from assistant.export.labels import label, number, percent
from assistant.export.map_text import md_cell, md_text
from assistant.models.backlog import Backlog

RECORD_IDS_SHOWN = 10


def _why(s: Scored, backlog: Backlog, lang: str) -> list[str]:
    fix = s.fix
    lines = [f"## {label('why', lang)}", ""]
    for text, found in view.pain_points(fix, backlog):
        summary = f": {view.pain_summary(found, lang)}" if found else ""
        lines.append(f"- **{md_text(text)}**{md_text(summary)}")
    quotes = view.quotes(fix, backlog)
    if quotes:
        lines.append("")
        for n, q in enumerate(quotes):
            lines += [">"] if n else []
            lines.append(f"> “{md_text(q.text)}” ({md_text(q.record_id)})")
    ids = view.record_ids(fix, backlog)
    if ids:
        shown = ", ".join(ids[:RECORD_IDS_SHOWN])
        if len(ids) > RECORD_IDS_SHOWN:
            shown += " " + label("more", lang, n=len(ids) - RECORD_IDS_SHOWN)
        lines += ["", f"{label('record_ids', lang)}: {md_text(shown)}"]
    if len(lines) == 2:
        return []
    return [*lines, ""]


def _scores(s: Scored, lang: str) -> list[str]:
    fix = s.fix
    keys = ["impact", "effort", "confidence", "reach", "rice", "quadrant"]
    cells = [
        f"{fix.impact}/5",
        f"{fix.effort}/5",
        percent(fix.confidence, lang),
        view.reach(fix, lang),
        view.score(s.rice, lang),
        view.quadrant(s, lang),
    ]
    if s.formula is not None:
        keys.insert(5, "score")
        cells.insert(5, view.score(s.formula, lang))
    lines = [f"## {label('scores', lang)}", ""]
    lines.append("| " + " | ".join(label(k, lang) for k in keys) + " |")
    lines.append("|" + "---|" * len(keys))
    lines.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    if s.rice is not None and fix.reach is not None:
        sum_ = f"{fix.reach} × {fix.impact} × {number(fix.confidence, lang, 2)} / {fix.effort}"
        lines += ["", f"{label('rice_formula', lang)} = {sum_} = {view.score(s.rice, lang)}"]
    else:
        lines += ["", f"{label('rice_formula', lang)}: {label('no_reach', lang)}"]
    return [*lines, ""]


def _details(s: Scored, lang: str) -> list[str]:
    fix, unset = s.fix, label("not_set", lang)
    lines = [f"## {label('details', lang)}", ""]
    lines.append(f"- **{label('kpi', lang)}:** {md_text(view.kpi(fix, lang) or unset)}")
    lines.append(f"- **{label('owner_col', lang)}:** {md_text(fix.owner or unset)}")
    lines.append(f"- **{label('due', lang)}:** {fix.due.isoformat() if fix.due else unset}")
    if fix.fix_ref:
        lines.append(f"- **{label('kb_fix', lang)}:** `{fix.fix_ref}`")
    lines.append(f"- **Journey Audit:** `{fix.id}`")
    return [*lines, ""]


def _acceptance(s: Scored, backlog: Backlog, lang: str) -> list[str]:
    fix = s.fix
    days = backlog.period_days
    key = "accept.pain" if days else "accept.pain_again"  # no period: claim no day count
    hints = [
        label(key, lang, n=found.count, label=found.label, days=days)
        for _, found in view.pain_points(fix, backlog)
        if found is not None and found.count > 0
    ]
    if fix.kpi:
        hints.append(label("accept.kpi", lang, kpi=view.kpi(fix, lang)))
    if not hints:
        key = "accept.quotes" if view.quotes(fix, backlog) else "accept.default"
        hints.append(label(key, lang))
    return [f"## {label('acceptance', lang)}", "", *(f"- [ ] {md_text(h)}" for h in hints)]


def fix_issue_markdown(s: Scored, backlog: Backlog) -> str:
    lang, fix = backlog.language, s.fix
    facts = [
        label("rank_of", lang, rank=s.position, total=len(backlog.fixes)),
        view.quadrant(s, lang),
    ]
    if fix.phase:
        facts.append(f"{label('phase', lang)}: {view.phase(fix.phase, lang)}")
    lines = [f"# {md_text(fix.title)}", "", f"**{md_text(' · '.join(facts))}**", ""]
    if fix.description:
        lines += [md_text(line) for line in fix.description.splitlines()]
        lines.append("")
    lines += _why(s, backlog, lang)
    lines += _scores(s, lang)
    lines += _details(s, lang)
    lines += _acceptance(s, backlog, lang)
    return "\n".join(lines) + "\n"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "fix"


def write_fix_issues(r: view.Ranking, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(len(r.items))))
    paths: list[Path] = []
    for s in r.items:
        path = folder / f"{s.position:0{width}d}-{slug(s.fix.id)}.md"
        path.write_text(fix_issue_markdown(s, r.backlog), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths
